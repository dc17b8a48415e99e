/** Closed loops: feedback cases as state machines with owners, time limits and an event log. */
@NullMarked
@HuifangStyle
package dev.huifang.closedloop;

import dev.huifang.core.HuifangStyle;
import org.jspecify.annotations.NullMarked;
