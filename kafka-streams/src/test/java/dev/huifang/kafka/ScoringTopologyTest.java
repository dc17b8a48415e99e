package dev.huifang.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.Team;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.scoring.PercentileRule;
import dev.huifang.scoring.Ranking;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.TieRule;
import dev.huifang.scoring.WorkerMetrics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring topology against the library called directly, in a TopologyTestDriver. */
class ScoringTopologyTest {

  private static final Topics TOPICS = Topics.defaults();
  private static final Team AFTER_SALES = Team.of("after_sales_sz");
  private static final Team PROMOTERS = Team.of("promoters_sz");
  private static final Map<Team, ScoringScheme> SCHEMES = Map.of(
      AFTER_SALES, ScoringScenarios.afterSalesScheme(),
      PROMOTERS, ScoringScenarios.promotionScheme());
  private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant APRIL_AFTER_GRACE = Instant.parse("2026-04-02T00:00:00Z");

  @TempDir
  Path state;

  @Test
  void monthlyCohortsGiveTheLibrarysScorecardsAndRankings() {
    try (Driver driver = new Driver(state)) {
      driver.pipeMonth();

      Map<String, MonthlyScorecard> cards = driver.scorecards();
      Map<String, CohortRanking> rankings = driver.rankings();

      for (Map.Entry<Team, List<WorkerMetrics>> cohort : cohorts().entrySet()) {
        Scorer scorer = Scorer.of(SCHEMES.get(cohort.getKey()));
        // the examples' order: the same totals and the same ranking
        List<Scorecard> direct = scorer.scoreCohort(cohort.getValue()).get();
        Ranking ranking = Ranking.of(direct, TieRule.COMPETITION, PercentileRule.PERCENT_RANK)
            .get();
        CohortRanking streamed = rankings.get(cohort.getKey().code());
        assertThat(streamed.month()).isEqualTo("2026-03");
        assertThat(streamed.scheme()).isEqualTo(SCHEMES.get(cohort.getKey()).id());
        assertThat(streamed.ranking()).isEqualTo(ranking);
        for (Scorecard card : direct) {
          assertThat(cards.get(card.workerId().value()).scorecard().total())
              .isEqualTo(card.total());
        }
        // the stream's cohort is in worker-id order (arrival order is not deterministic across
        // partitions); in that order every scorecard is the library's to the last bit
        List<WorkerMetrics> byId = new ArrayList<>(cohort.getValue());
        byId.sort(java.util.Comparator.comparing(w -> w.workerId().value()));
        for (Scorecard card : scorer.scoreCohort(byId).get()) {
          MonthlyScorecard monthly = cards.get(card.workerId().value());
          assertThat(monthly.month()).isEqualTo("2026-03");
          assertThat(monthly.team()).isEqualTo(cohort.getKey());
          assertThat(HuifangJson.write(monthly.scorecard())).isEqualTo(HuifangJson.write(card));
        }
      }
      assertThat(cards).hasSize(14);
      assertThat(driver.deadLetters.isEmpty()).isTrue();
    }
  }

  @Test
  void theAfterSalesRankingPromotesTheSameTopThirtyPercent() {
    try (Driver driver = new Driver(state)) {
      driver.pipeMonth();
      Ranking streamed = driver.rankings().get(AFTER_SALES.code()).ranking();
      Ranking direct = Ranking.of(Scorer.of(ScoringScenarios.afterSalesScheme())
              .scoreCohort(ScoringScenarios.afterSalesTeam()).get(), TieRule.COMPETITION,
          PercentileRule.PERCENT_RANK).get();

      assertThat(streamed.top(0.3, dev.huifang.scoring.BoundaryRule.INCLUDE_TIES).get())
          .isEqualTo(direct.top(0.3, dev.huifang.scoring.BoundaryRule.INCLUDE_TIES).get())
          .hasSize(3);
    }
  }

  @Test
  void aLaterReportOfTheMonthReplacesTheEarlierOne() {
    try (Driver driver = new Driver(state)) {
      WorkerMetrics early = ScoringScenarios.afterSalesTeam().get(1).with(
          dev.huifang.core.MetricId.of("on_time_rate"), 0.5);
      driver.report(AFTER_SALES, early, MARCH.plus(Duration.ofDays(3)));
      driver.pipeMonth();

      List<Scorecard> direct = Scorer.of(ScoringScenarios.afterSalesScheme())
          .scoreCohort(ScoringScenarios.afterSalesTeam()).get();
      assertThat(driver.scorecards().get("li").scorecard().total())
          .isEqualTo(direct.get(1).total());
    }
  }

  @Test
  void nothingIsScoredBeforeStreamTimePassesTheMonthAndItsGrace() {
    try (Driver driver = new Driver(state)) {
      cohorts().forEach((team, workers) -> workers.forEach(worker ->
          driver.report(team, worker, MARCH.plus(Duration.ofDays(20)))));
      driver.tick(Instant.parse("2026-04-01T23:59:59Z"));
      assertThat(driver.scorecardTopic.isEmpty()).isTrue();

      driver.tick(APRIL_AFTER_GRACE);
      assertThat(driver.scorecards()).hasSize(14);
    }
  }

  @Test
  void unreadableUnknownAndLateReportsLandInTheDeadLetterTopic() {
    try (Driver driver = new Driver(state)) {
      driver.input.pipeInput("li", "{\"team\":".getBytes(StandardCharsets.UTF_8), MARCH);
      driver.report(Team.of("nobody"), ScoringScenarios.afterSalesTeam().get(1), MARCH);
      driver.report(AFTER_SALES, ScoringScenarios.afterSalesTeam().get(1)
          .with(dev.huifang.core.MetricId.of("rework_rate"), 1.5), MARCH);
      driver.pipeMonth();
      driver.report(AFTER_SALES, ScoringScenarios.afterSalesTeam().get(2),
          Instant.parse("2026-03-31T00:00:00Z"));

      List<DeadLetter> letters = driver.deadLetters.readValuesToList();
      assertThat(letters).extracting(l -> l.problems().get(0).code()).containsExactly(
          Problem.FORMAT, Problem.UNKNOWN, Problem.RANGE, Problem.ORDER);
      assertThat(letters.get(2).problems().get(0).path()).startsWith("metrics");
      assertThat(letters.get(3).problems().get(0).message()).contains("closed to reports");
      assertThat(driver.scorecards()).hasSize(14);
    }
  }

  @Test
  void replayingTheInputFromTheStartGivesIdenticalOutputs() {
    List<String> first;
    try (Driver driver = new Driver(state.resolve("first"))) {
      driver.pipeMonth();
      first = driver.allOutputs();
    }
    try (Driver driver = new Driver(state.resolve("second"))) {
      driver.pipeMonth();
      assertThat(driver.allOutputs()).isEqualTo(first).isNotEmpty();
    }
  }

  private static Map<Team, List<WorkerMetrics>> cohorts() {
    Map<Team, List<WorkerMetrics>> out = new TreeMap<>();
    out.put(AFTER_SALES, ScoringScenarios.afterSalesTeam());
    out.put(PROMOTERS, ScoringScenarios.promoters());
    return out;
  }

  /** The scoring topology in a driver. */
  private static final class Driver implements AutoCloseable {
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> input;
    final TestOutputTopic<String, MonthlyScorecard> scorecardTopic;
    final TestOutputTopic<String, CohortRanking> rankingTopic;
    final TestOutputTopic<String, DeadLetter> deadLetters;

    Driver(Path stateDir) {
      Properties settings = StreamsSettings.exactlyOnce(StreamsSettings.SCORING_APPLICATION_ID,
          "unused:9092");
      settings.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
      driver = new TopologyTestDriver(ScoringTopology.build(SCHEMES, TOPICS), settings,
          Instant.parse("2026-01-01T00:00:00Z"));
      input = driver.createInputTopic(TOPICS.workerMetrics(), new StringSerializer(),
          new ByteArraySerializer());
      scorecardTopic = driver.createOutputTopic(TOPICS.scorecards(), new StringDeserializer(),
          HuifangSerdes.monthlyScorecards().deserializer());
      rankingTopic = driver.createOutputTopic(TOPICS.rankings(), new StringDeserializer(),
          HuifangSerdes.cohortRankings().deserializer());
      deadLetters = driver.createOutputTopic(TOPICS.deadLetters(), new StringDeserializer(),
          HuifangSerdes.deadLetters().deserializer());
    }

    void report(Team team, WorkerMetrics metrics, Instant at) {
      input.pipeInput(metrics.workerId().value(),
          HuifangSerdes.bytes(new MetricsReport(team, metrics)), at);
    }

    /** Every cohort's month-end reports, then a record of April past the grace period. */
    void pipeMonth() {
      Instant monthEnd = Instant.parse("2026-03-31T20:00:00Z");
      cohorts().forEach((team, workers) -> workers.forEach(w -> report(team, w, monthEnd)));
      tick(APRIL_AFTER_GRACE);
    }

    /** Moves stream time with a report of a worker outside every scored cohort. */
    void tick(Instant at) {
      report(PROMOTERS, WorkerMetrics.of("w-clock", Map.of("conversion_rate", 0.2,
          "customers_per_day", 20.0, "policy_accuracy", 4.0, "satisfaction", 4.0)), at);
    }

    Map<String, MonthlyScorecard> scorecards() {
      Map<String, MonthlyScorecard> out = new TreeMap<>();
      scorecardTopic.readKeyValuesToList().forEach(kv -> out.put(kv.key, kv.value));
      return out;
    }

    Map<String, CohortRanking> rankings() {
      Map<String, CohortRanking> out = new TreeMap<>();
      rankingTopic.readKeyValuesToList().forEach(kv -> out.put(kv.key, kv.value));
      return out;
    }

    List<String> allOutputs() {
      List<String> out = new ArrayList<>();
      scorecardTopic.readKeyValuesToList().forEach(kv -> out.add(kv.key + "=" + HuifangJson.write(kv.value)));
      rankingTopic.readKeyValuesToList().forEach(kv -> out.add(kv.key + "=" + HuifangJson.write(kv.value)));
      deadLetters.readKeyValuesToList().forEach(kv -> out.add(kv.key + "=" + HuifangJson.write(kv.value)));
      return out;
    }

    @Override
    public void close() {
      driver.close();
    }
  }
}
