/** Implementations of the scoring engine; not exported, may change at any time. */
@NullMarked
@HuifangStyle
package dev.huifang.scoring.internal;

import dev.huifang.core.HuifangStyle;
import org.jspecify.annotations.NullMarked;
