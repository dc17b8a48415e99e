package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;

/**
 * One option of a choice question.
 *
 * @param id identifies the option in answers and conditions
 * @param label what respondents read
 */
public record AnswerOption(String id, LocalizedText label) {

  /**
   * Creates an option.
   *
   * @throws NullPointerException if an argument is null
   */
  public AnswerOption {
    requireNonNull(id, "id is null");
    requireNonNull(label, "label is null");
  }

  /** An option labelled in zh-CN and en. */
  public static AnswerOption of(String id, String zhCn, String en) {
    return new AnswerOption(id, LocalizedText.of(zhCn, en));
  }
}
