package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import dev.huifang.core.WorkerId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Incentive conditions at their bounds: a condition holds exactly at its number, a metric that was
 * not measured never holds, and every condition of a tree records the figure it read.
 */
class ConditionRulesTest {

  private static final MetricId SATISFACTION = MetricId.of("satisfaction");
  private static final MetricId REWORK = MetricId.of("rework_rate");

  /** A card with a total of 80, satisfaction 4.5 and no rework rate measured. */
  private static Scorecard card() {
    return new Scorecard(WorkerId.of("w"), "after-sales-2026",
        List.of(new ScoreLine(SATISFACTION, "quality", 4.5, 87.5, 0.3, 26.25, "stars"),
            new ScoreLine(REWORK, "quality", null, 0, 0.18, 0, "missing: RENORMALIZE")),
        List.of(), 80, List.of(), 80, 80, 0.82, "B", 4, List.of());
  }

  @Test
  void eachConditionHoldsExactlyAtItsNumber() {
    Map<String, Double> figures = new LinkedHashMap<>();
    assertThat(new Condition.MetricAtLeast(SATISFACTION, 4.5).test(card(), figures)).isTrue();
    assertThat(new Condition.MetricAtLeast(SATISFACTION, 4.51).test(card(), figures)).isFalse();
    assertThat(new Condition.MetricAtMost(SATISFACTION, 4.5).test(card(), figures)).isTrue();
    assertThat(new Condition.MetricAtMost(SATISFACTION, 4.49).test(card(), figures)).isFalse();
    assertThat(new Condition.TotalAtLeast(80).test(card(), figures)).isTrue();
    assertThat(new Condition.TotalAtLeast(80.01).test(card(), figures)).isFalse();
    assertThat(figures).containsExactly(Map.entry("satisfaction", 4.5), Map.entry("total", 80.0));
  }

  @Test
  void aMetricNotMeasuredNeverHoldsAndRecordsNoFigure() {
    Map<String, Double> figures = new LinkedHashMap<>();
    assertThat(new Condition.MetricAtMost(REWORK, 1).test(card(), figures)).isFalse();
    assertThat(new Condition.MetricAtLeast(MetricId.of("speed"), 0).test(card(), figures))
        .isFalse();
    assertThat(figures).isEmpty();
  }

  @Test
  void everyConditionOfATreeIsReadAndRecorded() {
    Condition all = new Condition.All(List.of(new Condition.TotalAtLeast(90),
        new Condition.MetricAtLeast(SATISFACTION, 4)));
    Map<String, Double> figures = new LinkedHashMap<>();
    assertThat(all.test(card(), figures)).isFalse();
    assertThat(figures).containsOnlyKeys("total", "satisfaction");
    Condition any = new Condition.Any(List.of(new Condition.MetricAtLeast(SATISFACTION, 4),
        new Condition.TotalAtLeast(90)));
    figures.clear();
    assertThat(any.test(card(), figures)).isTrue();
    assertThat(figures).containsOnlyKeys("total", "satisfaction");
    assertThat(new Condition.Any(List.of(new Condition.TotalAtLeast(90))).test(card(), figures))
        .isFalse();
    assertThat(new Condition.All(List.of(new Condition.TotalAtLeast(50),
        new Condition.MetricAtMost(SATISFACTION, 5))).test(card(), figures)).isTrue();
    assertThat(new Condition.All(List.of()).test(card(), figures)).isTrue();
    assertThat(new Condition.Any(List.of()).test(card(), figures)).isFalse();
  }

  @Test
  void aTreeDescribesItselfAsPeopleReadIt() {
    Condition tree = new Condition.All(List.of(new Condition.TotalAtLeast(85.5),
        new Condition.Any(List.of(new Condition.MetricAtLeast(SATISFACTION, 4.8),
            new Condition.MetricAtMost(REWORK, 0.05)))));
    assertThat(tree.describe())
        .isEqualTo("(total >= 85.5 and (satisfaction >= 4.8 or rework_rate <= 0.05))");
    assertThat(new Condition.TotalAtLeast(90).children()).isEmpty();
    assertThat(tree.children()).hasSize(2);
  }

  @Test
  void conditionsNameTheirProblemsAtTheirPaths() {
    ScoringScheme scheme = AfterSales.scheme();
    Condition tree = new Condition.Any(List.of(new Condition.TotalAtLeast(100.5),
        new Condition.MetricAtLeast(MetricId.of("speed"), Double.NaN),
        new Condition.All(List.of()),
        new Condition.MetricAtMost(REWORK, 0.05), new Condition.TotalAtLeast(0)));
    assertThat(tree.problems("when", scheme).map(Problem::message)).containsExactly(
        "when.conditions[0].value: must be within [0.0, 100.0], was 100.5",
        "when.conditions[1].metric: must be a metric of scheme after-sales-2026, was \"speed\"",
        "when.conditions[1].value: must be a finite number, was NaN",
        "when.conditions[2].conditions: must hold at least one condition");
    assertThat(new Condition.TotalAtLeast(100).problems("t", scheme)).isEmpty();
  }
}
