package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A span of time, open-ended while work is still going on.
 *
 * <p>Any two instants are accepted here so that a period whose end lies before its start can be
 * reported together with its model's other Problems; {@link #problems(String)} enforces the order.
 *
 * @param start when the period begins
 * @param end when it ends, or {@code null} while it is still open
 */
public record Period(Instant start, @Nullable Instant end) {

  /**
   * Creates a period.
   *
   * @throws NullPointerException if start is null
   */
  @JsonCreator
  public Period(@JsonProperty("start") Instant start, @JsonProperty("end") @Nullable Instant end) {
    this.start = requireNonNull(start, "start is null");
    this.end = end;
  }

  /** The period from {@code start} to {@code end}. */
  public static Period of(Instant start, Instant end) {
    return new Period(start, requireNonNull(end, "end is null"));
  }

  /** A period that has begun and not yet ended. */
  public static Period openFrom(Instant start) {
    return new Period(start, null);
  }

  /** The Problems of this period under {@code path}: an end before the start. */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path);
    if (end != null) {
      checks.notBefore("end", end, "start", start);
    }
    return checks.problems();
  }

  /** The length of the period, if it has ended. */
  public Optional<Duration> length() {
    return Optional.ofNullable(end).map(e -> Duration.between(start, e));
  }

  /** True when {@code instant} is within the period (start inclusive, end exclusive). */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && (end == null || instant.isBefore(end));
  }
}
