package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples published in the literature, pinned to the decimals the sources print. The
 * classic AHP example stays in {@link DerivedWeightsTest}.
 */
class PublishedExamplesTest {

  /**
   * TOPSIS with vector normalisation: the facility-location example of Papathanasiou and Ploskas,
   * Multiple Criteria Decision Aid: Methods, Examples and Python Implementations, Springer (2018),
   * chapter "TOPSIS" ({@code TOPSIS_example_1.py}): six sites, four benefit criteria, weights
   * 0.4, 0.3, 0.1, 0.2; closeness 0.387, 0.327, 0.389, 0.615, 0.870, 0.491. The book rounds every
   * intermediate number to three decimals, so the unrounded closeness differs from the printed one
   * by up to 0.002 (site 3: 0.3907 unrounded against 0.389).
   */
  @Test
  void topsisWithVectorNormalisationReproducesPapathanasiouAndPloskas() {
    double[][] sites = {{8, 7, 2, 1}, {5, 3, 7, 5}, {7, 5, 6, 4}, {9, 9, 7, 3}, {11, 10, 3, 7},
        {6, 9, 5, 4}};
    List<Direction> benefit = List.of(Direction.HIGHER_IS_BETTER, Direction.HIGHER_IS_BETTER,
        Direction.HIGHER_IS_BETTER, Direction.HIGHER_IS_BETTER);
    List<Double> closeness = Aggregation.topsis(sites, Weights.of(0.4, 0.3, 0.1, 0.2), benefit,
        Aggregation.TopsisNormalization.VECTOR).get();
    double[] published = {0.387, 0.327, 0.389, 0.615, 0.870, 0.491};
    for (int i = 0; i < published.length; i++) {
      assertThat(closeness.get(i)).as("site %s", i + 1).isCloseTo(published[i], within(0.002));
    }
    // site 5 first, site 2 last, as the book ranks them
    assertThat(closeness.indexOf(closeness.stream().max(Double::compare).get())).isEqualTo(4);
    assertThat(closeness.indexOf(closeness.stream().min(Double::compare).get())).isEqualTo(1);
  }

  /**
   * TOPSIS with min-max normalisation: the example of Opricovic and Tzeng, Compromise solution by
   * MCDM methods: a comparative analysis of VIKOR and TOPSIS, European Journal of Operational
   * Research 156(2): 445-455 (2004): three alternatives, a cost criterion (1, 2, 5) and a benefit
   * criterion (3000, 3750, 4500), weights 0.5 each; closeness 0.500, 0.617, 0.500 (as also pinned
   * by the pymcdm library's TOPSIS test, whose default normalisation is min-max).
   */
  @Test
  void topsisWithMinMaxNormalisationReproducesOpricovicAndTzeng() {
    double[][] alternatives = {{1, 3000}, {2, 3750}, {5, 4500}};
    List<Double> closeness = Aggregation.topsis(alternatives, Weights.of(0.5, 0.5),
        List.of(Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER),
        Aggregation.TopsisNormalization.MIN_MAX).get();
    assertThat(closeness.get(0)).isCloseTo(0.500, within(5e-4));
    assertThat(closeness.get(1)).isCloseTo(0.617, within(5e-4));
    assertThat(closeness.get(2)).isCloseTo(0.500, within(5e-4));
  }

  /**
   * Entropy weights: Elsayed, Dawood and Karthikeyan, Evaluating alternatives through the
   * application of TOPSIS method with entropy weight, International Journal of Engineering Trends
   * and Technology 46(2): 60-66 (2017): twelve alternatives, five criteria; weights 0.104991,
   * 0.069124, 0.071373, 0.449937, 0.304575 (to six decimals, as the pymcdm library's entropy test
   * pins them).
   */
  @Test
  void entropyWeightsReproduceElsayedDawoodAndKarthikeyan() {
    double[][] data = {{7, 312, 1891, 6613, 163}, {72, 88, 728, 941804, 1078},
        {10, 252, 2594, 3466, 117471}, {10, 145, 980, 2371, 86329}, {65, 54, 350, 501, 29897},
        {29, 48, 380, 912, 34051}, {7, 476, 3300, 78470, 2212}, {70, 87, 650, 733, 819000},
        {4, 86, 591, 3015, 103}, {12, 79, 579, 3240, 96098}, {21, 45, 261, 1253, 453},
        {1, 72, 530, 4333, 0.1048}};
    Weights weights = WeightDerivation.entropy(data).get();
    double[] published = {0.104991, 0.069124, 0.071373, 0.449937, 0.304575};
    for (int j = 0; j < published.length; j++) {
      assertThat(weights.get(j)).as("criterion %s", j + 1).isCloseTo(published[j], within(5e-7));
    }
  }

  /**
   * CRITIC weights: Tuş and Adalı, The new combination with CRITIC and WASPAS methods for the
   * time and attendance software selection problem, OPSEARCH 56(2): 528-538 (2019): five
   * alternatives, six criteria; weights 0.157, 0.249, 0.168, 0.121, 0.154, 0.151 (to three
   * decimals, as the pymcdm library's CRITIC test pins them).
   */
  @Test
  void criticWeightsReproduceTusAndAdali() {
    double[][] data = {{5000, 3, 3, 4, 3, 2}, {680, 5, 3, 2, 2, 1}, {2000, 3, 2, 3, 4, 3},
        {600, 4, 3, 1, 2, 2}, {800, 2, 4, 3, 3, 4}};
    Weights weights = WeightDerivation.critic(data).get();
    double[] published = {0.157, 0.249, 0.168, 0.121, 0.154, 0.151};
    for (int j = 0; j < published.length; j++) {
      assertThat(weights.get(j)).as("criterion %s", j + 1).isCloseTo(published[j], within(5e-4));
    }
  }

  /** Derived weights go straight into TOPSIS and the weighted product, no unboxing by hand. */
  @Test
  void derivedWeightsFeedTopsisAndTheWeightedProductDirectly() {
    double[][] data = {{0.9, 4.8, 12}, {0.7, 4.1, 9}, {0.8, 4.5, 15}, {0.6, 3.9, 7}};
    List<Direction> directions = List.of(Direction.HIGHER_IS_BETTER, Direction.HIGHER_IS_BETTER,
        Direction.HIGHER_IS_BETTER);
    for (Weights weights : List.of(WeightDerivation.entropy(data).get(),
        WeightDerivation.critic(data).get(),
        WeightDerivation.ahp(new double[][] {{1, 3, 5}, {0.333, 1, 3}, {0.2, 0.333, 1}},
            RandomIndex.DONEGAN_DODD_1991).get().weights())) {
      assertThat(Aggregation.topsis(data, weights, directions,
          Aggregation.TopsisNormalization.VECTOR).isValid()).isTrue();
      assertThat(Aggregation.weightedGeometricMean(new double[] {80, 60, 90}, weights).isValid())
          .isTrue();
    }
  }

  @Test
  void topsisTakesWeightsThatDoNotSumToOneOnlyWhenToldToNormalise() {
    double[][] alternatives = {{1, 3000}, {2, 3750}, {5, 4500}};
    List<Direction> directions = List.of(Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER);
    assertThat(Aggregation.topsis(alternatives, Weights.of(40, 40), directions,
        Aggregation.TopsisNormalization.MIN_MAX).getError().map(dev.huifang.core.Problem::message))
        .containsExactly("weights: must sum to 1 (or pass WeightSum.NORMALIZE to divide them by "
            + "their sum), was 80.0");
    assertThat(Aggregation.topsis(alternatives, Weights.of(40, 40), directions,
        Aggregation.TopsisNormalization.MIN_MAX, Aggregation.WeightSum.NORMALIZE).get())
        .isEqualTo(Aggregation.topsis(alternatives, Weights.of(0.5, 0.5), directions,
            Aggregation.TopsisNormalization.MIN_MAX).get());
  }
}
