package dev.huifang.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A rating on the 1 to 5 star scale, or an average of such ratings (4.3).
 *
 * <p>The value is always finite and within [1.0, 5.0]: {@link #of(double)} throws for anything else
 * (a programmer error), {@link #validate(String, double)} returns the Problem instead. In JSON it
 * is a plain number.
 */
public record StarRating(@JsonValue double value) implements Comparable<StarRating> {

  /** The smallest value. */
  public static final double MIN = 1.0;
  /** The largest value. */
  public static final double MAX = 5.0;

  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if value is NaN, infinite or outside [1.0, 5.0]
   */
  public StarRating {
    Checklist.root().within(Problem.ROOT, value, MIN, MAX).throwIfAny("StarRating");
  }

  /**
   * The value, for trusted input.
   *
   * @throws IllegalArgumentException if value is NaN, infinite or outside [1.0, 5.0]
   */
  @JsonCreator
  public static StarRating of(double value) {
    return new StarRating(value);
  }

  /** The value, or a {@link Problem#RANGE} at {@code path} naming the bounds. */
  public static Validation<Seq<Problem>, StarRating> validate(String path, double value) {
    return Checklist.root().within(path, value, MIN, MAX).toValidation(() -> new StarRating(value));
  }

  /**
   * Where the rating lies on its scale, from 0 (one star) to 1 (five stars):
   * {@code (value - 1) / 4}.
   */
  public Ratio toRatio() {
    return new Ratio((value - MIN) / (MAX - MIN));
  }

  /** The rating as a percentage of its scale: {@code (value - 1) / 4 * 100}. */
  public Percent toPercent() {
    return toRatio().toPercent();
  }

  @Override
  public int compareTo(StarRating other) {
    return Double.compare(value, other.value);
  }
}
