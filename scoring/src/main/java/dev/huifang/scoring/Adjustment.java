package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

/**
 * Points a scorecard added or took away after weighting, and why.
 *
 * @param reason what caused it, e.g. {@code 1 complaint recovered × 5 × 0.5}
 * @param points the points, negative for a penalty
 */
public record Adjustment(String reason, double points) {

  /**
   * Creates an adjustment.
   *
   * @throws NullPointerException if reason is null
   */
  public Adjustment {
    requireNonNull(reason, "reason is null");
  }
}
