package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as scorecard rules and findings print them: up to four decimals, no trailing zeros. */
class RuleNumberTest {

  @Test
  void dropsTrailingZerosAndABarePoint() {
    assertThat(Normalization.number(0.3)).isEqualTo("0.3");
    assertThat(Normalization.number(40)).isEqualTo("40");
    assertThat(Normalization.number(100.0)).isEqualTo("100");
    assertThat(Normalization.number(0.05)).isEqualTo("0.05");
    assertThat(Normalization.number(1.23456)).isEqualTo("1.2346");
    assertThat(Normalization.number(-2.5)).isEqualTo("-2.5");
  }

  @Test
  void printsNegativeZeroAsZero() {
    assertThat(Normalization.number(-0.0)).isEqualTo("0");
    assertThat(Normalization.number(-0.00001)).isEqualTo("0");
  }

  @Test
  void describesALinearRuleWithTheseNumbers() {
    assertThat(new Normalization.Linear(0.05, 0.30).describe())
        .isEqualTo("linear: 0.05 → 0, 0.3 → 100");
  }
}
