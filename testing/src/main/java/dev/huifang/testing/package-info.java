/**
 * Test support for Huifang and for host apps' own suites: a framework-neutral
 * {@link dev.huifang.testing.Generator} (a function of a seeded random generator and a size, with
 * a QuickTheories adapter and patterns for JUnit's {@code @MethodSource} and jqwik), values that
 * break one known rule ({@link dev.huifang.testing.Invalid}), QuickTheories generators of valid and
 * deliberately invalid models ({@link dev.huifang.testing.CoreGen}), theories with reproducible
 * seeds ({@link dev.huifang.testing.Theories}), a JSON round-trip check
 * ({@link dev.huifang.testing.JsonRoundTrip}) and the architecture rules every library module obeys
 * ({@link dev.huifang.testing.LibraryRules}).
 */
@NullMarked
package dev.huifang.testing;

import org.jspecify.annotations.NullMarked;
