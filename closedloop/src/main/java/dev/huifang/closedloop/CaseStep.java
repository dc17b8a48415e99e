package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.machine.Effect;
import java.util.List;

/**
 * The result of applying one event to a case: the new case, what the host app is asked to do, and
 * why.
 *
 * @param feedbackCase the case after the event (the same case when the event was ignored)
 * @param effects the effects of the transition taken
 * @param reason the transition and the rule behind it, or why the event was ignored
 * @param ignored true when the event's id was already in the log (a harmless repeat)
 */
public record CaseStep(
    FeedbackCase feedbackCase, List<Effect> effects, String reason, boolean ignored) {

  /**
   * Creates a step.
   *
   * @throws NullPointerException if an argument is null
   */
  public CaseStep {
    requireNonNull(feedbackCase, "feedbackCase is null");
    effects = List.copyOf(effects);
    requireNonNull(reason, "reason is null");
  }
}
