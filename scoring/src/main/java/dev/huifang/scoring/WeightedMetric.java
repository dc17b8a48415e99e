package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.MetricId;

/**
 * A metric's weight inside its {@link WeightGroup}; the weights of a group sum to 1.
 *
 * @param metric the metric
 * @param weight its share of the group, in (0, 1]
 */
public record WeightedMetric(MetricId metric, double weight) {

  /**
   * Creates the pair.
   *
   * @throws NullPointerException if metric is null
   */
  public WeightedMetric {
    requireNonNull(metric, "metric is null");
  }

  /** The metric with this weight. */
  public static WeightedMetric of(String metric, double weight) {
    return new WeightedMetric(MetricId.of(metric), weight);
  }
}
