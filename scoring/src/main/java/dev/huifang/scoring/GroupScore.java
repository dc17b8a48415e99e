package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A weighted group's own score on a scorecard: the weighted mean of its metrics' scores, 0-100.
 * Side by side they give the dual assessment (base service score and customer satisfaction).
 *
 * @param group the group's id
 * @param score its score in [0, 100] over the metrics measured, rounded by the scheme's
 *     {@link DecisionPrecision}: the number balance rules compare
 * @param unroundedScore the same score before rounding, for analysis
 * @param weight the group's weight in the total
 */
public record GroupScore(String group, double score, double unroundedScore, double weight) {

  /**
   * Creates a group score.
   *
   * @throws NullPointerException if group is null
   */
  public GroupScore {
    requireNonNull(group, "group is null");
  }
}
