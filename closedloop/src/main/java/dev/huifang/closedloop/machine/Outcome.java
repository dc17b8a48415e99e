package dev.huifang.closedloop.machine;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of firing an event: the state before and after, the transition taken, why it was
 * taken and the effects it asks for. Firing never mutates; the caller keeps {@link #to()}.
 *
 * @param from the state the event was fired in
 * @param to the new state (equal to {@code from} for a self-transition)
 * @param event the event fired
 * @param transition the name of the transition taken
 * @param reason why this transition was taken: the guard that held, or that it is unguarded
 * @param effects what the host app is asked to do, in order
 * @param <S> the state type
 * @param <E> the event type
 */
public record Outcome<S, E>(
    S from, S to, E event, String transition, String reason, List<Effect> effects) {

  /**
   * Creates an outcome.
   *
   * @throws NullPointerException if any argument is null
   */
  public Outcome {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    requireNonNull(event, "event is null");
    requireNonNull(transition, "transition is null");
    requireNonNull(reason, "reason is null");
    effects = List.copyOf(effects);
  }

  /** True when the state changed. */
  public boolean changed() {
    return !from.equals(to);
  }
}
