package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import org.junit.jupiter.api.Test;

/** A metric's range and a list of weights, each at the edge of what their rules accept. */
class MetricAndWeightsRulesTest {

  private static MetricDefinition.Builder points() {
    return MetricDefinition.builder().id("m").name(LocalizedText.of("指标", "Metric"))
        .category(MetricCategory.QUALITY).dimension(Dimension.QUALITY).unit("points")
        .normalization(new Normalization.Linear(0, 10));
  }

  @Test
  void aRangeOfOneValueIsARangeAndValuesAtItsEndsAreInIt() {
    MetricDefinition flat = points().range(5, 5).build();
    assertThat(flat.problems("m")).isEmpty();
    assertThat(points().range(0, 10).build().problemsOf("values.m", 10)).isEmpty();
    assertThat(points().range(0, 10).build().problemsOf("values.m", 0)).isEmpty();
    assertThat(points().range(0, 10).build().problemsOf("values.m", 10.5).map(Problem::message))
        .containsExactly("values.m: must be within [0.0, 10.0], was 10.5");
  }

  @Test
  void aRangeMustBeGivenFiniteAndInOrder() {
    assertThat(points().build().problems("m").map(Problem::message)).containsExactly(
        "m.min: a range (min, max) is required for a linear: 0 → 0, 10 → 100 metric");
    assertThat(points().range(10, 0).build().problems("m").map(Problem::message))
        .containsExactly("m.max: must be >= min (10.0), was 0.0");
    assertThat(points().range(0, Double.POSITIVE_INFINITY).build().problems("m")
        .map(Problem::message)).containsExactly("m.max: must be a finite number, was Infinity");
    assertThat(points().min(0).build().problems("m").map(Problem::message))
        .containsExactly("m.max: must be a finite number, was NaN");
  }

  @Test
  void starsRateOneToFiveAndNothingElse() {
    MetricDefinition stars = MetricDefinition.stars("s", LocalizedText.of("星", "Stars"),
        MetricCategory.CUSTOMER, Dimension.SATISFACTION);
    assertThat(stars.min()).isEqualTo(1.0);
    assertThat(stars.max()).isEqualTo(5.0);
    assertThat(stars.problems("s")).isEmpty();
    assertThat(MetricDefinition.builder().from(stars).range(1, 10).build().problems("s")
        .map(Problem::message)).containsExactly(
            "s.min: must be 1 with max 5 (10.0): a stars normalisation rates 1 to 5 stars, was 1.0");
    assertThat(MetricDefinition.builder().from(stars).range(0, 5).build().problems("s")
        .map(Problem::code)).containsExactly(Problem.INCONSISTENT);
  }

  @Test
  void weightsAreNonNegativeWithAPositiveSum() {
    assertThat(Weights.of(0, 1).problems("w")).isEmpty();
    assertThat(Weights.of(0, 0).problems("w").map(Problem::message))
        .containsExactly("w: must have a positive sum, was 0.0");
    assertThat(Weights.of(-1, 3).problems("w").map(Problem::message))
        .containsExactly("w[0]: must be >= 0.0, was -1.0");
    assertThat(Weights.of().problems("w").map(Problem::message))
        .containsExactly("w: must hold at least one weight");
    assertThat(Weights.of(1, 3).normalized().values()).containsExactly(0.25, 0.75);
    assertThat(Weights.of(1, 3).sum()).isEqualTo(4.0);
    assertThat(Weights.of(1, 3).toArray()).containsExactly(1.0, 3.0);
  }
}
