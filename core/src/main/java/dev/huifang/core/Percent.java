package dev.huifang.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A percentage between 0 and 100, such as a satisfaction of 85%.
 *
 * <p>The value is always finite and within [0.0, 100.0]: {@link #of(double)} throws for anything else
 * (a programmer error), {@link #validate(String, double)} returns the Problem instead. In JSON it
 * is a plain number.
 */
public record Percent(@JsonValue double value) implements Comparable<Percent> {

  /** The smallest value. */
  public static final double MIN = 0.0;
  /** The largest value. */
  public static final double MAX = 100.0;

  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if value is NaN, infinite or outside [0.0, 100.0]
   */
  public Percent {
    Checklist.root().within(Problem.ROOT, value, MIN, MAX).throwIfAny("Percent");
  }

  /**
   * The value, for trusted input.
   *
   * @throws IllegalArgumentException if value is NaN, infinite or outside [0.0, 100.0]
   */
  @JsonCreator
  public static Percent of(double value) {
    return new Percent(value);
  }

  /** The value, or a {@link Problem#RANGE} at {@code path} naming the bounds. */
  public static Validation<Seq<Problem>, Percent> validate(String path, double value) {
    return Checklist.root().within(path, value, MIN, MAX).toValidation(() -> new Percent(value));
  }

  /** The same share as a ratio in [0, 1]. */
  public Ratio toRatio() {
    return new Ratio(value / 100.0);
  }

  @Override
  public int compareTo(Percent other) {
    return Double.compare(value, other.value);
  }
}
