package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How one time limit of a case stands at an instant, with the numbers behind it.
 *
 * @param clock which limit
 * @param status how it stands
 * @param startedAt when it started
 * @param stoppedAt when it stopped, or {@code null} while it runs
 * @param limit the limit, in business time
 * @param elapsed business time used, pauses left out
 * @param paused business time spent waiting on the submitter
 * @param deadline when the limit is (or was) reached if no further pause happens; {@code null}
 *     while paused
 * @param reason the terms applied and the comparison made, in words
 */
public record ClockReading(
    SlaClock clock,
    ClockStatus status,
    Instant startedAt,
    @Nullable Instant stoppedAt,
    Duration limit,
    Duration elapsed,
    Duration paused,
    @Nullable Instant deadline,
    String reason) {

  /**
   * Creates a reading.
   *
   * @throws NullPointerException if a non-nullable argument is null
   */
  public ClockReading {
    requireNonNull(clock, "clock is null");
    requireNonNull(status, "status is null");
    requireNonNull(startedAt, "startedAt is null");
    requireNonNull(limit, "limit is null");
    requireNonNull(elapsed, "elapsed is null");
    requireNonNull(paused, "paused is null");
    requireNonNull(reason, "reason is null");
  }

  /** Business time past the limit; zero when within it. */
  public Duration overdue() {
    Duration over = elapsed.minus(limit);
    return over.isNegative() ? Duration.ZERO : over;
  }
}
