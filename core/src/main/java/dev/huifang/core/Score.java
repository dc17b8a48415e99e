package dev.huifang.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A score on the 0 to 100 scale that scorecards and normalised metrics use.
 *
 * <p>The value is always finite and within [0.0, 100.0]: {@link #of(double)} throws for anything else
 * (a programmer error), {@link #validate(String, double)} returns the Problem instead. In JSON it
 * is a plain number.
 */
public record Score(@JsonValue double value) implements Comparable<Score> {

  /** The smallest value. */
  public static final double MIN = 0.0;
  /** The largest value. */
  public static final double MAX = 100.0;

  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if value is NaN, infinite or outside [0.0, 100.0]
   */
  public Score {
    Checklist.root().within(Problem.ROOT, value, MIN, MAX).throwIfAny("Score");
  }

  /**
   * The value, for trusted input.
   *
   * @throws IllegalArgumentException if value is NaN, infinite or outside [0.0, 100.0]
   */
  @JsonCreator
  public static Score of(double value) {
    return new Score(value);
  }

  /** The value, or a {@link Problem#RANGE} at {@code path} naming the bounds. */
  public static Validation<Seq<Problem>, Score> validate(String path, double value) {
    return Checklist.root().within(path, value, MIN, MAX).toValidation(() -> new Score(value));
  }

  /** The lowest score. */
  public static final Score ZERO = new Score(0.0);
  /** The highest score. */
  public static final Score FULL = new Score(100.0);

  @Override
  public int compareTo(Score other) {
    return Double.compare(value, other.value);
  }
}
