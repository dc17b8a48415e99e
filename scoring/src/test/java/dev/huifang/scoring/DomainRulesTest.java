package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;


import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import dev.huifang.core.WorkerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The domain's numbers: 5 of 50 reworks, the 10% bonus, top 30%, turnout 6 of 10, balance. */
class DomainRulesTest {

  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void fiveOfFiftyOrdersFailingAgainWithinAWeekIsTenPercentRework() {
    List<ServiceOrder> orders = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Instant done = T0.plus(Duration.ofHours(i));
      Instant again = i < 5 ? done.plus(Duration.ofDays(6)) : i == 5 ? done.plus(Duration.ofDays(9)) : null;
      orders.add(new ServiceOrder("o-" + i, "fridge_repair", done, again));
    }
    assertThat(ReworkPolicy.defaults().rate(orders).get().value()).isEqualTo(0.1);
    assertThat(new ReworkPolicy(Duration.ofDays(10)).rate(orders).get().value()).isEqualTo(0.12);
  }

  @Test
  void reworkInputProblems() {
    ServiceOrder backwards = new ServiceOrder("o-1", "x", T0, T0.minusSeconds(1));
    assertThat(new ReworkPolicy(Duration.ZERO).rate(List.of(backwards)).getError()
        .map(Problem::message)).containsExactly("window: must be > PT0S, was PT0S",
            "orders[0].failedAgainAt: must not be before completedAt (2026-03-01T00:00:00Z), was 2026-02-28T23:59:59Z");
    assertThat(ReworkPolicy.defaults().rate(List.of()).getError().map(Problem::message))
        .containsExactly("orders: must hold at least one order");
  }

  @Test
  void difficultyCoefficientsWeighTheWorkload() {
    DifficultyCoefficients coefficients = new DifficultyCoefficients(new TreeMap<>(Map.of(
        "fridge_check", 1.0, "central_ac_repair", 2.5)));
    List<ServiceOrder> orders = List.of(new ServiceOrder("1", "fridge_check", T0, null),
        new ServiceOrder("2", "central_ac_repair", T0, null),
        new ServiceOrder("3", "central_ac_repair", T0, null));
    assertThat(coefficients.weightedCount(orders).get()).isEqualTo(6.0);
    assertThat(coefficients.weightedCount(List.of(new ServiceOrder("4", "tv_mount", T0, null)))
        .getError().map(Problem::message)).containsExactly(
            "orders[0].taskType: must be one of [central_ac_repair, fridge_check], was \"tv_mount\"");
  }

  @Test
  void theTenPercentBonusNeedsSatisfactionAndPunctualityTogether() {
    MetricDefinition satisfaction = MetricDefinition.ratio("satisfaction_rate",
        LocalizedText.of("满意率", "Satisfaction rate"), MetricCategory.CUSTOMER,
        dev.huifang.core.Dimension.SATISFACTION, Direction.HIGHER_IS_BETTER,
        new Normalization.Linear(0.6, 1.0));
    MetricDefinition onTime = MetricDefinition.ratio("on_time_rate", LocalizedText.of("准时率",
        "On-time rate"), MetricCategory.EFFICIENCY, dev.huifang.core.Dimension.EFFICIENCY,
        Direction.HIGHER_IS_BETTER, new Normalization.Linear(0.5, 1.0));
    ScoringScheme scheme = ScoringScheme.builder().id("bonus").name(LocalizedText.of("奖金", "Bonus"))
        .addMetrics(satisfaction, onTime).addGroups(WeightGroup.of("all",
            LocalizedText.of("全部", "All"), 1.0, WeightedMetric.of("satisfaction_rate", 0.5),
            WeightedMetric.of("on_time_rate", 0.5))).build();
    IncentiveRule bonus = new IncentiveRule("bonus-10", LocalizedText.of("月薪 10% 奖金",
        "Bonus of 10% of monthly pay"), new Condition.All(List.of(
            new Condition.MetricAtLeast(MetricId.of("satisfaction_rate"), 0.9),
            new Condition.MetricAtLeast(MetricId.of("on_time_rate"), 1.0))),
        IncentiveRule.AwardKind.BONUS_SHARE_OF_PAY, 0.10);
    IncentivePolicy policy = IncentivePolicy.summing(bonus).validate(scheme).get();
    Scorer scorer = Scorer.of(scheme);

    Scorecard earns = scorer.score(WorkerMetrics.of("w-1", Map.of("satisfaction_rate", 0.92,
        "on_time_rate", 1.0)), Map.of()).get();
    Scorecard late = scorer.score(WorkerMetrics.of("w-2", Map.of("satisfaction_rate", 0.95,
        "on_time_rate", 0.98)), Map.of()).get();

    assertThat(policy.awards(earns)).singleElement().satisfies(award -> {
      assertThat(award.amount()).isEqualTo(0.10);
      assertThat(award.because()).isEqualTo("(satisfaction_rate >= 0.9 and on_time_rate >= 1)");
      assertThat(award.figures()).containsEntry("satisfaction_rate", 0.92)
          .containsEntry("on_time_rate", 1.0);
    });
    assertThat(policy.awards(late)).isEmpty();
  }

  @Test
  void stackingSumsTakesTheLargestOrCaps() {
    ScoringScheme scheme = AfterSales.scheme();
    Scorecard card = Scorer.of(scheme).score(AfterSales.technicianA(), Map.of()).get();
    IncentiveRule five = new IncentiveRule("a", LocalizedText.of("甲", "A"),
        new Condition.TotalAtLeast(70), IncentiveRule.AwardKind.POINTS, 5);
    IncentiveRule eight = new IncentiveRule("b", LocalizedText.of("乙", "B"),
        new Condition.Any(List.of(new Condition.MetricAtMost(MetricId.of("rework_rate"), 0.1))),
        IncentiveRule.AwardKind.POINTS, 8);
    List<IncentiveRule> rules = List.of(five, eight);

    assertThat(new IncentivePolicy(rules, IncentivePolicy.Stacking.SUM, 100).awards(card))
        .extracting(Award::amount).containsExactly(5.0, 8.0);
    assertThat(new IncentivePolicy(rules, IncentivePolicy.Stacking.MAX, 100).awards(card))
        .extracting(Award::rule).containsExactly("b");
    assertThat(new IncentivePolicy(rules, IncentivePolicy.Stacking.CAP, 10).awards(card))
        .extracting(Award::amount).containsExactly(5.0, 5.0);
  }

  @Test
  void badIncentivePoliciesAreProblems() {
    IncentiveRule unknown = new IncentiveRule("x", LocalizedText.of("甲", "A"),
        new Condition.All(List.of(new Condition.MetricAtLeast(MetricId.of("speed"), Double.NaN))),
        IncentiveRule.AwardKind.BONUS_SHARE_OF_PAY, 1.5);
    assertThat(new IncentivePolicy(List.of(unknown, unknown), IncentivePolicy.Stacking.CAP, 0)
        .validate(AfterSales.scheme()).getError().map(Problem::message)).containsExactly(
            "cap: must be > 0.0, was 0.0",
            "rules[0].when.conditions[0].metric: must be a metric of scheme after-sales-2026, was \"speed\"",
            "rules[0].when.conditions[0].value: must be a finite number, was NaN",
            "rules[0].amount: must be a share of pay within (0, 1], was 1.5",
            "rules[1].when.conditions[0].metric: must be a metric of scheme after-sales-2026, was \"speed\"",
            "rules[1].when.conditions[0].value: must be a finite number, was NaN",
            "rules[1].amount: must be a share of pay within (0, 1], was 1.5",
            "rules[1].id: must be unique, was \"x\"");
  }

  @Test
  void topThirtyPercentOfTenIsThreeWithDeclaredTies() {
    List<Scorecard> cards = new ArrayList<>();
    double[] totals = {91, 88, 85, 85, 80, 77, 70, 66, 60, 52};
    for (int i = 0; i < totals.length; i++) {
      cards.add(card("t-" + i, totals[i]));
    }
    Ranking ranking = Ranking.of(cards, TieRule.COMPETITION, PercentileRule.PERCENT_RANK).get();
    assertThat(ranking.workers()).extracting(RankedWorker::rank)
        .containsExactly(1.0, 2.0, 3.0, 3.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    assertThat(ranking.top(0.3, BoundaryRule.INCLUDE_TIES).get()).extracting(r -> r.workerId().value())
        .containsExactly("t-0", "t-1", "t-2", "t-3");
    assertThat(ranking.top(0.3, BoundaryRule.EXCLUDE_TIES).get()).extracting(r -> r.workerId().value())
        .containsExactly("t-0", "t-1");
    assertThat(ranking.top(0.2, BoundaryRule.EXCLUDE_TIES).get()).hasSize(2);
    assertThat(ranking.workers().get(0).percentile()).isEqualTo(1.0);
    assertThat(ranking.workers().get(9).percentile()).isEqualTo(0.0);
    assertThat(ranking.top(0, BoundaryRule.INCLUDE_TIES).getError().map(Problem::message))
        .containsExactly("share: must be within (0, 1], was 0.0");
  }

  @Test
  void tieRulesAndPercentileDefinitions() {
    List<Scorecard> cards = List.of(card("a", 90), card("b", 80), card("c", 80), card("d", 70));
    assertThat(Ranking.of(cards, TieRule.DENSE, PercentileRule.CUME_DIST).get().workers())
        .extracting(RankedWorker::rank, RankedWorker::percentile).containsExactly(
            org.assertj.core.groups.Tuple.tuple(1.0, 1.0), org.assertj.core.groups.Tuple.tuple(2.0, 0.75),
            org.assertj.core.groups.Tuple.tuple(2.0, 0.75), org.assertj.core.groups.Tuple.tuple(3.0, 0.25));
    assertThat(Ranking.of(cards, TieRule.FRACTIONAL, PercentileRule.PERCENT_RANK).get().workers())
        .extracting(RankedWorker::rank).containsExactly(1.0, 2.5, 2.5, 4.0);
    assertThat(Ranking.of(List.of(), TieRule.DENSE, PercentileRule.CUME_DIST).getError()
        .map(Problem::message)).containsExactly("workers: must hold at least one worker");
  }

  @Test
  void turnoutOfSixOfTenMakesAReplacementCandidate() {
    List<WorkerRecord> workers = List.of(
        new WorkerRecord(WorkerId.of("w-1"), 10, 6, 4, 4.8),
        new WorkerRecord(WorkerId.of("w-2"), 5, 5, 3, 4.6),
        new WorkerRecord(WorkerId.of("w-3"), 4, 4, 8, 3.2),
        new WorkerRecord(WorkerId.of("w-4"), 0, 0, 0, 0));
    List<WorkforceAssessment> assessed = WorkforcePolicy.defaults().assess(workers).get();

    assertThat(assessed.get(0).turnout().value()).isEqualTo(0.6);
    assertThat(assessed.get(0).replacementCandidate()).isTrue();
    assertThat(assessed.get(0).starWorker()).as("low turnout cancels the star").isFalse();
    assertThat(assessed.get(0).reasons()).contains("replacement: turnout 6/10 = 0.6 < 0.8");
    assertThat(assessed.get(1).starWorker()).isTrue();
    assertThat(assessed.get(2).replacementCandidate()).isTrue();
    assertThat(assessed.get(3).replacementCandidate()).isFalse();
    assertThat(WorkforcePolicy.defaults().assess(List.of(new WorkerRecord(WorkerId.of("w"), 3, 4,
        -1, 6))).getError().map(Problem::message)).containsExactly(
            "workers[0].services: must be >= 0, was -1",
            "workers[0].arrived: must be within [0, promised (3)], was 4",
            "workers[0].averageRating: must be 0 (none yet) or within [1, 5], was 6.0");
  }

  @Test
  void flagsSpeedOverQualityAndTheBestBalance() {
    Scorer scorer = Scorer.of(AfterSales.scheme());
    List<WorkerMetrics> cohort = List.of(
        metrics("fast", 8.0, 1.0, 0.2, 2.5, 0.7),
        metrics("careful", 2.0, 0.6, 0.0, 5.0, 1.0),
        metrics("balanced", 6.0, 0.9, 0.05, 4.5, 0.95),
        metrics("average", 4.0, 0.8, 0.1, 3.8, 0.85));
    List<Scorecard> cards = scorer.scoreCohort(cohort).get();
    List<BalanceFlag> flags = new BalancePolicy("workload", "quality", 0.5).flags(cards).get();

    assertThat(flags).extracting(f -> f.workerId().value(), BalanceFlag::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("fast", BalanceFlag.Kind.SPEED_OVER_QUALITY),
        org.assertj.core.groups.Tuple.tuple("careful", BalanceFlag.Kind.QUALITY_OVER_SPEED),
        org.assertj.core.groups.Tuple.tuple("balanced", BalanceFlag.Kind.BEST_BALANCE));
    assertThat(flags.get(0).reason()).isEqualTo(
        "workload percentile 1, quality percentile 0, gap 1 > 0.5");
    assertThat(new BalancePolicy("speed", "quality", 2).flags(cards.subList(0, 1)).getError()
        .map(Problem::code)).containsExactly(Problem.RANGE, Problem.REQUIRED, Problem.UNKNOWN);
  }

  @Test
  void aGapOfExactlyTheBoundIsNotAnImbalance() {
    // worker w8: 8 of 10 others below on workload (0.8), 3 below on quality (0.3); in doubles
    // 0.8 - 0.3 is 0.5000000000000001, but the gap is 0.5 and does not exceed 0.5
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i <= 10; i++) {
      cards.add(new Scorecard(WorkerId.of("w" + i), "s", List.of(),
          List.of(new GroupScore("workload", i * 10, i * 10, 0.5),
              new GroupScore("quality", (i + 6) % 11 * 10, (i + 6) % 11 * 10, 0.5)),
          50, List.of(), 50, 50, 1.0, "E", 1, List.of()));
    }
    List<BalanceFlag> flags = new BalancePolicy("workload", "quality", 0.5).flags(cards).get();
    // w5 to w10 are 5 of 10 steps apart (a gap of exactly 0.5): none is flagged
    assertThat(flags).filteredOn(flag -> flag.workerId().value().equals("w8")).isEmpty();
    assertThat(flags).extracting(BalanceFlag::kind)
        .doesNotContain(BalanceFlag.Kind.SPEED_OVER_QUALITY);
    assertThat(flags).filteredOn(flag -> flag.workerId().value().equals("w0"))
        .extracting(BalanceFlag::kind).containsExactly(BalanceFlag.Kind.QUALITY_OVER_SPEED);
  }

  @Test
  void totalsThatAreMathematicallyEqualTie() {
    List<double[]> items = List.of(new double[] {62.99999999999999, 1}, new double[] {63.0, 2},
        new double[] {0.1 + 0.2, 3}, new double[] {0.3, 4});
    List<RankedWorker> ranked = Ranking.rank(items, x -> WorkerId.of("w" + (int) x[1]), x -> x[0],
        TieRule.COMPETITION, PercentileRule.PERCENT_RANK).get().workers();
    assertThat(ranked).extracting(r -> r.workerId().value(), RankedWorker::rank,
        RankedWorker::total).containsExactly(
            org.assertj.core.groups.Tuple.tuple("w1", 1.0, 63.0),
            org.assertj.core.groups.Tuple.tuple("w2", 1.0, 63.0),
            org.assertj.core.groups.Tuple.tuple("w3", 3.0, 0.3),
            org.assertj.core.groups.Tuple.tuple("w4", 3.0, 0.3));
    // a finer precision keeps what the default would merge
    assertThat(Ranking.rank(List.of(new double[] {0.123, 1}, new double[] {0.1234, 2}),
        x -> WorkerId.of("w" + (int) x[1]), x -> x[0],
        DecisionPrecision.of(4, java.math.RoundingMode.HALF_UP), TieRule.COMPETITION,
        PercentileRule.PERCENT_RANK).get().workers()).extracting(RankedWorker::rank)
        .containsExactly(1.0, 2.0);
  }

  @Test
  void anyShareOfTheCohortIsAtLeastOnePlace() {
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      cards.add(card("t-" + i, 90 - i));
    }
    Ranking ranking = Ranking.of(cards, TieRule.COMPETITION, PercentileRule.PERCENT_RANK).get();
    assertThat(ranking.top(1e-12, BoundaryRule.EXCLUDE_TIES).get()).extracting(
        r -> r.workerId().value()).containsExactly("t-0");
    assertThat(ranking.top(Double.MIN_VALUE, BoundaryRule.INCLUDE_TIES).get()).hasSize(1);
    assertThat(ranking.top(0.7, BoundaryRule.INCLUDE_TIES).get()).hasSize(7);
    assertThat(ranking.top(0.1 * 3, BoundaryRule.INCLUDE_TIES).get()).hasSize(4);
    assertThat(Ranking.places(0.3, 10)).isEqualTo(3);
    assertThat(Ranking.places(0.31, 10)).isEqualTo(4);
  }

  static WorkerMetrics metrics(String id, double orders, double onTime, double rework,
      double satisfaction, double success) {
    return WorkerMetrics.of(id, Map.of("orders_per_day", orders, "on_time_rate", onTime,
        "rework_rate", rework, "satisfaction", satisfaction, "repair_success_rate", success));
  }

  static Scorecard card(String worker, double total) {
    return new Scorecard(WorkerId.of(worker), "s", List.of(), List.of(), total, List.of(), total, total,
        1.0, "A", 5, List.of());
  }

}
