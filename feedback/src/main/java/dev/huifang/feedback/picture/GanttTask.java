package dev.huifang.feedback.picture;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;
import java.time.Instant;

/**
 * One bar or milestone of a {@link CaseTimelineChart}: a step of a case, a deadline, a breach or an
 * escalation.
 *
 * @param section the group it is drawn in (e.g. "handling", "deadlines")
 * @param label what happened or is due
 * @param start when it started (or, for a milestone, when it is)
 * @param end when it ended; equal to start for a milestone
 * @param status how it is drawn
 */
public record GanttTask(LocalizedText section, LocalizedText label, Instant start, Instant end,
    Status status) {

  /** How a task is drawn. */
  public enum Status {
    /** A finished step. */
    DONE,
    /** A step still under way. */
    ACTIVE,
    /** A breach or an escalation: drawn in red. */
    CRITICAL,
    /** A point in time, such as a deadline. */
    MILESTONE
  }

  /**
   * Creates a task.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if it ends before it starts
   */
  public GanttTask {
    requireNonNull(section, "section is null");
    requireNonNull(label, "label is null");
    requireNonNull(start, "start is null");
    requireNonNull(end, "end is null");
    requireNonNull(status, "status is null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end: must not be before start " + start + ", was " + end);
    }
  }
}
