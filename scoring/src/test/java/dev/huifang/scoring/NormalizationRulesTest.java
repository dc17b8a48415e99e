package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each normalisation at its thresholds and in both directions, with its rule text and Problems. */
class NormalizationRulesTest {

  private static final Direction UP = Direction.HIGHER_IS_BETTER;
  private static final Direction DOWN = Direction.LOWER_IS_BETTER;

  @Test
  void starsScoreOneToFiveEitherWay() {
    Normalization stars = new Normalization.Stars();
    assertThat(stars.score(3, UP, CohortStats.EMPTY)).isEqualTo(50.0);
    assertThat(stars.score(2, UP, CohortStats.EMPTY)).isEqualTo(25.0);
    assertThat(stars.score(2, DOWN, CohortStats.EMPTY)).isEqualTo(75.0);
    assertThat(stars.score(0.5, UP, CohortStats.EMPTY)).isEqualTo(0.0);
    assertThat(stars.score(5.5, DOWN, CohortStats.EMPTY)).isEqualTo(0.0);
    assertThat(stars.describe()).isEqualTo("stars: 1 → 0, 5 → 100");
    assertThat(stars.problems("n", DOWN)).isEmpty();
    assertThat(stars.needsCohort()).isFalse();
  }

  @Test
  void stepsScoreAtTheirThresholdsExactly() {
    Normalization.Steps higher = new Normalization.Steps(List.of(new Normalization.Step(8, 100),
        new Normalization.Step(5, 70)), 20);
    assertThat(higher.score(8, UP, CohortStats.EMPTY)).isEqualTo(100.0);
    assertThat(higher.score(7.99, UP, CohortStats.EMPTY)).isEqualTo(70.0);
    assertThat(higher.score(5, UP, CohortStats.EMPTY)).isEqualTo(70.0);
    assertThat(higher.score(4.99, UP, CohortStats.EMPTY)).isEqualTo(20.0);
    Normalization.Steps lower = new Normalization.Steps(List.of(new Normalization.Step(2, 100),
        new Normalization.Step(5, 70)), 20);
    assertThat(lower.score(2, DOWN, CohortStats.EMPTY)).isEqualTo(100.0);
    assertThat(lower.score(2.01, DOWN, CohortStats.EMPTY)).isEqualTo(70.0);
    assertThat(lower.score(5, DOWN, CohortStats.EMPTY)).isEqualTo(70.0);
    assertThat(lower.score(5.01, DOWN, CohortStats.EMPTY)).isEqualTo(20.0);
    assertThat(higher.describe()).isEqualTo("steps: 8 → 100, 5 → 70, otherwise 20");
    assertThat(higher.problems("n", UP)).isEmpty();
    assertThat(lower.problems("n", DOWN)).isEmpty();
  }

  @Test
  void stepsMustRunTheWayTheirDirectionSays() {
    Normalization.Steps higher = new Normalization.Steps(List.of(new Normalization.Step(8, 100),
        new Normalization.Step(5, 70)), 20);
    assertThat(higher.problems("n", DOWN).map(Problem::message)).containsExactly(
        "n.steps[1].threshold: must be > the threshold before it (8), was 5.0");
    // equal scores and equal thresholds: the scores may repeat, the thresholds may not
    Normalization.Steps flat = new Normalization.Steps(List.of(new Normalization.Step(5, 70),
        new Normalization.Step(5, 70)), 70);
    assertThat(flat.problems("n", UP).map(Problem::message)).containsExactly(
        "n.steps[1].threshold: must be < the threshold before it (5), was 5.0");
    assertThat(new Normalization.Steps(List.of(), 0).problems("n", UP).map(Problem::message))
        .containsExactly("n.steps: must hold at least one step");
    assertThat(new Normalization.Steps(List.of(new Normalization.Step(Double.NaN, 101)), -1)
        .problems("n", UP).map(Problem::message)).containsExactly(
            "n.otherwise: must be within [0.0, 100.0], was -1.0",
            "n.steps[0].threshold: must be a finite number, was NaN",
            "n.steps[0].score: must be within [0.0, 100.0], was 101.0");
  }

  @Test
  void linearMustRiseTheWayItsDirectionSays() {
    assertThat(new Normalization.Linear(5, 5).problems("n", UP).map(Problem::message))
        .containsExactly("n.best: must be > worst (5) for a HIGHER_IS_BETTER metric, was 5.0");
    assertThat(new Normalization.Linear(5, 5).problems("n", DOWN).map(Problem::message))
        .containsExactly("n.best: must be < worst (5) for a LOWER_IS_BETTER metric, was 5.0");
    assertThat(new Normalization.Linear(0.2, 0).problems("n", DOWN)).isEmpty();
    Problem overflow = new Normalization.Linear(-Double.MAX_VALUE, Double.MAX_VALUE)
        .problems("n", UP).single();
    assertThat(overflow.path()).isEqualTo("n.best");
    assertThat(overflow.code()).isEqualTo(Problem.RANGE);
    assertThat(overflow.message()).startsWith("n.best: must be within the largest number of worst "
        + "(-17976931348623157").endsWith("), so that best - worst is a number, was "
        + "1.7976931348623157E308");
    assertThat(new Normalization.Linear(Double.NaN, 1).problems("n", UP).map(Problem::message))
        .containsExactly("n.worst: must be a finite number, was NaN");
    assertThat(new Normalization.Linear(0.2, 0).score(0.05, DOWN, CohortStats.EMPTY))
        .isEqualTo(75.0);
  }

  @Test
  void cohortMinMaxScoresWithinTheCohortsRange() {
    Normalization minMax = new Normalization.CohortMinMax();
    CohortStats stats = CohortStats.of(2, 4, 6);
    assertThat(minMax.score(5, UP, stats)).isEqualTo(75.0);
    assertThat(minMax.score(5, DOWN, stats)).isEqualTo(25.0);
    assertThat(minMax.score(7, UP, stats)).isEqualTo(100.0);
    assertThat(minMax.score(1, UP, stats)).isEqualTo(0.0);
    // a cohort of one value, or none: every worker is the best of it
    assertThat(minMax.score(3, UP, CohortStats.of(3))).isEqualTo(100.0);
    assertThat(minMax.score(3, DOWN, CohortStats.EMPTY)).isEqualTo(100.0);
    assertThat(minMax.describe()).isEqualTo("cohort min-max");
    assertThat(minMax.needsCohort()).isTrue();
    assertThat(minMax.problems("n", UP)).isEmpty();
    // over the whole double range, lower is better: a quarter of the way is 75 points
    double max = Double.MAX_VALUE;
    assertThat(minMax.score(-max / 2, DOWN, CohortStats.of(-max, max))).isEqualTo(75.0);
    assertThat(minMax.score(-max / 2, UP, CohortStats.of(-max, max))).isEqualTo(25.0);
  }

  @Test
  void ratioToMeanScoresAgainstTheTeam() {
    Normalization ratio = new Normalization.RatioToMean(50);
    CohortStats stats = CohortStats.of(2, 4, 6);
    assertThat(ratio.score(6, UP, stats)).isEqualTo(75.0);
    assertThat(ratio.score(2, DOWN, stats)).isEqualTo(100.0);
    assertThat(ratio.score(8, DOWN, stats)).isEqualTo(25.0);
    assertThat(ratio.score(0, DOWN, stats)).isEqualTo(100.0);
    assertThat(ratio.score(40, UP, stats)).isEqualTo(100.0);
    // no mean to compare with (no cohort, or a mean of 0): the score at the mean
    assertThat(ratio.score(6, UP, CohortStats.EMPTY)).isEqualTo(50.0);
    assertThat(ratio.score(6, UP, CohortStats.of(0, 0))).isEqualTo(50.0);
    assertThat(ratio.describe()).isEqualTo("ratio to cohort mean: mean → 50");
    assertThat(ratio.needsCohort()).isTrue();
    assertThat(new Normalization.RatioToMean(100).problems("n", UP)).isEmpty();
    assertThat(new Normalization.RatioToMean(0).problems("n", UP).map(Problem::message))
        .containsExactly("n.atMean: must be > 0.0, was 0.0");
    assertThat(new Normalization.RatioToMean(100.5).problems("n", UP).map(Problem::message))
        .containsExactly("n.atMean: must be within [0.0, 100.0], was 100.5");
  }

  @Test
  void numbersInRuleTextsLoseOnlyTrailingZeros() {
    assertThat(Normalization.number(100)).isEqualTo("100");
    assertThat(Normalization.number(10.5)).isEqualTo("10.5");
    assertThat(Normalization.number(0.00004)).isEqualTo("0");
    assertThat(Normalization.number(-3)).isEqualTo("-3");
  }
}
