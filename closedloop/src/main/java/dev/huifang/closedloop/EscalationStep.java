package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * One step of the escalation ladder: once a time limit has been broken for {@code after} (business
 * time), the case goes to {@code target}.
 *
 * @param target {@link ActorRole#OWNER}, {@link ActorRole#SUPERVISOR} or
 *     {@link ActorRole#DIRECTOR}
 * @param after how long past the deadline this step fires; zero fires at the breach
 */
public record EscalationStep(ActorRole target, Duration after) {

  /**
   * Creates a step; {@link EscalationLadder} checks the values.
   *
   * @throws NullPointerException if an argument is null
   */
  public EscalationStep {
    requireNonNull(target, "target is null");
    requireNonNull(after, "after is null");
  }
}
