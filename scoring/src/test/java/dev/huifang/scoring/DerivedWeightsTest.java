package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.huifang.core.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AHP, entropy, CRITIC, geometric mean and TOPSIS against worked numbers and invariants. */
class DerivedWeightsTest {

  @Test
  void ahpReproducesTheClassicThreeCriteriaExample() {
    // The textbook 3 x 3 example (judgments 3, 5 and 3 on Saaty's scale): principal eigenvector
    // (0.637, 0.258, 0.105), lambda max 3.039, CI 0.019, CR 0.033 with Saaty's RI of 0.58.
    // Cross-checked here by an independent power iteration in Python (200 steps).
    double[][] matrix = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};
    AhpResult result = WeightDerivation.ahp(matrix, RandomIndex.SAATY_1980).get();

    assertThat(result.weights().get(0)).isCloseTo(0.63699, within(1e-5));
    assertThat(result.weights().get(1)).isCloseTo(0.25828, within(1e-5));
    assertThat(result.weights().get(2)).isCloseTo(0.10473, within(1e-5));
    assertThat(result.lambdaMax()).isCloseTo(3.03851, within(1e-5));
    assertThat(result.consistencyIndex()).isCloseTo(0.019256, within(1e-6));
    assertThat(result.consistencyRatio()).isCloseTo(0.033199, within(1e-6));
    assertThat(WeightDerivation.ahp(matrix, RandomIndex.ALONSO_LAMATA_2006).get().consistencyRatio())
        .isCloseTo(0.019256 / 0.5247, within(1e-6));
  }

  @Test
  void aPerfectlyConsistentMatrixGivesItsRatiosAndNoInconsistency() {
    double[][] matrix = {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}};
    AhpResult result = WeightDerivation.ahp(matrix, RandomIndex.SAATY_1980).get();
    assertThat(result.weights().get(0)).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(result.lambdaMax()).isCloseTo(3.0, within(1e-12));
    assertThat(result.consistencyRatio()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void rejectsInconsistentNonReciprocalAndNonPositiveMatrices() {
    double[][] cyclic = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
    assertThat(WeightDerivation.ahp(cyclic, RandomIndex.SAATY_1980).getError().head().rule())
        .startsWith("judgments must be consistent: CR must be <= 0.1");
    double[][] broken = {{1, 3, -1}, {0.5, 2, 1}, {1, 1, 1}};
    assertThat(WeightDerivation.ahp(broken, RandomIndex.SAATY_1980).getError().map(Problem::message))
        .containsExactly(
            "matrix[0][1]: must be the reciprocal of matrix[1][0] (0.5) within 0.005, was 3.0",
            "matrix[0][2]: must be a positive finite judgment, was -1.0",
            "matrix[1][1]: must be 1 on the diagonal, was 2.0");
    assertThat(WeightDerivation.ahp(new double[][] {{1, 2}}, RandomIndex.SAATY_1980).getError()
        .map(Problem::code)).containsExactly(Problem.FORMAT);
  }

  @Test
  void aRejectedMatrixCarriesItsNumbersAsData() {
    double[][] cyclic = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
    Problem rejected = WeightDerivation.ahp(cyclic, RandomIndex.DONEGAN_DODD_1991).getError().head();
    assertThat(rejected.code()).isEqualTo(Problem.INCONSISTENT);
    assertThat(rejected.path()).isEqualTo("matrix");
    assertThat(rejected.data()).containsOnlyKeys("n", "lambdaMax", "consistencyIndex",
        "consistencyRatio", "maxConsistencyRatio", "randomIndex", "randomIndexTable",
        "randomIndexSource");
    assertThat(rejected.data()).containsEntry("n", 3).containsEntry("randomIndex", 0.4914)
        .containsEntry("randomIndexTable", "DONEGAN_DODD_1991")
        .containsEntry("maxConsistencyRatio", 0.1);
    double lambda = (Double) rejected.data().get("lambdaMax");
    double ci = (Double) rejected.data().get("consistencyIndex");
    assertThat(ci).isCloseTo((lambda - 3) / 2, within(1e-12));
    assertThat((Double) rejected.data().get("consistencyRatio")).isCloseTo(ci / 0.4914, within(1e-12));
    // the same numbers survive JSON
    assertThat(dev.huifang.core.json.HuifangJson.read(dev.huifang.core.json.HuifangJson.write(rejected),
        Problem.class).get()).isEqualTo(rejected);
  }

  @Test
  void underWarnAnInconsistentMatrixGivesWeightsAndTheSameNumbersAsAWarning() {
    double[][] cyclic = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
    Problem rejected = WeightDerivation.ahp(cyclic, RandomIndex.SAATY_1980).getError().head();
    AhpResult warned = WeightDerivation.ahp(cyclic, RandomIndex.SAATY_1980, Consistency.WARN).get();
    assertThat(warned.consistent()).isFalse();
    assertThat(warned.warnings()).containsExactly(rejected);
    assertThat(warned.weights().sum()).isCloseTo(1.0, within(1e-12));
    assertThat(warned.randomIndexValue()).isEqualTo(0.58);
    assertThat(warned.consistencyRatio()).isEqualTo(rejected.data().get("consistencyRatio"));
    double[][] fine = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};
    assertThat(WeightDerivation.ahp(fine, RandomIndex.SAATY_1980, Consistency.WARN).get()
        .warnings()).isEmpty();
  }

  @Test
  void reciprocalsTypedWithThreeDecimalsAreAccepted() {
    double[][] exact = {{1, 3, 7}, {1.0 / 3, 1, 3}, {1.0 / 7, 1.0 / 3, 1}};
    double[][] typed = {{1, 3, 7}, {0.333, 1, 3}, {0.143, 0.333, 1}};
    AhpResult fromExact = WeightDerivation.ahp(exact, RandomIndex.DONEGAN_DODD_1991).get();
    AhpResult fromTyped = WeightDerivation.ahp(typed, RandomIndex.DONEGAN_DODD_1991).get();
    // the whole-number judgments are kept and their exact reciprocals used
    assertThat(fromTyped.weights()).isEqualTo(fromExact.weights());
    assertThat(fromTyped.lambdaMax()).isEqualTo(fromExact.lambdaMax());
    double[][] tooFar = {{1, 3}, {0.32, 1}};
    assertThat(WeightDerivation.ahp(tooFar, RandomIndex.DONEGAN_DODD_1991).getError()
        .map(Problem::message)).containsExactly(
            "matrix[0][1]: must be the reciprocal of matrix[1][0] (0.32) within 0.005, was 3.0");
  }

  @Test
  void everyRandomIndexTableNamesItsSourceAndSizes() {
    assertThat(RandomIndex.DONEGAN_DODD_1991.maxSize()).isEqualTo(20);
    assertThat(RandomIndex.DONEGAN_DODD_1991.of(3)).isEqualTo(0.4914);
    assertThat(RandomIndex.DONEGAN_DODD_1991.of(10)).isEqualTo(1.4055);
    assertThat(RandomIndex.SAATY_2005.maxSize()).isEqualTo(15);
    for (RandomIndex table : RandomIndex.values()) {
      assertThat(table.source()).isNotBlank();
      assertThat(table.of(1)).isZero();
      assertThat(table.of(2)).isZero();
      for (int n = 4; n <= table.maxSize(); n++) {
        assertThat(table.of(n)).isGreaterThan(table.of(n - 1));
      }
    }
    // the classic 3 x 3 example by Donegan and Dodd's RI: CI 0.019256 / 0.4914
    double[][] matrix = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};
    assertThat(WeightDerivation.ahp(matrix, RandomIndex.DONEGAN_DODD_1991).get().consistencyRatio())
        .isCloseTo(0.019256 / 0.4914, within(1e-5));
  }

  @Test
  void entropyGivesMoreWeightToTheMetricThatVaries() {
    double[][] data = {{0.5, 10}, {0.5, 20}, {0.5, 60}};
    Weights weights = WeightDerivation.entropy(data).get();
    assertThat(weights.get(0)).isCloseTo(0.0, within(1e-12));
    assertThat(weights.get(1)).isCloseTo(1.0, within(1e-12));
    assertThat(WeightDerivation.entropy(new double[][] {{1, -1}}).getError().map(Problem::message))
        .containsExactly("data: must hold at least 2 workers, was 1");
    assertThat(WeightDerivation.entropy(new double[][] {{1, -1}, {1, 2}}).getError()
        .map(Problem::message)).containsExactly("data[0][1]: must be >= 0.0, was -1.0");
  }

  @Test
  void criticRewardsVariationAndConflict() {
    // metric 0 and 1 move together, metric 2 moves against them: it carries the most weight
    double[][] data = {{1, 2, 9}, {2, 4, 5}, {3, 6, 1}, {4, 8, 4}};
    Weights weights = WeightDerivation.critic(data).get();
    assertThat(weights.sum()).isCloseTo(1.0, within(1e-12));
    assertThat(weights.get(0)).isCloseTo(weights.get(1), within(1e-12));
    assertThat(weights.get(2)).isGreaterThan(weights.get(0));
  }

  @Test
  void geometricMeanPunishesAWeakSide() {
    assertThat(Aggregation.weightedGeometricMean(new double[] {100, 25}, new double[] {0.5, 0.5}).get())
        .isCloseTo(50, within(1e-12));
    assertThat(Aggregation.weightedGeometricMean(new double[] {100, 0}, new double[] {0.5, 0.5}).get())
        .isEqualTo(0.0);
    assertThat(Aggregation.weightedGeometricMean(new double[] {101}, new double[] {0.9}).getError()
        .map(Problem::message)).containsExactly("scores[0]: must be within [0.0, 100.0], was 101.0",
            "weights: must sum to 1, was 0.9");
  }

  @Test
  void topsisPutsTheIdealAtOneAndTheAntiIdealAtZero() {
    double[][] matrix = {{0.30, 2.0}, {0.10, 6.0}, {0.20, 4.0}};
    List<Direction> directions = List.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER);
    for (Aggregation.TopsisNormalization normalization : Aggregation.TopsisNormalization.values()) {
      List<Double> closeness = Aggregation.topsis(matrix, new double[] {0.5, 0.5}, directions,
          normalization).get();
      assertThat(closeness.get(0)).isCloseTo(1.0, within(1e-12));
      assertThat(closeness.get(1)).isCloseTo(0.0, within(1e-12));
      assertThat(closeness.get(2)).isCloseTo(0.5, within(1e-12));
    }
    assertThat(Aggregation.topsis(new double[][] {{1}}, new double[] {1}, List.of(), 
        Aggregation.TopsisNormalization.VECTOR).getError().map(Problem::code))
        .containsExactly(Problem.REQUIRED, Problem.INCONSISTENT);
  }
}
