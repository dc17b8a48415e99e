package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;

/**
 * A host app's own trigger: when the condition holds on a completed run, the action is asked for.
 *
 * @param id identifies the trigger in actions
 * @param when the condition over the answers
 * @param kind what to arrange
 * @param note what to tell the person who arranges it
 */
public record Trigger(String id, AnswerCondition when, FollowUpAction.Kind kind, LocalizedText note) {

  /**
   * Creates a trigger.
   *
   * @throws NullPointerException if an argument is null
   */
  public Trigger {
    requireNonNull(id, "id is null");
    requireNonNull(when, "when is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(note, "note is null");
  }
}
