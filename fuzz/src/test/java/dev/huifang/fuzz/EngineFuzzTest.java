package dev.huifang.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.Directory;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.Team;
import dev.huifang.core.Limits;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.WorkerId;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.questionnaire.Answer;
import dev.huifang.questionnaire.QuestionnaireRun;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.questionnaire.SurveyJs;
import dev.huifang.scoring.BoundaryRule;
import dev.huifang.scoring.DecisionPrecision;
import dev.huifang.scoring.PercentileRule;
import dev.huifang.scoring.Ranking;
import dev.huifang.scoring.ReworkPolicy;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.ServiceOrder;
import dev.huifang.scoring.TieRule;
import dev.huifang.scoring.WorkerMetrics;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded fuzzing of the engines' Java entry points, the ones a host calls with data it read from
 * elsewhere: rankings and top-N% lists over extreme totals and shares, rework rates over extreme
 * instants and windows, scoring a cohort read from mutated JSON, restoring a questionnaire run
 * from mutated answers, importing mutated SurveyJS data, and replaying, verifying and advancing
 * mutated case event logs. The only acceptable outcome of each
 * call is a value or Problems in Huifang's words, within the same time bound as
 * {@link JsonFuzzTest}; {@code huifang.fuzz.inputs} inputs per entry, from
 * {@code huifang.fuzz.seed}.
 */
class EngineFuzzTest {

  private static final Path EXAMPLES = Path.of("..", "docs", "schemas", "examples");
  private static final double[] EXTREMES = {Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 0.0,
      1e308, -1e308, 1e-308, 100.0, 100.00000000000001, 59.99999999999999, 60.0, 0.005, 0.015,
      84.445, 1e15, 1e16, 9.223372036854776E18};
  private static final double[] SHARES = {Double.NaN, 0.0, -0.0, 1e-300, 1e-12, 0.1, 0.3,
      1.0 / 3, 0.9999999999999999, 1.0, 1.0000000000000002, 2.0, Double.POSITIVE_INFINITY, -1.0};
  private static final Instant[] INSTANTS = {Instant.MIN, Instant.MAX, Instant.EPOCH,
      Instant.parse("2026-11-26T00:00:00Z"), Instant.parse("2026-11-26T00:00:00Z").plusNanos(1),
      Instant.parse("-1000000000-01-01T00:00:00Z"), Instant.parse("+1000000000-12-31T23:59:59Z")};
  private static final Duration[] WINDOWS = {Duration.ZERO, Duration.ofNanos(1), Duration.ofDays(7),
      Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MIN_VALUE), Duration.ofDays(-1),
      Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)};

  private record Total(WorkerId worker, double total) {}

  @TestFactory
  Stream<DynamicTest> everyCallGivesAValueOrProblems() {
    return Stream.of(
        DynamicTest.dynamicTest("ranking", () -> run("ranking", this::ranking)),
        DynamicTest.dynamicTest("rework-rate", () -> run("rework-rate", this::reworkRate)),
        DynamicTest.dynamicTest("scoring-cohort", () -> run("scoring-cohort", this::scoreCohort)),
        DynamicTest.dynamicTest("questionnaire-restore",
            () -> run("questionnaire-restore", this::restore)),
        DynamicTest.dynamicTest("surveyjs-import", () -> run("surveyjs-import", this::importRun)),
        DynamicTest.dynamicTest("case-loop", () -> run("case-loop", this::caseLoop)));
  }

  /** One input: a call whose outcome is checked, built from the random source. */
  private interface Input {
    List<Supplier<Validation<Seq<Problem>, ?>>> calls(SplittableRandom random) throws Exception;
  }

  private static void run(String name, Input input) throws Exception {
    SplittableRandom random = new SplittableRandom(JsonFuzzTest.SEED ^ name.hashCode());
    Map<String, Integer> failures = new TreeMap<>();
    int calls = 0;
    int valid = 0;
    for (int i = 0; i < JsonFuzzTest.INPUTS; i++) {
      for (Supplier<Validation<Seq<Problem>, ?>> call : input.calls(random)) {
        calls++;
        String failure;
        long start = System.nanoTime();
        try {
          Validation<Seq<Problem>, ?> outcome = call.get();
          failure = outcome.isValid() ? null : problemsFailure(outcome.getError());
          valid += outcome.isValid() ? 1 : 0;
        } catch (Throwable thrown) { // the point of the fuzzer: any throwable is a finding
          failure = "throws " + thrown;
        }
        long elapsed = System.nanoTime() - start;
        if (failure == null && elapsed > JsonFuzzTest.TIME_BOUND_NANOS) {
          failure = "takes " + elapsed / 1_000_000 + " ms";
        }
        if (failure != null) {
          failures.merge(failure.length() > 300 ? failure.substring(0, 300) : failure, 1,
              Integer::sum);
        }
      }
    }
    System.out.printf("fuzz %-22s %6d calls, %5d valid, %3d kinds of failure%n", name, calls, valid,
        failures.size());
    assertThat(failures).as(name).isEmpty();
  }

  private static String problemsFailure(Seq<Problem> problems) {
    if (problems.isEmpty()) {
      return "invalid without a Problem";
    }
    for (Problem problem : problems) {
      if (JsonFuzzTest.LEAK.matcher(problem.message()).find()) {
        return "leaks Java: " + problem.message();
      }
      if (problem.message().length() > Limits.MAX_PROBLEM_MESSAGE_LENGTH) {
        return "message too long: " + problem.message().substring(0, 200);
      }
    }
    return null;
  }

  private static double extreme(SplittableRandom random) {
    return random.nextInt(3) == 0 ? Math.round(random.nextDouble() * 10_000) / 100.0
        : EXTREMES[random.nextInt(EXTREMES.length)];
  }

  private List<Supplier<Validation<Seq<Problem>, ?>>> ranking(SplittableRandom random) {
    int n = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(40);
    List<Total> cohort = new ArrayList<>();
    for (int w = 0; w < n; w++) {
      // repeated ids and repeated totals on purpose
      cohort.add(new Total(WorkerId.of("w-" + random.nextInt(Math.max(1, n))), extreme(random)));
    }
    TieRule tie = TieRule.values()[random.nextInt(TieRule.values().length)];
    PercentileRule percentile = PercentileRule.values()[random.nextInt(PercentileRule.values().length)];
    DecisionPrecision precision = new DecisionPrecision(random.nextInt(-2, 9),
        RoundingMode.values()[random.nextInt(RoundingMode.values().length)]);
    double share = SHARES[random.nextInt(SHARES.length)];
    BoundaryRule boundary = BoundaryRule.values()[random.nextInt(BoundaryRule.values().length)];
    return List.of(
        () -> Ranking.rank(cohort, Total::worker, Total::total, precision, tie, percentile)
            .flatMap(ranking -> ranking.top(share, boundary)),
        () -> Ranking.rank(cohort, Total::worker, Total::total, tie, percentile)
            .flatMap(ranking -> ranking.top(share, boundary)));
  }

  private List<Supplier<Validation<Seq<Problem>, ?>>> reworkRate(SplittableRandom random) {
    int n = random.nextInt(30);
    List<ServiceOrder> orders = new ArrayList<>();
    for (int o = 0; o < n; o++) {
      Instant completed = INSTANTS[random.nextInt(INSTANTS.length)];
      Instant again = random.nextBoolean() ? null : INSTANTS[random.nextInt(INSTANTS.length)];
      orders.add(new ServiceOrder("o-" + random.nextInt(Math.max(1, n)),
          random.nextBoolean() ? "install" : "repair", completed, again));
    }
    Duration window = WINDOWS[random.nextInt(WINDOWS.length)];
    return List.of(() -> new ReworkPolicy(window).rate(orders),
        () -> ReworkPolicy.defaults().rate(orders));
  }

  private final Mutations cohorts = new Mutations(HuifangJson.write(List.of(
      WorkerMetrics.of("w-1024", Map.of("conversion_rate", 0.22, "satisfaction", 2.0)),
      WorkerMetrics.of("w-2048", Map.of("conversion_rate", 0.27, "satisfaction", 4.6))),
      new TypeReference<List<WorkerMetrics>>() {}));

  private List<Supplier<Validation<Seq<Problem>, ?>>> scoreCohort(SplittableRandom random)
      throws IOException {
    ScoringScheme scheme = HuifangJson.read(example("scoring-scheme"), ScoringScheme.class).get();
    String input = cohorts.next(random);
    return List.of(() -> HuifangJson.read(input, new TypeReference<List<WorkerMetrics>>() {})
        .flatMap(workers -> Scorer.of(scheme).scoreCohort(workers)));
  }

  private final Mutations answers = new Mutations(example("answers"));
  private final Mutations data = new Mutations(example("surveyjs-data"));
  private final SelectedQuestionnaire questionnaire = HuifangJson.read(
      example("selected-questionnaire"), SelectedQuestionnaire.class).get();

  private List<Supplier<Validation<Seq<Problem>, ?>>> restore(SplittableRandom random) {
    String input = answers.next(random);
    return List.of(() -> HuifangJson.read(input,
        new TypeReference<SortedMap<QuestionId, Answer>>() {})
        .flatMap(given -> QuestionnaireRun.restore(questionnaire, given)));
  }

  private List<Supplier<Validation<Seq<Problem>, ?>>> importRun(SplittableRandom random) {
    String input = data.next(random);
    return List.of(() -> SurveyJs.importData(questionnaire, input),
        () -> HuifangJson.read(input, JsonNode.class)
            .flatMap(tree -> SurveyJs.importRun(questionnaire, tree)));
  }

  private final Mutations logs = new Mutations(example("case-events"));
  private final FeedbackLoop loop = FeedbackLoop.ofDefaults(Directory.systemOnly()
      .withCoordinator(Team.TRIAGE_QUEUE, "coord-wang"));

  /**
   * A mutated event log replayed, replayed by case, and, when it replays, its case verified and
   * advanced to an extreme instant.
   */
  private List<Supplier<Validation<Seq<Problem>, ?>>> caseLoop(SplittableRandom random) {
    String input = logs.next(random);
    Instant now = INSTANTS[random.nextInt(INSTANTS.length)];
    return List.of(
        () -> HuifangJson.read(input, new TypeReference<List<CaseEvent>>() {})
            .flatMap(loop::replay),
        () -> HuifangJson.read(input, new TypeReference<List<CaseEvent>>() {})
            .flatMap(loop::replayAll),
        () -> HuifangJson.read(input, new TypeReference<List<CaseEvent>>() {})
            .flatMap(loop::replay)
            .flatMap(replayed -> loop.verify(replayed).flatMap(c -> loop.advance(c, now))));
  }

  private static String example(String name) {
    try {
      return Files.readString(EXAMPLES.resolve(name + ".json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Mutated versions of one seed document, from {@link Mutator}. */
  private static final class Mutations {
    private final JsonNode seed;

    Mutations(String seed) {
      try {
        this.seed = Mutator.TREES.readTree(seed);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    String next(SplittableRandom random) {
      return new Mutator(random).mutate(seed);
    }
  }
}
