package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.huifang.core.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TOPSIS and the weighted geometric mean pinned against references computed at 50 significant
 * digits (Python's mpmath, the formulas of {@link Aggregation} written out term by term), with
 * their degenerate columns and the Problems of bad input.
 */
class AggregationExactTest {

  private static final double SUMS = 1e-15;
  private static final List<Direction> MIXED = List.of(Direction.HIGHER_IS_BETTER,
      Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER);
  private static final double[][] FOUR = {{7, 9, 9, 8}, {8, 7, 8, 7}, {9, 6, 8, 9}, {6, 7, 8, 6}};

  private static void assertCloseness(List<Double> closeness, double... expected) {
    assertThat(closeness).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(closeness.get(i)).as("worker %s", i).isCloseTo(expected[i], within(SUMS));
    }
  }

  @Test
  void topsisWithVectorNormalisationToFifteenDecimals() {
    assertCloseness(Aggregation.topsis(FOUR, Weights.of(0.1, 0.4, 0.3, 0.2), MIXED,
            Aggregation.TopsisNormalization.VECTOR).get(), 0.76815031035707609,
        0.38216085399809367, 0.36878414419909424, 0.31813139591724746);
  }

  @Test
  void topsisWithMinMaxNormalisationToFifteenDecimals() {
    assertCloseness(Aggregation.topsis(FOUR, Weights.of(0.1, 0.4, 0.3, 0.2), MIXED,
            Aggregation.TopsisNormalization.MIN_MAX).get(), 0.57355831792725052,
        0.53239346276515059, 0.48331477354788276, 0.4854245177855271);
    // weights in points, divided by their sum on request: the same closeness
    assertCloseness(Aggregation.topsis(FOUR, Weights.of(10, 40, 30, 20), MIXED,
            Aggregation.TopsisNormalization.MIN_MAX, Aggregation.WeightSum.NORMALIZE).get(),
        0.57355831792725052, 0.53239346276515059, 0.48331477354788276, 0.4854245177855271);
  }

  @Test
  void aColumnOfZerosOrOfOneValueTellsNoWorkerApart() {
    double[][] matrix = {{0, 1}, {0, 3}, {0, 2}};
    List<Direction> directions = List.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER);
    for (Aggregation.TopsisNormalization normalization :
        Aggregation.TopsisNormalization.values()) {
      assertThat(Aggregation.topsis(matrix, Weights.of(0.5, 0.5), directions, normalization).get())
          .as("%s", normalization).containsExactly(1.0, 0.0, 0.5);
    }
    // every worker equal: each is as close to the ideal as to the anti-ideal
    double[][] equal = {{4, 4}, {4, 4}};
    for (Aggregation.TopsisNormalization normalization :
        Aggregation.TopsisNormalization.values()) {
      assertThat(Aggregation.topsis(equal, Weights.of(0.5, 0.5), directions, normalization).get())
          .as("%s", normalization).containsExactly(0.5, 0.5);
    }
  }

  @Test
  void topsisNamesEveryBadInput() {
    List<Direction> two = List.of(Direction.HIGHER_IS_BETTER, Direction.HIGHER_IS_BETTER);
    assertThat(Aggregation.topsis(new double[][] {{1, 2}, {3}, {Double.NaN, 1}},
            Weights.of(1.2, -0.2), List.of(Direction.HIGHER_IS_BETTER),
            Aggregation.TopsisNormalization.VECTOR).getError().map(Problem::message))
        .containsExactly("directions: must hold one direction per weight (2), was 1",
            "weights[1]: must be >= 0.0, was -0.2",
            "matrix[1]: must have 2 metrics, was 1",
            "matrix[2][0]: must be a finite number, was NaN");
    assertThat(Aggregation.topsis(new double[][] {{1, 2}, {3, 4}}, Weights.of(0, 0), two,
            Aggregation.TopsisNormalization.VECTOR, Aggregation.WeightSum.NORMALIZE).getError()
        .map(Problem::message)).containsExactly("weights: must have a positive sum, was 0.0");
    // two workers are enough
    assertThat(Aggregation.topsis(new double[][] {{1, 2}, {3, 4}}, Weights.of(0.5, 0.5), two,
        Aggregation.TopsisNormalization.MIN_MAX).get()).containsExactly(0.0, 1.0);
  }

  @Test
  void theWeightedGeometricMeanToFifteenDecimals() {
    assertThat(Aggregation.weightedGeometricMean(new double[] {80, 50, 90},
        new double[] {0.2, 0.3, 0.5}).get()).isCloseTo(73.693681566947426, within(1e-13));
    // a weight of 0 leaves its score out, even a score of 0
    assertThat(Aggregation.weightedGeometricMean(new double[] {0, 64}, new double[] {0, 1}).get())
        .isCloseTo(64.0, within(1e-13));
    assertThat(Aggregation.weightedGeometricMean(new double[] {64, 0}, new double[] {1, 0}).get())
        .isCloseTo(64.0, within(1e-13));
    assertThat(Aggregation.weightedGeometricMean(new double[] {100}, new double[] {1}).get())
        .isCloseTo(100.0, within(1e-13));
  }

  @Test
  void theWeightedGeometricMeanNamesEveryBadInput() {
    assertThat(Aggregation.weightedGeometricMean(new double[0], new double[0]).getError()
        .map(Problem::message)).containsExactly("weights: must hold one weight per score (0), was 0",
            "weights: must sum to 1, was 0.0");
    assertThat(Aggregation.weightedGeometricMean(new double[] {50, 60}, new double[] {1})
        .getError().map(Problem::message)).containsExactly(
            "weights: must hold one weight per score (2), was 1");
    assertThat(Aggregation.weightedGeometricMean(new double[] {-1, 50}, new double[] {1.5, -0.5})
        .getError().map(Problem::message)).containsExactly(
            "scores[0]: must be within [0.0, 100.0], was -1.0",
            "weights[1]: must be >= 0.0, was -0.5");
  }
}
