package dev.huifang.kafka.internal;

import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.Team;
import dev.huifang.core.Problem;
import dev.huifang.kafka.DirectoryEntry;
import dev.huifang.kafka.HuifangSerdes;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks an event's claimed role against the directory of actors before the loop applies it; the
 * loop then checks the case-relative roles (owner, submitter, proxy) as it always does.
 *
 * <p>The glue between the directory topic and the library's authorisation, kept in this one class
 * so that it follows the library when the library takes the directory itself. Rules: a claimed
 * {@link ActorRole#COORDINATOR}, {@link ActorRole#SUPERVISOR} or {@link ActorRole#DIRECTOR} must
 * be held, by the directory, for the team that owns the case (for a triage, the team it is routed
 * to is accepted as well); {@link ActorRole#SYSTEM} never arrives from outside, as only the loop
 * adds its own events.
 */
public final class DirectoryCheck {

  private static final Set<ActorRole> DIRECTORY_ROLES =
      Set.of(ActorRole.COORDINATOR, ActorRole.SUPERVISOR, ActorRole.DIRECTOR);

  private final FeedbackLoop loop;
  private final Function<String, byte @Nullable []> directory;

  /** A check reading entries (the directory topic's raw values) through {@code directory}. */
  public DirectoryCheck(FeedbackLoop loop, Function<String, byte @Nullable []> directory) {
    this.loop = loop;
    this.directory = directory;
  }

  /** Why {@code event} may not be applied to {@code current}, or {@code null} when it may. */
  public @Nullable Problem refuse(CaseEvent event, @Nullable FeedbackCase current) {
    ActorRole role = event.actorRole();
    String actor = event.actor();
    if (role == ActorRole.SYSTEM) {
      return Problem.of(Problem.FORBIDDEN, "actorRole", role.name(), actor + " may not send "
          + "an event as SYSTEM: only the case loop adds its own escalations and closures");
    }
    if (!DIRECTORY_ROLES.contains(role) || current == null) {
      return null;
    }
    byte[] raw = directory.apply(actor);
    if (raw == null) {
      return Problem.of(Problem.FORBIDDEN, "actor", actor, actor + " claims " + role
          + " but is not in the directory of actors");
    }
    Validation<Seq<Problem>, DirectoryEntry> read = HuifangSerdes.read(raw, DirectoryEntry.class);
    if (read.isInvalid()) {
      return Problem.of(Problem.FORBIDDEN, "actor", actor, actor + " claims " + role
          + " but the directory's entry for " + actor + " cannot be read: "
          + read.getError().map(Problem::message).mkString("; "));
    }
    DirectoryEntry entry = read.get();
    if (!entry.roles().contains(role)) {
      return Problem.of(Problem.FORBIDDEN, "actorRole", role.name(), actor + " claims " + role
          + " but the directory gives " + actor + " the roles " + entry.roles());
    }
    Set<Team> teams = new TreeSet<>();
    teams.add(current.routing().team());
    if (event instanceof CaseEvent.Triaged triaged) {
      teams.add(loop.policy().routing().route(triaged.category()).team());
    }
    for (Team team : teams) {
      if (entry.teams().contains(team)) {
        return null;
      }
    }
    return Problem.of(Problem.FORBIDDEN, "actor", actor, actor + " is " + role + " of "
        + entry.teams() + " in the directory, not of " + teams + " that case " + current.id()
        + " belongs to");
  }
}
