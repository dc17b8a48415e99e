package dev.huifang.scoring;

/**
 * What a scheme does when a worker has no value for one of its metrics; a scorecard always
 * reports its coverage, the share of weight actually measured.
 */
public enum MissingValuePolicy {
  /** Leave the metric out and divide the total by the measured weight (relative weights stay). */
  RENORMALIZE,
  /** Score the missing metric 0. */
  COUNT_AS_ZERO,
  /** A missing value is a {@code REQUIRED} Problem. */
  REJECT
}
