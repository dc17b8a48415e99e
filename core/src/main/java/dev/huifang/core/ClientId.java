package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a client: the company or store that ordered the work.
 *
 * <p>Any non-null text is accepted here; the model holding it checks it with {@link Checklist#id}.
 * In JSON it is a plain string such as {@code "c-gome-sz"}.
 */
public record ClientId(@JsonValue String value) implements Identifier, Comparable<ClientId> {

  /**
   * Creates the identifier.
   *
   * @throws NullPointerException if value is null
   */
  public ClientId {
    requireNonNull(value, "value is null");
  }

  /** The identifier with this text. */
  @JsonCreator
  public static ClientId of(String value) {
    return new ClientId(value);
  }

  @Override
  public int compareTo(ClientId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
