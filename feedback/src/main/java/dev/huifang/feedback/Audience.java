package dev.huifang.feedback;

import dev.huifang.core.Engagement;

/**
 * Who a feedback script is spoken to; each audience has its own tone in {@link ScriptTemplates}.
 */
public enum Audience {
  /** A worker with some experience: plain, balanced tone. */
  WORKER,
  /** A worker on a first engagement: reassuring, points to guided help (a mentor first). */
  FIRST_TIMER,
  /** A star-rated worker: peer tone, invites their suggestions and workshop participation. */
  STAR_WORKER;

  /**
   * The audience of the worker of {@code engagement}: {@link #STAR_WORKER} when the host rates them
   * a star, {@link #FIRST_TIMER} when they had no engagement before, otherwise {@link #WORKER}.
   */
  public static Audience of(Engagement engagement, boolean starRated) {
    if (starRated) {
      return STAR_WORKER;
    }
    return engagement.priorEngagements() == 0 ? FIRST_TIMER : WORKER;
  }
}
