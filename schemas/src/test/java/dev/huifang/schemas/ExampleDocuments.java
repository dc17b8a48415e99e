package dev.huifang.schemas;

import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.EventHeader;
import dev.huifang.closedloop.EventId;
import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.Directory;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.Team;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Dimension;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Period;
import dev.huifang.core.Perspective;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import dev.huifang.core.WorkerId;
import dev.huifang.questionnaire.Answer;
import dev.huifang.questionnaire.Question;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.QuestionSelector;
import dev.huifang.questionnaire.QuestionType;
import dev.huifang.questionnaire.QuestionnaireRun;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.questionnaire.SelectionRequest;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.feedback.Audience;
import dev.huifang.feedback.CapabilityReport;
import dev.huifang.feedback.FeedbackComposer;
import dev.huifang.feedback.FeedbackScript;
import dev.huifang.scoring.MetricCategory;
import dev.huifang.scoring.MetricDefinition;
import dev.huifang.scoring.Normalization;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.WeightGroup;
import dev.huifang.scoring.WeightedMetric;
import dev.huifang.scoring.WorkerMetrics;
import dev.huifang.testing.DomainFindings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Real documents, made through the public API, for the example files under
 * {@code docs/schemas/examples}: a first-time promoter after a 618 sale, as in the domain.
 */
final class ExampleDocuments {

  static final Instant START = Instant.parse("2026-06-01T01:00:00Z");
  static final Instant END = Instant.parse("2026-06-18T14:00:00Z");
  static final WorkerId WORKER = WorkerId.of("w-1024");
  static final CaseId CASE = CaseId.of("case-2026-0619-training");

  private ExampleDocuments() {}

  static Engagement engagement() {
    return Engagement.builder().id(EngagementId.of("e-618-001")).workerId(WORKER)
        .role(Role.PROMOTION).stage(TaskStage.END).period(Period.of(START, END))
        .priorEngagements(0).addTags("618").putContext("product", "fridge")
        .putContext("feature", "energy-saving mode").build();
  }

  static SelectedQuestionnaire questionnaire() {
    return QuestionSelector.of(QuestionBank.defaults(), StratificationPolicy.defaults()).get()
        .select(SelectionRequest.of(engagement(), Perspective.SELF, 618)).get();
  }

  /** Every visible question answered: 4 stars, the first option, or a short text. */
  static SortedMap<QuestionId, Answer> answers() {
    QuestionnaireRun run = QuestionnaireRun.start(questionnaire());
    for (Question question : run.visible()) {
      Answer answer = question.type() == QuestionType.STAR_RATING ? Answer.number(4)
          : question.type().hasOptions() ? Answer.choice(question.options().get(0).id())
          : question.type() == QuestionType.NPS || question.type() == QuestionType.NUMBER
              || question.type() == QuestionType.YES_NO ? Answer.number(1)
          : Answer.text("The featured models sold well.");
      run = run.answer(question.id(), answer).get();
    }
    return run.answers();
  }

  static ScoringScheme scheme() {
    MetricDefinition conversion = MetricDefinition.ratio("conversion_rate",
        LocalizedText.of("转化率", "Conversion rate"), MetricCategory.EFFICIENCY,
        Dimension.OBJECTION_HANDLING, dev.huifang.scoring.Direction.HIGHER_IS_BETTER,
        new Normalization.Linear(0.05, 0.30));
    MetricDefinition satisfaction = MetricDefinition.stars("satisfaction",
        LocalizedText.of("顾客满意度", "Customer satisfaction"), MetricCategory.CUSTOMER,
        Dimension.SATISFACTION);
    return ScoringScheme.builder().id("promotion-618")
        .name(LocalizedText.of("618 促销员考核", "618 promoters"))
        .addMetrics(conversion, satisfaction)
        .addGroups(WeightGroup.of("sales", LocalizedText.of("销售", "Sales"), 0.5,
                WeightedMetric.of("conversion_rate", 1.0)),
            WeightGroup.of("service", LocalizedText.of("服务", "Service"), 0.5,
                WeightedMetric.of("satisfaction", 1.0)))
        .build();
  }

  static Scorecard scorecard() {
    return Scorer.of(scheme()).scoreCohort(List.of(
        WorkerMetrics.of(WORKER.value(), Map.of("conversion_rate", 0.22, "satisfaction", 2.0)),
        WorkerMetrics.of("w-2048", Map.of("conversion_rate", 0.27, "satisfaction", 4.6)))).get()
        .get(0);
  }

  /** The scorecard's own findings, then what customers said: the domain's example. */
  static List<Finding> findings() {
    List<Finding> findings = new ArrayList<>(scorecard().findings());
    findings.addAll(DomainFindings.both(WORKER));
    return findings;
  }

  static FeedbackScript script() {
    return FeedbackComposer.ofDefaults().script(WORKER, Audience.of(engagement(), false),
        findings()).get();
  }

  static CapabilityReport report() {
    return FeedbackComposer.ofDefaults().report(WORKER, findings()).get();
  }

  private static Instant at(int hours) {
    return END.plus(Duration.ofHours(hours));
  }

  /** The log of a worker's "training clashes with my main job" case, closed with consent. */
  static List<CaseEvent> events() {
    return List.of(
        EventHeader.id("tr-1").of(CASE).by(WORKER.value(), ActorRole.SUBMITTER)
            .at(at(20)).submitted()
            .source(CaseSource.WORKER).priority(Urgency.ROUTINE)
            .channel(Channel.ONLINE_QUESTIONNAIRE)
            .category(Category.WORKER_DEMAND)
            .subject("training clashes with my main job")
            .place("Shenzhen store 7")
            .description("the weekday training sessions clash with my main job")
            .build(),
        EventHeader.id("tr-2").of(CASE).by("coord-wang", ActorRole.COORDINATOR).at(at(21))
            .triaged(Category.WORKER_DEMAND, "hr-zhou"),
        EventHeader.id("tr-3").of(CASE).by("hr-zhou", ActorRole.OWNER).at(at(26))
            .acknowledged("we will find a training slot that fits"),
        EventHeader.id("tr-4").of(CASE).by("hr-zhou", ActorRole.OWNER).at(at(30)).expecting(3)
            .actionPlanned("flexible training with the agency: evening micro-courses"),
        EventHeader.id("tr-5").of(CASE).by("hr-zhou", ActorRole.OWNER).at(at(50))
            .workStarted("agency booked two evening sessions"),
        EventHeader.id("tr-6").of(CASE).by("hr-zhou", ActorRole.OWNER).at(at(120))
            .resolved("evening sessions available from next week"),
        EventHeader.id("tr-7").of(CASE).by(WORKER.value(), ActorRole.SUBMITTER).at(at(130))
            .confirmed("the evening slot works for me"),
        EventHeader.id("tr-8").of(CASE).by("hr-zhou", ActorRole.OWNER).at(at(131))
            .closed("closed with the worker's confirmation"));
  }

  static FeedbackCase feedbackCase() {
    return FeedbackLoop.ofDefaults(Directory.systemOnly().withCoordinator(
        Team.TRIAGE_QUEUE, "coord-wang")).replay(events()).get();
  }
}
