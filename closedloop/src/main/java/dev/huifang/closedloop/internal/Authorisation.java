package dev.huifang.closedloop.internal;

import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseTrigger;
import dev.huifang.closedloop.Directory;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.core.Problem;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may act on a case: the roles an actor holds come from the case (submitter, proxies, owner,
 * escalation targets) and the directory, never from the event; the event's role must be one of
 * them and one of the trigger's {@link CaseTrigger#senders()}.
 */
public final class Authorisation {

  private Authorisation() {}

  /**
   * The roles {@code actor} holds for case {@code c}. Separation of duties: the submitter and the
   * proxies hold no owner-side or coordinator role on their own case.
   */
  public static Set<ActorRole> rolesOf(FeedbackCase c, ActorId actor, Directory directory) {
    EnumSet<ActorRole> roles = EnumSet.noneOf(ActorRole.class);
    boolean submitter = actor.equals(c.submitter());
    boolean proxy = c.proxies().contains(actor);
    if (submitter) {
      roles.add(ActorRole.SUBMITTER);
    }
    if (proxy) {
      roles.add(ActorRole.PROXY);
    }
    if (directory.isSystem(actor)) {
      roles.add(ActorRole.SYSTEM);
    }
    if (submitter || proxy) {
      return roles;
    }
    if (actor.equals(c.owner())) {
      roles.add(ActorRole.OWNER);
    }
    if (directory.isCoordinator(actor, c.routing().team())) {
      roles.add(ActorRole.COORDINATOR);
    }
    ActorRole escalated = c.escalationTargets().get(actor);
    if (escalated == ActorRole.SUPERVISOR || escalated == ActorRole.DIRECTOR) {
      roles.add(escalated);
    }
    return roles;
  }

  /** True when {@code actor} holds {@code role} for case {@code c}; as {@link #rolesOf}. */
  static boolean holds(FeedbackCase c, ActorId actor, ActorRole role, Directory directory) {
    switch (role) {
      case SUBMITTER:
        return actor.equals(c.submitter());
      case PROXY:
        return c.proxies().contains(actor);
      case SYSTEM:
        return directory.isSystem(actor);
      default:
        break;
    }
    if (actor.equals(c.submitter()) || c.proxies().contains(actor)) {
      return false;
    }
    switch (role) {
      case OWNER:
        return actor.equals(c.owner());
      case COORDINATOR:
        return directory.isCoordinator(actor, c.routing().team());
      default:
        return c.escalationTargets().get(actor) == role;
    }
  }

  /** The Problem that forbids {@code e} on {@code c}, or {@code null} when it is allowed. */
  static @Nullable Problem check(FeedbackCase c, CaseEvent e, CaseTrigger trigger,
      Directory directory) {
    ActorRole role = e.actorRole();
    ActorId actor = e.actor();
    if (!holds(c, actor, role, directory)) {
      // the set of held roles is built only for the refusal: a replay never needs it
      Set<ActorRole> held = rolesOf(c, actor, directory);
      return Problem.of(Problem.FORBIDDEN, "actorRole", role.name(), "actor " + actor
          + " does not hold role " + role + " in case " + c.id() + " (holds " + held
          + "): roles come from the case and the directory, not from the event");
    }
    if (!trigger.senders().contains(role)) {
      return Problem.of(Problem.FORBIDDEN, "actor", actor.value(), role + " " + actor + " may not "
          + words(trigger) + " case " + c.id() + ": only " + trigger.senders() + " may");
    }
    return null;
  }

  private static String words(CaseTrigger trigger) {
    return trigger.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
