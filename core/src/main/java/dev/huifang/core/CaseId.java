package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a feedback case of a closed loop.
 *
 * <p>Any non-null text is accepted here; the model holding it checks it with {@link Checklist#id}.
 * In JSON it is a plain string such as {@code "case-2026-0042"}.
 */
public record CaseId(@JsonValue String value) implements Identifier, Comparable<CaseId> {

  /**
   * Creates the identifier.
   *
   * @throws NullPointerException if value is null
   */
  public CaseId {
    requireNonNull(value, "value is null");
  }

  /** The identifier with this text. */
  @JsonCreator
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public int compareTo(CaseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
