package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trends over periods and the compliance risk behind a high conversion. */
class TrendsAndRisksTest {

  static Scorecard month(double orders, double rework) {
    return Scorer.of(AfterSales.scheme()).score(WorkerMetrics.of("tech-a", Map.of(
        "orders_per_day", orders, "on_time_rate", 0.9, "rework_rate", rework, "satisfaction", 4.0,
        "repair_success_rate", 0.9)), Map.of()).get();
  }

  @Test
  void alertsWhenQualityFallsWhileVolumeRises() {
    List<Scorecard> months = List.of(month(4, 0.02), month(5, 0.06), month(6, 0.10), month(7, 0.14));
    TrendPolicy policy = new TrendPolicy("workload", "quality", TrendPolicy.DEFAULT_CONSECUTIVE);

    TrendAlert alert = policy.alert(months).get().get();
    assertThat(alert.periods()).isEqualTo(3);
    assertThat(alert.volumeSlope()).isGreaterThan(0);
    assertThat(alert.qualitySlope()).isLessThan(0);
    assertThat(policy.slopes(months).get().get(MetricId.of("orders_per_day")))
        .isCloseTo(12.5, within(1e-9));
    assertThat(policy.alert(List.of(month(4, 0.02), month(5, 0.01), month(6, 0.1))).get()).isEmpty();
  }

  @Test
  void trendInputProblems() {
    TrendPolicy policy = new TrendPolicy("speed", "quality", 0);
    Scorecard other = Scorer.of(AfterSales.scheme()).score(new WorkerMetrics(
        dev.huifang.core.WorkerId.of("tech-b"), AfterSales.technicianA().values(), 0, 0, 0), Map.of()).get();
    assertThat(policy.alert(List.of(month(4, 0.02), other)).getError().map(Problem::message))
        .containsExactly("periods[1].workerId: must be the worker of periods[0] (tech-a), was \"tech-b\"",
            "consecutive: must be >= 1, was 0",
            "periods[0].groups: must have the group speed, was \"speed\"",
            "periods[1].groups: must have the group speed, was \"speed\"");
  }

  @Test
  void aConversionStarWhoOverPromisesIsAComplianceRisk() {
    MetricDefinition conversion = MetricDefinition.ratio("conversion_rate",
        LocalizedText.of("转化率", "Conversion"), MetricCategory.EFFICIENCY,
        Dimension.OBJECTION_HANDLING, Direction.HIGHER_IS_BETTER, new Normalization.Linear(0.05, 0.3));
    MetricDefinition honesty = MetricDefinition.stars("promise_accuracy",
        LocalizedText.of("承诺准确度", "Accuracy of promises"), MetricCategory.CUSTOMER, Dimension.COMPLIANCE);
    ScoringScheme scheme = ScoringScheme.builder().id("promo").name(LocalizedText.of("促销", "Promo"))
        .addMetrics(conversion, honesty).addGroups(WeightGroup.of("all",
            LocalizedText.of("全部", "All"), 1.0, WeightedMetric.of("conversion_rate", 0.7),
            WeightedMetric.of("promise_accuracy", 0.3))).build();
    Scorer scorer = Scorer.of(scheme);
    List<WorkerMetrics> team = List.of(
        WorkerMetrics.of("star", Map.of("conversion_rate", 0.25, "promise_accuracy", 2.0)),
        WorkerMetrics.of("honest", Map.of("conversion_rate", 0.18, "promise_accuracy", 4.8)),
        WorkerMetrics.of("average", Map.of("conversion_rate", 0.18, "promise_accuracy", 4.0)));
    List<Scorecard> cards = scorer.scoreCohort(team).get();
    var stats = scorer.cohortStats(team);

    assertThat(CompliancePolicy.relativeToMean(cards.get(0), MetricId.of("conversion_rate"),
        stats.get(MetricId.of("conversion_rate"))).get()).isCloseTo(0.25 / (0.61 / 3) - 1, within(1e-9));
    var risks = new CompliancePolicy(MetricId.of("conversion_rate"), MetricId.of("promise_accuracy"),
        CompliancePolicy.DEFAULT_ABOVE_MEAN, 2.5).risks(cards, stats).get();
    assertThat(risks).singleElement().satisfies(risk -> {
      assertThat(risk.workerId().value()).isEqualTo("star");
      assertThat(risk.polarity()).isEqualTo(Polarity.RISK);
      assertThat(risk.summary().texts()).containsExactly(
          Map.entry("en", "Results 23% above the team average, but the related behaviour was rated"
              + " only 2: a compliance risk to look into"),
          Map.entry("zh-CN", "业绩高出团队平均 23%，但相关的行为评价只有 2 分，需要留意合规风险"));
      assertThat(risk.evidence().get(0).source()).isEqualTo("metric:conversion_rate+promise_accuracy");
    });
    assertThat(new CompliancePolicy(MetricId.of("x"), MetricId.of("promise_accuracy"), 0, 2.5)
        .risks(cards, stats).getError().map(Problem::message)).containsExactly(
            "aboveMean: must be > 0.0, was 0.0", "metric: must be a metric of the scorecards, was \"x\"");
  }
}
