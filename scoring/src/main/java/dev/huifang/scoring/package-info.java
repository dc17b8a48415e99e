/** Weighted KPI scoring: from raw metric values to scorecards, rankings, incentives and risks. */
@NullMarked
@HuifangStyle
package dev.huifang.scoring;

import dev.huifang.core.HuifangStyle;
import org.jspecify.annotations.NullMarked;
