package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.core.InvalidModelException;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way a scheme can be wrong gives a Problem that names the path and the rule. */
class SchemeValidationTest {

  @Test
  void rejectsNegativeWeightsAndWeightsThatDoNotSumToOne() {
    var result = AfterSales.builder().groups(List.of(
        WeightGroup.of("workload", LocalizedText.of("工作量", "Workload"), 0.4,
            WeightedMetric.of("orders_per_day", 0.5), WeightedMetric.of("on_time_rate", 0.5)),
        WeightGroup.of("quality", LocalizedText.of("质量", "Quality"), 0.5,
            WeightedMetric.of("rework_rate", -0.2), WeightedMetric.of("satisfaction", 0.5),
            WeightedMetric.of("repair_success_rate", 0.2)))).validate();

    assertThat(result.getError().map(Problem::message)).containsExactly(
        "groups[1].metrics[0].weight: must be > 0.0, was -0.2",
        "groups[1].metrics: weights must sum to 1 (ScoringScheme.normalize rescales them), was 0.5",
        "groups: weights must sum to 1 (ScoringScheme.normalize rescales them), was 0.9");
  }

  @Test
  void normalizeTurnsPointsIntoWeightsButNotNegativeOnes() {
    List<WeightGroup> points = List.of(
        WeightGroup.of("workload", LocalizedText.of("工作量", "Workload"), 40,
            WeightedMetric.of("orders_per_day", 1), WeightedMetric.of("on_time_rate", 1)),
        WeightGroup.of("quality", LocalizedText.of("质量", "Quality"), 60,
            WeightedMetric.of("rework_rate", 3), WeightedMetric.of("satisfaction", 5),
            WeightedMetric.of("repair_success_rate", 2)));
    ScoringScheme scheme = AfterSales.builder().groups(ScoringScheme.normalize(points).get()).build();
    assertThat(scheme.effectiveWeights()).isEqualTo(AfterSales.scheme().effectiveWeights());
    assertThat(ScoringScheme.normalize(List.of(WeightGroup.of("g", LocalizedText.of("组", "G"), 0,
        WeightedMetric.of("x", -1)))).getError().map(Problem::message)).containsExactly(
            "groups[0].weight: must be > 0.0, was 0.0", "groups[0].metrics[0].weight: must be > 0.0, was -1.0");
  }

  @Test
  void rejectsUnknownDuplicateAndUnweightedMetrics() {
    var result = AfterSales.builder().addMetrics(AfterSales.ORDERS).groups(List.of(
        WeightGroup.of("all", LocalizedText.of("全部", "All"), 1.0,
            WeightedMetric.of("orders_per_day", 0.5), WeightedMetric.of("speed", 0.25),
            WeightedMetric.of("orders_per_day", 0.25)))).validate();

    assertThat(result.getError().map(Problem::message)).containsExactly(
        "metrics[5].id: must be unique, was \"orders_per_day\"",
        "groups[0].metrics[1].metric: must be one of the scheme's metrics, was \"speed\"",
        "groups[0].metrics[2].metric: must be weighted once (already at groups[0].metrics[0]), was \"orders_per_day\"",
        "groups: must weight every metric of the scheme, was \"on_time_rate\"",
        "groups: must weight every metric of the scheme, was \"rework_rate\"",
        "groups: must weight every metric of the scheme, was \"satisfaction\"",
        "groups: must weight every metric of the scheme, was \"repair_success_rate\"");
  }

  @Test
  void rejectsNormalisationsThatContradictTheDirectionAndBadGrades() {
    MetricDefinition backwards = MetricDefinition.ratio("error_rate", LocalizedText.of("差错率",
        "Error rate"), MetricCategory.QUALITY, dev.huifang.core.Dimension.QUALITY,
        Direction.LOWER_IS_BETTER, new Normalization.Linear(0.0, 0.1));
    var result = ScoringScheme.builder().id(" ").name(LocalizedText.of("x", "x"))
        .addMetrics(backwards).addGroups(WeightGroup.of("all", LocalizedText.of("全部", "All"), 1.0,
            WeightedMetric.of("error_rate", 1.0)))
        .grades(List.of(new Grade("A", 80, 5), new Grade("B", 90, 6)))
        .adjustments(new Adjustments(-1, 2, 0, 0))
        .validate();

    assertThat(result.getError().map(Problem::message)).containsExactly(
        "id: must not be blank, was \" \"",
        "metrics[0].normalization.best: must be < worst (0) for a LOWER_IS_BETTER metric, was 0.1",
        "adjustments.complaintPenalty: must be within [0.0, 100.0], was -1.0",
        "adjustments.recoveredFraction: must be within [0.0, 1.0], was 2.0",
        "grades[1].stars: must be within [1, 5], was 6",
        "grades[1].minTotal: must be below the band before it, was 90.0",
        "grades: the last band must start at 0 so every total has a grade, was 90.0");
  }

  @Test
  void rejectsBadStepBands() {
    Normalization.Steps steps = new Normalization.Steps(List.of(new Normalization.Step(0.8, 80),
        new Normalization.Step(0.9, 100)), 120);
    assertThat(steps.problems("n", Direction.HIGHER_IS_BETTER).map(Problem::message)).containsExactly(
        "n.otherwise: must be within [0.0, 100.0], was 120.0",
        "n.steps[0].score: must be >= the score below it (100), was 80.0",
        "n.steps[1].score: must be >= the score below it (120), was 100.0",
        "n.steps[1].threshold: must be < the threshold before it (0.8), was 0.9");
    assertThat(new Normalization.Steps(List.of(new Normalization.Step(0.9, 100),
        new Normalization.Step(0.8, 80)), 0).score(0.85, Direction.HIGHER_IS_BETTER, CohortStats.EMPTY))
        .isEqualTo(80);
  }

  @Test
  void buildOnBadWeightsIsAProgrammerError() {
    assertThatThrownBy(() -> AfterSales.builder().groups(List.of()).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("groups: must hold at least one weighted group");
  }

  @Test
  void badJsonSchemesAreProblemsWithJsonPaths() {
    String json = HuifangJson.write(AfterSales.scheme())
        .replace("\"type\":\"stars\"", "\"type\":\"cubic\"");
    assertThat(HuifangJson.read(json, ScoringScheme.class).getError().head().path())
        .isEqualTo("metrics[3].normalization");
    String negative = HuifangJson.write(AfterSales.scheme()).replace("\"weight\":0.4", "\"weight\":-0.4");
    assertThat(HuifangJson.read(negative, ScoringScheme.class).getError().map(Problem::message))
        .contains("groups[0].weight: must be > 0.0, was -0.4");
  }
}
