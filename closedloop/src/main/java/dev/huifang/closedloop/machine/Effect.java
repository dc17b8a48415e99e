package dev.huifang.closedloop.machine;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.Recipient;
import dev.huifang.closedloop.SlaClock;
import dev.huifang.closedloop.internal.LowerCaseClock;
import dev.huifang.core.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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
   * @param recipient who is told: an actor, or the holders of a role in a team
   * @param message what they are told, in zh-CN and en
   * @param reason why
   */
  record Notify(Recipient recipient, LocalizedText message, String reason) implements Effect {
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
   * <p>In JSON {@code clock} is written in lower case ({@code first_response}), as before it was
   * typed; either case reads.
   *
   * @param level the step of the ladder, 1 for the first
   * @param target who the item goes to: the owner, or the holders of a role in the case's team
   * @param clock the time limit that was broken
   * @param reason why, with the numbers
   * @param actors the actor ids the item goes to, when the step names them (empty otherwise)
   */
  record Escalate(int level, Recipient target,
      @JsonSerialize(using = LowerCaseClock.class) SlaClock clock, String reason,
      List<ActorId> actors) implements Effect {
    /**
     * Creates the effect.
     *
     * @throws NullPointerException if an argument is null
     */
    public Escalate {
      requireNonNull(target, "target is null");
      requireNonNull(clock, "clock is null");
      requireNonNull(reason, "reason is null");
      actors = List.copyOf(actors);
    }

    /**
     * An escalation that names no actor ids.
     *
     * @throws NullPointerException if target, clock or reason is null
     */
    public Escalate(int level, Recipient target, SlaClock clock, String reason) {
      this(level, target, clock, reason, List.of());
    }

    /** Reads the effect from JSON; one written before actors were named has none. */
    @JsonCreator
    static Escalate fromJson(
        @JsonProperty("level") int level,
        @JsonProperty("target") Recipient target,
        @JsonProperty("clock") String clock,
        @JsonProperty("reason") String reason,
        @JsonProperty("actors") @Nullable List<ActorId> actors) {
      return new Escalate(level, target, SlaClock.valueOf(clock.toUpperCase(Locale.ROOT)),
          reason, actors == null ? List.of() : actors);
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
