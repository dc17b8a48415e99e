package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;

/**
 * A question chosen for a questionnaire: the question, its text filled for this engagement, and
 * why it was chosen.
 *
 * @param question the question of the bank
 * @param text its text with every placeholder filled
 * @param reason the rule and constraint that put it there, e.g. {@code core indicator} or
 *     {@code covers required dimension turnout}
 */
public record SelectedQuestion(Question question, LocalizedText text, String reason) {

  /**
   * Creates the entry.
   *
   * @throws NullPointerException if an argument is null
   */
  public SelectedQuestion {
    requireNonNull(question, "question is null");
    requireNonNull(text, "text is null");
    requireNonNull(reason, "reason is null");
  }
}
