package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.Team;
import dev.huifang.scoring.WorkerMetrics;

/**
 * A worker's month-to-date figures, as a record of the worker-metrics topic keyed by worker id.
 *
 * <p>Rule: within a month the latest report of a worker replaces the earlier ones (month-to-date
 * figures are not summed); the worker is scored in the cohort of {@code team} when the month
 * closes.
 *
 * @param team the team whose cohort the worker is ranked in
 * @param metrics the worker's figures
 */
public record MetricsReport(Team team, WorkerMetrics metrics) {

  /**
   * Creates a report.
   *
   * @throws NullPointerException if an argument is null
   */
  public MetricsReport {
    requireNonNull(team, "team is null");
    requireNonNull(metrics, "metrics is null");
  }
}
