package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;
import java.util.List;

/**
 * A weighted group of metrics, such as workload 40% and quality 60%; a scheme's group weights sum
 * to 1, and so do the metric weights inside each group. A metric's effective weight is its group's
 * weight times its own.
 *
 * @param id identifies the group, e.g. {@code quality}
 * @param name the name people read
 * @param weight the group's share of the total, in (0, 1]
 * @param metrics the metrics of the group with their weights
 */
public record WeightGroup(String id, LocalizedText name, double weight, List<WeightedMetric> metrics) {

  /**
   * Creates a group; metrics are copied.
   *
   * @throws NullPointerException if a reference is null
   */
  public WeightGroup {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    metrics = List.copyOf(metrics);
  }

  /** A group of these metrics. */
  public static WeightGroup of(String id, LocalizedText name, double weight,
      WeightedMetric... metrics) {
    return new WeightGroup(id, name, weight, List.of(metrics));
  }
}
