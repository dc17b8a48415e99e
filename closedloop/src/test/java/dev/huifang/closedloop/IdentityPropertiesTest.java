package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.huifang.core.CaseId;
import dev.huifang.core.Problem;
import dev.huifang.testing.Theories;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random directories, cases and event sequences (valid ones, forged roles, forged system events,
 * repeated and reused ids, stale versions, events out of order, extreme instants): no actor ever
 * moves a case in a role its identity does not give it, the accepted log replays to the live
 * case, a forged log fails {@code verify}, and nothing throws.
 */
class IdentityPropertiesTest {

  private static final List<String> ACTORS = List.of("client-1", "proxy-1", "coord-1",
      "owner-1", "owner-2", "sup-1", "dir-1", "huifang", "stranger");
  private static final List<Instant> EXTREMES = List.of(Instant.MAX, Instant.MIN,
      Instant.parse("+58136-01-01T00:00:00Z"), Instant.EPOCH, T0.plus(Duration.ofDays(5000)));

  /** A directory from four bits: who is listed, and whether the submitter is listed as staff. */
  private static Directory directory(int bits) {
    Directory d = Directory.systemOnly();
    for (Team team : List.of(Team.HR, Team.BUSINESS_UNIT, Team.SUPPLY_CHAIN,
        Team.CUSTOMER_SUCCESS, Team.TRIAGE_QUEUE)) {
      if ((bits & 1) != 0) {
        d = d.withCoordinator(team, "coord-1");
      }
      if ((bits & 2) != 0) {
        d = d.withSupervisor(team, "sup-1");
      }
      if ((bits & 4) != 0) {
        d = d.withDirector(team, "dir-1");
      }
      if ((bits & 8) != 0) {
        d = d.withCoordinator(team, "client-1").withSupervisor(team, "proxy-1");
      }
    }
    return d;
  }

  /** The roles the case and directory give {@code actor}: an oracle written apart from the loop. */
  private static Set<ActorRole> held(FeedbackCase c, ActorId actor, Directory d) {
    List<ActorRole> roles = new ArrayList<>();
    boolean submitterSide = actor.equals(c.submitter()) || c.proxies().contains(actor);
    if (actor.equals(c.submitter())) {
      roles.add(ActorRole.SUBMITTER);
    }
    if (c.proxies().contains(actor)) {
      roles.add(ActorRole.PROXY);
    }
    if (actor.equals(d.systemActor())) {
      roles.add(ActorRole.SYSTEM);
    }
    if (!submitterSide) {
      if (actor.equals(c.owner())) {
        roles.add(ActorRole.OWNER);
      }
      if (d.holders(ActorRole.COORDINATOR, c.routing().team()).contains(actor)
          || d.holders(ActorRole.COORDINATOR, Team.TRIAGE_QUEUE).contains(actor)) {
        roles.add(ActorRole.COORDINATOR);
      }
      ActorRole escalated = c.escalationTargets().get(actor);
      if (escalated != null) {
        roles.add(escalated);
      }
    }
    return Set.copyOf(roles);
  }

  /** One event from a recipe: kind, actor, claimed role, time step, and a twist. */
  private static CaseEvent event(int x, int i, Instant last, int version) {
    int kind = x % 15;
    String actor = ACTORS.get((x / 15) % ACTORS.size());
    ActorRole role = ActorRole.values()[(x / 135) % ActorRole.values().length];
    int twist = (x / 945) % 10;
    Instant at = last.plus(Duration.ofMinutes((x / 9450) % 4000 - 100));
    Integer expected = null;
    String id = "e-" + i;
    switch (twist) {
      case 0:
        at = EXTREMES.get(x % EXTREMES.size());
        break;
      case 1:
        expected = version + (x % 3) - 1;
        break;
      case 2:
        id = "e-" + Math.max(0, i - 1);
        break;
      case 3:
        id = "system:" + i;
        break;
      default:
        break;
    }
    if (kind == 8 || kind == 14) {
      id = twist == 4 ? "e-" + i : "system:" + i;
    }
    CaseId c = CASE;
    switch (kind) {
      case 0:
        return new CaseEvent.Triaged(EventId.of(id), c, ActorId.of(actor), role, at,
            Category.builtIns().get(x % 6),
            ActorId.of(ACTORS.get(x % ACTORS.size())), expected);
      case 1:
        return new CaseEvent.Acknowledged(EventId.of(id), c, ActorId.of(actor), role, at, "ok",
            expected);
      case 2:
        return new CaseEvent.ActionPlanned(EventId.of(id), c, ActorId.of(actor), role, at, "plan",
            expected);
      case 3:
        return new CaseEvent.WorkStarted(EventId.of(id), c, ActorId.of(actor), role, at, "go",
            expected);
      case 4:
        return new CaseEvent.Resolved(EventId.of(id), c, ActorId.of(actor), role, at, "done",
            expected);
      case 5:
        return new CaseEvent.Confirmed(EventId.of(id), c, ActorId.of(actor), role, at, "thanks",
            expected);
      case 6:
        return new CaseEvent.Rejected(EventId.of(id), c, ActorId.of(actor), role, at, "no",
            expected);
      case 7:
        return new CaseEvent.Closed(EventId.of(id), c, ActorId.of(actor), role, at, "closed",
            expected);
      case 8:
        return new CaseEvent.AutoClosed(EventId.of(id), c, ActorId.of(actor), role, at, "silent",
            expected);
      case 9:
        return new CaseEvent.Reopened(EventId.of(id), c, ActorId.of(actor), role, at, "again",
            expected);
      case 10:
        return new CaseEvent.Declined(EventId.of(id), c, ActorId.of(actor), role, at, "no",
            expected);
      case 11:
        return new CaseEvent.Merged(EventId.of(id), c, ActorId.of(actor), role, at,
            x % 5 == 0 ? CASE : CaseId.of("case-0"), expected);
      case 12:
        return new CaseEvent.InfoRequested(EventId.of(id), c, ActorId.of(actor), role, at, "which?",
            expected);
      case 13:
        return new CaseEvent.InfoProvided(EventId.of(id), c, ActorId.of(actor), role, at, "night",
            expected);
      default:
        return new CaseEvent.Escalated(EventId.of(id), c, ActorId.of(actor), role, at,
            x % 2 == 0 ? SlaClock.FIRST_RESPONSE : SlaClock.VISIBLE_ACTION, 1 + x % 3,
            List.of(ActorRole.OWNER, ActorRole.SUPERVISOR, ActorRole.DIRECTOR).get(x % 3),
            List.of(ActorId.of(ACTORS.get(x % ACTORS.size()))), expected);
    }
  }

  @Test
  void identityDecidesEveryTransitionAndLogsReplayAndVerify() {
    Theories.qt(300).forAll(integers().between(0, 15),
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 40),
            integers().between(0, 3))
        .checkAssert((bits, recipes, advances) -> {
          Directory d = directory(bits);
          FeedbackLoop loop = FeedbackLoop.ofDefaults(d);
          FeedbackCase c = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
              .feedbackCase();
          List<CaseEvent> accepted = new ArrayList<>(c.events());
          List<CaseEvent> refused = new ArrayList<>();
          for (int i = 0; i < recipes.size(); i++) {
            CaseEvent e = event(recipes.get(i), i + 1, c.lastEventAt(), c.version());
            FeedbackCase before = c;
            Validation<Seq<Problem>, CaseStep> step = loop.apply(c, e);
            if (step.isInvalid()) {
              refused.add(e);
              continue;
            }
            if (step.get().ignored()) {
              assertThat(step.get().feedbackCase()).isSameAs(before);
              continue;
            }
            assertThat(held(before, e.actor(), d)).as("%s on %s", e, before.state())
                .contains(e.actorRole());
            assertThat(e.trigger().senders()).contains(e.actorRole());
            c = step.get().feedbackCase();
            accepted.add(e);
            if (i % 10 == 9 && advances > 0) {
              Validation<Seq<Problem>, CaseAdvance> advance = loop.advance(c,
                  c.lastEventAt().plus(Duration.ofHours(24L * advances * (i % 7))));
              if (advance.isValid()) {
                accepted.addAll(advance.get().events());
                c = advance.get().feedbackCase();
              }
            }
          }
          assertThat(loop.replay(accepted).get()).isEqualTo(c);
          assertThat(loop.verify(c).get()).isEqualTo(c);
          for (CaseEvent forged : refused) {
            if (c.events().eventWithId(forged.eventId()) != null
                || loop.apply(c, forged).isValid()) {
              continue;
            }
            FeedbackCase tampered = FeedbackCase.builder().from(c).version(c.version() + 1)
                .events(c.events().append(forged)).build();
            assertThat(loop.verify(tampered).isInvalid()).as("%s forged into the log", forged)
                .isTrue();
          }
        });
  }
}
