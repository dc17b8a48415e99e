package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a question of a question bank.
 *
 * <p>Any non-null text is accepted here; the model holding it checks it with {@link Checklist#id}.
 * In JSON it is a plain string such as {@code "promo.objection.price"}.
 */
public record QuestionId(@JsonValue String value) implements Identifier, Comparable<QuestionId> {

  /**
   * Creates the identifier.
   *
   * @throws NullPointerException if value is null
   */
  public QuestionId {
    requireNonNull(value, "value is null");
  }

  /** The identifier with this text. */
  @JsonCreator
  public static QuestionId of(String value) {
    return new QuestionId(value);
  }

  @Override
  public int compareTo(QuestionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
