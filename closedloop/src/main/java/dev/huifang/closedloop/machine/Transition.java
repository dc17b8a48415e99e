package dev.huifang.closedloop.machine;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One legal move of a state machine: on {@code event} in state {@code from}, go to {@code to} when
 * the guard (if any) holds, and emit the action's effects.
 *
 * <p>When several transitions share a state and an event, the kernel tries them by ascending
 * {@link #priority()} and takes the first whose guard holds; equal priorities in one cell are
 * ambiguous and rejected when the definition is built.
 *
 * @param name a short unique name, quoted in outcomes and diagrams
 * @param from the source state
 * @param event the event
 * @param to the target state
 * @param guard the condition, or {@code null} when the transition always fires
 * @param action the effects it asks for
 * @param priority lower values are tried first; 0 unless set
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 */
public record Transition<S extends Enum<S>, E extends Enum<E>, C>(
    String name, S from, E event, S to, @Nullable Guard<C> guard, Action<C> action, int priority) {

  /**
   * Creates a transition.
   *
   * @throws NullPointerException if name, from, event, to or action is null
   */
  public Transition {
    requireNonNull(name, "name is null");
    requireNonNull(from, "from is null");
    requireNonNull(event, "event is null");
    requireNonNull(to, "to is null");
    requireNonNull(action, "action is null");
  }

  /** An unguarded transition without effects, priority 0. */
  public static <S extends Enum<S>, E extends Enum<E>, C> Transition<S, E, C> of(
      String name, S from, E event, S to) {
    return new Transition<>(name, from, event, to, null, Action.none(), 0);
  }

  /** This transition, fired only when {@code condition} holds. */
  public Transition<S, E, C> when(Guard<C> condition) {
    return new Transition<>(name, from, event, to, condition, action, priority);
  }

  /** This transition, emitting the effects of {@code effects}. */
  public Transition<S, E, C> then(Action<C> effects) {
    return new Transition<>(name, from, event, to, guard, effects, priority);
  }

  /** This transition with priority {@code order} (lower is tried first). */
  public Transition<S, E, C> priority(int order) {
    return new Transition<>(name, from, event, to, guard, action, order);
  }

  /** Why this transition fires when it does: its guard's name, or that it is unguarded. */
  public String reason() {
    return guard == null
        ? "unguarded transition " + name
        : "transition " + name + ": guard '" + guard.name() + "' held";
  }
}
