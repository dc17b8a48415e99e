package dev.huifang.scoring;

/**
 * How a percentile rank is defined, named after the SQL window functions that define them; with
 * {@code n} workers and {@code r} the competition rank from the bottom (1 = lowest):
 */
public enum PercentileRule {
  /** SQL {@code PERCENT_RANK}: {@code (r - 1) / (n - 1)}, 0 for the lowest, 1 for the highest; 0 when n = 1. */
  PERCENT_RANK,
  /** SQL {@code CUME_DIST}: the share of workers with a total at or below this one, in (0, 1]. */
  CUME_DIST
}
