package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A trend alert exactly at its streak, the streak's end, and the slopes it reports. */
class TrendRulesTest {

  // workload 65, 71.25, 77.5, 83.75 (orders 4 to 7 a day, 90% on time); quality 77.83, 71.83,
  // 65.83, 59.83 (rework 2% to 14%): three periods of falling quality and rising volume
  private static final List<Scorecard> MONTHS = List.of(TrendsAndRisksTest.month(4, 0.02),
      TrendsAndRisksTest.month(5, 0.06), TrendsAndRisksTest.month(6, 0.10),
      TrendsAndRisksTest.month(7, 0.14));

  @Test
  void aStreakExactlyAsLongAsTheRuleIsAnAlert() {
    TrendAlert alert = new TrendPolicy("workload", "quality", 3).alert(MONTHS).get().get();
    assertThat(alert.periods()).isEqualTo(3);
    assertThat(alert.workerId().value()).isEqualTo("tech-a");
    assertThat(alert.qualitySlope()).isCloseTo(-6.0, within(1e-9));
    assertThat(alert.volumeSlope()).isCloseTo(6.25, within(1e-9));
    assertThat(alert.reason()).isEqualTo("quality fell and volume rose in each of the last 3 "
        + "period(s) (>= 3); quality slope -6, volume slope 6.25 points per period");
    assertThat(new TrendPolicy("workload", "quality", 4).alert(MONTHS).get()).isEmpty();
  }

  @Test
  void theStreakEndsAtThePeriodWhereQualityHeldOrVolumeDidNotRise() {
    // quality held between the last two months: no streak at all
    List<Scorecard> held = List.of(TrendsAndRisksTest.month(4, 0.02),
        TrendsAndRisksTest.month(5, 0.06), TrendsAndRisksTest.month(6, 0.06));
    assertThat(new TrendPolicy("workload", "quality", 1).alert(held).get()).isEmpty();
    // volume held in the middle: the streak is the last period only
    List<Scorecard> paused = List.of(TrendsAndRisksTest.month(4, 0.02),
        TrendsAndRisksTest.month(4, 0.06), TrendsAndRisksTest.month(5, 0.10));
    assertThat(new TrendPolicy("workload", "quality", 1).alert(paused).get().get().periods())
        .isEqualTo(1);
    assertThat(new TrendPolicy("workload", "quality", 2).alert(paused).get()).isEmpty();
  }

  @Test
  void slopesAreLeastSquaresOverThePeriodsThatHaveAValue() {
    assertThat(TrendPolicy.slope(new double[] {1, 3, 5})).isEqualTo(2.0);
    assertThat(TrendPolicy.slope(new double[] {2, 1, 6})).isEqualTo(2.0);
    assertThat(TrendPolicy.slope(new double[] {Double.NaN, 4, 7})).isEqualTo(3.0);
    assertThat(TrendPolicy.slope(new double[] {10, Double.NaN, 4})).isEqualTo(-3.0);
    assertThat(TrendPolicy.slope(new double[] {Double.NaN, 7})).isZero();
    assertThat(TrendPolicy.slope(new double[] {5})).isZero();
    assertThat(TrendPolicy.slope(new double[0])).isZero();
    assertThat(new TrendPolicy("workload", "quality", 2).slopes(MONTHS).get())
        .containsEntry(dev.huifang.core.MetricId.of("rework_rate"), -20.0)
        .containsEntry(dev.huifang.core.MetricId.of("satisfaction"), 0.0);
    assertThat(new TrendPolicy("workload", "quality", 2).slopes(MONTHS.subList(0, 1))
        .getError().map(dev.huifang.core.Problem::message))
        .containsExactly("periods: must hold at least 2 scorecards, was 1");
  }
}
