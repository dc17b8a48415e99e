package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a notification or an escalation is for: one actor by id, or the holders of a team role
 * (the coordinators, supervisors or directors of a team), whom the host resolves from its
 * {@link Directory}.
 *
 * <p>In JSON a recipient is one flat string, as it always was: the actor id, or
 * {@code <role> of <team>} such as {@code supervisor of hr}. A string of that form whose role is
 * coordinator, supervisor or director reads as a team role; any other string reads as an actor
 * id.
 */
public sealed interface Recipient permits Recipient.Actor, Recipient.TeamRole {

  /** The recipient as one string: the actor id, or {@code <role> of <team>}. */
  @JsonValue
  String text();

  /**
   * The actor with this id.
   *
   * @throws NullPointerException if id is null
   */
  static Recipient actor(ActorId id) {
    return new Actor(id);
  }

  /**
   * The actor with this id text.
   *
   * @throws NullPointerException if id is null
   */
  static Recipient actor(String id) {
    return new Actor(ActorId.of(id));
  }

  /**
   * The holders of {@code role} in {@code team}.
   *
   * @throws IllegalArgumentException if role is not coordinator, supervisor or director
   */
  static Recipient role(ActorRole role, Team team) {
    return new TeamRole(role, team);
  }

  /**
   * Reads a recipient from its string: {@code <role> of <team>} for a team role, anything else
   * for an actor id.
   *
   * @throws NullPointerException if text is null
   */
  @JsonCreator
  static Recipient parse(String text) {
    Matcher m = TeamRole.FORM.matcher(text);
    if (m.matches()) {
      return new TeamRole(ActorRole.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
          Team.of(m.group(2)));
    }
    return new Actor(ActorId.of(text));
  }

  /**
   * One actor, by the id the host's user store gives it.
   *
   * @param id the actor id
   */
  record Actor(ActorId id) implements Recipient {
    /**
     * Creates the recipient.
     *
     * @throws NullPointerException if id is null
     */
    public Actor {
      requireNonNull(id, "id is null");
    }

    @Override
    public String text() {
      return id.value();
    }

    @Override
    public String toString() {
      return id.value();
    }
  }

  /**
   * The holders of a role in a team: its coordinators, supervisors or directors.
   *
   * @param role coordinator, supervisor or director
   * @param team the team
   */
  record TeamRole(ActorRole role, Team team) implements Recipient {

    static final Pattern FORM = Pattern.compile("(coordinator|supervisor|director) of (\\S+)");

    /**
     * Creates the recipient.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if role is not coordinator, supervisor or director
     */
    public TeamRole {
      requireNonNull(role, "role is null");
      requireNonNull(team, "team is null");
      if (role != ActorRole.COORDINATOR && role != ActorRole.SUPERVISOR
          && role != ActorRole.DIRECTOR) {
        throw new IllegalArgumentException("a team role is coordinator, supervisor or director, "
            + "was " + role);
      }
    }

    @Override
    public String text() {
      return role.name().toLowerCase(Locale.ROOT) + " of " + team.code();
    }

    @Override
    public String toString() {
      return text();
    }
  }
}
