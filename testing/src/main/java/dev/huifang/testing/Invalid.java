package dev.huifang.testing;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Problem;

/**
 * A generated value that breaks exactly one known rule, with the Problem that rule must produce:
 * its {@link Problem#path() path} and {@link Problem#code() code}, and the rule in words.
 *
 * <p>A property asserts that validating {@code value} gives exactly that Problem, e.g.
 * {@code assertThat(problems).extracting(Problem::path).containsExactly(invalid.path())}.
 *
 * @param <T> the type of the invalid value (often a builder or a list of inputs)
 * @param value the invalid value
 * @param path the path the Problem names, e.g. {@code groups[0].weight}
 * @param code the Problem's code, one of {@link Problem}'s constants
 * @param rule the rule broken, in Huifang's words
 */
public record Invalid<T>(T value, String path, String code, String rule) {

  /**
   * Creates the record.
   *
   * @throws NullPointerException if any part is null
   */
  public Invalid {
    requireNonNull(value, "value is null");
    requireNonNull(path, "path is null");
    requireNonNull(code, "code is null");
    requireNonNull(rule, "rule is null");
  }

  /**
   * Whether {@code problem} is the one this value must produce: same path and code.
   *
   * @param problem a Problem
   * @return true if path and code match
   */
  public boolean expects(Problem problem) {
    return problem.path().equals(path) && problem.code().equals(code);
  }
}
