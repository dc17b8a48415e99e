package dev.huifang.examples;

import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseAdvance;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 3, a headhunting firm's urgent orders: a client's feedback on a 24-hour order is left
 * unanswered, breaches the 48-hour first-response limit and escalates twice before a supervisor
 * answers it.
 */
final class HeadhuntingUrgentOrder {

  static final Instant FEEDBACK = Instant.parse("2026-05-11T02:00:00Z");
  static final CaseId CASE = CaseId.of("case-2026-0511-urgent");

  /** What the case part of the scenario ends with, for its test. */
  record CaseOutcome(FeedbackCase feedbackCase, List<Effect.Escalate> escalations) {}

  private HeadhuntingUrgentOrder() {}

  static CaseOutcome escalation(Report report) {
    report.heading("客户反馈无人响应：48 小时超时并两次升级",
        "Unanswered client feedback: the 48-hour limit breaches and escalates twice");
    FeedbackLoop loop = FeedbackLoop.ofDefaults();
    CaseTimeline timeline = CaseTimeline.open(loop, new CaseEvent.Submitted("hh-1", CASE,
        "client-fintech", ActorRole.SUBMITTER, FEEDBACK, CaseSource.CLIENT, Urgency.ULTRA_URGENT,
        Channel.PHONE_INTERVIEW, Category.URGENT_ORDER_FEEDBACK, "slow updates on a 24 h order",
        "Shenzhen", "we heard nothing for 10 hours on a 24-hour search", List.of(), null), report);
    timeline.apply(new CaseEvent.Triaged("hh-2", CASE, "coord-zhao", ActorRole.COORDINATOR,
        at(1), Category.URGENT_ORDER_FEEDBACK, "consultant-chen", null));
    List<Effect.Escalate> escalations = new ArrayList<>();
    for (int hours : new int[] {40, 49, 73}) {
      CaseAdvance advance = timeline.advance(at(hours));
      advance.effects().stream().filter(Effect.Escalate.class::isInstance)
          .map(Effect.Escalate.class::cast).forEach(escalations::add);
    }
    timeline.apply(new CaseEvent.Acknowledged("hh-3", CASE, "supervisor-liu",
        ActorRole.SUPERVISOR, at(74), "called the client; daily updates until the order closes",
        null));
    report.table(timeline.table());
    for (Effect.Escalate escalate : escalations) {
      report.raw("  L" + escalate.level() + " → " + escalate.target() + ": " + escalate.reason());
    }
    return new CaseOutcome(timeline.current(), escalations);
  }

  private static Instant at(int hours) {
    return FEEDBACK.plus(Duration.ofHours(hours));
  }
}
