package dev.huifang.benchmarks;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.huifang.benchmarks.closedloop.ReplayBenchmark;
import dev.huifang.benchmarks.feedback.FeedbackBenchmark;
import dev.huifang.benchmarks.closedloop.StateMachineBenchmark;
import dev.huifang.benchmarks.json.EventLogJsonBenchmark;
import dev.huifang.benchmarks.json.JsonBenchmark;
import dev.huifang.benchmarks.questionnaire.QuestionnaireBenchmark;
import dev.huifang.benchmarks.scoring.RankingBenchmark;
import dev.huifang.benchmarks.scoring.ScorecardBenchmark;
import dev.huifang.benchmarks.scoring.ScoringBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every benchmark's set-up, as JMH would before measuring, in the default build. Each set-up
 * checks that Huifang and its floor or peer compute the same result and throws when they do not,
 * so an engine change that makes a benchmark compare unequal work fails here, not weeks later in
 * a benchmark run.
 */
class BenchmarkSetupTest {

  @ParameterizedTest
  @ValueSource(strings = {"huifang", "huifang_unchecked", "floor"})
  void scoringAgreesWithTheFloor(String implementation) {
    ScoringBenchmark benchmark = new ScoringBenchmark();
    benchmark.implementation = implementation;
    assertThatCode(benchmark::setUp).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"huifang", "floor"})
  void rankingAgreesWithTheFloor(String implementation) {
    RankingBenchmark benchmark = new RankingBenchmark();
    benchmark.implementation = implementation;
    assertThatCode(benchmark::setUp).doesNotThrowAnyException();
  }

  @Test
  void scorecardsScoreTheWholeCohort() {
    ScorecardBenchmark benchmark = new ScorecardBenchmark();
    benchmark.implementation = "huifang";
    assertThatCode(benchmark::setUp).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"huifang", "huifang_target", "switch", "spring", "squirrel"})
  void everyStateMachineWalksLikeTheSwitch(String implementation) {
    StateMachineBenchmark benchmark = new StateMachineBenchmark();
    benchmark.implementation = implementation;
    assertThatCode(benchmark::setUp).doesNotThrowAnyException();
  }

  @Test
  void theFeedbackScriptIsScenarioOnes() {
    FeedbackBenchmark benchmark = new FeedbackBenchmark();
    benchmark.implementation = "huifang";
    assertThatCode(benchmark::setUp).doesNotThrowAnyException();
  }

  @Test
  void theGeneratedLogsReplay() {
    ReplayBenchmark benchmark = new ReplayBenchmark();
    benchmark.implementation = "huifang";
    assertThatCode(benchmark::setUp).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"huifang", "plain_jackson"})
  void jsonTwinsWriteTheSameDocuments(String implementation) {
    JsonBenchmark scorecards = new JsonBenchmark();
    scorecards.implementation = implementation;
    assertThatCode(scorecards::setUp).doesNotThrowAnyException();
    EventLogJsonBenchmark logs = new EventLogJsonBenchmark();
    logs.implementation = implementation;
    assertThatCode(logs::setUp).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(ints = {250, 1000, 4000})
  void selectionSucceedsAndTheChainCompletes(int size) {
    QuestionnaireBenchmark benchmark = new QuestionnaireBenchmark();
    benchmark.implementation = "huifang";
    assertThatCode(benchmark::setUp).doesNotThrowAnyException();
    QuestionnaireBenchmark.Chain chain = new QuestionnaireBenchmark.Chain();
    chain.size = size;
    assertThatCode(chain::setUp).doesNotThrowAnyException();
  }
}
