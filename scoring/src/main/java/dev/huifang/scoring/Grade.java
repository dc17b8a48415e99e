package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A band of totals: a total of at least {@code minTotal} earns the grade and its star tier,
 * unless a higher band applies.
 *
 * @param code the grade, e.g. {@code A}
 * @param minTotal the lowest total of the band, in [0, 100]
 * @param stars the star tier of the band, 1 to 5
 */
public record Grade(String code, double minTotal, int stars) {

  /**
   * Creates a band.
   *
   * @throws NullPointerException if code is null
   */
  public Grade {
    requireNonNull(code, "code is null");
  }
}
