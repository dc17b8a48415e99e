package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * The kind of work a worker does on an engagement; an open set.
 *
 * <p>Huifang ships the three roles of its domain ({@link #PROMOTION}, {@link #TECHNICAL_SUPPORT},
 * {@link #LOGISTICS}); a host app defines its own with {@link #of(String)} (a headhunting
 * consultant, exhibition staff, a live-stream host) without forking. Roles compare by their code,
 * which is a plain string in JSON.
 */
public record Role(@JsonValue String code) implements Identifier, Comparable<Role> {

  /** Promotion or sales guide: selling points, objections, accuracy of promotion policy. */
  public static final Role PROMOTION = new Role("promotion");
  /** Technical support or installation: procedure, safety compliance, handling surprises. */
  public static final Role TECHNICAL_SUPPORT = new Role("technical_support");
  /** Logistics or warehouse: efficiency, goods damage, system operation. */
  public static final Role LOGISTICS = new Role("logistics");

  /**
   * Creates a role.
   *
   * @throws NullPointerException if code is null
   */
  public Role {
    requireNonNull(code, "code is null");
  }

  /** The role with this code: a built-in one or a host app's own. */
  @JsonCreator
  public static Role of(String code) {
    return new Role(code);
  }

  /** The roles Huifang ships with, in a fixed order. */
  public static List<Role> builtIns() {
    return List.of(PROMOTION, TECHNICAL_SUPPORT, LOGISTICS);
  }

  @Override
  public String value() {
    return code;
  }

  @Override
  public int compareTo(Role other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
