package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scheme's grade bands and weights at the edges of what its rules accept. */
class SchemeBoundsTest {

  @Test
  void gradeBandsFromOneHundredDownToZeroWithOneToFiveStars() {
    List<Grade> bands = List.of(new Grade("perfect", 100, 5), new Grade("rest", 0, 1));
    ScoringScheme scheme = AfterSales.builder().grades(bands).validate().get();
    assertThat(scheme.grades()).isEqualTo(bands);
    assertThat(AfterSales.builder().grades(List.of(new Grade("A", 60, 0), new Grade("B", 60, 6),
        new Grade("C", 0, 1))).validate().getError().map(Problem::message)).containsExactly(
            "grades[0].stars: must be within [1, 5], was 0",
            "grades[1].stars: must be within [1, 5], was 6",
            "grades[1].minTotal: must be below the band before it, was 60.0");
    assertThat(AfterSales.builder().grades(List.of()).validate().getError()
        .map(Problem::message)).containsExactly("grades: must hold at least one grade band");
  }

  @Test
  void weightsWithinTheToleranceOfOneAreAcceptedAndBeyondItNot() {
    LocalizedText name = LocalizedText.of("组", "Group");
    List<WeightGroup> near = List.of(WeightGroup.of("g", name, 1.0,
        WeightedMetric.of("orders_per_day", 0.2), WeightedMetric.of("on_time_rate", 0.2),
        WeightedMetric.of("rework_rate", 0.2), WeightedMetric.of("satisfaction", 0.2),
        WeightedMetric.of("repair_success_rate", 0.2000000009)));
    assertThat(AfterSales.builder().groups(near).validate().isValid()).isTrue();
    List<WeightGroup> far = List.of(WeightGroup.of("g", name, 1.0,
        WeightedMetric.of("orders_per_day", 0.2), WeightedMetric.of("on_time_rate", 0.2),
        WeightedMetric.of("rework_rate", 0.2), WeightedMetric.of("satisfaction", 0.2),
        WeightedMetric.of("repair_success_rate", 0.200000002)));
    assertThat(AfterSales.builder().groups(far).validate().getError().map(Problem::path))
        .containsExactly("groups[0].metrics");
  }

  @Test
  void normalizingDividesEachLevelByItsSum() {
    LocalizedText name = LocalizedText.of("组", "Group");
    List<WeightGroup> points = List.of(
        WeightGroup.of("a", name, 40, WeightedMetric.of("x", 1), WeightedMetric.of("y", 3)),
        WeightGroup.of("b", name, 60, WeightedMetric.of("z", 5)));
    List<WeightGroup> normalized = ScoringScheme.normalize(points).get();
    assertThat(normalized).extracting(WeightGroup::weight).containsExactly(0.4, 0.6);
    assertThat(normalized.get(0).metrics()).extracting(WeightedMetric::weight)
        .containsExactly(0.25, 0.75);
    assertThat(normalized.get(1).metrics()).extracting(WeightedMetric::weight)
        .containsExactly(1.0);
    assertThat(ScoringScheme.normalize(List.of(WeightGroup.of("a", name, 0,
        WeightedMetric.of("x", -1)), new WeightGroup("b", name, 1, List.of()))).getError()
        .map(Problem::message)).containsExactly("groups[0].weight: must be > 0.0, was 0.0",
            "groups[0].metrics[0].weight: must be > 0.0, was -1.0",
            "groups[1].metrics: must hold at least one metric");
    assertThat(ScoringScheme.normalize(List.of()).getError().map(Problem::message))
        .containsExactly("groups: must hold at least one weighted group");
  }
}
