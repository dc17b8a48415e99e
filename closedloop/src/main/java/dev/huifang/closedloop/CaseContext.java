package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

/**
 * What the guards and actions of the feedback-case machine read: the case before the event, the
 * event, the loop's policy and the host's directory of standing roles.
 *
 * @param feedbackCase the case before the event
 * @param event the event being applied
 * @param policy the loop's policy
 * @param directory who holds which standing role
 */
public record CaseContext(
    FeedbackCase feedbackCase, CaseEvent event, LoopPolicy policy, Directory directory) {

  /**
   * Creates a context.
   *
   * @throws NullPointerException if an argument is null
   */
  public CaseContext {
    requireNonNull(feedbackCase, "feedbackCase is null");
    requireNonNull(event, "event is null");
    requireNonNull(policy, "policy is null");
    requireNonNull(directory, "directory is null");
  }
}
