package dev.huifang.scoring;

/**
 * The cohort's statistics of one metric, over the workers who have a value for it: what
 * cohort-relative normalisations and comparisons with the team read.
 *
 * @param count how many workers have a value
 * @param min the smallest value
 * @param max the largest value
 * @param mean the arithmetic mean
 */
public record CohortStats(int count, double min, double max, double mean) {

  /** Statistics of an empty cohort: every value 0. */
  public static final CohortStats EMPTY = new CohortStats(0, 0, 0, 0);

  /** The statistics of {@code values}; {@link #EMPTY} when there are none. */
  public static CohortStats of(double... values) {
    if (values.length == 0) {
      return EMPTY;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (double value : values) {
      min = Math.min(min, value);
      max = Math.max(max, value);
      sum += value;
    }
    return new CohortStats(values.length, min, max, sum / values.length);
  }
}
