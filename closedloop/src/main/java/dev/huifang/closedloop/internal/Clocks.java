package dev.huifang.closedloop.internal;

import dev.huifang.closedloop.BusinessCalendar;
import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.ClockReading;
import dev.huifang.closedloop.ClockStatus;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.LoopPolicy;
import dev.huifang.closedloop.Pause;
import dev.huifang.closedloop.SlaClock;
import dev.huifang.closedloop.SlaPolicy;
import dev.huifang.closedloop.SlaTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the time limits of a case in business time, pauses left out. */
public final class Clocks {

  private Clocks() {}

  /** The readings of the limits that apply to {@code c} at {@code now}. */
  public static List<ClockReading> read(FeedbackCase c, LoopPolicy policy, Instant now) {
    SlaPolicy sla = policy.sla();
    SlaTerms terms = sla.termsFor(c.priority(), c.source());
    String rule = sla.ruleFor(c.priority(), c.source());
    boolean ended = c.state() == CaseState.CLOSED || c.state() == CaseState.WONT_FIX
        || c.state() == CaseState.MERGED_AS_DUPLICATE;
    Instant end = ended ? c.closedAt() : null;
    List<ClockReading> out = new ArrayList<>(3);
    Instant responded = c.firstResponseAt();
    out.add(reading(SlaClock.FIRST_RESPONSE, c.submittedAt(), responded != null ? responded : end,
        terms.firstResponse(), c, policy, now, rule, true));
    Instant resolved = c.resolvedAt();
    out.add(reading(SlaClock.VISIBLE_ACTION, c.cycleStartedAt(), resolved != null ? resolved : end,
        terms.visibleAction(), c, policy, now, rule, true));
    if (c.state() == CaseState.RESOLVED && resolved != null) {
      out.add(reading(SlaClock.CONFIRMATION, resolved, null, terms.confirmationWindow(), c, policy,
          now, rule, false));
    }
    return out;
  }

  /** The reading of one clock, or {@code null} when it does not apply. */
  public static @Nullable ClockReading read(
      FeedbackCase c, LoopPolicy policy, Instant now, SlaClock clock) {
    for (ClockReading reading : read(c, policy, now)) {
      if (reading.clock() == clock) {
        return reading;
      }
    }
    return null;
  }

  /** Business time of {@code c}'s pauses inside {@code [start, end)}, the ongoing one included. */
  public static Duration paused(FeedbackCase c, BusinessCalendar calendar, Instant start,
      Instant end) {
    Duration total = Duration.ZERO;
    for (Pause pause : c.pauses()) {
      total = total.plus(calendar.elapsed(later(pause.from(), start), earlier(pause.to(), end)));
    }
    Instant since = c.awaitingSince();
    if (since != null) {
      total = total.plus(calendar.elapsed(later(since, start), end));
    }
    return total;
  }

  private static ClockReading reading(SlaClock clock, Instant start, @Nullable Instant stop,
      Duration limit, FeedbackCase c, LoopPolicy policy, Instant now, String rule,
      boolean pauses) {
    BusinessCalendar calendar = policy.calendar();
    Instant end = stop != null ? stop : now;
    Duration gross = calendar.elapsed(start, end);
    Duration paused = pauses ? paused(c, calendar, start, end) : Duration.ZERO;
    Duration elapsed = gross.minus(paused);
    boolean pausedNow = pauses && stop == null && c.awaitingSince() != null;
    Instant deadline = pauses ? deadline(c, calendar, start, end, limit, pausedNow)
        : calendar.plus(start, limit);
    ClockStatus status;
    if (stop != null) {
      status = elapsed.compareTo(limit) <= 0 ? ClockStatus.MET : ClockStatus.MET_LATE;
    } else if (elapsed.compareTo(limit) > 0) {
      status = ClockStatus.BREACHED;
    } else if (pausedNow) {
      status = ClockStatus.PAUSED;
    } else if (limit.minus(elapsed).compareTo(policy.sla().warningBefore()) <= 0) {
      status = ClockStatus.DUE_SOON;
    } else {
      status = ClockStatus.RUNNING;
    }
    String reason = clock.name().toLowerCase(java.util.Locale.ROOT) + " " + status
        .name().toLowerCase(java.util.Locale.ROOT) + ": " + elapsed + " of " + limit
        + " business time used since " + start + (paused.isZero() ? "" : " (" + paused
        + " waiting on the submitter not counted)") + ", limit from " + rule;
    return new ClockReading(clock, status, start, stop, limit, elapsed, paused, deadline, reason);
  }

  /**
   * The deadline of a clock that pauses: the limit from {@code start}, moved by each pause that
   * begins before the deadline (as moved by the pauses before it); a pause that begins after the
   * deadline, a breach already, does not move it. {@code null} while a pause that began before
   * the deadline goes on: the deadline is not known until the submitter answers.
   */
  static @Nullable Instant deadline(FeedbackCase c, BusinessCalendar calendar, Instant start,
      Instant end, Duration limit, boolean pausedNow) {
    Instant deadline = calendar.plus(start, limit);
    for (Pause pause : c.pauses()) {
      Instant from = later(pause.from(), start);
      if (!from.isBefore(deadline) || !from.isBefore(end)) {
        return deadline;
      }
      Instant to = earlier(pause.to(), end);
      if (to.isAfter(from)) {
        deadline = calendar.plus(deadline, calendar.elapsed(from, to));
      }
    }
    Instant since = c.awaitingSince();
    if (since != null) {
      Instant from = later(since, start);
      if (from.isBefore(deadline) && from.isBefore(end)) {
        return pausedNow ? null : calendar.plus(deadline, calendar.elapsed(from, end));
      }
    }
    return deadline;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
