package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

/**
 * What the guards and actions of the feedback-case machine read: the case before the event, the
 * event, and the loop's policy.
 *
 * @param feedbackCase the case before the event
 * @param event the event being applied
 * @param policy the loop's policy
 */
public record CaseContext(FeedbackCase feedbackCase, CaseEvent event, LoopPolicy policy) {

  /**
   * Creates a context.
   *
   * @throws NullPointerException if an argument is null
   */
  public CaseContext {
    requireNonNull(feedbackCase, "feedbackCase is null");
    requireNonNull(event, "event is null");
    requireNonNull(policy, "policy is null");
  }
}
