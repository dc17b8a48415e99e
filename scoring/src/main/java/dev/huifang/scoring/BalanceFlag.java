package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.WorkerId;

/**
 * A worker whose workload and quality are out of balance, or who balances them best.
 *
 * @param workerId the worker
 * @param kind the kind of imbalance, or best balance
 * @param workloadPercentile the worker's percentile rank on the workload group, in [0, 1]
 * @param qualityPercentile the worker's percentile rank on the quality group, in [0, 1]
 * @param reason the rule and numbers behind the flag
 */
public record BalanceFlag(WorkerId workerId, Kind kind, double workloadPercentile,
    double qualityPercentile, String reason) {

  /**
   * Creates a flag.
   *
   * @throws NullPointerException if a reference is null
   */
  public BalanceFlag {
    requireNonNull(workerId, "workerId is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(reason, "reason is null");
  }

  /** The kinds of flag. */
  public enum Kind {
    /** Volume far ahead of quality: fast but sloppy. */
    SPEED_OVER_QUALITY,
    /** Quality far ahead of volume: careful but slow. */
    QUALITY_OVER_SPEED,
    /** A candidate for the "best balance" award: the best lower percentile of the two. */
    BEST_BALANCE
  }
}
