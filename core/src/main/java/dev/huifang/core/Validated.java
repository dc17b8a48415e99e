package dev.huifang.core;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Supplier;

/**
 * Turns the construction of a model into a {@code Validation}: the bridge between builders, which
 * enforce invariants by throwing {@link InvalidModelException}, and callers holding untrusted data,
 * who want every Problem as a value.
 *
 * <p>Only Huifang's own invariant failures (and a builder's missing required attributes) become
 * Problems; any other exception is a programmer error and propagates.
 */
public final class Validated {

  private static final String MISSING_MARKER = "some of required attributes are not set [";

  private Validated() {}

  /**
   * Builds a value, returning its Problems instead of throwing them.
   *
   * @param construct typically {@code builder::build}
   * @return {@code Valid(value)}, or {@code Invalid} with every Problem of the broken invariants or
   *     one {@link Problem#REQUIRED} per missing attribute
   */
  public static <T> Validation<Seq<Problem>, T> of(Supplier<? extends T> construct) {
    try {
      return Validation.valid(construct.get());
    } catch (InvalidModelException invalid) {
      return Validation.invalid(invalid.problems());
    } catch (IllegalStateException incomplete) {
      Seq<Problem> missing = missingAttributes(incomplete);
      if (missing.isEmpty()) {
        throw incomplete;
      }
      return Validation.invalid(missing);
    }
  }

  /**
   * The value of a valid result, or an {@link InvalidModelException} carrying every Problem: the
   * one-line way to unwrap any engine's result where bad input is a programmer error (tests, trusted
   * configuration). Vavr's {@code Validation} has no {@code getOrElseThrow(Function)}; this is it.
   *
   * <pre>{@code
   * QuestionSelector selector = Validated.orThrow(QuestionSelector.of(bank, policy));
   * }</pre>
   *
   * @param result any engine's or builder's result
   * @return the valid value
   * @throws InvalidModelException if {@code result} is invalid; its message lists every Problem
   *     and {@link InvalidModelException#problems()} returns them
   */
  public static <T> T orThrow(Validation<? extends Seq<Problem>, ? extends T> result) {
    return orThrow(result, "value");
  }

  /**
   * As {@link #orThrow(Validation)}, naming what was being built in the exception's message
   * ({@code "invalid scoring scheme: ..."}).
   *
   * @param result any engine's or builder's result
   * @param what what the value is, in a few words
   * @return the valid value
   * @throws InvalidModelException if {@code result} is invalid
   */
  public static <T> T orThrow(Validation<? extends Seq<Problem>, ? extends T> result, String what) {
    if (result.isValid()) {
      return result.get();
    }
    throw new InvalidModelException(what, List.ofAll(result.getError()));
  }

  /**
   * The attributes a generated builder reported as not set, one {@link Problem#REQUIRED} each; empty
   * when the exception is not about missing attributes.
   */
  public static Seq<Problem> missingAttributes(Throwable exception) {
    String message = String.valueOf(exception.getMessage());
    int start = message.indexOf(MISSING_MARKER);
    int end = message.lastIndexOf(']');
    if (start < 0 || end < start) {
      return List.empty();
    }
    String names = message.substring(start + MISSING_MARKER.length(), end);
    return List.of(names.split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .map(Problem::required);
  }
}
