package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.machine.Effect;
import java.util.List;

/**
 * The result of {@link FeedbackLoop#advance}: the case after time passed, every time limit's
 * reading, the events Huifang added (escalations, an automatic closure) and their effects.
 *
 * @param feedbackCase the case with the new events applied
 * @param clocks the readings of the limits that apply, breaches and upcoming deadlines included
 * @param events the events added to the log, in order; store them like any other event
 * @param effects what the host app is asked to do: escalate, notify
 */
public record CaseAdvance(
    FeedbackCase feedbackCase, List<ClockReading> clocks, List<CaseEvent> events,
    List<Effect> effects) {

  /**
   * Creates an advance.
   *
   * @throws NullPointerException if an argument is null
   */
  public CaseAdvance {
    requireNonNull(feedbackCase, "feedbackCase is null");
    clocks = List.copyOf(clocks);
    events = List.copyOf(events);
    effects = List.copyOf(effects);
  }
}
