package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a worker: a part-timer, promoter, installer, warehouse temp or consultant.
 *
 * <p>Any non-null text is accepted here; the model holding it checks it with {@link Checklist#id}.
 * In JSON it is a plain string such as {@code "w-1024"}.
 */
public record WorkerId(@JsonValue String value) implements Identifier, Comparable<WorkerId> {

  /**
   * Creates the identifier.
   *
   * @throws NullPointerException if value is null
   */
  public WorkerId {
    requireNonNull(value, "value is null");
  }

  /** The identifier with this text. */
  @JsonCreator
  public static WorkerId of(String value) {
    return new WorkerId(value);
  }

  @Override
  public int compareTo(WorkerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
