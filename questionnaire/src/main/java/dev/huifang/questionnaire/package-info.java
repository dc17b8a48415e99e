/** Stratified questionnaire selection, branching, triggers and answer runs. */
@NullMarked
@HuifangStyle
package dev.huifang.questionnaire;

import dev.huifang.core.HuifangStyle;
import org.jspecify.annotations.NullMarked;
