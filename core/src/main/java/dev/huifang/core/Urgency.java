package dev.huifang.core;

/**
 * How soon an order must be done; an {@link UrgencyPolicy} sets the thresholds.
 *
 * <p>Urgent orders are followed up on communication efficiency and handling of surprises, longer
 * ones on depth of requirement understanding and match precision.
 */
public enum Urgency {
  /** Due within the policy's ultra-urgent threshold (24 h by default). */
  ULTRA_URGENT,
  /** Due within the policy's urgent threshold (72 h by default). */
  URGENT,
  /** Anything with more time. */
  ROUTINE
}
