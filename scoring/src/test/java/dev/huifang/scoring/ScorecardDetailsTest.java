package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.core.Dimension;
import dev.huifang.core.Finding;
import dev.huifang.core.InvalidModelException;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a scorecard says beyond its total: adjustments only when they change something, group
 * scores over what was measured, Findings exactly at their thresholds, ties between strongest and
 * weakest metrics, and the team mean when the cohort has one.
 */
class ScorecardDetailsTest {

  /** Three metrics scored linearly 0 to 10 (a value of 8 is 80 points), in one group. */
  private static ScoringScheme.Builder tens() {
    ScoringScheme.Builder builder = ScoringScheme.builder().id("tens")
        .name(LocalizedText.of("十分制", "Tens"));
    Dimension[] dimensions = {Dimension.QUALITY, Dimension.EFFICIENCY, Dimension.SATISFACTION};
    String[] ids = {"m1", "m2", "m3"};
    for (int i = 0; i < ids.length; i++) {
      builder.addMetrics(MetricDefinition.builder().id(ids[i])
          .name(LocalizedText.of("指标" + (i + 1), "metric " + (i + 1)))
          .category(MetricCategory.QUALITY).dimension(dimensions[i]).unit("points").range(0, 10)
          .normalization(new Normalization.Linear(0, 10)).build());
    }
    return builder.addGroups(WeightGroup.of("all", LocalizedText.of("全部", "All"), 1.0,
        WeightedMetric.of("m1", 0.25), WeightedMetric.of("m2", 0.25),
        WeightedMetric.of("m3", 0.5)));
  }

  private static Scorecard score(ScoringScheme scheme, double m1, double m2, double m3) {
    return Scorer.of(scheme).score(WorkerMetrics.of("w", Map.of("m1", m1, "m2", m2, "m3", m3)),
        Map.of()).get();
  }

  @Test
  void thresholdsOutOfRangeAreAProgrammerError() {
    assertThatThrownBy(() -> Scorer.of(tens().build(), new FindingThresholds(101, -1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("invalid Scorer: thresholds.strengthAt: must be within [0.0, 100.0], was "
            + "101.0; thresholds.weaknessBelow: must be within [0.0, 100.0], was -1.0");
  }

  @Test
  void noComplaintsAndNoReferralsMeanNoAdjustments() {
    Scorer scorer = Scorer.of(AfterSales.scheme());
    assertThat(scorer.score(AfterSales.technicianA(), Map.of()).get().adjustments()).isEmpty();
    // every complaint recovered: only the recovered fraction costs points
    Scorecard recovered = scorer.score(AfterSales.technicianA().withCounts(2, 2, 0), Map.of())
        .get();
    assertThat(recovered.adjustments()).containsExactly(
        new Adjustment("2 recovered complaint(s) × 5.0 points × 0.5", -5.0));
    assertThat(recovered.total()).isEqualTo(72.8);
    // one complaint, not recovered, and one referral
    assertThat(scorer.score(AfterSales.technicianA().withCounts(1, 0, 1), Map.of()).get()
        .adjustments()).containsExactly(new Adjustment("1 complaint(s) × 5.0 points", -5.0),
            new Adjustment("1 referral(s) × 2.0 points, capped at 6.0", 2.0));
  }

  @Test
  void aPenaltyOrBonusOfZeroAddsNoAdjustment() {
    Scorer free = Scorer.of(AfterSales.builder().adjustments(Adjustments.NONE).build());
    Scorecard card = free.score(AfterSales.technicianA().withCounts(3, 1, 4), Map.of()).get();
    assertThat(card.adjustments()).isEmpty();
    assertThat(card.total()).isEqualTo(77.8);
  }

  @Test
  void aGroupScoresWhatWasMeasuredOfIt() {
    Scorer scorer = Scorer.of(AfterSales.scheme());
    // workload: orders 8 → 100, on time missing; quality: satisfaction 5 → 100, the rest missing
    Scorecard partial = scorer.score(WorkerMetrics.of("tech-b", Map.of("orders_per_day", 8.0,
        "satisfaction", 3.0)), Map.of()).get();
    assertThat(partial.group("workload").get().score()).isEqualTo(100.0);
    assertThat(partial.group("workload").get().unroundedScore()).isEqualTo(100.0);
    assertThat(partial.group("quality").get().score()).isEqualTo(50.0);
    // nothing measured in a group: it scores 0, not NaN
    Scorecard onlyOrders = scorer.score(WorkerMetrics.of("tech-c", Map.of("orders_per_day", 4.0)),
        Map.of()).get();
    assertThat(onlyOrders.group("quality").get().score()).isEqualTo(0.0);
    assertThat(onlyOrders.group("quality").get().unroundedScore()).isEqualTo(0.0);
    assertThat(onlyOrders.group("workload").get().score()).isEqualTo(50.0);
    assertThat(onlyOrders.total()).isEqualTo(50.0);
  }

  @Test
  void aWorkerWithNoValueAtAllIsAProblemOnlyWhenMissingValuesAreRenormalised() {
    WorkerMetrics empty = WorkerMetrics.of("tech-d", Map.of());
    assertThat(Scorer.of(AfterSales.scheme()).score(empty, Map.of()).getError()
        .map(Problem::message)).containsExactly(
            "values: must hold a value for at least one metric of scheme after-sales-2026");
    Scorecard zero = Scorer.of(AfterSales.builder().missingValues(MissingValuePolicy.COUNT_AS_ZERO)
        .build()).score(empty, Map.of()).get();
    assertThat(zero.total()).isEqualTo(0.0);
    assertThat(zero.grade()).isEqualTo("E");
    assertThat(zero.findings()).isEmpty();
  }

  @Test
  void aStrengthStartsExactlyAtItsThresholdAndAWeaknessJustBelowIts() {
    // m2 scores exactly 80 (a strength from 80), m1 exactly 60 (a weakness below 60: not one)
    Scorecard card = score(tens().build(), 6, 8, 7);
    assertThat(card.findings()).extracting(Finding::polarity, Finding::dimension)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Polarity.STRENGTH,
            Dimension.EFFICIENCY));
    assertThat(card.findings().get(0).magnitude().value()).isEqualTo(0.8);
    // with a strength only from 81 and weaknesses below 61 it flips
    Scorecard strict = Scorer.of(tens().build(), new FindingThresholds(81, 61))
        .score(WorkerMetrics.of("w", Map.of("m1", 6.0, "m2", 8.0, "m3", 7.0)), Map.of()).get();
    assertThat(strict.findings()).extracting(Finding::polarity, Finding::dimension)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Polarity.WEAKNESS,
            Dimension.QUALITY));
    // a weakness's magnitude is how far below full marks it is
    assertThat(strict.findings().get(0).magnitude().value()).isEqualTo(0.4);
  }

  @Test
  void tiedStrongestOrWeakestMetricsNameTheFirstInTheScheme() {
    Scorecard card = score(tens().build(), 9, 9, 2);
    assertThat(card.findings()).extracting(f -> f.evidence().get(0).source())
        .containsExactly("metric:m1", "metric:m3");
    Scorecard low = score(tens().build(), 9, 3, 3);
    assertThat(low.findings()).extracting(f -> f.evidence().get(0).source())
        .containsExactly("metric:m1", "metric:m2");
    // one measured metric is the strongest and the weakest: one Finding, never two
    Scorecard single = Scorer.of(tens().build()).score(WorkerMetrics.of("w", Map.of("m2", 1.0)),
        Map.of()).get();
    assertThat(single.findings()).isEmpty();
  }

  @Test
  void aFindingQuotesTheTeamMeanWhenTheCohortHasOne() {
    Scorer scorer = Scorer.of(tens().build());
    WorkerMetrics worker = WorkerMetrics.of("w", Map.of("m1", 9.0, "m2", 7.0, "m3", 2.0));
    Map<MetricId, CohortStats> cohort = Map.of(MetricId.of("m1"), CohortStats.of(9.0, 6.0),
        MetricId.of("m3"), CohortStats.of(2.0));
    Scorecard card = scorer.score(worker, cohort).get();
    Finding strength = card.findings().get(0);
    assertThat(strength.summary().en())
        .isEqualTo("Metric 1 stands out: 9 points, team average 7.5 points, 90 of 100 points");
    assertThat(strength.summary().zhCn())
        .isEqualTo("指标1表现突出：9 分，团队平均 7.5 分，得 90 分（满分 100 分）");
    assertThat(strength.evidence().get(0).figures()).containsEntry("teamMean", 7.5)
        .containsEntry("value", 9.0).containsEntry("score", 90.0).containsEntry("weight", 0.25);
    assertThat(strength.magnitude().value()).isEqualTo(0.9);
    // a cohort of one still has a mean: the worker's own value
    Finding weakness = card.findings().get(1);
    assertThat(weakness.summary().en())
        .isEqualTo("Metric 3 needs work: 2 points, team average 2 points, 20 of 100 points");
    assertThat(weakness.evidence().get(0).statement().en())
        .isEqualTo("Metric 3 was 2 points; the team average was 2 points");
    assertThat(weakness.magnitude().value()).isEqualTo(0.8);
    // statistics of no worker at all are no mean
    Scorecard alone = scorer.score(worker, Map.of(MetricId.of("m1"), CohortStats.EMPTY)).get();
    assertThat(alone.findings().get(0).summary().en())
        .isEqualTo("Metric 1 stands out: 9 points, 90 of 100 points");
    assertThat(alone.findings().get(0).evidence().get(0).figures()).doesNotContainKey("teamMean");
    assertThat(alone.findings().get(0).evidence().get(0).statement().zhCn())
        .isEqualTo("指标1为 9 分");
  }

  @Test
  void cohortStatisticsTakeValuesAtBothEndsOfTheRange() {
    Scorer scorer = Scorer.of(tens().build());
    Map<MetricId, CohortStats> stats = scorer.cohortStats(List.of(
        WorkerMetrics.of("a", Map.of("m1", 0.0, "m2", 10.0)),
        WorkerMetrics.of("b", Map.of("m1", 10.0, "m3", 4.0))));
    assertThat(stats.get(MetricId.of("m1"))).isEqualTo(new CohortStats(2, 0, 10, 5));
    assertThat(stats.get(MetricId.of("m2"))).isEqualTo(new CohortStats(1, 10, 10, 10));
    assertThat(stats.get(MetricId.of("m3")).count()).isEqualTo(1);
  }

  @Test
  void gradesFollowTheBandsDownToTheLast() {
    List<Grade> bands = List.of(new Grade("top", 50, 5), new Grade("rest", 0, 1));
    ScoringScheme scheme = tens().grades(bands).build();
    assertThat(score(scheme, 5, 5, 5).grade()).isEqualTo("top");
    assertThat(score(scheme, 4.9, 4.9, 4.9).grade()).isEqualTo("rest");
    assertThat(score(scheme, 0, 0, 0).grade()).isEqualTo("rest");
    assertThat(score(scheme, 0, 0, 0).stars()).isEqualTo(1);
  }
}
