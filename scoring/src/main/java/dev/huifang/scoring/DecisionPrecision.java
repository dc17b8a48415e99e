package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The precision decisions are taken at: totals and group scores are rounded to {@code scale}
 * decimals by {@code roundingMode} once, when a scorecard is built, and every decision (grade
 * band, rank and tie, top-N% list, incentive condition, balance rule) reads the rounded number. By
 * default half-up to 2 decimals, as a pay slip shows a score; a scorecard keeps the unrounded
 * number for analysis.
 *
 * <p>The rounding is exact decimal rounding, never {@code Math.round(x * 100) / 100}, which is
 * itself noisy. A double is read in two steps:
 *
 * <ol>
 *   <li>as the shortest decimal that reads back as the same double ({@link Double#toString},
 *       {@link BigDecimal#valueOf(double)}), rounded half-even to {@value #NOISE_SCALE} decimals.
 *       This step takes the noise of floating-point sums away: a total in [0, 100] summed from a
 *       few dozen products is off its exact decimal value by far less than 1e-12, so
 *       {@code 59.99999999999999} reads as {@code 60} and {@code 84.44499999999999} as
 *       {@code 84.445};
 *   <li>then rounded to {@code scale} decimals by {@code roundingMode}; the result is the double
 *       nearest that decimal ({@code 60.0}, {@code 84.45}).
 * </ol>
 *
 * <p>Reading the exact binary value instead ({@code new BigDecimal(double)}) would make
 * {@code 59.99999999999999} 59.99, which is the noise this type exists to remove. A value that
 * really lies within 5e-11 of a rounding boundary is treated as on it; scores are never that
 * fine. Rounding is idempotent: a rounded value rounds to itself.
 *
 * <p>Its rules ({@link #problems(String)}): scale within [0, {@value #MAX_SCALE}]; a rounding mode
 * other than {@link RoundingMode#UNNECESSARY}.
 *
 * @param scale the decimals kept, 0 to {@value #MAX_SCALE}
 * @param roundingMode how the last kept decimal is rounded
 */
public record DecisionPrecision(int scale, RoundingMode roundingMode) {

  /** Default scale: 2 decimals, as a pay slip shows a score. */
  public static final int DEFAULT_SCALE = 2;
  /** Default rounding: half up, as a pay slip rounds. */
  public static final RoundingMode DEFAULT_ROUNDING_MODE = RoundingMode.HALF_UP;
  /** The most decimals a decision may keep. */
  public static final int MAX_SCALE = 6;
  /** The decimals of the first, noise-removing step. */
  public static final int NOISE_SCALE = 10;

  private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
  /**
   * How far from a rounding boundary the fast path must stay, in units of the last decimal kept:
   * more than the error of {@code value × 10^scale} below {@link #FAST_LIMIT} (under 3e-7) plus
   * the most the first step may move a value (5e-11, times {@code 10^scale}).
   */
  private static final double[] MARGINS = {1e-6, 1e-6, 1e-6, 1e-6, 1e-6, 1e-5, 1e-4};
  /** Beyond this magnitude (in units of the last decimal) the fast path gives way. */
  private static final double FAST_LIMIT = 1e9;

  /**
   * Creates a precision; {@link #problems(String)} says whether it is usable.
   *
   * @throws NullPointerException if roundingMode is null
   */
  public DecisionPrecision {
    requireNonNull(roundingMode, "roundingMode is null");
  }

  /** The default: half up to 2 decimals. */
  public static DecisionPrecision defaults() {
    return new DecisionPrecision(DEFAULT_SCALE, DEFAULT_ROUNDING_MODE);
  }

  /** {@code scale} decimals rounded by {@code roundingMode}. */
  public static DecisionPrecision of(int scale, RoundingMode roundingMode) {
    return new DecisionPrecision(scale, roundingMode);
  }

  /** The Problems of this precision under {@code path}. */
  public Seq<Problem> problems(String path) {
    return Checklist.at(path)
        .require(scale >= 0 && scale <= MAX_SCALE, Problem.RANGE, "scale", scale,
            "must be within [0, " + MAX_SCALE + "]")
        .require(roundingMode != RoundingMode.UNNECESSARY, Problem.INCONSISTENT, "roundingMode",
            roundingMode, "must round (UNNECESSARY cannot)")
        .problems();
  }

  /**
   * {@code value} rounded as the class documentation says: the double nearest the decimal a
   * decision uses. NaN and infinities come back unchanged.
   *
   * @throws IllegalArgumentException if the precision is invalid (a programmer error: check it
   *     with {@link #problems(String)})
   */
  public double round(double value) {
    if (!Double.isFinite(value)) {
      return value;
    }
    if (scale < 0 || scale > MAX_SCALE || roundingMode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("invalid decision precision " + this);
    }
    // fast path: far enough from every boundary that the two-step rounding cannot differ from a
    // plain floor or ceiling of the scaled value; everything else takes the exact path
    double power = POWERS[scale];
    double scaled = value * power;
    if (Math.abs(scaled) < FAST_LIMIT) {
      double floor = Math.floor(scaled);
      double fraction = scaled - floor;
      double margin = MARGINS[scale];
      boolean nearWhole = fraction <= margin || fraction >= 1 - margin;
      switch (roundingMode) {
        case HALF_UP, HALF_DOWN, HALF_EVEN -> {
          // near a whole number of the last decimal (a total that is already rounded, or noise
          // around one) the nearest whole is the answer; near a half, only the exact path knows
          if (nearWhole) {
            return Math.rint(scaled) / power + 0.0;
          }
          if (Math.abs(fraction - 0.5) > margin) {
            return (fraction < 0.5 ? floor : floor + 1) / power + 0.0;
          }
        }
        case FLOOR -> {
          if (!nearWhole) {
            return floor / power + 0.0;
          }
        }
        case CEILING -> {
          if (!nearWhole) {
            return (floor + 1) / power + 0.0;
          }
        }
        case DOWN -> {
          if (!nearWhole) {
            return (value < 0 ? floor + 1 : floor) / power + 0.0;
          }
        }
        case UP -> {
          if (!nearWhole) {
            return (value < 0 ? floor : floor + 1) / power + 0.0;
          }
        }
        default -> {
          // UNNECESSARY was refused above
        }
      }
    }
    return exact(value);
  }

  /** The reference definition of {@link #round(double)}: two steps in {@link BigDecimal}. */
  double exact(double value) {
    return BigDecimal.valueOf(value).setScale(NOISE_SCALE, RoundingMode.HALF_EVEN)
        .setScale(scale, roundingMode).doubleValue() + 0.0;
  }

  /** {@code value} as the decimal a decision uses, e.g. {@code 60.00}; for texts and reports. */
  public BigDecimal decimal(double value) {
    return BigDecimal.valueOf(round(value)).setScale(scale, RoundingMode.UNNECESSARY);
  }
}
