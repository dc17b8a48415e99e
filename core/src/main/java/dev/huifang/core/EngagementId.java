package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one engagement, a stint of work by one worker.
 *
 * <p>Any non-null text is accepted here; the model holding it checks it with {@link Checklist#id}.
 * In JSON it is a plain string such as {@code "e-618-001"}.
 */
public record EngagementId(@JsonValue String value) implements Identifier, Comparable<EngagementId> {

  /**
   * Creates the identifier.
   *
   * @throws NullPointerException if value is null
   */
  public EngagementId {
    requireNonNull(value, "value is null");
  }

  /** The identifier with this text. */
  @JsonCreator
  public static EngagementId of(String value) {
    return new EngagementId(value);
  }

  @Override
  public int compareTo(EngagementId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
