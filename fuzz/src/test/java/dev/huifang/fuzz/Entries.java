package dev.huifang.fuzz;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.huifang.feedback.CapabilityReport;
import dev.huifang.feedback.FeedbackScript;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.LoopPolicy;
import dev.huifang.core.ClientId;
import dev.huifang.core.Dimension;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocaleFallback;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Period;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Ratio;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Template;
import dev.huifang.core.Urgency;
import dev.huifang.core.UrgencyPolicy;
import dev.huifang.core.WorkerId;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.questionnaire.Answer;
import dev.huifang.questionnaire.AnswerCondition;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.scoring.Condition;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.WorkerMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Every entry the fuzzer feeds: the JSON documents of {@code docs/schemas} (their committed
 * examples are the seeds), core's own models, and the condition trees and cohorts that host apps
 * send.
 */
final class Entries {

  private static final Path EXAMPLES = Path.of("..", "docs", "schemas", "examples");
  private static final TypeFactory TYPES = TypeFactory.defaultInstance();

  private Entries() {}

  static List<Entry> all() {
    return List.of(
        document("question-bank", TYPES.constructType(QuestionBank.class)),
        document("stratification-policy", TYPES.constructType(StratificationPolicy.class)),
        document("selected-questionnaire", TYPES.constructType(SelectedQuestionnaire.class)),
        document("answers",
            TYPES.constructMapType(SortedMap.class, QuestionId.class, Answer.class)),
        document("scoring-scheme", TYPES.constructType(ScoringScheme.class)),
        document("scorecard", TYPES.constructType(Scorecard.class)),
        document("feedback-script", TYPES.constructType(FeedbackScript.class)),
        document("capability-report", TYPES.constructType(CapabilityReport.class)),
        document("case-event", TYPES.constructType(CaseEvent.class)),
        document("case-events", TYPES.constructCollectionType(List.class, CaseEvent.class)),
        document("feedback-case", TYPES.constructType(FeedbackCase.class)),
        document("loop-policy", TYPES.constructType(LoopPolicy.class)),
        written("engagement", Engagement.class, engagement()),
        written("finding", Finding.class, finding()),
        written("localized-text", LocalizedText.class,
            LocalizedText.of(Map.of("en", "Well done", "zh-CN", "做得好", "ja", "よくできました"))),
        written("template", Template.class,
            Template.of("{product} 的 {feature} 怎么讲？", "How did you explain {product}'s {feature}?")),
        written("urgency-policy", UrgencyPolicy.class, UrgencyPolicy.defaults()),
        written("locale-fallback", LocaleFallback.class, LocaleFallback.of("en", "zh-CN")),
        literal("answer-condition", TYPES.constructType(AnswerCondition.class),
            "{\"type\":\"and\",\"conditions\":[{\"type\":\"not\",\"condition\":"
                + "{\"type\":\"answered\",\"question\":\"cust.satisfaction\"}},"
                + "{\"type\":\"or\",\"conditions\":[{\"type\":\"compare\",\"question\":"
                + "\"cust.satisfaction\",\"op\":\"LE\",\"value\":2.0},{\"type\":\"selected\","
                + "\"question\":\"promo.objection\",\"option\":\"price\"}]}]}"),
        literal("scoring-condition", TYPES.constructType(Condition.class),
            "{\"type\":\"all\",\"conditions\":[{\"type\":\"metric_at_least\",\"metric\":"
                + "\"conversion_rate\",\"value\":0.2},{\"type\":\"any\",\"conditions\":["
                + "{\"type\":\"total_at_least\",\"value\":60.0},{\"type\":\"metric_at_most\","
                + "\"metric\":\"complaints\",\"value\":1.0}]}]}"),
        new Entry("cohort", TYPES.constructCollectionType(List.class, WorkerMetrics.class),
            List.of(HuifangJson.write(List.of(
                WorkerMetrics.of("w-1024", Map.of("conversion_rate", 0.22, "satisfaction", 2.0)),
                WorkerMetrics.of("w-2048", Map.of("conversion_rate", 0.27, "satisfaction", 4.6))),
                new TypeReference<List<WorkerMetrics>>() {})), null));
  }

  private static Entry document(String name, JavaType type) {
    try {
      String seed = Files.readString(EXAMPLES.resolve(name + ".json"), StandardCharsets.UTF_8);
      return new Entry(name, type, List.of(seed), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Entry written(String name, Class<?> type, Object value) {
    return new Entry(name, TYPES.constructType(type), List.of(HuifangJson.write(value)), null);
  }

  private static Entry literal(String name, JavaType type, String seed) {
    return new Entry(name, type, List.of(seed), null);
  }

  static Engagement engagement() {
    Instant start = Instant.parse("2026-06-01T01:00:00Z");
    return Engagement.builder().id(EngagementId.of("e-618-001")).workerId(WorkerId.of("w-1024"))
        .role(Role.PROMOTION).stage(TaskStage.END)
        .period(Period.of(start, start.plus(Duration.ofDays(17))))
        .clientId(ClientId.of("c-7")).urgency(Urgency.URGENT).priorEngagements(3)
        .addTags("618", "fridge").putContext("product", "fridge")
        .putContext("feature", "energy-saving mode").build();
  }

  static Finding finding() {
    return Finding.builder().workerId(WorkerId.of("w-1024"))
        .engagementId(EngagementId.of("e-618-001")).dimension(Dimension.TURNOUT)
        .polarity(Polarity.WEAKNESS).magnitude(Ratio.of(0.4)).perspective(Perspective.CLIENT)
        .summary(LocalizedText.of("到岗率 60%", "Turnout 60%"))
        .addEvidence(Evidence.of("metric:turnout",
            LocalizedText.of("10 人承诺，6 人到岗", "10 promised, 6 arrived"),
            Map.of("promised", 10.0, "arrived", 6.0)))
        .build();
  }
}
