package dev.huifang.questionnaire;

/**
 * The kind of answer a question takes; mostly choices and ratings, with one or two open questions
 * per questionnaire. Each type has a default answering time that a question may override.
 */
public enum QuestionType {
  /** A 1-5 star rating. */
  STAR_RATING(8),
  /** One option of several. */
  SINGLE_CHOICE(10),
  /** One or more options of several. */
  MULTIPLE_CHOICE(15),
  /** Yes or no. */
  YES_NO(5),
  /** Net promoter score, 0-10. */
  NPS(8),
  /** A number. */
  NUMBER(10),
  /** Open text: a situation to describe in the worker's own words. */
  OPEN_TEXT(45);

  private final int defaultSeconds;

  QuestionType(int defaultSeconds) {
    this.defaultSeconds = defaultSeconds;
  }

  /** The estimated answering time in seconds when a question does not set its own. */
  public int defaultSeconds() {
    return defaultSeconds;
  }

  /** True for types that need options. */
  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }

  /** True for open questions, which count against a plan's open-question limits. */
  public boolean isOpen() {
    return this == OPEN_TEXT;
  }
}
