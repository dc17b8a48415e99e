/**
 * Generators of valid and of invalid values for every Huifang engine, for host apps' property
 * suites: {@link dev.huifang.generators.ScoringValues} (schemes and cohorts),
 * {@link dev.huifang.generators.QuestionnaireValues} (banks, policies, answer sets),
 * {@link dev.huifang.generators.FeedbackValues} (findings for scripts) and
 * {@link dev.huifang.generators.CaseValues} (closed-loop case event sequences).
 *
 * <p>Each is a {@link dev.huifang.testing.Generator}: deterministic for a seed, usable from JUnit's
 * {@code @MethodSource} through {@code stream(seed, n)} and from QuickTheories through
 * {@code toGen()}. An invalid value breaks exactly one known rule and comes as a
 * {@link dev.huifang.testing.Invalid} naming the Problem it must produce.
 */
@NullMarked
package dev.huifang.generators;

import org.jspecify.annotations.NullMarked;
