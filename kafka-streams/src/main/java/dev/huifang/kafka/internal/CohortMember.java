package dev.huifang.kafka.internal;

import static java.util.Objects.requireNonNull;

import dev.huifang.kafka.MetricsReport;

/**
 * A worker's latest report of a month, on its way from the per-worker monthly window to the
 * team's cohort (the repartition topic keyed by team).
 *
 * @param month the month, e.g. {@code 2026-03}
 * @param report the worker's latest report of that month
 */
public record CohortMember(String month, MetricsReport report) {

  /**
   * Creates a member.
   *
   * @throws NullPointerException if an argument is null
   */
  public CohortMember {
    requireNonNull(month, "month is null");
    requireNonNull(report, "report is null");
  }
}
