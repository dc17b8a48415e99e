/**
 * Weighted KPI scoring: from raw metric values to a {@link dev.huifang.scoring.Scorecard} that a
 * manager can trust and explain to the worker, then rankings, incentives and workforce decisions.
 *
 * <p>A {@link dev.huifang.scoring.ScoringScheme} declares metrics, how each is normalised to
 * 0-100 ({@link dev.huifang.scoring.Normalization}), and weights in weighted groups (workload 40%,
 * quality 60%). A {@link dev.huifang.scoring.Scorer} applies it: every line of a scorecard says the
 * raw value, the normalised score, the weight, the contribution and the rule used. Whole
 * workforces are rescored through the compiled, array-based path
 * ({@link dev.huifang.scoring.CompiledScheme}).
 */
@NullMarked
@HuifangStyle
package dev.huifang.scoring;

import dev.huifang.core.HuifangStyle;
import org.jspecify.annotations.NullMarked;
