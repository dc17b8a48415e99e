/**
 * Sandwich-feedback scripts and capability diagnosis reports built from core
 * {@link dev.huifang.core.Finding}s: praise of a concrete strength with its evidence, one or two
 * concrete problems with their impact, and encouragement with a next step and a matched learning
 * resource.
 *
 * <p>Entry point: {@link dev.huifang.questionnaire.script.FeedbackComposer}. Texts come from
 * replaceable data ({@link dev.huifang.questionnaire.script.ScriptTemplates},
 * {@link dev.huifang.questionnaire.script.ResourceCatalogue}) and every generated phrase passes
 * {@link dev.huifang.questionnaire.script.PhraseLint}, so a script never interrogates or accuses.
 * Every model is immutable and round-trips through {@code HuifangJson}.
 */
@NullMarked
package dev.huifang.questionnaire.script;

import org.jspecify.annotations.NullMarked;
