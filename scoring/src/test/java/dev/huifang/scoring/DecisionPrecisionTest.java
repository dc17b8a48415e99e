package dev.huifang.scoring;

import static dev.huifang.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decisions are taken on totals rounded exactly in decimal, once, never on floating-point noise. */
class DecisionPrecisionTest {

  private static final DecisionPrecision PAY_SLIP = DecisionPrecision.defaults();

  /**
   * The scheme: groups 0.2 {a 0.2, b 0.8} and 0.8 {c 0.3, d 0.7}, every metric linear
   * 0 to 10.
   */
  static ScoringScheme boundaryScheme() {
    ScoringScheme.Builder builder = ScoringScheme.builder().id("boundary")
        .name(LocalizedText.of("边界", "Boundary"));
    for (String id : new String[] {"a", "b", "c", "d"}) {
      builder.addMetrics(MetricDefinition.builder().id(id)
          .name(LocalizedText.of("指标 " + id, "Metric " + id)).category(MetricCategory.QUALITY)
          .dimension(Dimension.QUALITY).unit("points").range(0, 10)
          .normalization(new Normalization.Linear(0, 10)).build());
    }
    return builder.addGroups(
            WeightGroup.of("g1", LocalizedText.of("一", "One"), 0.2, WeightedMetric.of("a", 0.2),
                WeightedMetric.of("b", 0.8)),
            WeightGroup.of("g2", LocalizedText.of("二", "Two"), 0.8, WeightedMetric.of("c", 0.3),
                WeightedMetric.of("d", 0.7)))
        .build();
  }

  @Test
  void aTotalOfExactlySixtyIsSixtyAndGradeD() {
    Scorecard card = Scorer.of(boundaryScheme()).score(WorkerMetrics.of("w", Map.of("a", 6.0,
        "b", 6.0, "c", 6.0, "d", 6.0)), Map.of()).get();
    // the double arithmetic gives 59.99999999999999; the decision reads 60.00
    assertThat(card.unroundedTotal()).isCloseTo(60.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(card.total()).isEqualTo(60.0);
    assertThat(PAY_SLIP.decimal(card.total())).isEqualByComparingTo("60.00");
    assertThat(card.grade()).isEqualTo("D");
    assertThat(card.stars()).isEqualTo(2);
    assertThat(card.group("g2").get().score()).isEqualTo(60.0);
  }

  @Test
  void roundsTheDecimalAPersonReadsNotTheBinaryNoise() {
    assertThat(PAY_SLIP.round(59.99999999999999)).isEqualTo(60.0);
    assertThat(PAY_SLIP.round(62.99999999999999)).isEqualTo(63.0);
    assertThat(PAY_SLIP.round(60.00000000000001)).isEqualTo(60.0);
    // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875: half up gives 2.68
    assertThat(PAY_SLIP.round(2.675)).isEqualTo(2.68);
    assertThat(PAY_SLIP.round(84.44499999999999)).isEqualTo(84.45);
    assertThat(PAY_SLIP.round(0.125)).isEqualTo(0.13);
    assertThat(PAY_SLIP.round(77.8)).isEqualTo(77.8);
    assertThat(PAY_SLIP.round(-0.001)).isEqualTo(0.0);
    // what Math.round(x * 100) / 100 gives instead: noise in, noise out
    assertThat(Math.round(1.005 * 100) / 100.0).isEqualTo(1.0);
    assertThat(PAY_SLIP.round(1.005)).isEqualTo(1.01);
  }

  @Test
  void everyRoundingModeAndScale() {
    assertThat(DecisionPrecision.of(2, RoundingMode.HALF_EVEN).round(2.665)).isEqualTo(2.66);
    assertThat(DecisionPrecision.of(2, RoundingMode.HALF_DOWN).round(2.675)).isEqualTo(2.67);
    assertThat(DecisionPrecision.of(0, RoundingMode.HALF_UP).round(59.5)).isEqualTo(60.0);
    assertThat(DecisionPrecision.of(0, RoundingMode.FLOOR).round(59.99999999999999)).isEqualTo(60.0);
    assertThat(DecisionPrecision.of(0, RoundingMode.FLOOR).round(59.9)).isEqualTo(59.0);
    assertThat(DecisionPrecision.of(1, RoundingMode.CEILING).round(59.91)).isEqualTo(60.0);
    assertThat(DecisionPrecision.of(1, RoundingMode.DOWN).round(-59.91)).isEqualTo(-59.9);
    assertThat(DecisionPrecision.of(1, RoundingMode.UP).round(-59.91)).isEqualTo(-60.0);
    assertThat(DecisionPrecision.of(4, RoundingMode.HALF_UP).round(1.0 / 3)).isEqualTo(0.3333);
  }

  @Test
  void anInvalidPrecisionIsAProblem() {
    assertThat(DecisionPrecision.of(7, RoundingMode.UNNECESSARY).problems("precision")
        .map(Problem::message)).containsExactly("precision.scale: must be within [0, 6], was 7",
            "precision.roundingMode: must round (UNNECESSARY cannot), was UNNECESSARY");
    assertThat(ScoringScheme.builder().from(boundaryScheme())
        .precision(DecisionPrecision.of(-1, RoundingMode.HALF_UP)).validate().getError()
        .map(Problem::message)).containsExactly("precision.scale: must be within [0, 6], was -1");
  }

  @Test
  void theFastPathIsTheExactDefinition() {
    qt().forAll(doubles().between(-1000, 1000), integers().between(0, DecisionPrecision.MAX_SCALE),
            integers().between(0, 6))
        .checkAssert((value, scale, mode) -> {
          DecisionPrecision precision = DecisionPrecision.of(scale, MODES[mode]);
          assertThat(precision.round(value)).isEqualTo(precision.exact(value));
        });
  }

  @Test
  void decimalsOnAndNearEveryBoundaryRoundLikeBigDecimal() {
    // k / 10^(scale+1) is a half or a whole of the last kept decimal, give or take a few ulps of
    // arithmetic noise: rounding must read the decimal
    qt().forAll(longs().between(-1_000_000, 1_000_000), integers().between(0, 4),
            integers().between(0, 6), integers().between(-3, 3))
        .checkAssert((k, scale, mode, ulps) -> {
          BigDecimal decimal = BigDecimal.valueOf(k, scale + 1);
          double noisy = decimal.doubleValue();
          for (int i = 0; i < Math.abs(ulps); i++) {
            noisy = ulps > 0 ? Math.nextUp(noisy) : Math.nextDown(noisy);
          }
          DecisionPrecision precision = DecisionPrecision.of(scale, MODES[mode]);
          double expected = decimal.setScale(scale, MODES[mode]).doubleValue() + 0.0;
          assertThat(precision.round(noisy)).isEqualTo(expected);
          assertThat(precision.round(precision.round(noisy))).isEqualTo(precision.round(noisy));
        });
  }

  @Test
  void theBoundsOfScaleAreUsable() {
    for (int scale : new int[] {0, DecisionPrecision.MAX_SCALE}) {
      DecisionPrecision precision = DecisionPrecision.of(scale, RoundingMode.HALF_UP);
      assertThat(precision.problems("precision")).isEmpty();
      assertThat(precision.round(0.1234565)).isEqualTo(scale == 0 ? 0.0 : 0.123457);
    }
    assertThat(DecisionPrecision.of(6, RoundingMode.UNNECESSARY).problems("p").map(Problem::message))
        .containsExactly("p.roundingMode: must round (UNNECESSARY cannot), was UNNECESSARY");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DecisionPrecision.of(7, RoundingMode.HALF_UP).round(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid decision precision DecisionPrecision[scale=7, roundingMode=HALF_UP]");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DecisionPrecision.of(2, RoundingMode.UNNECESSARY).round(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numbersThatAreNotFiniteComeBackUnchanged() {
    assertThat(PAY_SLIP.round(Double.NaN)).isNaN();
    assertThat(PAY_SLIP.round(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(PAY_SLIP.round(Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void aTinyNegativeNumberRoundsToPositiveZero() {
    // -0.0 would be written as "-0.0" and shown as "-0.00": every mode gives 0.0
    for (RoundingMode mode : MODES) {
      for (int scale = 0; scale <= DecisionPrecision.MAX_SCALE; scale++) {
        DecisionPrecision precision = DecisionPrecision.of(scale, mode);
        for (double value : new double[] {-0.0, -1e-12, -1e-9}) {
          double rounded = precision.round(value);
          if (rounded == 0) {
            assertThat(Double.doubleToRawLongBits(rounded)).as("%s at %s, %s", value, scale, mode)
                .isZero();
          }
        }
      }
      assertThat(Double.doubleToRawLongBits(DecisionPrecision.of(2, mode).round(-0.0))).isZero();
    }
  }

  @Test
  void beyondAThousandMillionUnitsTheExactPathDecides() {
    // 40000000000.005 × 100 is 4000000000000.49951171875 in doubles: a plain rounding of the
    // scaled value would drop the half cent the decimal has
    assertThat(PAY_SLIP.round(40000000000.005)).isEqualTo(40000000000.01);
    assertThat(PAY_SLIP.round(40000000000.075)).isEqualTo(40000000000.08);
  }

  private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
      RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
      RoundingMode.FLOOR};
}
