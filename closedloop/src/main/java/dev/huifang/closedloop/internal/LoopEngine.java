package dev.huifang.closedloop.internal;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseAdvance;
import dev.huifang.closedloop.CaseContext;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseLog;
import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.CaseStep;
import dev.huifang.closedloop.CaseTrigger;
import dev.huifang.closedloop.ClockReading;
import dev.huifang.closedloop.ClockStatus;
import dev.huifang.closedloop.EscalationStep;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.LoopPolicy;
import dev.huifang.closedloop.Pause;
import dev.huifang.closedloop.Route;
import dev.huifang.closedloop.Routing;
import dev.huifang.closedloop.SlaClock;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.closedloop.machine.Outcome;
import dev.huifang.closedloop.machine.Transition;
import dev.huifang.closedloop.machine.StateMachineDefinition;
import dev.huifang.core.CaseId;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The feedback loop: authorisation, the fold of events through the case machine, time limits. */
public final class LoopEngine implements FeedbackLoop {

  /** The actor id Huifang uses for the events it adds itself. */
  public static final String SYSTEM_ACTOR = "huifang";

  private static final LocalizedText NEW_CASE = LocalizedText.of(
      "收到一个新的反馈案件，请分派处理人。", "A new feedback case arrived; please assign an owner.");
  private static final LocalizedText NEW_CASE_UNKNOWN_CATEGORY = LocalizedText.of(
      "收到一个未知类别的反馈案件，请在分诊队列中确认类别并分派处理人。",
      "A feedback case of an unknown category waits in triage; please categorise and assign it.");

  private final LoopPolicy policy;

  /** A loop with this policy. */
  public LoopEngine(LoopPolicy policy) {
    this.policy = requireNonNull(policy, "policy is null");
  }

  @Override
  public LoopPolicy policy() {
    return policy;
  }

  @Override
  public StateMachineDefinition<CaseState, CaseTrigger, CaseContext> definition() {
    return CaseMachine.DEFINITION;
  }

  @Override
  public Either<Problem, CaseStep> open(CaseEvent.Submitted s) {
    Seq<Problem> own = s.problems();
    if (!own.isEmpty()) {
      return Either.left(own.head());
    }
    if (s.actorRole() != ActorRole.SUBMITTER) {
      return Either.left(Problem.of(Problem.FORBIDDEN, "actorRole", s.actorRole().name(),
          s.actor() + " may not submit case " + s.caseId() + " as " + s.actorRole()
              + ": only a SUBMITTER may"));
    }
    Integer expected = s.expectedVersion();
    if (expected != null && expected != 0) {
      return Either.left(Problem.of(Problem.CONFLICT, "expectedVersion", expected,
          "must be 0 for a new case"));
    }
    Routing routing = policy.routing().route(s.category());
    FeedbackCase.Builder b = FeedbackCase.builder();
    b.id(s.caseId());
    b.state(CaseState.RECEIVED);
    b.version(1);
    b.submitter(s.actor());
    b.proxies(s.proxies());
    b.source(s.source());
    b.priority(s.priority());
    b.channel(s.channel());
    b.category(s.category());
    b.subject(s.subject());
    b.place(s.place());
    b.description(s.description());
    b.routing(routing);
    b.submittedAt(s.at());
    b.cycleStartedAt(s.at());
    b.lastEventAt(s.at());
    b.lastReason("submitted; " + routing.reason());
    b.events(CaseLog.empty().append(s));
    FeedbackCase opened = b.build();
    Effect notice = new Effect.Notify(routing.team().code(),
        routing.matched() ? NEW_CASE : NEW_CASE_UNKNOWN_CATEGORY, routing.reason());
    return Either.right(new CaseStep(opened, List.of(notice), opened.lastReason(), false));
  }

  @Override
  public Either<Problem, CaseStep> apply(FeedbackCase current, CaseEvent event) {
    return apply(current, event, true);
  }

  /**
   * Applies an event; without {@code effects} (a replay, whose effects were carried out when the
   * events first came) the step's effects are neither built nor returned.
   */
  private Either<Problem, CaseStep> apply(FeedbackCase current, CaseEvent event, boolean effects) {
    if (!event.caseId().equals(current.id())) {
      return Either.left(Problem.of(Problem.UNKNOWN, "caseId", event.caseId().value(),
          "must be the id of the case the event is applied to (" + current.id() + ")"));
    }
    if (current.events().containsEventId(event.eventId())) {
      return Either.right(new CaseStep(current, List.of(),
          "event " + event.eventId() + " is already in the log; ignored", true));
    }
    Seq<Problem> own = event.problems();
    if (!own.isEmpty()) {
      return Either.left(own.head());
    }
    Integer expected = event.expectedVersion();
    if (expected != null && expected != current.version()) {
      return Either.left(Problem.of(Problem.CONFLICT, "expectedVersion", expected,
          "must be the case's current version " + current.version()
              + ": the case changed since the sender saw it"));
    }
    if (event.at().isBefore(current.lastEventAt())) {
      return Either.left(Problem.of(Problem.ORDER, "at", event.at(),
          "must not be before the case's last event (" + current.lastEventAt() + ")"));
    }
    CaseTrigger trigger = event.trigger();
    if (trigger == null) {
      return Either.left(Problem.of(Problem.DUPLICATE, "eventId", event.eventId(),
          "must not submit case " + current.id() + " again: it was submitted by event "
              + current.events().get(0).eventId()));
    }
    Problem forbidden = authorise(current, event, trigger);
    if (forbidden != null) {
      return Either.left(forbidden);
    }
    if (event instanceof CaseEvent.Triaged triaged) {
      Either<Problem, Route> route = policy.routing().require("category", triaged.category());
      if (route.isLeft()) {
        return Either.left(route.getLeft());
      }
    }
    CaseContext context = new CaseContext(current, event, policy);
    if (!effects) {
      Transition<CaseState, CaseTrigger, CaseContext> taken =
          CaseMachine.DEFINITION.transitionFor(current.state(), trigger, context);
      if (taken != null) {
        FeedbackCase next = fold(current, event, taken.to(), taken.reason());
        return Either.right(new CaseStep(next, List.of(), next.lastReason(), false));
      }
      // no transition: fire below words the Problem
    }
    Either<Problem, Outcome<CaseState, CaseTrigger>> fired =
        CaseMachine.DEFINITION.fire(current.state(), trigger, context);
    if (fired.isLeft()) {
      // for a case, an event its state does not allow has come out of order
      Problem why = fired.getLeft();
      return Either.left(new Problem(Problem.ORDER, why.path(), why.rejected(), why.rule()));
    }
    Outcome<CaseState, CaseTrigger> outcome = fired.get();
    FeedbackCase next = fold(current, event, outcome.to(), outcome.reason());
    return Either.right(new CaseStep(next, outcome.effects(), next.lastReason(), false));
  }

  @Override
  public Either<Problem, FeedbackCase> replay(List<CaseEvent> events) {
    if (events.isEmpty()) {
      return Either.left(Problem.of(Problem.REQUIRED, "events", null,
          "must start with the submitted event of a case"));
    }
    if (!(events.get(0) instanceof CaseEvent.Submitted first)) {
      return Either.left(Problem.of(Problem.UNKNOWN, "events[0].caseId",
          events.get(0).caseId().value(), "must name a submitted case: the log does not start "
              + "with a submitted event"));
    }
    Either<Problem, CaseStep> opened = open(first);
    if (opened.isLeft()) {
      return Either.left(opened.getLeft().under("events[0]"));
    }
    FeedbackCase c = opened.get().feedbackCase();
    for (int i = 1; i < events.size(); i++) {
      Either<Problem, CaseStep> step = apply(c, events.get(i), false);
      if (step.isLeft()) {
        return Either.left(step.getLeft().under(Problem.index("events", i)));
      }
      c = step.get().feedbackCase();
    }
    return Either.right(c);
  }

  @Override
  public Either<Problem, FeedbackCase> verify(FeedbackCase snapshot) {
    Either<Problem, FeedbackCase> replayed = replay(snapshot.events());
    if (replayed.isLeft()) {
      return replayed;
    }
    FeedbackCase fold = replayed.get();
    return fold.equals(snapshot)
        ? Either.right(snapshot)
        : Either.left(Problem.of(Problem.INCONSISTENT, Problem.ROOT, snapshot.id().value(),
            "must equal the fold of its own events (state " + fold.state() + ", version "
                + fold.version() + "), was state " + snapshot.state() + ", version "
                + snapshot.version()));
  }

  @Override
  public Either<Problem, SortedMap<CaseId, FeedbackCase>> replayAll(List<CaseEvent> events) {
    // hashed while folding (one lookup per event), sorted once at the end
    HashMap<CaseId, FeedbackCase> cases = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      CaseEvent event = events.get(i);
      FeedbackCase known = cases.get(event.caseId());
      Either<Problem, CaseStep> step;
      if (known != null) {
        step = apply(known, event, false);
      } else if (event instanceof CaseEvent.Submitted submitted) {
        step = open(submitted);
      } else {
        return Either.left(Problem.of(Problem.UNKNOWN, Problem.index("events", i) + ".caseId",
            event.caseId().value(), "must name a submitted case"));
      }
      if (step.isLeft()) {
        return Either.left(step.getLeft().under(Problem.index("events", i)));
      }
      cases.put(event.caseId(), step.get().feedbackCase());
    }
    return Either.right(Collections.unmodifiableSortedMap(new TreeMap<>(cases)));
  }

  @Override
  public List<ClockReading> clocks(FeedbackCase current, Instant now) {
    return Clocks.read(current, policy, now);
  }

  @Override
  public Either<Problem, CaseAdvance> advance(FeedbackCase current, Instant now) {
    if (now.isBefore(current.lastEventAt())) {
      return Either.left(Problem.of(Problem.ORDER, "now", now,
          "must not be before the case's last event (" + current.lastEventAt() + ")"));
    }
    List<ClockReading> readings = Clocks.read(current, policy, now);
    List<CaseEvent> added = new ArrayList<>();
    List<Effect> effects = new ArrayList<>();
    FeedbackCase c = current;
    List<EscalationStep> ladder = policy.ladder().steps();
    for (ClockReading reading : readings) {
      if (reading.status() != ClockStatus.BREACHED || reading.clock() == SlaClock.CONFIRMATION
          || !CaseMachine.DEFINITION.eventsFrom(c.state()).contains(CaseTrigger.ESCALATE)) {
        continue;
      }
      int reached = c.escalations().getOrDefault(reading.clock(), 0);
      for (int i = reached; i < ladder.size(); i++) {
        EscalationStep step = ladder.get(i);
        if (reading.overdue().compareTo(step.after()) < 0) {
          break;
        }
        CaseEvent escalated = new CaseEvent.Escalated(c.id() + ":escalated:"
            + reading.clock().name().toLowerCase(Locale.ROOT) + ":" + (i + 1) + ":v" + c.version(),
            c.id(), SYSTEM_ACTOR, ActorRole.SYSTEM, now, reading.clock(), i + 1, step.target(),
            null);
        Either<Problem, CaseStep> applied = apply(c, escalated);
        if (applied.isLeft()) {
          return Either.left(applied.getLeft());
        }
        c = applied.get().feedbackCase();
        added.add(escalated);
        effects.addAll(applied.get().effects());
      }
    }
    for (ClockReading reading : readings) {
      if (reading.clock() == SlaClock.CONFIRMATION && reading.status() == ClockStatus.BREACHED
          && c.state() == CaseState.RESOLVED) {
        CaseEvent closed = new CaseEvent.AutoClosed(c.id() + ":auto_closed:v" + c.version(),
            c.id(), SYSTEM_ACTOR, ActorRole.SYSTEM, now,
            "the submitter stayed silent through the confirmation window: " + reading.reason(),
            null);
        Either<Problem, CaseStep> applied = apply(c, closed);
        if (applied.isLeft()) {
          return Either.left(applied.getLeft());
        }
        c = applied.get().feedbackCase();
        added.add(closed);
        effects.addAll(applied.get().effects());
      }
    }
    return Either.right(new CaseAdvance(c, readings, added, effects));
  }

  private static @Nullable Problem authorise(FeedbackCase c, CaseEvent e, CaseTrigger trigger) {
    ActorRole role = e.actorRole();
    String actor = e.actor();
    boolean coordinator = role == ActorRole.COORDINATOR;
    boolean owner = role == ActorRole.OWNER && actor.equals(c.owner());
    boolean escalationTarget = (role == ActorRole.SUPERVISOR || role == ActorRole.DIRECTOR)
        && c.escalatedTo().contains(role);
    boolean ownerSide = owner || escalationTarget;
    boolean submitterSide = (role == ActorRole.SUBMITTER && actor.equals(c.submitter()))
        || (role == ActorRole.PROXY && c.proxies().contains(actor));
    boolean allowed;
    switch (trigger) {
      case TRIAGE:
      case MERGE:
        allowed = coordinator;
        break;
      case ACKNOWLEDGE:
      case PLAN_ACTION:
      case START_WORK:
      case RESOLVE:
        allowed = ownerSide;
        break;
      case DECLINE:
      case REQUEST_INFO:
        allowed = ownerSide || coordinator;
        break;
      case CONFIRM:
      case REJECT:
      case PROVIDE_INFO:
        allowed = submitterSide;
        break;
      case REOPEN:
        allowed = submitterSide || coordinator;
        break;
      case CLOSE:
        allowed = submitterSide || ownerSide || coordinator;
        break;
      default:
        allowed = role == ActorRole.SYSTEM;
        break;
    }
    if (allowed) {
      return null;
    }
    return Problem.of(Problem.FORBIDDEN, "actor", actor, role + " " + actor + " may not "
        + trigger.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " case " + c.id()
        + ": only " + whoMay(c, trigger) + " may");
  }

  /** Who may send a trigger, in words; built only for a refusal, as replay never needs it. */
  private static String whoMay(FeedbackCase c, CaseTrigger trigger) {
    String owners = "the assigned owner (" + (c.owner() == null ? "none yet" : c.owner())
        + ") or an escalation target " + c.escalatedTo();
    String submitters = "the submitter (" + c.submitter() + ") or a declared proxy " + c.proxies();
    switch (trigger) {
      case TRIAGE:
      case MERGE:
        return "a COORDINATOR";
      case ACKNOWLEDGE:
      case PLAN_ACTION:
      case START_WORK:
      case RESOLVE:
        return owners;
      case DECLINE:
      case REQUEST_INFO:
        return owners + " or a COORDINATOR";
      case CONFIRM:
      case REJECT:
      case PROVIDE_INFO:
        return submitters;
      case REOPEN:
        return submitters + " or a COORDINATOR";
      case CLOSE:
        return submitters + ", " + owners + " or a COORDINATOR";
      default:
        return "Huifang itself (SYSTEM)";
    }
  }

  private FeedbackCase fold(FeedbackCase c, CaseEvent e, CaseState to, String reason) {
    Instant at = e.at();
    FeedbackCase.Builder b = FeedbackCase.builder();
    b.from(c);
    b.state(to);
    b.version(c.version() + 1);
    b.lastEventAt(at);
    b.lastReason(reason);
    b.events(c.events().append(e));
    TreeMap<SlaClock, Integer> escalations = new TreeMap<>(c.escalations());
    if (e instanceof CaseEvent.Triaged t) {
      b.category(t.category());
      b.routing(policy.routing().route(t.category()));
      b.owner(t.owner());
    } else if (e instanceof CaseEvent.Acknowledged) {
      if (c.firstResponseAt() == null) {
        b.firstResponseAt(at);
      }
    } else if (e instanceof CaseEvent.Resolved) {
      b.resolvedAt(at);
      if (c.firstResolvedAt() == null) {
        b.firstResolvedAt(at);
      }
    } else if (e instanceof CaseEvent.Confirmed) {
      b.confirmedAt(at);
    } else if (e instanceof CaseEvent.Rejected) {
      b.cycleStartedAt(at);
      b.resolvedAt(null);
      escalations.remove(SlaClock.VISIBLE_ACTION);
    } else if (e instanceof CaseEvent.Closed || e instanceof CaseEvent.AutoClosed) {
      b.closedAt(at);
    } else if (e instanceof CaseEvent.Reopened) {
      b.reopenCount(c.reopenCount() + 1);
      b.cycleStartedAt(at);
      b.resolvedAt(null);
      b.confirmedAt(null);
      b.closedAt(null);
      escalations.remove(SlaClock.VISIBLE_ACTION);
    } else if (e instanceof CaseEvent.Declined d) {
      b.wontFixReason(d.reason());
      b.closedAt(at);
    } else if (e instanceof CaseEvent.Merged m) {
      b.duplicateOf(m.duplicateOf());
      b.closedAt(at);
    } else if (e instanceof CaseEvent.InfoRequested) {
      b.awaitingSince(at);
    } else if (e instanceof CaseEvent.Escalated x) {
      escalations.merge(x.clock(), x.level(), Math::max);
      b.addEscalatedTo(x.target());
    }
    Instant since = c.awaitingSince();
    boolean answered = e instanceof CaseEvent.InfoProvided;
    if (since != null && (answered || !to.isOpen())) {
      b.addPauses(new Pause(since, at));
      b.awaitingSince(null);
    }
    b.escalations(escalations);
    return b.build();
  }
}
