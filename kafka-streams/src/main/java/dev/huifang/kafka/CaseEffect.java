package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.CaseId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing the case loop asks the host to do, on the case-effects topic, keyed by case id: a
 * notification, an escalation or a follow-up from the library, or the closure of a case.
 *
 * <p>Rule: effects are emitted once, when the event or the time limit that caused them is first
 * applied; a repeated event or a replay of the case's own log emits none.
 *
 * @param caseId the case
 * @param cause the id of the event that caused it ({@code huifang:tick} for a time-limit check)
 * @param at the event's time, or the stream time of the check
 * @param state the case's state after it
 * @param version the case's version after it
 * @param kind {@code notify}, {@code escalate}, {@code schedule_follow_up} or {@code closed}
 * @param effect the library's effect, or {@code null} for {@code closed}
 * @param reason the rule behind it, with its numbers
 */
public record CaseEffect(
    CaseId caseId,
    String cause,
    Instant at,
    CaseState state,
    int version,
    String kind,
    @Nullable Effect effect,
    String reason) {

  /** The cause of effects that come from a check of the time limits on stream time. */
  public static final String TICK = "huifang:tick";

  /**
   * Creates an effect record.
   *
   * @throws NullPointerException if a non-nullable argument is null
   */
  public CaseEffect {
    requireNonNull(caseId, "caseId is null");
    requireNonNull(cause, "cause is null");
    requireNonNull(at, "at is null");
    requireNonNull(state, "state is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(reason, "reason is null");
  }

  /** The kind of a library effect, as in its JSON {@code type}. */
  public static String kindOf(Effect effect) {
    if (effect instanceof Effect.Notify) {
      return "notify";
    }
    if (effect instanceof Effect.Escalate) {
      return "escalate";
    }
    return "schedule_follow_up";
  }
}
