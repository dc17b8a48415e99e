package dev.huifang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.CaseStep;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.EventHeader;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Finding;
import dev.huifang.core.Period;
import dev.huifang.core.Problem;
import dev.huifang.core.Perspective;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import dev.huifang.core.Validated;
import dev.huifang.core.WorkerId;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.feedback.Audience;
import dev.huifang.feedback.FeedbackComposer;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.QuestionSelector;
import dev.huifang.questionnaire.SelectionRequest;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.WorkerMetrics;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One shared selector, scorer, composer and feedback loop, hammered from 8 threads, give exactly
 * the results of one thread: the engines are immutable and keep no state between calls.
 */
class SharedEnginesTest {

  private static final int THREADS = 8;
  private static final int CALLS = 400;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);

  private static final QuestionSelector SELECTOR = Validated.orThrow(
      QuestionSelector.of(QuestionBank.defaults(), StratificationPolicy.defaults()));
  private static final Scorer SCORER = Scorer.of(ChanghongPromotion.promotionScheme());
  private static final FeedbackComposer COMPOSER = FeedbackComposer.ofDefaults();

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  @Test
  void selectionsFromEightThreadsEqualOneThreads() throws Exception {
    assertSameAsSequential(i -> text(SELECTOR.select(
        SelectionRequest.of(engagement(i), Perspective.values()[i % Perspective.values().length],
            i))));
  }

  @Test
  void scorecardsFromEightThreadsEqualOneThreads() throws Exception {
    assertSameAsSequential(i -> text(SCORER.scoreCohort(List.of(
        WorkerMetrics.of("w-" + i, Map.of("conversion_rate", (i % 30) / 100.0,
            "customers_per_day", (double) (i % 41), "policy_accuracy", 1.0 + i % 5,
            "satisfaction", 1.0 + (i * 7) % 5)),
        WorkerMetrics.of("w-x", Map.of("conversion_rate", 0.2, "customers_per_day", 20.0,
            "policy_accuracy", 4.0, "satisfaction", 4.0))))));
  }

  @Test
  void scriptsFromEightThreadsEqualOneThreads() throws Exception {
    List<Finding> findings = ChanghongPromotion.customerFindings();
    assertSameAsSequential(i -> text(COMPOSER.script(
        ChanghongPromotion.FIRST_TIMER, Audience.values()[i % Audience.values().length],
        findings)));
  }

  @Test
  void casesFromEightThreadsEqualOneThreads() throws Exception {
    FeedbackLoop loop = CaseTimeline.loop();
    assertSameAsSequential(i -> {
      CaseId id = CaseId.of("case-" + i);
      Instant at = Instant.parse("2026-06-19T02:00:00Z").plusSeconds(i * 3_600L);
      Validation<Seq<Problem>, FeedbackCase> opened = loop.open(
          EventHeader.id("e-" + i).of(id).by("w-" + i, ActorRole.SUBMITTER).at(at).submitted()
              .source(CaseSource.WORKER).priority(Urgency.ROUTINE)
              .channel(Channel.ONLINE_QUESTIONNAIRE).category(Category.WORKER_DEMAND)
              .subject("training clashes with my main job").place("store " + i % 7)
              .description("weekday training clashes with my main job").build())
          .map(CaseStep::feedbackCase);
      // Every third case is triaged by someone who is not a coordinator: refused the same way.
      String triager = i % 3 == 0 ? "w-" + i : "coord-wang";
      return text(opened.flatMap(c -> loop.apply(c, EventHeader.id("t-" + i).of(id)
              .by(triager, ActorRole.COORDINATOR).at(at.plusSeconds(600))
              .triaged(Category.WORKER_DEMAND, "hr-zhou")).map(CaseStep::feedbackCase)))
          + loop.advance(opened.get(), at.plusSeconds((i % 96) * 3_600L))
              .map(advance -> HuifangJson.write(advance.clocks())).getOrElse("refused");
    });
  }

  private static void assertSameAsSequential(IntFunction<String> call) throws Exception {
    List<String> sequential = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      sequential.add(call.apply(i));
    }
    List<Future<String>> futures = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      int n = i;
      futures.add(POOL.submit((Callable<String>) () -> call.apply(n)));
    }
    for (int i = 0; i < CALLS; i++) {
      assertThat(futures.get(i).get()).as("call %d", i).isEqualTo(sequential.get(i));
    }
  }

  /** The value as JSON, or its Problems: both must be the same from any thread. */
  private static String text(Validation<Seq<Problem>, ?> result) {
    return result.fold(problems -> problems.map(Problem::message).mkString("\n"),
        HuifangJson::write);
  }

  private static Engagement engagement(int i) {
    return Validated.orThrow(Engagement.builder()
        .id(EngagementId.of("e-" + i))
        .workerId(WorkerId.of("w-" + i))
        .role(Role.builtIns().get(i % Role.builtIns().size()))
        .stage(TaskStage.values()[(i / 3) % TaskStage.values().length])
        .period(Period.of(Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-18T14:00:00Z")))
        .priorEngagements(i % 4)
        .validate());
  }
}
