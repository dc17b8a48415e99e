package dev.huifang.closedloop.machine;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.huifang.core.LocalizedText;
import java.time.Instant;

/**
 * A command for the host app, emitted by a transition or by a time-limit check instead of being
 * carried out: notify someone, escalate, schedule a follow-up.
 *
 * <p>Effects are plain data with a reason, so that a host app can queue, audit and replay them. In
 * JSON each case carries its name in {@code type}: {@code notify}, {@code escalate},
 * {@code schedule_follow_up}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Effect.Notify.class, name = "notify"),
    @JsonSubTypes.Type(value = Effect.Escalate.class, name = "escalate"),
    @JsonSubTypes.Type(value = Effect.ScheduleFollowUp.class, name = "schedule_follow_up")
})
public sealed interface Effect {

  /** Why the effect was emitted: the rule and the numbers behind it. */
  String reason();

  /**
   * Tell someone something.
   *
   * @param recipient who is told: an actor id or a role such as {@code owner}
   * @param message what they are told, in zh-CN and en
   * @param reason why
   */
  record Notify(String recipient, LocalizedText message, String reason) implements Effect {
    /**
     * Creates the effect.
     *
     * @throws NullPointerException if any argument is null
     */
    public Notify {
      requireNonNull(recipient, "recipient is null");
      requireNonNull(message, "message is null");
      requireNonNull(reason, "reason is null");
    }
  }

  /**
   * Hand a late item one step up the escalation ladder.
   *
   * @param level the step of the ladder, 1 for the first
   * @param target who the item goes to: an actor id or a role such as {@code supervisor}
   * @param clock the time limit that was broken, e.g. {@code first_response}
   * @param reason why, with the numbers
   */
  record Escalate(int level, String target, String clock, String reason) implements Effect {
    /**
     * Creates the effect.
     *
     * @throws NullPointerException if target, clock or reason is null
     */
    public Escalate {
      requireNonNull(target, "target is null");
      requireNonNull(clock, "clock is null");
      requireNonNull(reason, "reason is null");
    }
  }

  /**
   * Come back to the item at a given time: a follow-up call, a check of the confirmation window.
   *
   * @param at when
   * @param purpose what to do then, e.g. {@code confirmation_window_ends}
   * @param reason why
   */
  record ScheduleFollowUp(Instant at, String purpose, String reason) implements Effect {
    /**
     * Creates the effect.
     *
     * @throws NullPointerException if any argument is null
     */
    public ScheduleFollowUp {
      requireNonNull(at, "at is null");
      requireNonNull(purpose, "purpose is null");
      requireNonNull(reason, "reason is null");
    }
  }
}
