package dev.huifang.core;

/**
 * Whether the worker has worked with this company before: first-timers are asked whether the
 * training helped, repeat workers about a differentiated strategy.
 *
 * <p>Derived from a count of prior engagements by {@link #ofPriorEngagements(int)}.
 */
public enum Experience {
  /** No prior engagement. */
  FIRST_TIME,
  /** One prior engagement or more. */
  REPEAT;

  /**
   * {@link #FIRST_TIME} for zero prior engagements, {@link #REPEAT} for more.
   *
   * @throws IllegalArgumentException if the count is negative
   */
  public static Experience ofPriorEngagements(int priorEngagements) {
    if (priorEngagements < 0) {
      throw new IllegalArgumentException(
          Problem.of(Problem.RANGE, "priorEngagements", priorEngagements, "must be >= 0").message());
    }
    return priorEngagements == 0 ? FIRST_TIME : REPEAT;
  }
}
