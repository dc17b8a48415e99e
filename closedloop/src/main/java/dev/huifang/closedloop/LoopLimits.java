package dev.huifang.closedloop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The bounds a loop puts on time, on contesting and on reopening, so that no event can stall a
 * case and every clock read stays cheap.
 *
 * <p>An event's time must lie in {@code [earliest, latest)} and at most {@code maxGap} after the
 * case's previous event ({@link Problem#RANGE} otherwise; an event stamped in year 58136 would
 * otherwise block every real event). A declined or merged case may be contested (reopened) by
 * its submitter side or a coordinator within {@code contestWindow} of the decision (ISO 10002's
 * right to appeal a decision); a closed case may be reopened within {@code reopenWindow} of its
 * closure (ISO 10002's complaint closed, yet open to a recurrence for a while). Both windows are
 * inclusive: a reopen stamped exactly {@code window} after the closure is accepted, one a moment
 * later is refused ({@link FeedbackLoop#STATE_ORDER}). Both are wall-clock durations, not business
 * time. Rules: {@code earliest} before {@code latest} ({@link Problem#ORDER}); {@code maxGap},
 * {@code contestWindow} and {@code reopenWindow} positive ({@link Problem#RANGE}).
 *
 * @param earliest the earliest accepted event time; default {@link #DEFAULT_EARLIEST}
 * @param latest the first event time no longer accepted; default {@link #DEFAULT_LATEST}
 * @param maxGap the longest accepted time between a case's events; default
 *     {@link #DEFAULT_MAX_GAP}
 * @param contestWindow how long a decline or a merge may be contested; default
 *     {@link #DEFAULT_CONTEST_WINDOW}
 * @param reopenWindow how long a closed case may be reopened; default
 *     {@link #DEFAULT_REOPEN_WINDOW}
 */
public record LoopLimits(Instant earliest, Instant latest, Duration maxGap,
    Duration contestWindow, Duration reopenWindow) {

  /** Events from the year 2000 on are accepted. */
  public static final Instant DEFAULT_EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  /**
   * Events before the last second of 2199 are accepted: the limit itself must be an instant that
   * JSON can carry, and {@link dev.huifang.core.Limits#LATEST} (2200-01-01) is already outside.
   */
  public static final Instant DEFAULT_LATEST = Instant.parse("2199-12-31T23:59:59Z");
  /** At most ten years (3,660 days) between two events of a case. */
  public static final Duration DEFAULT_MAX_GAP = Duration.ofDays(3660);
  /** A decline or a merge may be contested for 14 days. */
  public static final Duration DEFAULT_CONTEST_WINDOW = Duration.ofDays(14);
  /** A closed case may be reopened for 30 days after its closure. */
  public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(30);

  /**
   * Creates the limits.
   *
   * @throws dev.huifang.core.InvalidModelException if a rule is broken
   */
  public LoopLimits {
    Checklist checks = Checklist.root().present("earliest", earliest).present("latest", latest)
        .positive("maxGap", maxGap).positive("contestWindow", contestWindow)
        .positive("reopenWindow", reopenWindow);
    if (earliest != null && latest != null) {
      checks.require(earliest.isBefore(latest), Problem.ORDER, "latest", latest,
          "must be after earliest (" + earliest + ")");
    }
    checks.throwIfAny("LoopLimits");
  }

  /**
   * Limits with {@link #DEFAULT_REOPEN_WINDOW}.
   *
   * @throws dev.huifang.core.InvalidModelException if a rule is broken
   */
  public LoopLimits(Instant earliest, Instant latest, Duration maxGap, Duration contestWindow) {
    this(earliest, latest, maxGap, contestWindow, DEFAULT_REOPEN_WINDOW);
  }

  /** Reads limits from JSON; limits written before the reopen window existed get its default. */
  @JsonCreator
  static LoopLimits fromJson(
      @JsonProperty("earliest") Instant earliest,
      @JsonProperty("latest") Instant latest,
      @JsonProperty("maxGap") Duration maxGap,
      @JsonProperty("contestWindow") Duration contestWindow,
      @JsonProperty("reopenWindow") @Nullable Duration reopenWindow) {
    return new LoopLimits(earliest, latest, maxGap, contestWindow,
        reopenWindow == null ? DEFAULT_REOPEN_WINDOW : reopenWindow);
  }

  /** 2000 to 2200, ten years between events, 14 days to contest, 30 days to reopen. */
  public static LoopLimits defaults() {
    return new LoopLimits(DEFAULT_EARLIEST, DEFAULT_LATEST, DEFAULT_MAX_GAP,
        DEFAULT_CONTEST_WINDOW, DEFAULT_REOPEN_WINDOW);
  }

  /** The limits with {@link #DEFAULT_REOPEN_WINDOW}, or every Problem of their rules. */
  public static Validation<Seq<Problem>, LoopLimits> validate(Instant earliest, Instant latest,
      Duration maxGap, Duration contestWindow) {
    return validate(earliest, latest, maxGap, contestWindow, DEFAULT_REOPEN_WINDOW);
  }

  /** The limits, or every Problem of their rules. */
  public static Validation<Seq<Problem>, LoopLimits> validate(Instant earliest, Instant latest,
      Duration maxGap, Duration contestWindow, Duration reopenWindow) {
    return Validated.of(() -> new LoopLimits(earliest, latest, maxGap, contestWindow,
        reopenWindow));
  }

  /** These limits with another reopen window. */
  public LoopLimits withReopenWindow(Duration other) {
    return new LoopLimits(earliest, latest, maxGap, contestWindow, other);
  }

  /** True when {@code at} lies in {@code [earliest, latest)}. */
  public boolean accepts(Instant at) {
    return !at.isBefore(earliest) && at.isBefore(latest);
  }
}
