package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.QuestionId;

/**
 * A fitting question that was not chosen, and why (the budget, a quota, the rotation away from
 * recent follow-ups, a placeholder without a value).
 *
 * @param question the question's id
 * @param reason why it was left out
 */
public record LeftOut(QuestionId question, String reason) {

  /**
   * Creates the entry.
   *
   * @throws NullPointerException if an argument is null
   */
  public LeftOut {
    requireNonNull(question, "question is null");
    requireNonNull(reason, "reason is null");
  }
}
