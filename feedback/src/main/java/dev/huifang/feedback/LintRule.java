package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One phrasing rule of {@link PhraseLint}: a regular expression, matched case-insensitively, that a
 * supervisor's phrase in one language must not contain, and what to say instead.
 *
 * @param id a stable name, e.g. {@code en.interrogation.did-you}
 * @param language the language it applies to ({@code zh}, {@code en}); texts of any region of that
 *     language are checked
 * @param kind what the rule guards against
 * @param pattern the regular expression
 * @param suggestion what to write instead, in the same language
 */
public record LintRule(String id, String language, Kind kind, String pattern, String suggestion) {

  /** What a rule guards against. */
  public enum Kind {
    /** Questions that interrogate ("did you follow the process?", "你是否遵守"). */
    INTERROGATION,
    /** Absolute, judging words ("always", "never", "总是", "从不"). */
    ABSOLUTE_LANGUAGE,
    /**
     * Text meant for machines: rule syntax ("stars: 1 → 0, 5 → 100"), unrounded numbers
     * ("98.8366"), raw scores ("（得分 6.8）"), English rule names inside Chinese text.
     */
    MACHINE_TEXT,
    /** Punctuation a person would not write: doubled marks ("?."), ASCII marks in Chinese. */
    PUNCTUATION
  }

  /**
   * Creates a rule.
   *
   * @throws NullPointerException if any argument is null
   */
  public LintRule {
    requireNonNull(id, "id is null");
    requireNonNull(language, "language is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(pattern, "pattern is null");
    requireNonNull(suggestion, "suggestion is null");
  }

  /**
   * The Problems of this rule under {@code path}: blank id, language or suggestion, and a pattern
   * that is not a valid regular expression ({@link Problem#FORMAT}).
   */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path).notBlank("id", id).notBlank("language", language)
        .notBlank("suggestion", suggestion);
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException malformed) {
      checks.add(Problem.of(Problem.FORMAT, "pattern", pattern,
          "must be a valid regular expression (" + malformed.getDescription() + ")"));
    }
    return checks.problems();
  }

  /** The compiled pattern, case-insensitive. */
  public Pattern compiled() {
    return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
