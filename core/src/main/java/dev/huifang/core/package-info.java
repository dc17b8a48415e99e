/**
 * The vocabulary every Huifang engine speaks: who worked ({@link dev.huifang.core.Engagement}),
 * in which role, stage and urgency; measured values with their ranges
 * ({@link dev.huifang.core.Ratio}, {@link dev.huifang.core.StarRating}, ...); text in zh-CN and en
 * ({@link dev.huifang.core.LocalizedText}); evidence-backed observations
 * ({@link dev.huifang.core.Finding}); and {@link dev.huifang.core.Problem}, the one way bad input
 * is reported.
 *
 * <p>Every type here is immutable. Wide types are built with builders whose {@code validate()}
 * returns a Vavr {@code Validation} carrying every {@code Problem} at once; {@code build()} is for
 * trusted data and throws {@link dev.huifang.core.InvalidModelException} (a programmer error) when
 * an invariant is broken.
 */
@NullMarked
@HuifangStyle
package dev.huifang.core;

import org.jspecify.annotations.NullMarked;
