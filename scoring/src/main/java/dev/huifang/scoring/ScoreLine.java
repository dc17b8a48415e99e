package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.MetricId;
import org.jspecify.annotations.Nullable;

/**
 * One metric's line on a scorecard: everything needed to explain its part of the total.
 *
 * @param metric the metric
 * @param group the weighted group it belongs to
 * @param raw the raw value, or {@code null} when the worker had none
 * @param score the normalised score in [0, 100] (0 for a missing value)
 * @param weight the effective weight (group weight × metric weight)
 * @param contribution the points it adds to the weighted total: {@code score × weight}, divided by
 *     the coverage when missing values are renormalised
 * @param rule how the score was computed, e.g. {@code linear: 0.05 → 0, 0.01 → 100}
 */
public record ScoreLine(
    MetricId metric,
    String group,
    @Nullable Double raw,
    double score,
    double weight,
    double contribution,
    String rule) {

  /**
   * Creates a line.
   *
   * @throws NullPointerException if metric, group or rule is null
   */
  public ScoreLine {
    requireNonNull(metric, "metric is null");
    requireNonNull(group, "group is null");
    requireNonNull(rule, "rule is null");
  }
}
