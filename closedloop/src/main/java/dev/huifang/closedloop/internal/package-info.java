/**
 * Implementations of the closed-loop engines: the compiled state-machine table, the feedback-case
 * fold, time-limit clocks and analytics. Not exported; may change without notice.
 */
@NullMarked
@HuifangStyle
package dev.huifang.closedloop.internal;

import dev.huifang.core.HuifangStyle;
import org.jspecify.annotations.NullMarked;
