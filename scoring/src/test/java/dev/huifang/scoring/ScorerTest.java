package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.huifang.core.Dimension;
import dev.huifang.core.MetricId;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private final Scorer scorer = Scorer.of(AfterSales.scheme());

  @Test
  void scoresTheDomainsFortySixtySplitLineByLine() {
    Scorecard card = scorer.score(AfterSales.technicianA(), Map.of()).get();

    // workload: orders 6/8 → 75, on time (0.95-0.5)/0.5 → 90; group = 82.5
    // quality: rework 5 of 50 = 0.1 → 50, 4.6 stars → 90, success (0.92-0.7)/0.3 → 73.33; group = 74.67
    // total = 0.4 × 82.5 + 0.6 × 74.67 = 77.8
    assertThat(card.line(MetricId.of("rework_rate")).get().score()).isCloseTo(50, within(1e-9));
    assertThat(card.line(MetricId.of("satisfaction")).get().weight()).isCloseTo(0.3, within(1e-12));
    assertThat(card.group("workload").get().score()).isCloseTo(82.5, within(1e-9));
    assertThat(card.group("quality").get().score()).isEqualTo(74.67);
    assertThat(card.group("quality").get().unroundedScore()).isCloseTo(74.6667, within(1e-4));
    assertThat(card.weightedTotal()).isCloseTo(77.8, within(1e-9));
    assertThat(card.unroundedTotal()).isCloseTo(77.8, within(1e-9));
    assertThat(card.total()).isEqualTo(77.8);
    assertThat(card.coverage()).isEqualTo(1.0);
    assertThat(card.grade()).isEqualTo("C");
    assertThat(card.stars()).isEqualTo(3);
    assertThat(card.lines()).extracting(ScoreLine::metric).extracting(MetricId::value)
        .containsExactly("orders_per_day", "on_time_rate", "rework_rate", "satisfaction",
            "repair_success_rate");
    assertThat(card.line(MetricId.of("rework_rate")).get().rule())
        .isEqualTo("linear: 0.2 → 0, 0 → 100");
    double contributions = card.lines().stream().mapToDouble(ScoreLine::contribution).sum();
    assertThat(contributions).isCloseTo(card.weightedTotal(), within(1e-9));
  }

  @Test
  void turnsStrongestAndWeakestMetricsIntoFindings() {
    Scorecard card = scorer.score(AfterSales.technicianA(), Map.of()).get();

    assertThat(card.findings()).extracting(f -> f.polarity(), f -> f.dimension())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Polarity.STRENGTH, Dimension.EFFICIENCY),
            org.assertj.core.groups.Tuple.tuple(Polarity.WEAKNESS, Dimension.QUALITY));
    assertThat(card.findings().get(1).evidence().get(0).figures())
        .containsEntry("value", 0.1).containsEntry("score", 50.0);
    assertThat(card.findings().get(1).summary().texts()).containsExactly(
        Map.entry("en", "Rework rate needs work: 10%, 50 of 100 points"),
        Map.entry("zh-CN", "返修率有待提升：10%，得 50 分（满分 100 分）"));
    assertThat(card.findings().get(1).evidence().get(0).statement().texts()).containsExactly(
        Map.entry("en", "Rework rate was 10%"), Map.entry("zh-CN", "返修率为 10%"));
  }

  @Test
  void aRecoveredComplaintCostsOnlyItsFractionAndReferralsAreCapped() {
    WorkerMetrics worker = AfterSales.technicianA().withCounts(2, 1, 5);
    Scorecard card = scorer.score(worker, Map.of()).get();

    assertThat(card.adjustments()).extracting(Adjustment::points).containsExactly(-5.0, -2.5, 6.0);
    assertThat(card.total()).isCloseTo(77.8 - 5 - 2.5 + 6, within(1e-9));
  }

  @Test
  void renormalisesMissingValuesAndReportsCoverage() {
    WorkerMetrics partial = WorkerMetrics.of("tech-b", Map.of("orders_per_day", 8.0,
        "satisfaction", 5.0));
    Scorecard card = scorer.score(partial, Map.of()).get();

    assertThat(card.coverage()).isCloseTo(0.2 + 0.3, within(1e-12));
    assertThat(card.weightedTotal()).isCloseTo(100, within(1e-9));
    assertThat(card.line(MetricId.of("rework_rate")).get().rule()).isEqualTo("missing: RENORMALIZE");

    Scorer zero = Scorer.of(AfterSales.builder().missingValues(MissingValuePolicy.COUNT_AS_ZERO).build());
    assertThat(zero.score(partial, Map.of()).get().weightedTotal()).isCloseTo(50, within(1e-9));

    Scorer strict = Scorer.of(AfterSales.builder().missingValues(MissingValuePolicy.REJECT).build());
    assertThat(strict.score(partial, Map.of()).getError().map(Problem::message)).containsExactly(
        "values.on_time_rate: is required", "values.rework_rate: is required",
        "values.repair_success_rate: is required");
  }

  @Test
  void theCompiledTotalsCheckEveryValueAndEveryWorker() {
    CompiledScheme compiled = scorer.compile();
    // columns in scheme order: orders, on time, rework, satisfaction, success
    double nan = Double.NaN;
    double[][] columns = {{6, 60, nan}, {0.95, 0.9, nan}, {0.1, 0.1, nan}, {4.6, 0.5, nan},
        {0.92, 0.9, nan}};
    assertThat(compiled.totals(columns).getError().map(Problem::message)).containsExactly(
        "columns[0][1]: must be within [0.0, 50.0] for orders_per_day, was 60.0",
        "columns[3][1]: must be within [1.0, 5.0] for satisfaction, was 0.5");
    columns[0][1] = 6;
    columns[3][1] = 4.6;
    assertThat(compiled.totals(columns).getError().map(Problem::message)).containsExactly(
        "workers[2]: must have a value for at least one metric");
    columns[0][2] = 8;
    double[] totals = compiled.totals(columns).get();
    assertThat(totals[0]).isEqualTo(scorer.score(AfterSales.technicianA(), Map.of()).get().total());
    assertThat(totals[2]).isEqualTo(100.0);
    assertThat(compiled.totals(new double[][] {{1}}).getError().map(Problem::code))
        .containsExactly(Problem.INCONSISTENT);
    CompiledScheme rejecting = Scorer.of(AfterSales.builder()
        .missingValues(MissingValuePolicy.REJECT).build()).compile();
    assertThat(rejecting.totals(new double[][] {{6}, {nan}, {0.1}, {4.6}, {0.92}}).getError()
        .map(Problem::message)).containsExactly("columns[1][0]: is required");
  }

  @Test
  void badValuesAreProblemsWithTheirPath() {
    WorkerMetrics bad = WorkerMetrics.of("tech-c", Map.of("orders_per_day", Double.NaN,
        "on_time_rate", 1.2, "speed", 3.0)).withCounts(1, 2, -1);

    assertThat(scorer.score(bad, Map.of()).getError().map(Problem::message)).containsExactly(
        "values.on_time_rate: must be within [0.0, 1.0], was 1.2",
        "values.orders_per_day: must be a finite number, was NaN",
        "values.speed: must be a metric of scheme after-sales-2026 [orders_per_day, on_time_rate,"
            + " rework_rate, satisfaction, repair_success_rate], was 3.0",
        "recoveredComplaints: must be <= complaints (1), was 2",
        "referrals: must be >= 0, was -1");
  }

  @Test
  void aCohortNeedsWorkersOnceEach() {
    assertThat(scorer.scoreCohort(List.of()).getError().map(Problem::message))
        .containsExactly("workers: must hold at least one worker");
    assertThat(scorer.scoreCohort(List.of(AfterSales.technicianA(), AfterSales.technicianA()))
        .getError().map(Problem::message))
        .containsExactly("workers[1].workerId: must appear once in a cohort, was \"tech-a\"");
  }

  @Test
  void cohortNormalisationsReadTheCohort() {
    MetricDefinition conversion = MetricDefinition.ratio("conversion",
        dev.huifang.core.LocalizedText.of("转化率", "Conversion"), MetricCategory.EFFICIENCY,
        Dimension.OBJECTION_HANDLING, Direction.HIGHER_IS_BETTER, new Normalization.CohortMinMax());
    MetricDefinition relative = MetricDefinition.ratio("conversion_vs_team",
        dev.huifang.core.LocalizedText.of("相对团队", "Versus team"), MetricCategory.EFFICIENCY,
        Dimension.OBJECTION_HANDLING, Direction.HIGHER_IS_BETTER, new Normalization.RatioToMean(50));
    ScoringScheme scheme = ScoringScheme.builder().id("promo").name(
        dev.huifang.core.LocalizedText.of("促销", "Promotion")).addMetrics(conversion, relative)
        .addGroups(WeightGroup.of("all", dev.huifang.core.LocalizedText.of("全部", "All"), 1.0,
            WeightedMetric.of("conversion", 0.5), WeightedMetric.of("conversion_vs_team", 0.5)))
        .build();
    List<Scorecard> cards = Scorer.of(scheme).scoreCohort(List.of(
        WorkerMetrics.of("p1", Map.of("conversion", 0.2, "conversion_vs_team", 0.2)),
        WorkerMetrics.of("p2", Map.of("conversion", 0.3, "conversion_vs_team", 0.3)),
        WorkerMetrics.of("p3", Map.of("conversion", 0.4, "conversion_vs_team", 0.4)))).get();

    assertThat(cards.get(0).line(MetricId.of("conversion")).get().score()).isCloseTo(0, within(1e-9));
    assertThat(cards.get(1).line(MetricId.of("conversion")).get().score()).isCloseTo(50, within(1e-9));
    assertThat(cards.get(2).line(MetricId.of("conversion")).get().score()).isCloseTo(100, within(1e-9));
    assertThat(cards.get(1).line(MetricId.of("conversion_vs_team")).get().score())
        .isCloseTo(50.0, within(1e-9));
    assertThat(cards.get(2).line(MetricId.of("conversion_vs_team")).get().score())
        .isCloseTo(50.0 * 0.4 / 0.3, within(1e-9));
  }
}
