package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;

/**
 * Thrown when trusted code builds a model that breaks an invariant, carrying every Problem found.
 *
 * <p>This is a programmer error: untrusted data goes through a builder's {@code validate()} or
 * {@link dev.huifang.core.json.HuifangJson#read}, which return the same Problems as a
 * {@code Validation} instead of throwing.
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The Problems; never empty. Transient: Vavr sequences are not part of Huifang's serial form. */
  private final transient Seq<Problem> problems;

  /**
   * Creates the exception for {@code model}, the name of the type that could not be built.
   *
   * @throws IllegalArgumentException if problems is empty
   */
  public InvalidModelException(String model, Seq<Problem> problems) {
    super(describe(model, problems));
    this.problems = problems;
  }

  private static String describe(String model, Seq<Problem> problems) {
    requireNonNull(model, "model is null");
    if (requireNonNull(problems, "problems is null").isEmpty()) {
      throw new IllegalArgumentException("an InvalidModelException needs at least one Problem");
    }
    return "invalid " + model + ": " + problems.map(Problem::message).mkString("; ");
  }

  /** Every Problem that made the model invalid, in the order they were found. */
  public Seq<Problem> problems() {
    return problems;
  }
}
