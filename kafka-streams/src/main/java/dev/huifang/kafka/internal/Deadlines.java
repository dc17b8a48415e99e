package dev.huifang.kafka.internal;

import dev.huifang.closedloop.BusinessCalendar;
import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.CaseTrigger;
import dev.huifang.closedloop.ClockReading;
import dev.huifang.closedloop.EscalationStep;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.LoopPolicy;
import dev.huifang.closedloop.SlaClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The deadline index: when {@link FeedbackLoop#advance} can next change a case, and the keys that
 * order cases by that instant in a key-value store.
 *
 * <p>The instant depends on the case alone: the earliest of, for each running time limit, the
 * moment its next escalation step is due (the deadline plus the step's delay in business time,
 * strictly after the deadline) and, for a resolved case, the end of its confirmation window. A
 * paused or stopped limit has none. A finished case is indexed by the instant it leaves the store
 * instead ({@link #evictAt}); a case with neither is not in the index.
 */
public final class Deadlines {

  private static final Duration JUST_AFTER = Duration.ofMillis(1);
  private static final int WIDTH = 19;

  private Deadlines() {}

  /** When advancing {@code c} can next add an event, or {@code null} when no limit runs. */
  public static @Nullable Instant nextDue(FeedbackLoop loop, FeedbackCase c) {
    List<ClockReading> readings = loop.clocks(c, c.lastEventAt());
    boolean escalates = loop.definition().eventsFrom(c.state()).contains(CaseTrigger.ESCALATE);
    List<EscalationStep> ladder = loop.policy().ladder().steps();
    BusinessCalendar calendar = loop.policy().calendar();
    Instant next = null;
    for (ClockReading reading : readings) {
      Instant deadline = reading.deadline();
      if (reading.stoppedAt() != null || deadline == null) {
        continue;
      }
      Instant due;
      if (reading.clock() == SlaClock.CONFIRMATION) {
        if (c.state() != CaseState.RESOLVED) {
          continue;
        }
        due = calendar.plus(deadline, JUST_AFTER);
      } else {
        int reached = c.escalations().getOrDefault(reading.clock(), 0);
        if (!escalates || reached >= ladder.size()) {
          continue;
        }
        Duration after = ladder.get(reached).after();
        due = calendar.plus(deadline, after.isZero() ? JUST_AFTER : after);
      }
      if (next == null || due.isBefore(next)) {
        next = due;
      }
    }
    return next;
  }

  /**
   * When a finished case leaves the store: just after its reopen window, on stream time. A closed
   * case may be reopened until the policy's reopen window after its closure (kept longer when
   * {@code keepClosed} is longer), a declined or merged one until the policy's contest window after
   * the decision (both inclusive, as the library counts them), so the case goes one millisecond
   * later. {@code null} for a case not finished.
   */
  public static @Nullable Instant evictAt(LoopPolicy policy, Duration keepClosed,
      FeedbackCase c) {
    Instant closed = c.closedAt();
    if (closed == null) {
      return null;
    }
    Duration window = switch (c.state()) {
      case CLOSED -> longer(policy.limits().reopenWindow(), keepClosed);
      case WONT_FIX, MERGED_AS_DUPLICATE -> policy.limits().contestWindow();
      default -> null;
    };
    return window == null ? null : closed.plus(window).plus(JUST_AFTER);
  }

  /**
   * The instant a case is indexed by: the earlier of {@link #nextDue} and {@link #evictAt}, or
   * {@code null} when the topology has nothing to do for the case until its next event.
   */
  public static @Nullable Instant indexed(FeedbackLoop loop, Duration keepClosed,
      FeedbackCase c) {
    Instant due = nextDue(loop, c);
    Instant evict = evictAt(loop.policy(), keepClosed, c);
    if (due == null) {
      return evict;
    }
    return evict == null || due.isBefore(evict) ? due : evict;
  }

  /** The index key of a case due at {@code due}: the zero-padded epoch milli, then the case id. */
  public static String key(Instant due, String caseId) {
    return pad(due.toEpochMilli()) + "|" + caseId;
  }

  /** The lowest index key. */
  public static String first() {
    return pad(0);
  }

  /**
   * A bound just above every key due at or before {@code now}: the padded next milli, which no key
   * equals (keys go on with {@code |}).
   */
  public static String upTo(Instant now) {
    return pad(now.toEpochMilli() + 1);
  }

  private static String pad(long millis) {
    String digits = Long.toString(Math.max(0, millis));
    StringBuilder out = new StringBuilder(WIDTH + 1 + 64);
    for (int i = digits.length(); i < WIDTH; i++) {
      out.append('0');
    }
    return out.append(digits).toString();
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
