package dev.huifang.scoring;

/** How a metric is obtained: measured by a system, or rated by a person. */
public enum MetricKind {
  /** Measured: timeliness, error rate, conversion, repair duration, turnout. */
  HARD,
  /** Rated: service attitude, teamwork, brand identification, service standardisation. */
  SOFT
}
