package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MeasurementTest {

  @Test
  void turnoutOfSixOfTenIsSixtyPercent() {
    Ratio turnout = Ratio.of(6, 10);
    assertThat(turnout.value()).isEqualTo(0.6);
    assertThat(turnout.toPercent().value()).isCloseTo(60.0, within(1e-12));
  }

  @Test
  void boundsAreEnforced() {
    assertThatThrownBy(() -> Ratio.of(1.01)).hasMessageContaining("must be within [0.0, 1.0]");
    assertThatThrownBy(() -> Percent.of(-1)).hasMessageContaining("was -1.0");
    assertThatThrownBy(() -> StarRating.of(0.5)).hasMessageContaining("[1.0, 5.0]");
    assertThatThrownBy(() -> Score.of(Double.POSITIVE_INFINITY))
        .hasMessageContaining("must be a finite number");
    assertThatThrownBy(() -> Ratio.of(7, 6)).hasMessageContaining("part: must be within [0, whole]");
    assertThatThrownBy(() -> Ratio.of(0, 0)).hasMessageContaining("whole: must be >= 1");
  }

  @Test
  void validateNamesThePath() {
    assertThat(Ratio.validate("turnout", 2).getError().head().message())
        .isEqualTo("turnout: must be within [0.0, 1.0], was 2.0");
    assertThat(StarRating.validate("rating", Double.NaN).getError().head().code())
        .isEqualTo(Problem.RANGE);
    assertThat(Score.validate("total", 100).get()).isEqualTo(Score.FULL);
  }

  @Test
  void starsMapOntoTheirScale() {
    assertThat(StarRating.of(1).toRatio().value()).isEqualTo(0.0);
    assertThat(StarRating.of(5).toRatio().value()).isEqualTo(1.0);
    assertThat(StarRating.of(4).toPercent().value()).isEqualTo(75.0);
    assertThat(Percent.of(85).toRatio().value()).isCloseTo(0.85, within(1e-12));
  }

  @Test
  void urgencyFollowsThePolicyThresholds() {
    UrgencyPolicy policy = UrgencyPolicy.defaults();
    assertThat(policy.classify(Duration.ofHours(24))).isEqualTo(Urgency.ULTRA_URGENT);
    assertThat(policy.classify(Duration.ofHours(-3))).isEqualTo(Urgency.ULTRA_URGENT);
    assertThat(policy.classify(Duration.ofHours(25))).isEqualTo(Urgency.URGENT);
    assertThat(policy.classify(Duration.ofHours(73))).isEqualTo(Urgency.ROUTINE);
    UrgencyPolicy hostPolicy = new UrgencyPolicy(Duration.ofHours(12), Duration.ofHours(48));
    assertThat(hostPolicy.classify(Duration.ofHours(24))).isEqualTo(Urgency.URGENT);
  }

  @Test
  void badUrgencyPoliciesAreProblems() {
    assertThat(UrgencyPolicy.validate(Duration.ZERO, Duration.ofHours(-1)).getError()
        .map(Problem::message)).containsExactly(
            "ultraUrgentWithin: must be > PT0S, was PT0S",
            "urgentWithin: must be > PT0S, was PT-1H");
    assertThat(UrgencyPolicy.validate(Duration.ofHours(80), Duration.ofHours(72)).getError()
        .map(Problem::message)).containsExactly(
            "ultraUrgentWithin: must be <= urgentWithin (PT72H), was PT80H");
  }
}
