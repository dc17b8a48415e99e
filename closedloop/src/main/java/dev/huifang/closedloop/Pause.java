package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A stretch of time during which the case waited on the submitter; time limits do not run then.
 *
 * @param from when the owner side asked ({@link CaseEvent.InfoRequested})
 * @param to when the submitter answered ({@link CaseEvent.InfoProvided}) or the case ended
 */
public record Pause(Instant from, Instant to) {

  /**
   * Creates a pause.
   *
   * @throws NullPointerException if an argument is null
   */
  public Pause {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
  }
}
