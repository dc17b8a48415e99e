package dev.huifang.closedloop.internal;

import static dev.huifang.closedloop.CaseState.ACKNOWLEDGED;
import static dev.huifang.closedloop.CaseState.ACTION_PLANNED;
import static dev.huifang.closedloop.CaseState.CLOSED;
import static dev.huifang.closedloop.CaseState.CONFIRMED;
import static dev.huifang.closedloop.CaseState.IN_PROGRESS;
import static dev.huifang.closedloop.CaseState.MERGED_AS_DUPLICATE;
import static dev.huifang.closedloop.CaseState.RECEIVED;
import static dev.huifang.closedloop.CaseState.REJECTED_BY_SUBMITTER;
import static dev.huifang.closedloop.CaseState.REOPENED;
import static dev.huifang.closedloop.CaseState.RESOLVED;
import static dev.huifang.closedloop.CaseState.TRIAGED;
import static dev.huifang.closedloop.CaseState.WONT_FIX;

import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseContext;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.CaseTrigger;
import dev.huifang.closedloop.ClockReading;
import dev.huifang.closedloop.ClockStatus;
import dev.huifang.closedloop.Directory;
import dev.huifang.closedloop.EscalationStep;
import dev.huifang.closedloop.SlaClock;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.Recipient;
import dev.huifang.closedloop.Team;
import dev.huifang.closedloop.SlaTerms;
import dev.huifang.closedloop.machine.Action;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.closedloop.machine.Guard;
import dev.huifang.closedloop.machine.StateMachineDefinition;
import dev.huifang.closedloop.machine.Transition;
import dev.huifang.core.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/** The feedback-case state machine: the legal moves of a case and the effects they ask for. */
final class CaseMachine {

  /** The states in which the owner side works and time limits may escalate. */
  static final List<CaseState> WORKING = List.of(RECEIVED, TRIAGED, ACKNOWLEDGED, ACTION_PLANNED,
      IN_PROGRESS, REOPENED, REJECTED_BY_SUBMITTER);

  static final Guard<CaseContext> NOT_AWAITING =
      Guard.of("the submitter is not yet awaited", c -> !c.feedbackCase().isAwaitingSubmitter());
  static final Guard<CaseContext> AWAITING =
      Guard.of("the submitter is awaited", c -> c.feedbackCase().isAwaitingSubmitter());
  static final Guard<CaseContext> ESCALATION_DUE = Guard.of(
      "the time limit is broken at this step now", CaseMachine::escalationDue);
  static final Guard<CaseContext> CONFIRMATION_WINDOW_OVER = Guard.of(
      "the confirmation window ran out",
      CaseMachine::confirmationWindowOver);
  static final Guard<CaseContext> CONTESTED_IN_TIME = Guard.of(
      "contested within the window", CaseMachine::contestedInTime);
  static final Guard<CaseContext> REOPENED_IN_TIME = Guard.of(
      "reopened within the window", CaseMachine::reopenedInTime);

  // Notification texts are constants, built once when the class loads rather than on every
  // transition: a replay fires one transition per event.
  private static final LocalizedText ASSIGNED = LocalizedText.of(
      "您被指派处理一个反馈案件，请在时限内首次回应。",
      "You were assigned a feedback case; please give a first response within its time limit.");
  private static final LocalizedText RESOLVED_FOR_SUBMITTER = LocalizedText.of(
      "您的反馈已处理，请确认或驳回处理结果。",
      "Your feedback was acted on; please confirm or reject the fix.");

  static final StateMachineDefinition<CaseState, CaseTrigger, CaseContext> DEFINITION = build();

  private CaseMachine() {}

  private static StateMachineDefinition<CaseState, CaseTrigger, CaseContext> build() {
    StateMachineDefinition.Builder<CaseState, CaseTrigger, CaseContext> b =
        StateMachineDefinition.builder(CaseState.class, CaseTrigger.class);
    b.name("feedback case").initial(RECEIVED);
    move(b, RECEIVED, CaseTrigger.TRIAGE, TRIAGED, CaseMachine::assigned);
    move(b, TRIAGED, CaseTrigger.ACKNOWLEDGE, ACKNOWLEDGED, Action.none());
    move(b, REOPENED, CaseTrigger.ACKNOWLEDGE, ACKNOWLEDGED, Action.none());
    move(b, ACKNOWLEDGED, CaseTrigger.PLAN_ACTION, ACTION_PLANNED, Action.none());
    move(b, REOPENED, CaseTrigger.PLAN_ACTION, ACTION_PLANNED, Action.none());
    move(b, REJECTED_BY_SUBMITTER, CaseTrigger.PLAN_ACTION, ACTION_PLANNED, Action.none());
    move(b, ACTION_PLANNED, CaseTrigger.START_WORK, IN_PROGRESS, Action.none());
    move(b, REJECTED_BY_SUBMITTER, CaseTrigger.START_WORK, IN_PROGRESS, Action.none());
    move(b, IN_PROGRESS, CaseTrigger.RESOLVE, RESOLVED, CaseMachine::resolved);
    move(b, RESOLVED, CaseTrigger.CONFIRM, CONFIRMED, toOwner(
        "提交人已确认处理结果。", "The submitter confirmed the fix.", c -> "the submitter confirmed"));
    move(b, RESOLVED, CaseTrigger.REJECT, REJECTED_BY_SUBMITTER, toOwner(
        "提交人驳回了处理结果，请重新处理。", "The submitter rejected the fix; please act again.",
        c -> "the submitter rejected: " + says(c)));
    b.transition(Transition.<CaseState, CaseTrigger, CaseContext>of(
            name(CaseTrigger.AUTO_CLOSE, RESOLVED), RESOLVED, CaseTrigger.AUTO_CLOSE, CLOSED)
        .when(CONFIRMATION_WINDOW_OVER)
        .then(toSubmitter(
            "确认期已过，您的反馈案件已自动关闭；如仍有问题可申请重新打开。",
            "The confirmation window has passed and your case was closed; ask to reopen it if "
                + "needed.",
            c -> says(c))));
    move(b, CONFIRMED, CaseTrigger.CLOSE, CLOSED, Action.none());
    b.transition(Transition.<CaseState, CaseTrigger, CaseContext>of(
            name(CaseTrigger.REOPEN, CLOSED), CLOSED, CaseTrigger.REOPEN, REOPENED)
        .when(REOPENED_IN_TIME)
        .then(toOwner("案件已重新打开，请再次处理。", "The case was reopened; please act again.",
            c -> "reopened: " + says(c))));
    Action<CaseContext> merged = toSubmitter(
        "您的反馈与已有案件重复，已合并跟进。",
        "Your feedback duplicates another case and is followed up there.",
        c -> "merged into " + says(c));
    for (CaseState state : List.of(RECEIVED, TRIAGED, ACKNOWLEDGED)) {
      move(b, state, CaseTrigger.MERGE, MERGED_AS_DUPLICATE, merged);
    }
    Action<CaseContext> declined = toSubmitter(
        "经评估，此反馈暂不处理，原因见说明。",
        "After review this feedback will not be acted on; the reason is attached.",
        c -> "declined: " + says(c));
    Action<CaseContext> askedForInfo = toSubmitter("处理人需要您补充信息，补充前时限暂停。",
        "The owner needs more information from you; time limits pause until you answer.",
        c -> "asked: " + says(c));
    for (CaseState state : WORKING) {
      move(b, state, CaseTrigger.DECLINE, WONT_FIX, declined);
      b.transition(Transition.<CaseState, CaseTrigger, CaseContext>of(
              name(CaseTrigger.REQUEST_INFO, state), state, CaseTrigger.REQUEST_INFO, state)
          .when(NOT_AWAITING)
          .then(askedForInfo));
      b.transition(Transition.<CaseState, CaseTrigger, CaseContext>of(
              name(CaseTrigger.PROVIDE_INFO, state), state, CaseTrigger.PROVIDE_INFO, state)
          .when(AWAITING));
      b.transition(Transition.<CaseState, CaseTrigger, CaseContext>of(
              name(CaseTrigger.ESCALATE, state), state, CaseTrigger.ESCALATE, state)
          .when(ESCALATION_DUE)
          .then(CaseMachine::escalated));
      if (state != RECEIVED) {
        b.transition(Transition.<CaseState, CaseTrigger, CaseContext>of(
                "reassign_in_" + state.name().toLowerCase(Locale.ROOT), state,
                CaseTrigger.TRIAGE, state)
            .then(CaseMachine::assigned));
      }
    }
    Action<CaseContext> contested = toOwner(
        "提交人对处理决定提出异议，案件已重新打开。",
        "The submitter contested the decision; the case was reopened.",
        c -> "contested: " + says(c));
    for (CaseState state : List.of(WONT_FIX, MERGED_AS_DUPLICATE)) {
      b.transition(Transition.<CaseState, CaseTrigger, CaseContext>of(
              name(CaseTrigger.REOPEN, state), state, CaseTrigger.REOPEN, REOPENED)
          .when(CONTESTED_IN_TIME)
          .then(contested));
    }
    var built = b.build();
    if (built.isInvalid()) {
      throw new IllegalStateException("the case machine is invalid: "
          + built.getError().mkString("; "));
    }
    return built.get();
  }

  private static void move(StateMachineDefinition.Builder<CaseState, CaseTrigger, CaseContext> b,
      CaseState from, CaseTrigger event, CaseState to, Action<CaseContext> action) {
    b.transition(Transition.<CaseState, CaseTrigger, CaseContext>of(name(event, from), from,
        event, to).then(action));
  }

  private static String name(CaseTrigger event, CaseState from) {
    return event.name().toLowerCase(Locale.ROOT) + "_from_" + from.name().toLowerCase(Locale.ROOT);
  }

  private static List<Effect> assigned(CaseContext c) {
    CaseEvent.Triaged triaged = CaseEvent.Triaged.KIND.narrow(c.event());
    return List.of(new Effect.Notify(Recipient.actor(triaged.owner()), ASSIGNED,
        "case " + c.feedbackCase().id() + " (" + triaged.category() + ") assigned by "
            + triaged.actor()));
  }

  private static List<Effect> resolved(CaseContext c) {
    FeedbackCase fc = c.feedbackCase();
    SlaTerms terms = c.policy().sla().termsFor(fc.priority(), fc.source());
    Instant at = c.event().at();
    Instant ends = c.policy().calendar().plus(at, terms.confirmationWindow());
    return List.of(
        new Effect.Notify(Recipient.actor(fc.submitter()), RESOLVED_FOR_SUBMITTER,
            "resolved by " + c.event().actor() + ": "
                + says(c)),
        new Effect.ScheduleFollowUp(ends, "confirmation_window_ends",
            "confirmation window " + terms.confirmationWindow() + " from " + at
                + "; a silent submitter's case then closes by itself"));
  }

  private static List<Effect> escalated(CaseContext c) {
    CaseEvent.Escalated e = CaseEvent.Escalated.KIND.narrow(c.event());
    FeedbackCase fc = c.feedbackCase();
    Recipient target = target(fc, e.target());
    ClockReading reading = Clocks.read(fc, c.policy(), e.at(), e.clock());
    String why = reading == null ? e.clock().name() : reading.reason();
    return List.of(new Effect.Escalate(e.level(), target, e.clock(),
        "step " + e.level() + " of the escalation ladder (" + e.target() + "): " + why,
        e.targets()));
  }

  /**
   * The actor ids an escalation to {@code role} names for case {@code fc}: the owner, or the
   * directory's supervisors or directors of the case's team; never the submitter or a proxy.
   */
  static SortedSet<ActorId> targets(FeedbackCase fc, ActorRole role, Directory directory) {
    TreeSet<ActorId> out = new TreeSet<>();
    if (role == ActorRole.OWNER) {
      ActorId owner = fc.owner();
      if (owner != null) {
        out.add(owner);
      }
      return out;
    }
    out.addAll(directory.holders(role, fc.routing().team()));
    out.remove(fc.submitter());
    out.removeAll(fc.proxies());
    return out;
  }

  private static boolean escalationDue(CaseContext c) {
    if (c.event().kind() != CaseEvent.Escalated.KIND) {
      return false;
    }
    CaseEvent.Escalated e = CaseEvent.Escalated.KIND.narrow(c.event());
    if (e.clock() == SlaClock.CONFIRMATION) {
      return false;
    }
    FeedbackCase fc = c.feedbackCase();
    List<EscalationStep> ladder = c.policy().ladder().steps();
    int reached = fc.escalations().getOrDefault(e.clock(), 0);
    if (e.level() != reached + 1 || e.level() > ladder.size()) {
      return false;
    }
    EscalationStep step = ladder.get(e.level() - 1);
    if (step.target() != e.target()
        || !targets(fc, step.target(), c.directory()).containsAll(e.targets())) {
      return false;
    }
    ClockReading reading = Clocks.read(fc, c.policy(), e.at(), e.clock());
    return reading != null && reading.status() == ClockStatus.BREACHED
        && reading.overdue().compareTo(step.after()) >= 0;
  }

  private static boolean confirmationWindowOver(CaseContext c) {
    ClockReading reading = Clocks.read(c.feedbackCase(), c.policy(), c.event().at(),
        SlaClock.CONFIRMATION);
    return reading != null && reading.status() == ClockStatus.BREACHED;
  }

  private static boolean contestedInTime(CaseContext c) {
    Instant closed = c.feedbackCase().closedAt();
    return closed != null
        && within(closed, c.event().at(), c.policy().limits().contestWindow());
  }

  /** A closed case is reopened at most the policy's reopen window (inclusive) after closing. */
  private static boolean reopenedInTime(CaseContext c) {
    Instant closed = c.feedbackCase().closedAt();
    return closed != null
        && within(closed, c.event().at(), c.policy().limits().reopenWindow());
  }

  /**
   * True when {@code at} is at most {@code window} after {@code from}, edge included; measured
   * as a difference so that no window, however long, overflows an instant.
   */
  private static boolean within(Instant from, Instant at, Duration window) {
    return Duration.between(from, at).compareTo(window) <= 0;
  }

  /**
   * Who an escalation to {@code role} reaches for case {@code fc}: the owner (the coordinators of
   * the case's team while it has none), or the holders of the role in the case's team.
   */
  static Recipient target(FeedbackCase fc, ActorRole role) {
    ActorId owner = fc.owner();
    Team team = fc.routing().team();
    if (role == ActorRole.OWNER) {
      return owner != null ? Recipient.actor(owner) : Recipient.role(ActorRole.COORDINATOR, team);
    }
    return Recipient.role(role, team);
  }

  /** The event's own words (a reason, a resolution, a question), as its kind declares them. */
  private static String says(CaseContext c) {
    return c.event().kind().says(c.event());
  }

  /** Notifies the case's owner (or its team) with this text and a reason read from the event. */
  private static Action<CaseContext> toOwner(String zh, String en,
      Function<CaseContext, String> reason) {
    LocalizedText text = LocalizedText.of(zh, en);
    return c -> List.of(new Effect.Notify(target(c.feedbackCase(), ActorRole.OWNER), text,
        reason.apply(c)));
  }

  /** Notifies the case's submitter with this text and a reason read from the event. */
  private static Action<CaseContext> toSubmitter(String zh, String en,
      Function<CaseContext, String> reason) {
    LocalizedText text = LocalizedText.of(zh, en);
    return c -> List.of(new Effect.Notify(Recipient.actor(c.feedbackCase().submitter()), text,
        reason.apply(c)));
  }
}
