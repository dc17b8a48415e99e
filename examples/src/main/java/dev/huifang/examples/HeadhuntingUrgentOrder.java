package dev.huifang.examples;

import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseAdvance;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.EventHeader;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.ClientId;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Period;
import dev.huifang.core.Perspective;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import dev.huifang.core.UrgencyPolicy;
import dev.huifang.core.WorkerId;
import dev.huifang.questionnaire.Answer;
import dev.huifang.questionnaire.FollowUpAction;
import dev.huifang.questionnaire.Question;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.QuestionSelector;
import dev.huifang.questionnaire.QuestionnaireRun;
import dev.huifang.questionnaire.RunOutcome;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.questionnaire.SelectionRequest;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.questionnaire.TriggerPolicy;
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

  /** What the whole scenario ends with, for its test. */
  record Outcome(SelectedQuestionnaire questionnaire, RunOutcome run, CaseOutcome escalation) {}

  private HeadhuntingUrgentOrder() {}

  static Outcome run(Report report) {
    report.title("场景 3：猎头公司的加急订单", "Scenario 3: a headhunting firm's urgent orders");
    report.heading("24 小时加急订单的客户问卷", "The client's questionnaire on a 24-hour order");
    Engagement order = Engagement.builder().id(EngagementId.of("e-hh-0510"))
        .workerId(WorkerId.of("consultant-chen")).role(Role.of("headhunting_consultant"))
        .stage(TaskStage.END).period(Period.of(FEEDBACK.minus(Duration.ofHours(30)), FEEDBACK))
        .clientId(ClientId.of("client-fintech")).urgency(UrgencyPolicy.defaults()
            .classify(Duration.ofHours(24)))
        .priorEngagements(5).build();
    QuestionSelector selector =
        QuestionSelector.of(QuestionBank.defaults(), StratificationPolicy.defaults()).get();
    SelectedQuestionnaire questionnaire =
        selector.select(SelectionRequest.of(order, Perspective.CLIENT, 24)).get();
    Printing.questionnaire(report, questionnaire);

    QuestionnaireRun run = QuestionnaireRun.start(questionnaire);
    for (Question question : run.visible()) {
      Answer answer = switch (question.type()) {
        case STAR_RATING -> Answer.number(question.id().value().contains("updates") ? 1 : 2);
        case NPS -> Answer.number(3);
        case OPEN_TEXT -> Answer.text(report.pick("候选人临时放弃后，十个小时没有任何消息。",
            "After the candidate pulled out we heard nothing for ten hours."));
        default -> Answer.choice(question.options().get(0).id());
      };
      run = run.answer(question.id(), answer).get();
    }
    RunOutcome outcome = run.finish(TriggerPolicy.defaults()).get();
    report.line(String.format("客户满意度 %.0f%%（低于 60%%）", outcome.satisfactionPercent()),
        String.format("Client satisfaction %.0f%% (below 60%%)", outcome.satisfactionPercent()));
    for (FollowUpAction action : outcome.actions()) {
      report.raw("  → " + action.kind() + ": " + report.text(action.note()) + " [" + action.reason() + "]");
    }
    return new Outcome(questionnaire, outcome, escalation(report));
  }

  static CaseOutcome escalation(Report report) {
    report.heading("客户反馈无人响应：48 小时超时并两次升级",
        "Unanswered client feedback: the 48-hour limit breaches and escalates twice");
    FeedbackLoop loop = CaseTimeline.loop();
    CaseEvent.Submitted raised = EventHeader.id("hh-1").of(CASE)
        .by("client-fintech", ActorRole.SUBMITTER).at(FEEDBACK)
        .submitted().source(CaseSource.CLIENT).priority(Urgency.ULTRA_URGENT)
        .channel(Channel.PHONE_INTERVIEW).category(Category.URGENT_ORDER_FEEDBACK)
        .subject("slow updates on a 24 h order").place("Shenzhen")
        .description("we heard nothing for 10 hours on a 24-hour search").build();
    CaseTimeline timeline = CaseTimeline.open(loop, raised, report);
    timeline.apply(EventHeader.id("hh-2").of(CASE).by("coord-zhao", ActorRole.COORDINATOR).at(at(1))
        .triaged(Category.URGENT_ORDER_FEEDBACK, "consultant-chen"));
    List<Effect.Escalate> escalations = new ArrayList<>();
    for (int hours : new int[] {40, 49, 73}) {
      CaseAdvance advance = timeline.advance(at(hours));
      advance.effects().stream().filter(Effect.Escalate.class::isInstance)
          .map(Effect.Escalate.class::cast).forEach(escalations::add);
    }
    timeline.apply(EventHeader.id("hh-3").of(CASE).by("supervisor-liu", ActorRole.SUPERVISOR)
        .at(at(74))
        .acknowledged("called the client; daily updates until the order closes"));
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
