package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.WorkerId;

/**
 * A worker's place in a cohort.
 *
 * @param workerId the worker
 * @param total the total ranked on
 * @param rank the rank from the top (1 = best) by the declared {@link TieRule}
 * @param percentile the percentile rank by the declared {@link PercentileRule}, in [0, 1], higher
 *     is better
 */
public record RankedWorker(WorkerId workerId, double total, double rank, double percentile) {

  /**
   * Creates the entry.
   *
   * @throws NullPointerException if workerId is null
   */
  public RankedWorker {
    requireNonNull(workerId, "workerId is null");
  }
}
