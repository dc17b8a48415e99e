package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Problem;

/**
 * A phrase {@link PhraseLint} flags: where it is, in which locale, which rule and pattern matched,
 * and what to say instead.
 *
 * @param path where the phrase sits in the caller's input or the generated script
 * @param phrase the flagged phrase
 * @param locale the locale tag of the phrase
 * @param rule the id of the rule
 * @param kind interrogation or absolute language
 * @param pattern the pattern that matched
 * @param match the text that matched
 * @param suggestion what to say instead
 */
public record LintFlag(String path, String phrase, String locale, String rule, LintRule.Kind kind,
    String pattern, String match, String suggestion) {

  /**
   * Creates a flag.
   *
   * @throws NullPointerException if any argument is null
   */
  public LintFlag {
    requireNonNull(path, "path is null");
    requireNonNull(phrase, "phrase is null");
    requireNonNull(locale, "locale is null");
    requireNonNull(rule, "rule is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(pattern, "pattern is null");
    requireNonNull(match, "match is null");
    requireNonNull(suggestion, "suggestion is null");
  }

  /**
   * This flag as a {@link Problem#FORBIDDEN} at {@code path.locale}, rejecting the phrase, with the
   * rule, the matched text and the suggestion in the rule text.
   */
  public Problem toProblem() {
    return Problem.of(Problem.FORBIDDEN, Problem.join(path, locale), phrase,
        "must not use " + describe(kind) + " (rule " + rule + ", matched \"" + match + "\"); instead: " + suggestion);
  }

  private static String describe(LintRule.Kind kind) {
    switch (kind) {
      case INTERROGATION:
        return "interrogation";
      case ABSOLUTE_LANGUAGE:
        return "absolute language";
      case MACHINE_TEXT:
        return "text meant for machines";
      default:
        return "punctuation a person would not write";
    }
  }
}
