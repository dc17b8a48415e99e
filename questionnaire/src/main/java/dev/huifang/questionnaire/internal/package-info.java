/** Implementations of the questionnaire engine; not exported, may change at any time. */
@NullMarked
@HuifangStyle
package dev.huifang.questionnaire.internal;

import dev.huifang.core.HuifangStyle;
import org.jspecify.annotations.NullMarked;
