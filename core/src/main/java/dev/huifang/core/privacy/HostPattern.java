package dev.huifang.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A kind of personal information the host app recognises by a regular expression, such as WeChat
 * ids or street addresses; a {@link Redactor} masks every match as
 * {@link PersonalInfoKind#HOST_PATTERN}.
 *
 * <p>Its rules ({@link #problems(String)}): a non-blank name, a regular expression that compiles
 * and that does not match the empty text. The expression runs with {@link java.util.regex}; keep
 * it free of nested quantifiers such as {@code (a+)+}, whose backtracking the Redactor cannot
 * bound.
 *
 * @param name what the pattern finds, e.g. {@code wechat}; shown in {@link Masking#rule()}
 * @param regex the regular expression, in {@link java.util.regex.Pattern} syntax
 */
public record HostPattern(String name, String regex) {

  /**
   * Creates a host pattern; it is checked by {@link #problems(String)}, not here.
   *
   * @throws NullPointerException if name or regex is null
   */
  @JsonCreator
  public HostPattern(@JsonProperty("name") String name, @JsonProperty("regex") String regex) {
    this.name = requireNonNull(name, "name is null");
    this.regex = requireNonNull(regex, "regex is null");
  }

  /** A host pattern. */
  public static HostPattern of(String name, String regex) {
    return new HostPattern(name, regex);
  }

  /**
   * The Problems of this pattern under {@code path}: a blank name ({@link Problem#BLANK}), a
   * regular expression that does not compile or that matches the empty text
   * ({@link Problem#FORMAT}), e.g. {@code patterns[0].regex: must be a valid regular expression
   * (Unclosed group near index 1), was "("}.
   */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path).notBlank("name", name);
    try {
      Pattern pattern = Pattern.compile(regex);
      checks.require(!pattern.matcher("").matches(), Problem.FORMAT, "regex", regex,
          "must not match the empty text");
    } catch (PatternSyntaxException bad) {
      checks.add(Problem.of(Problem.FORMAT, "regex", regex,
          "must be a valid regular expression (" + bad.getDescription() + " near index "
              + bad.getIndex() + ")"));
    }
    return checks.problems();
  }
}
