/** Questionnaire benchmarks: selection from a large bank, and answering long chained surveys. */
@NullMarked
package dev.huifang.benchmarks.questionnaire;

import org.jspecify.annotations.NullMarked;
