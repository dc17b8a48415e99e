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
import dev.huifang.closedloop.Directory;
import dev.huifang.closedloop.ClockReading;
import dev.huifang.closedloop.ClockStatus;
import dev.huifang.closedloop.EscalationStep;
import dev.huifang.closedloop.EventId;
import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.LoopPolicy;
import dev.huifang.closedloop.Pause;
import dev.huifang.closedloop.Recipient;
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
import io.vavr.control.Validation;
import java.time.Duration;
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

  private static final LocalizedText NEW_CASE = LocalizedText.of(
      "收到一个新的反馈案件，请分派处理人。", "A new feedback case arrived; please assign an owner.");
  private static final LocalizedText NEW_CASE_UNKNOWN_CATEGORY = LocalizedText.of(
      "收到一个未知类别的反馈案件，请在分诊队列中确认类别并分派处理人。",
      "A feedback case of an unknown category waits in triage; please categorise and assign it.");

  private final LoopPolicy policy;
  private final Directory directory;

  /** A loop with this policy and directory. */
  public LoopEngine(LoopPolicy policy, Directory directory) {
    this.policy = requireNonNull(policy, "policy is null");
    this.directory = requireNonNull(directory, "directory is null");
  }

  @Override
  public LoopPolicy policy() {
    return policy;
  }

  @Override
  public Directory directory() {
    return directory;
  }

  @Override
  public StateMachineDefinition<CaseState, CaseTrigger, CaseContext> definition() {
    return CaseMachine.DEFINITION;
  }

  @Override
  public Validation<Seq<Problem>, CaseStep> open(CaseEvent.Submitted s) {
    List<Problem> problems = new ArrayList<>();
    s.problems().forEach(problems::add);
    if (!policy.limits().accepts(s.at())) {
      problems.add(outOfRange("at", s.at()));
    }
    if (s.actorRole() != ActorRole.SUBMITTER || directory.isSystem(s.actor())) {
      problems.add(notASubmitter(s));
    }
    for (int i = 0; i < s.proxies().size(); i++) {
      ActorId proxy = s.proxies().get(i);
      if (proxy.equals(s.actor()) || directory.isSystem(proxy)) {
        problems.add(Problem.of(Problem.FORBIDDEN, Problem.index("proxies", i), proxy.value(),
            "must be someone other than the submitter and Huifang's own actor"));
      }
    }
    Integer expected = s.expectedVersion();
    if (expected != null && expected != 0) {
      problems.add(Problem.of(Problem.CONFLICT, "expectedVersion", expected,
          "must be 0 for a new case"));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
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
    Effect notice = new Effect.Notify(Recipient.role(ActorRole.COORDINATOR, routing.team()),
        routing.matched() ? NEW_CASE : NEW_CASE_UNKNOWN_CATEGORY, routing.reason());
    return Validation.valid(new CaseStep(opened, List.of(notice), opened.lastReason(), false));
  }

  private Problem notASubmitter(CaseEvent.Submitted s) {
    return Problem.of(Problem.FORBIDDEN, "actorRole", s.actorRole().name(),
        "actor " + s.actor() + " may not submit case " + s.caseId() + " as " + s.actorRole()
            + ": only a SUBMITTER other than Huifang's own actor may");
  }

  @Override
  public Validation<Seq<Problem>, CaseStep> apply(FeedbackCase current, CaseEvent event) {
    List<Problem> problems = problemsOf(current, event);
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    // every state-independent check just passed: only the state's answer is left to ask
    return apply(current, event, true, true).fold(
        p -> Validation.invalid(io.vavr.collection.List.of(p)), Validation::valid);
  }

  /**
   * Every Problem of {@code event} on {@code current} that does not depend on the case's state:
   * case id, reused id, the event's own fields, version, time, authorisation, triage category.
   * An event free of these is then tried against the state by the fold.
   */
  private List<Problem> problemsOf(FeedbackCase current, CaseEvent event) {
    List<Problem> problems = new ArrayList<>();
    if (!event.caseId().equals(current.id())) {
      problems.add(Problem.of(Problem.UNKNOWN, "caseId", event.caseId().value(),
          "must be the id of the case the event is applied to (" + current.id() + ")"));
    }
    CaseEvent logged = current.events().eventWithId(event.eventId());
    if (logged != null && !logged.equals(event)) {
      problems.add(Problem.of(Problem.CONFLICT, "eventId", event.eventId().value(),
          "must not be reused with other content: case " + current.id()
              + " already logged a different event under this id"));
    }
    if (logged == null || !logged.equals(event)) {
      event.problems().forEach(problems::add);
      Integer expected = event.expectedVersion();
      // a negative version is already a field Problem of the event
      if (expected != null && expected >= 0 && expected != current.version()) {
        problems.add(Problem.of(Problem.CONFLICT, "expectedVersion", expected,
            "must be the case's current version " + current.version()
                + ": the case changed since the sender saw it"));
      }
      Problem when = checkTime(current, event.at(), "at");
      if (when != null) {
        problems.add(when);
      }
      CaseTrigger trigger = event.trigger();
      if (trigger == null) {
        problems.add(Problem.of(Problem.DUPLICATE, "eventId", event.eventId().value(),
            "must not submit case " + current.id() + " again: it was submitted by event "
                + current.events().get(0).eventId()));
      } else {
        Problem forbidden = Authorisation.check(current, event, trigger, directory);
        if (forbidden != null) {
          problems.add(forbidden);
        }
      }
      if (trigger != null) {
        problems.addAll(event.kind().admissionProblems(event, current, policy, directory));
      }
    }
    return problems;
  }

  /**
   * Every Problem of an event the fast fold refused with {@code first}, placed under
   * {@code events[i]}: a replay stops at the first refused event but reports it fully.
   */
  private Seq<Problem> refusedAt(FeedbackCase current, CaseEvent event, Problem first, int i) {
    List<Problem> all = problemsOf(current, event);
    Seq<Problem> problems = all.isEmpty()
        ? io.vavr.collection.List.of(first) : io.vavr.collection.List.ofAll(all);
    String at = Problem.index("events", i);
    return problems.map(p -> p.under(at));
  }

  /**
   * Applies an event; without {@code effects} (a replay, whose effects were carried out when the
   * events first came) the step's effects are neither built nor returned.
   */
  private Either<Problem, CaseStep> apply(FeedbackCase current, CaseEvent event, boolean effects) {
    return apply(current, event, effects, false);
  }

  /**
   * Applies an event, stopping at its first Problem; {@code checked} says that
   * {@link #problemsOf} already found no state-independent Problem, so that only a repeat and the
   * state's answer are left to ask.
   */
  private Either<Problem, CaseStep> apply(FeedbackCase current, CaseEvent event, boolean effects,
      boolean checked) {
    if (!checked && !event.caseId().equals(current.id())) {
      return Either.left(Problem.of(Problem.UNKNOWN, "caseId", event.caseId().value(),
          "must be the id of the case the event is applied to (" + current.id() + ")"));
    }
    CaseEvent logged = current.events().eventWithId(event.eventId());
    if (logged != null) {
      if (logged.equals(event)) {
        return Either.right(new CaseStep(current, List.of(),
            "event " + event.eventId() + " is already in the log; ignored", true));
      }
      return Either.left(Problem.of(Problem.CONFLICT, "eventId", event.eventId().value(),
          "must not be reused with other content: case " + current.id()
              + " already logged a different event under this id"));
    }
    CaseTrigger trigger = event.trigger();
    if (!checked || trigger == null) {
      Problem first = firstProblem(current, event, trigger);
      if (first != null) {
        return Either.left(first);
      }
    }
    CaseContext context = new CaseContext(current, event, policy, directory);
    return fold(current, event, requireNonNull(trigger, "a submission is refused above"), context,
        effects);
  }

  /** The first state-independent Problem of {@code event} on {@code current}, or null. */
  private @Nullable Problem firstProblem(FeedbackCase current, CaseEvent event,
      @Nullable CaseTrigger trigger) {
    Seq<Problem> own = event.problems();
    if (!own.isEmpty()) {
      return own.head();
    }
    Integer expected = event.expectedVersion();
    if (expected != null && expected != current.version()) {
      return Problem.of(Problem.CONFLICT, "expectedVersion", expected,
          "must be the case's current version " + current.version()
              + ": the case changed since the sender saw it");
    }
    Problem when = checkTime(current, event.at(), "at");
    if (when != null) {
      return when;
    }
    if (trigger == null) {
      return Problem.of(Problem.DUPLICATE, "eventId", event.eventId().value(),
          "must not submit case " + current.id() + " again: it was submitted by event "
              + current.events().get(0).eventId());
    }
    Problem forbidden = Authorisation.check(current, event, trigger, directory);
    if (forbidden != null) {
      return forbidden;
    }
    List<Problem> admission = event.kind().admissionProblems(event, current, policy, directory);
    return admission.isEmpty() ? null : admission.get(0);
  }

  /** The step the machine's answer to {@code event} in the case's state gives, or its refusal. */
  private Either<Problem, CaseStep> fold(FeedbackCase current, CaseEvent event,
      CaseTrigger trigger, CaseContext context, boolean effects) {
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
      return Either.left(refusal(current, event, trigger, fired.getLeft()));
    }
    Outcome<CaseState, CaseTrigger> outcome = fired.get();
    FeedbackCase next = fold(current, event, outcome.to(), outcome.reason());
    return Either.right(new CaseStep(next, outcome.effects(), next.lastReason(), false));
  }

  /**
   * Words the machine's refusal: a system event whose rule does not hold at its instant is
   * forbidden (a forged escalation or closure); any other refusal is a state-order Problem.
   */
  private static Problem refusal(FeedbackCase c, CaseEvent event, CaseTrigger trigger,
      Problem why) {
    boolean stateAccepts = CaseMachine.DEFINITION.eventsFrom(c.state()).contains(trigger);
    if (trigger.isSystem() && stateAccepts) {
      return Problem.of(Problem.FORBIDDEN, "eventId", event.eventId().value(),
          "must be backed by its rule: event " + event.eventId() + " ("
              + trigger.name().toLowerCase(Locale.ROOT) + " of case " + c.id() + " at "
              + event.at() + ") " + why.rule());
    }
    return new Problem(STATE_ORDER, why.path(), why.rejected(), why.rule());
  }

  /** A time Problem of an event (or {@code now}) at {@code at}, or null when it is acceptable. */
  private @Nullable Problem checkTime(FeedbackCase c, Instant at, String path) {
    if (!policy.limits().accepts(at)) {
      return outOfRange(path, at);
    }
    if (at.isBefore(c.lastEventAt())) {
      return Problem.of(Problem.ORDER, path, at,
          "must not be before the case's last event (" + c.lastEventAt() + ")");
    }
    if (Duration.between(c.lastEventAt(), at).compareTo(policy.limits().maxGap()) > 0) {
      return Problem.of(Problem.RANGE, path, at, "must be at most " + policy.limits().maxGap()
          + " after the case's last event (" + c.lastEventAt() + ")");
    }
    return null;
  }

  private Problem outOfRange(String path, Instant at) {
    return Problem.of(Problem.RANGE, path, at, "must lie from " + policy.limits().earliest()
        + " up to (not including) " + policy.limits().latest());
  }

  @Override
  public Validation<Seq<Problem>, FeedbackCase> replay(List<CaseEvent> events) {
    if (events.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.of(Problem.of(Problem.REQUIRED, "events",
          null, "must start with the submitted event of a case")));
    }
    if (!(events.get(0) instanceof CaseEvent.Submitted first)) {
      return Validation.invalid(io.vavr.collection.List.of(Problem.of(Problem.UNKNOWN,
          "events[0].caseId", events.get(0).caseId().value(), "must name a submitted case: the "
              + "log does not start with a submitted event")));
    }
    Validation<Seq<Problem>, CaseStep> opened = open(first);
    if (opened.isInvalid()) {
      return Validation.invalid(opened.getError().map(p -> p.under("events[0]")));
    }
    FeedbackCase c = opened.get().feedbackCase();
    for (int i = 1; i < events.size(); i++) {
      CaseEvent event = events.get(i);
      Either<Problem, CaseStep> step = apply(c, event, false);
      if (step.isLeft()) {
        return Validation.invalid(refusedAt(c, event, step.getLeft(), i));
      }
      if (step.get().ignored()) {
        return Validation.invalid(io.vavr.collection.List.of(Problem.of(Problem.DUPLICATE,
            Problem.index("events", i) + ".eventId", event.eventId().value(),
            "must appear once in a case's log")));
      }
      c = step.get().feedbackCase();
    }
    return Validation.valid(c);
  }

  @Override
  public Validation<Seq<Problem>, FeedbackCase> verify(FeedbackCase snapshot) {
    Validation<Seq<Problem>, FeedbackCase> replayed = replay(snapshot.events());
    if (replayed.isInvalid()) {
      return replayed;
    }
    FeedbackCase fold = replayed.get();
    return fold.equals(snapshot)
        ? Validation.valid(snapshot)
        : Validation.invalid(io.vavr.collection.List.of(Problem.of(Problem.INCONSISTENT,
            Problem.ROOT, snapshot.id().value(), "must equal the fold of its own events (state "
                + fold.state() + ", version " + fold.version() + "), was state "
                + snapshot.state() + ", version " + snapshot.version())));
  }

  @Override
  public Validation<Seq<Problem>, SortedMap<CaseId, FeedbackCase>> replayAll(
      List<CaseEvent> events) {
    // hashed while folding (one lookup per event), sorted once at the end
    HashMap<CaseId, FeedbackCase> cases = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      CaseEvent event = events.get(i);
      FeedbackCase known = cases.get(event.caseId());
      FeedbackCase next;
      if (known != null) {
        Either<Problem, CaseStep> step = apply(known, event, false);
        if (step.isLeft()) {
          return Validation.invalid(refusedAt(known, event, step.getLeft(), i));
        }
        next = step.get().feedbackCase();
      } else if (event instanceof CaseEvent.Submitted submitted) {
        Validation<Seq<Problem>, CaseStep> opened = open(submitted);
        if (opened.isInvalid()) {
          String at = Problem.index("events", i);
          return Validation.invalid(opened.getError().map(p -> p.under(at)));
        }
        next = opened.get().feedbackCase();
      } else {
        return Validation.invalid(io.vavr.collection.List.of(Problem.of(Problem.UNKNOWN,
            Problem.index("events", i) + ".caseId", event.caseId().value(),
            "must name a submitted case")));
      }
      cases.put(event.caseId(), next);
    }
    return Validation.valid(Collections.unmodifiableSortedMap(new TreeMap<>(cases)));
  }

  @Override
  public List<ClockReading> clocks(FeedbackCase current, Instant now) {
    return Clocks.read(current, policy, now);
  }

  @Override
  public Validation<Seq<Problem>, CaseAdvance> advance(FeedbackCase current, Instant now) {
    List<Problem> problems = new ArrayList<>();
    if (!policy.limits().accepts(now)) {
      problems.add(outOfRange("now", now));
    }
    if (now.isBefore(current.lastEventAt())) {
      problems.add(Problem.of(Problem.ORDER, "now", now,
          "must not be before the case's last event (" + current.lastEventAt() + ")"));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
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
        CaseEvent escalated = new CaseEvent.Escalated(EventId.of(CaseEvent.SYSTEM_ID_PREFIX + c.id()
            + ":escalated:" + reading.clock().name().toLowerCase(Locale.ROOT) + ":" + (i + 1)
            + ":v" + c.version()), c.id(), directory.systemActor(), ActorRole.SYSTEM, now,
            reading.clock(), i + 1, step.target(),
            List.copyOf(CaseMachine.targets(c, step.target(), directory)), null);
        Validation<Seq<Problem>, CaseStep> applied = apply(c, escalated);
        if (applied.isInvalid()) {
          return Validation.invalid(applied.getError());
        }
        if (applied.get().ignored()) {
          continue;
        }
        c = applied.get().feedbackCase();
        added.add(escalated);
        effects.addAll(applied.get().effects());
      }
    }
    for (ClockReading reading : readings) {
      if (reading.clock() == SlaClock.CONFIRMATION && reading.status() == ClockStatus.BREACHED
          && c.state() == CaseState.RESOLVED) {
        CaseEvent closed = new CaseEvent.AutoClosed(EventId.of(CaseEvent.SYSTEM_ID_PREFIX + c.id()
            + ":auto_closed:v" + c.version()), c.id(), directory.systemActor(), ActorRole.SYSTEM,
            now, "the submitter stayed silent through the confirmation window: "
                + reading.reason(), null);
        Validation<Seq<Problem>, CaseStep> applied = apply(c, closed);
        if (applied.isInvalid()) {
          return Validation.invalid(applied.getError());
        }
        if (applied.get().ignored()) {
          continue;
        }
        c = applied.get().feedbackCase();
        added.add(closed);
        effects.addAll(applied.get().effects());
      }
    }
    return Validation.valid(new CaseAdvance(c, readings, added, effects));
  }

  /**
   * The case after accepted event {@code e} moved it to {@code to}: what every event changes
   * (state, version, log, time, reason), then what its kind declares; a case that stops being
   * open stops waiting on its submitter.
   */
  private FeedbackCase fold(FeedbackCase c, CaseEvent e, CaseState to, String reason) {
    Instant at = e.at();
    FeedbackCase.Builder b = FeedbackCase.builder();
    b.from(c);
    b.state(to);
    b.version(c.version() + 1);
    b.lastEventAt(at);
    b.lastReason(reason);
    b.events(c.events().append(e));
    e.kind().change(e, c, b, policy);
    Instant since = c.awaitingSince();
    if (since != null && !to.isOpen()) {
      b.addPauses(new Pause(since, at));
      b.awaitingSince(null);
    }
    return b.build();
  }
}
