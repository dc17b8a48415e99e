/**
 * Sandwich-feedback scripts and capability diagnosis reports built from core
 * {@link dev.huifang.core.Finding}s: praise of a concrete strength with its evidence, one or two
 * concrete problems with their impact, and encouragement with a next step and a matched learning
 * resource.
 *
 * <p>Entry point: {@link dev.huifang.feedback.FeedbackComposer}. Texts come from
 * replaceable data ({@link dev.huifang.feedback.ScriptTemplates},
 * {@link dev.huifang.feedback.ResourceCatalogue}) and every generated phrase passes
 * {@link dev.huifang.feedback.PhraseLint}, so a script never interrogates or accuses.
 * Every model is immutable and round-trips through {@code HuifangJson}.
 */
@NullMarked
package dev.huifang.feedback;

import org.jspecify.annotations.NullMarked;
