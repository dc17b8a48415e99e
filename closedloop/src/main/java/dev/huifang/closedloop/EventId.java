package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.huifang.core.Identifier;

/**
 * Identifies an event within its feedback case: the sender's id for its own events (a repeat
 * of the same id is ignored), or one in {@link CaseEvent#SYSTEM_ID_PREFIX} for those Huifang
 * generates.
 *
 * <p>Any non-null text is accepted here; the model holding it checks it. In JSON it is a plain
 * string such as {@code "e-2"}.
 */
public record EventId(@JsonValue String value) implements Identifier, Comparable<EventId> {

  /**
   * Creates the identifier.
   *
   * @throws NullPointerException if value is null
   */
  public EventId {
    requireNonNull(value, "value is null");
  }

  /** The identifier with this text. */
  @JsonCreator
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public int compareTo(EventId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
