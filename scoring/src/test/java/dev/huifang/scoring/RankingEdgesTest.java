package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import dev.huifang.core.WorkerId;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ranking at its edges: one worker, the whole cohort, shares outside (0, 1], bad totals. */
class RankingEdgesTest {

  private static Ranking ranking(double... totals) {
    List<Scorecard> cards = new java.util.ArrayList<>();
    for (int i = 0; i < totals.length; i++) {
      cards.add(DomainRulesTest.card("t-" + i, totals[i]));
    }
    return Ranking.of(cards, TieRule.COMPETITION, PercentileRule.PERCENT_RANK).get();
  }

  @Test
  void aSingleWorkerIsFirstAtPercentileZeroOrOne() {
    List<Scorecard> one = List.of(DomainRulesTest.card("solo", 55));
    assertThat(Ranking.of(one, TieRule.FRACTIONAL, PercentileRule.PERCENT_RANK).get().workers())
        .extracting(RankedWorker::rank, RankedWorker::percentile)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1.0, 0.0));
    assertThat(Ranking.of(one, TieRule.DENSE, PercentileRule.CUME_DIST).get().workers())
        .extracting(RankedWorker::rank, RankedWorker::percentile)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1.0, 1.0));
  }

  @Test
  void percentRankCountsTheWorkersStrictlyBelow() {
    // 90, 80, 80, 70, 60: below 90 are 4 of 4 others; below each 80 are 2 of 4
    assertThat(ranking(90, 80, 80, 70, 60).workers()).extracting(RankedWorker::percentile)
        .containsExactly(1.0, 0.5, 0.5, 0.25, 0.0);
  }

  @Test
  void theWholeCohortOrMoreThanItIsEveryWorker() {
    Ranking ranking = ranking(90, 80, 70);
    assertThat(ranking.top(1.0, BoundaryRule.EXCLUDE_TIES).get()).hasSize(3);
    assertThat(ranking.top(0.99, BoundaryRule.EXCLUDE_TIES).get()).hasSize(3);
    assertThat(ranking.top(0.6, BoundaryRule.EXCLUDE_TIES).get()).hasSize(2);
    assertThat(ranking.top(1.01, BoundaryRule.INCLUDE_TIES).getError().map(Problem::message))
        .containsExactly("share: must be within (0, 1], was 1.01");
    assertThat(ranking.top(Double.NaN, BoundaryRule.INCLUDE_TIES).getError()
        .map(Problem::message)).containsExactly("share: must be within (0, 1], was NaN");
    assertThat(ranking.top(Double.POSITIVE_INFINITY, BoundaryRule.INCLUDE_TIES).getError()
        .map(Problem::code)).containsExactly(Problem.RANGE);
  }

  @Test
  void aBoundaryWithoutATieIsTheSameUnderEitherRule() {
    Ranking ranking = ranking(90, 85, 85, 70, 60);
    // 40% of 5 is 2 places: the second is tied with the third
    assertThat(ranking.top(0.4, BoundaryRule.INCLUDE_TIES).get()).extracting(
        r -> r.workerId().value()).containsExactly("t-0", "t-1", "t-2");
    assertThat(ranking.top(0.4, BoundaryRule.EXCLUDE_TIES).get()).extracting(
        r -> r.workerId().value()).containsExactly("t-0");
    // 60% of 5 is 3 places: the third (85) is not tied with the fourth (70)
    for (BoundaryRule rule : BoundaryRule.values()) {
      assertThat(ranking.top(0.6, rule).get()).extracting(r -> r.workerId().value())
          .containsExactly("t-0", "t-1", "t-2");
    }
  }

  @Test
  void placesAreClampedToTheCohort() {
    assertThat(Ranking.places(0.5, 0)).isZero();
    assertThat(Ranking.places(0.5, -3)).isZero();
    assertThat(Ranking.places(0, 10)).isEqualTo(1);
    assertThat(Ranking.places(-0.5, 10)).isEqualTo(1);
    assertThat(Ranking.places(Double.NaN, 10)).isEqualTo(1);
    assertThat(Ranking.places(1, 10)).isEqualTo(10);
    assertThat(Ranking.places(2, 10)).isEqualTo(10);
    assertThat(Ranking.places(Double.POSITIVE_INFINITY, 10)).isEqualTo(10);
    assertThat(Ranking.places(0.5, 1)).isEqualTo(1);
    assertThat(Ranking.places(0.25, 10)).isEqualTo(3);
    assertThat(Ranking.places(0.2, 10)).isEqualTo(2);
  }

  @Test
  void theMeanIsOfTheRoundedTotals() {
    assertThat(ranking(90, 80, 70, 60).mean()).isEqualTo(75.0);
    assertThat(new Ranking(List.of(), TieRule.DENSE, PercentileRule.CUME_DIST).mean()).isZero();
  }

  @Test
  void totalsThatAreNotNumbersAndBadPrecisionsAreProblems() {
    List<double[]> items = List.of(new double[] {50, 1}, new double[] {Double.NaN, 2},
        new double[] {Double.NEGATIVE_INFINITY, 3});
    assertThat(Ranking.rank(items, x -> WorkerId.of("w" + (int) x[1]), x -> x[0],
            DecisionPrecision.of(9, RoundingMode.HALF_UP), TieRule.DENSE,
            PercentileRule.CUME_DIST).getError().map(Problem::message))
        .containsExactly("precision.scale: must be within [0, 6], was 9",
            "workers[1].total: must be a finite number, was NaN",
            "workers[2].total: must be a finite number, was -Infinity");
  }

  @Test
  void aScorecardTotalOfNegativeZeroIsRankedAsZero() {
    List<RankedWorker> ranked = Ranking.of(List.of(DomainRulesTest.card("a", -0.0),
        DomainRulesTest.card("b", 0.0)), TieRule.COMPETITION, PercentileRule.PERCENT_RANK).get()
        .workers();
    assertThat(ranked).extracting(RankedWorker::rank).containsExactly(1.0, 1.0);
    assertThat(ranked).extracting(worker -> Double.doubleToRawLongBits(worker.total()))
        .containsExactly(0L, 0L);
  }

  @Test
  void eachWorkersTotalIsTheRoundedNumber() {
    List<double[]> items = List.of(new double[] {77.125, 1}, new double[] {-0.0, 2},
        new double[] {0.0, 3});
    List<RankedWorker> ranked = Ranking.rank(items, x -> WorkerId.of("w" + (int) x[1]),
        x -> x[0], DecisionPrecision.of(1, RoundingMode.HALF_EVEN), TieRule.DENSE,
        PercentileRule.CUME_DIST).get().workers();
    assertThat(ranked).extracting(RankedWorker::total).containsExactly(77.1, 0.0, 0.0);
    // -0.0 and 0.0 tie, and the tie is shown as 0.0
    assertThat(Double.doubleToRawLongBits(ranked.get(1).total())).isZero();
    assertThat(ranked).extracting(RankedWorker::rank).containsExactly(1.0, 2.0, 2.0);
    assertThat(ranked).extracting(RankedWorker::percentile)
        .containsExactly(1.0, 2.0 / 3, 2.0 / 3);
  }
}
