package dev.huifang.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.jspecify.annotations.Nullable;

/**
 * A value Huifang's reader refused, with the rule in Huifang's words and what was found instead;
 * Jackson places it at its JSON path, {@link JsonFailures} turns it into a Problem.
 */
public final class RejectedInput extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  /** The Problem code, e.g. {@code format} or {@code range}. */
  private final String code;
  /** The rule, phrased as what the value must be. */
  private final String rule;
  /** What was found, as a Problem shows it; null when nothing was. */
  private final @Nullable String found;

  RejectedInput(JsonParser parser, String code, String rule, @Nullable String found) {
    super(parser, rule + (found == null ? "" : ", was " + found));
    this.code = code;
    this.rule = rule;
    this.found = found;
  }

  /** The Problem code. */
  public String code() {
    return code;
  }

  /** The rule, phrased as what the value must be. */
  public String rule() {
    return rule;
  }

  /** What was found instead, or null. */
  public @Nullable String found() {
    return found;
  }
}
