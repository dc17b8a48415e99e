package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.huifang.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * AHP, entropy and CRITIC pinned close to the last bits a double carries, against references
 * computed independently: each weight vector below was computed at 50 significant digits (Python's
 * mpmath: {@code mp.eig} for AHP's principal eigenvector, the entropy and CRITIC formulas of
 * {@link WeightDerivation} written out term by term) and printed to 17 digits. The published
 * examples of {@link PublishedExamplesTest} print 3 to 6 decimals; these pins leave arithmetic no
 * room.
 */
class DerivedWeightsExactTest {

  /** Power iteration stops once no weight moves by 1e-15: the result is that close. */
  private static final double EIGEN = 1e-14;
  /** Closed-form sums of a few dozen terms: a few ulps. */
  private static final double SUMS = 1e-15;

  private static void assertWeights(Weights weights, double tolerance, double... expected) {
    assertThat(weights.size()).isEqualTo(expected.length);
    for (int j = 0; j < expected.length; j++) {
      assertThat(weights.get(j)).as("weight %s", j).isCloseTo(expected[j], within(tolerance));
    }
  }

  @Test
  void ahpOfTheClassicThreeCriteriaExampleToFourteenDecimals() {
    double[][] matrix = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};
    AhpResult result = WeightDerivation.ahp(matrix, RandomIndex.SAATY_1980).get();
    assertWeights(result.weights(), EIGEN, 0.63698557174475713, 0.25828499437449501,
        0.10472943388074786);
    assertThat(result.lambdaMax()).isCloseTo(3.0385110905581701, within(EIGEN));
    assertThat(result.consistencyIndex()).isCloseTo(0.019255545279085035, within(EIGEN));
    assertThat(result.consistencyRatio()).isCloseTo(0.019255545279085035 / 0.58, within(EIGEN));
    assertThat(result.randomIndexValue()).isEqualTo(0.58);
    assertThat(result.consistent()).isTrue();
  }

  @Test
  void ahpOfAFourCriteriaMatrixToFourteenDecimals() {
    // a moderately inconsistent 4 x 4 (CR 0.044 by Saaty's RI of 0.90)
    double[][] matrix = {{1, 5, 3, 7}, {1.0 / 5, 1, 1.0 / 3, 3}, {1.0 / 3, 3, 1, 5},
        {1.0 / 7, 1.0 / 3, 1.0 / 5, 1}};
    AhpResult result = WeightDerivation.ahp(matrix, RandomIndex.SAATY_1980).get();
    assertWeights(result.weights(), EIGEN, 0.56500905379904706, 0.11750425004139857,
        0.26220120556087345, 0.05528549059868092);
    assertThat(result.lambdaMax()).isCloseTo(4.1169824434472628, within(EIGEN));
    assertThat(result.consistencyIndex()).isCloseTo(0.038994147815754256, within(EIGEN));
    assertThat(result.consistencyRatio()).isCloseTo(0.038994147815754256 / 0.90, within(EIGEN));
  }

  @Test
  void judgmentsBelowOneInTheUpperTriangleKeepTheirWholeNumberPartners() {
    // the same judgments as the classic example, typed the other way round: the fractions above
    // the diagonal (0.333 for 1/3), the whole numbers below it, which are the ones kept
    double[][] transposed = {{1, 0.2, 0.333}, {5, 1, 3}, {3, 0.333, 1}};
    AhpResult result = WeightDerivation.ahp(transposed, RandomIndex.SAATY_1980).get();
    assertWeights(result.weights(), EIGEN, 0.10472943388074786, 0.63698557174475713,
        0.25828499437449501);
    assertThat(result.lambdaMax()).isCloseTo(3.0385110905581701, within(EIGEN));
  }

  @Test
  void aJudgmentOfExactlyOneIsKeptAndItsPartnerTakenAsOne() {
    // 1.004 is within the reciprocal tolerance of 1: the 1 above the diagonal is the judgment kept,
    // so criteria 0 and 1 matter exactly equally
    double[][] matrix = {{1, 1, 2}, {1.004, 1, 2}, {0.5, 0.5, 1}};
    AhpResult result = WeightDerivation.ahp(matrix, RandomIndex.SAATY_1980).get();
    assertWeights(result.weights(), EIGEN, 0.4, 0.4, 0.2);
    assertThat(result.weights().get(0)).isEqualTo(result.weights().get(1));
    assertThat(result.consistencyRatio()).isCloseTo(0.0, within(EIGEN));
  }

  @Test
  void oneAndTwoCriteriaAreConsistentByDefinition() {
    AhpResult one = WeightDerivation.ahp(new double[][] {{1}}, RandomIndex.SAATY_1980).get();
    assertThat(one.weights().values()).containsExactly(1.0);
    assertThat(one.lambdaMax()).isEqualTo(1.0);
    assertThat(one.consistencyIndex()).isZero();
    assertThat(one.consistencyRatio()).isZero();
    // a 2 x 2 reciprocal matrix is consistent: CI and CR are exactly 0 (RI is 0 for n = 2), even
    // where lambda max carries rounding noise, as it does for a judgment of 2.942
    AhpResult two = WeightDerivation.ahp(new double[][] {{1, 2.942}, {1 / 2.942, 1}},
        RandomIndex.SAATY_1980).get();
    assertThat(two.lambdaMax()).isCloseTo(2.0, within(1e-15));
    assertThat(two.consistencyIndex()).isZero();
    assertThat(two.consistencyRatio()).isZero();
    assertThat(two.consistent()).isTrue();
    assertWeights(two.weights(), EIGEN, 2.942 / 3.942, 1 / 3.942);
  }

  @Test
  void theLargestMatrixATableCoversIsAccepted() {
    // a perfectly consistent matrix of each table's largest size: a[i][j] = (i + 1) / (j + 1)
    for (RandomIndex table : RandomIndex.values()) {
      int n = table.maxSize();
      AhpResult result = WeightDerivation.ahp(consistent(n), table).get();
      assertThat(result.weights().size()).isEqualTo(n);
      assertThat(result.weights().get(n - 1)).isCloseTo(2.0 / (n + 1), within(EIGEN));
      assertThat(result.lambdaMax()).isCloseTo(n, within(1e-12));
      assertThat(WeightDerivation.ahp(consistent(n + 1), table).getError().map(Problem::message))
          .containsExactly("matrix: must have between 1 and " + n + " rows for " + table
              + ", was " + (n + 1));
    }
    assertThat(WeightDerivation.ahp(new double[0][], RandomIndex.SAATY_1980).getError()
        .map(Problem::message)).containsExactly(
            "matrix: must have between 1 and 10 rows for SAATY_1980, was 0");
  }

  private static double[][] consistent(int n) {
    double[][] matrix = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        matrix[i][j] = i == j ? 1.0 : (i + 1.0) / (j + 1.0);
      }
    }
    return matrix;
  }

  @Test
  void aZeroJudgmentIsOneProblemAtItsOwnCell() {
    // the zero is refused; its partner (3) is not also reported as unreciprocated
    double[][] matrix = {{1, 3, 1}, {0, 1, 1}, {1, 1, 1}};
    assertThat(WeightDerivation.ahp(matrix, RandomIndex.SAATY_1980).getError()
        .map(Problem::message)).containsExactly(
            "matrix[1][0]: must be a positive finite judgment, was 0.0");
    double[][] infinite = {{1, Double.POSITIVE_INFINITY}, {0.5, 1}};
    assertThat(WeightDerivation.ahp(infinite, RandomIndex.SAATY_1980).getError()
        .map(Problem::message)).containsExactly(
            "matrix[0][1]: must be a positive finite judgment, was Infinity");
  }

  @Test
  void entropyOfElsayedDawoodAndKarthikeyanToFifteenDecimals() {
    double[][] data = {{7, 312, 1891, 6613, 163}, {72, 88, 728, 941804, 1078},
        {10, 252, 2594, 3466, 117471}, {10, 145, 980, 2371, 86329}, {65, 54, 350, 501, 29897},
        {29, 48, 380, 912, 34051}, {7, 476, 3300, 78470, 2212}, {70, 87, 650, 733, 819000},
        {4, 86, 591, 3015, 103}, {12, 79, 579, 3240, 96098}, {21, 45, 261, 1253, 453},
        {1, 72, 530, 4333, 0.1048}};
    assertWeights(WeightDerivation.entropy(data).get(), SUMS, 0.10499069028987603,
        0.069123984879753814, 0.071373154119133944, 0.44993707284278906, 0.30457509786844715);
  }

  @Test
  void entropyTakesAZeroValueAsNoInformationFromThatWorker() {
    // p ln p is 0 at p = 0 (its limit), never 0 × -Infinity
    double[][] data = {{0, 3, 1}, {2, 3, 0}, {4, 5, 0}, {1, 1, 6}};
    assertWeights(WeightDerivation.entropy(data).get(), SUMS, 0.28179058448589112,
        0.079376823801825632, 0.63883259171228325);
  }

  @Test
  void entropyOfOneMetricIsAllTheWeight() {
    assertThat(WeightDerivation.entropy(new double[][] {{1}, {3}}).get().values())
        .containsExactly(1.0);
  }

  @Test
  void dataWithoutVariationOrWithoutValuesIsAProblem() {
    assertThat(WeightDerivation.entropy(new double[][] {{2, 5}, {2, 5}}).getError()
        .map(Problem::message)).containsExactly(
            "data: must vary between workers for some metric");
    assertThat(WeightDerivation.critic(new double[][] {{2, 5}, {2, 5}, {2, 5}}).getError()
        .map(Problem::message)).containsExactly(
            "data: must vary between workers for some metric");
    assertThat(WeightDerivation.entropy(new double[][] {{0, 1}, {0, 2}}).getError()
        .map(Problem::message)).containsExactly(
            "data[*][0]: must not be 0 for every worker, was 0");
    assertThat(WeightDerivation.critic(new double[][] {{1, 2}, {Double.NaN, 3}, {4}})
        .getError().map(Problem::message)).containsExactly(
            "data[1][0]: must be a finite number, was NaN", "data[2]: must have 2 metrics, was 1");
    assertThat(WeightDerivation.critic(new double[][] {{}, {}}).getError()
        .map(Problem::message)).containsExactly("data[0]: must hold at least one metric, was 0");
  }

  @Test
  void criticOfTusAndAdaliToFifteenDecimals() {
    double[][] data = {{5000, 3, 3, 4, 3, 2}, {680, 5, 3, 2, 2, 1}, {2000, 3, 2, 3, 4, 3},
        {600, 4, 3, 1, 2, 2}, {800, 2, 4, 3, 3, 4}};
    assertWeights(WeightDerivation.critic(data).get(), SUMS, 0.15700343204153302,
        0.24948924316364141, 0.16767524919269678, 0.12110022243022367, 0.15409929158594757,
        0.15063256158595754);
  }

  @Test
  void criticGivesAFlatMetricNoWeightAndCountsItAsUncorrelated() {
    // metric 2 never varies: no weight, and a correlation of 0 with every other metric
    double[][] data = {{1, 2, 7, 5}, {2, 4, 7, 1}, {3, 6, 7, 4}, {4, 8, 7, 2}};
    assertWeights(WeightDerivation.critic(data).get(), SUMS, 0.2714586775482045,
        0.2714586775482045, 0.0, 0.457082644903591);
    double[][] small = {{1, 2, 9}, {2, 4, 5}, {3, 6, 1}, {4, 8, 4}};
    assertWeights(WeightDerivation.critic(small).get(), SUMS, 0.25513636812527804,
        0.25513636812527804, 0.48972726374944391);
  }

  @Test
  void entropyRefusesWorkersWhoAreAllAlikeAndGivesAConstantMetricNoWeight() {
    // in doubles 1 - ln 3 / ln 3 is 2.2e-16, not 0: a constant metric must still carry nothing
    assertThat(WeightDerivation.entropy(new double[][] {{2, 5}, {2, 5}, {2, 5}}).getError())
        .extracting(Problem::rule).containsExactly("must vary between workers for some metric");
    assertThat(WeightDerivation.entropy(new double[][] {{2, 5}, {2, 7}, {2, 9}}).get().values())
        .containsExactly(0.0, 1.0);
  }

  @Test
  void criticNeedsTwoMetricsAndSaysSo() {
    assertThat(WeightDerivation.critic(new double[][] {{1}, {2}, {3}}).getError())
        .extracting(Problem::path, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("data[0]", "must hold at least 2 "
            + "metrics: CRITIC weighs a metric by how much it disagrees with the others"));
  }
}
