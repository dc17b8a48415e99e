package dev.huifang.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A share between 0 and 1, such as a turnout rate (6 arrived of 10 promised is 0.6).
 *
 * <p>The value is always finite and within [0.0, 1.0]: {@link #of(double)} throws for anything else
 * (a programmer error), {@link #validate(String, double)} returns the Problem instead. In JSON it
 * is a plain number.
 */
public record Ratio(@JsonValue double value) implements Comparable<Ratio> {

  /** The smallest value. */
  public static final double MIN = 0.0;
  /** The largest value. */
  public static final double MAX = 1.0;

  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if value is NaN, infinite or outside [0.0, 1.0]
   */
  public Ratio {
    Checklist.root().within(Problem.ROOT, value, MIN, MAX).throwIfAny("Ratio");
  }

  /**
   * The value, for trusted input.
   *
   * @throws IllegalArgumentException if value is NaN, infinite or outside [0.0, 1.0]
   */
  @JsonCreator
  public static Ratio of(double value) {
    return new Ratio(value);
  }

  /** The value, or a {@link Problem#RANGE} at {@code path} naming the bounds. */
  public static Validation<Seq<Problem>, Ratio> validate(String path, double value) {
    return Checklist.root().within(path, value, MIN, MAX).toValidation(() -> new Ratio(value));
  }

  /**
   * The share {@code part / whole}, e.g. {@code Ratio.of(6, 10)} for 6 arrived of 10 promised.
   *
   * @throws IllegalArgumentException if whole is not positive or part is outside [0, whole]
   */
  public static Ratio of(long part, long whole) {
    Checklist.root()
        .atLeast("whole", whole, 1)
        .require(part >= 0 && part <= whole, Problem.RANGE, "part", part,
            "must be within [0, whole]")
        .throwIfAny("Ratio");
    return new Ratio((double) part / whole);
  }

  /** The same share as a percentage. */
  public Percent toPercent() {
    return new Percent(value * 100.0);
  }

  @Override
  public int compareTo(Ratio other) {
    return Double.compare(value, other.value);
  }
}
