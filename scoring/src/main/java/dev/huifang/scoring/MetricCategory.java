package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.huifang.core.Identifier;

/**
 * The family a metric belongs to (quality, efficiency, cost, customer); an open set that host
 * apps extend with {@link #of(String)}. In JSON a plain string.
 */
public record MetricCategory(@JsonValue String code) implements Identifier {

  /** Quality: error rate, rework, repair success. */
  public static final MetricCategory QUALITY = new MetricCategory("quality");
  /** Efficiency and workload: customers served, orders completed, response time. */
  public static final MetricCategory EFFICIENCY = new MetricCategory("efficiency");
  /** Cost: parts usage, travel cost. */
  public static final MetricCategory COST = new MetricCategory("cost");
  /** Customer: satisfaction, complaints, referrals. */
  public static final MetricCategory CUSTOMER = new MetricCategory("customer");

  /**
   * Creates a category.
   *
   * @throws NullPointerException if code is null
   */
  public MetricCategory {
    requireNonNull(code, "code is null");
  }

  /** The category with this code. */
  @JsonCreator
  public static MetricCategory of(String code) {
    return new MetricCategory(code);
  }

  @Override
  public String value() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
