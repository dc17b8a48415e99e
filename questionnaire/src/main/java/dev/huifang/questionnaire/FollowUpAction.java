package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;

/**
 * A follow-up a completed run asks the host app to arrange, as data: a phone interview to probe a
 * low satisfaction, a deep-dive into a key answer.
 *
 * @param trigger the id of the trigger that fired
 * @param kind what to arrange
 * @param note what to tell the person who arranges it
 * @param reason the rule and the numbers that fired it
 */
public record FollowUpAction(String trigger, Kind kind, LocalizedText note, String reason) {

  /**
   * Creates an action.
   *
   * @throws NullPointerException if an argument is null
   */
  public FollowUpAction {
    requireNonNull(trigger, "trigger is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(note, "note is null");
    requireNonNull(reason, "reason is null");
  }

  /** What a follow-up action arranges. */
  public enum Kind {
    /** A phone interview that probes deeper. */
    PHONE_INTERVIEW,
    /** A deep-dive conversation about a key answer. */
    DEEP_DIVE
  }
}
