package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.WorkerId;

/**
 * Quality falling while volume rises, over consecutive periods: the drift that weekly and monthly
 * monitoring is meant to catch.
 *
 * @param workerId the worker
 * @param periods how many consecutive period-on-period steps showed it
 * @param qualitySlope the least-squares slope of the quality group's score per period
 * @param volumeSlope the least-squares slope of the workload group's score per period
 * @param reason the rule and the numbers
 */
public record TrendAlert(WorkerId workerId, int periods, double qualitySlope, double volumeSlope,
    String reason) {

  /**
   * Creates an alert.
   *
   * @throws NullPointerException if a reference is null
   */
  public TrendAlert {
    requireNonNull(workerId, "workerId is null");
    requireNonNull(reason, "reason is null");
  }
}
