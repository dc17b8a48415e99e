package dev.huifang.closedloop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The bounds of a loop at their exact edges, and the Problems of broken bounds. */
class LoopLimitsTest {

  private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void acceptsFromTheEarliestInstantUpToButNotTheLatest() {
    LoopLimits limits = new LoopLimits(FROM, TO, Duration.ofDays(1), Duration.ofDays(2));
    assertThat(limits.accepts(FROM)).isTrue();
    assertThat(limits.accepts(FROM.minusNanos(1))).isFalse();
    assertThat(limits.accepts(TO.minusNanos(1))).isTrue();
    assertThat(limits.accepts(TO)).isFalse();
    assertThat(LoopLimits.defaults().accepts(LoopLimits.DEFAULT_EARLIEST)).isTrue();
    assertThat(LoopLimits.defaults().accepts(LoopLimits.DEFAULT_LATEST)).isFalse();
  }

  @Test
  void theShortFormsTakeTheDefaultReopenWindow() {
    LoopLimits limits = new LoopLimits(FROM, TO, Duration.ofDays(1), Duration.ofDays(2));
    assertThat(limits.reopenWindow()).isEqualTo(LoopLimits.DEFAULT_REOPEN_WINDOW);
    assertThat(LoopLimits.validate(FROM, TO, Duration.ofDays(1), Duration.ofDays(2)).get())
        .isEqualTo(limits);
    LoopLimits weekly = limits.withReopenWindow(Duration.ofDays(7));
    assertThat(weekly).isEqualTo(new LoopLimits(FROM, TO, Duration.ofDays(1), Duration.ofDays(2),
        Duration.ofDays(7)));
    assertThat(LoopLimits.defaults()).isEqualTo(new LoopLimits(LoopLimits.DEFAULT_EARLIEST,
        LoopLimits.DEFAULT_LATEST, Duration.ofDays(3660), Duration.ofDays(14),
        Duration.ofDays(30)));
  }

  @Test
  void earliestMustComeStrictlyBeforeLatest() {
    assertThat(LoopLimits.validate(FROM, FROM.plusNanos(1), Duration.ofDays(1),
        Duration.ofDays(1)).isValid()).isTrue();
    Problem equal = LoopLimits.validate(FROM, FROM, Duration.ofDays(1), Duration.ofDays(1))
        .getError().single();
    assertThat(equal.code()).isEqualTo(Problem.ORDER);
    assertThat(equal.message()).isEqualTo(
        "latest: must be after earliest (2020-01-01T00:00:00Z), was 2020-01-01T00:00:00Z");
    assertThat(LoopLimits.validate(TO, FROM, Duration.ofDays(1), Duration.ofDays(1)).getError()
        .single().path()).isEqualTo("latest");
  }

  @Test
  void missingBoundsAreRequiredWithoutAnOrderProblem() {
    assertThat(LoopLimits.validate(null, TO, Duration.ofDays(1), Duration.ofDays(1)).getError()
        .map(Problem::message)).containsExactly("earliest: is required");
    assertThat(LoopLimits.validate(FROM, null, Duration.ofDays(1), Duration.ofDays(1)).getError()
        .map(Problem::message)).containsExactly("latest: is required");
    assertThat(LoopLimits.validate(FROM, TO, Duration.ofNanos(1), Duration.ofNanos(1),
        Duration.ofNanos(1)).isValid()).isTrue();
  }
}
