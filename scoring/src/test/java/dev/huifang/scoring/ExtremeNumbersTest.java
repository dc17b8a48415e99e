package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Numbers at the double limit give Problems or finite results, never NaN or infinity. */
class ExtremeNumbersTest {

  private static final double MAX = Double.MAX_VALUE;

  @Test
  void aPenaltyOf1e308IsRefusedAndOneHundredPointsIsTheMost() {
    assertThat(new Adjustments(1e308, 0.5, 2, 6).problems("adjustments").map(Problem::message))
        .containsExactly("adjustments.complaintPenalty: must be within [0.0, 100.0], was 1.0E308");
    assertThat(new Adjustments(100, 0.5, MAX, MAX).problems("").map(Problem::path))
        .containsExactly("referralBonus", "referralCap");
    assertThat(new Adjustments(100, 0.5, 100, 100).problems("")).isEmpty();
  }

  @Test
  void aLinearSpanThatOverflowsIsAProblem() {
    assertThat(new Normalization.Linear(-MAX, MAX).problems("n", Direction.HIGHER_IS_BETTER)
        .map(Problem::path)).containsExactly("n.best");
    assertThat(new Normalization.Linear(-1, MAX).problems("n", Direction.HIGHER_IS_BETTER))
        .isEmpty();
    double score = new Normalization.Linear(0, MAX).score(MAX, Direction.HIGHER_IS_BETTER,
        CohortStats.EMPTY);
    assertThat(score).isEqualTo(100.0);
    assertThat(new Normalization.Linear(0, 1).score(-MAX, Direction.HIGHER_IS_BETTER,
        CohortStats.EMPTY)).isEqualTo(0.0);
  }

  @Test
  void aCohortSpreadOverTheWholeDoubleRangeScoresFinitely() {
    CohortStats wide = CohortStats.of(-MAX, 0.0, MAX);
    Normalization minMax = new Normalization.CohortMinMax();
    assertThat(minMax.score(MAX, Direction.HIGHER_IS_BETTER, wide)).isEqualTo(100.0);
    assertThat(minMax.score(-MAX, Direction.HIGHER_IS_BETTER, wide)).isEqualTo(0.0);
    assertThat(minMax.score(0, Direction.HIGHER_IS_BETTER, wide)).isEqualTo(50.0);
    assertThat(minMax.score(0, Direction.LOWER_IS_BETTER, wide)).isEqualTo(50.0);
  }

  @Test
  void weightsWhoseSumOverflowsAreAProblemNotZeroWeights() {
    var result = ScoringScheme.normalize(List.of(
        WeightGroup.of("a", LocalizedText.of("甲", "A"), MAX, WeightedMetric.of("x", MAX),
            WeightedMetric.of("y", MAX)),
        WeightGroup.of("b", LocalizedText.of("乙", "B"), MAX, WeightedMetric.of("z", 1))));
    assertThat(result.getError().map(Problem::path)).containsExactly("groups[0].metrics", "groups");
  }

  @Test
  void reworkRateWithAHugeWindowOrFarTimesNeverThrows() {
    Instant done = Instant.parse("2026-01-01T00:00:00Z");
    ServiceOrder far = new ServiceOrder("o-1", "fridge_repair", done, Instant.MAX);
    assertThat(new ReworkPolicy(Duration.ofSeconds(Long.MAX_VALUE)).rate(List.of(far)).get().value())
        .isEqualTo(1.0);
    assertThat(new ReworkPolicy(Duration.ofDays(7)).rate(List.of(far)).get().value())
        .isEqualTo(0.0);
    assertThat(new ReworkPolicy(Duration.ofSeconds(Long.MIN_VALUE)).rate(List.of(far)).isInvalid())
        .isTrue();
  }

  @Test
  void topOnExtremeSharesAndTotalsNeverThrows() {
    Scorer scorer = Scorer.of(AfterSales.scheme());
    List<Scorecard> cards = List.of(
        scorer.score(AfterSales.technicianA(), Map.of()).get(),
        scorer.score(WorkerMetrics.of("tech-b", Map.of("orders_per_day", 50.0)), Map.of()).get());
    Ranking ranking = Ranking.of(cards, TieRule.COMPETITION, PercentileRule.PERCENT_RANK).get();
    for (double share : new double[] {Double.MIN_VALUE, 1e-300, Math.nextDown(1.0), 1.0}) {
      assertThat(ranking.top(share, BoundaryRule.INCLUDE_TIES).get()).isNotEmpty();
    }
    for (double share : new double[] {0, -0.0, -MAX, MAX, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThat(ranking.top(share, BoundaryRule.INCLUDE_TIES).isInvalid()).isTrue();
    }
  }
}
