package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.huifang.core.Identifier;

/**
 * Identifies a person (or Huifang's own actor) who acts on feedback cases, as the host's user
 * store names them.
 *
 * <p>Any non-null text is accepted here; the model holding it checks it. In JSON it is a plain
 * string such as {@code "coord-wang"}.
 */
public record ActorId(@JsonValue String value) implements Identifier, Comparable<ActorId> {

  /**
   * Creates the identifier.
   *
   * @throws NullPointerException if value is null
   */
  public ActorId {
    requireNonNull(value, "value is null");
  }

  /** The identifier with this text. */
  @JsonCreator
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  @Override
  public int compareTo(ActorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
