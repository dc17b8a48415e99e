package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a KPI metric such as the conversion rate or the repair duration.
 *
 * <p>Any non-null text is accepted here; the model holding it checks it with {@link Checklist#id}.
 * In JSON it is a plain string such as {@code "conversion_rate"}.
 */
public record MetricId(@JsonValue String value) implements Identifier, Comparable<MetricId> {

  /**
   * Creates the identifier.
   *
   * @throws NullPointerException if value is null
   */
  public MetricId {
    requireNonNull(value, "value is null");
  }

  /** The identifier with this text. */
  @JsonCreator
  public static MetricId of(String value) {
    return new MetricId(value);
  }

  @Override
  public int compareTo(MetricId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
