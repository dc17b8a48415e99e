package dev.huifang.closedloop.internal;

import dev.huifang.closedloop.machine.Action;
import dev.huifang.closedloop.machine.Effect;
import java.util.List;

/**
 * The action that asks for nothing, as one recognisable instance: the table precomputes the
 * outcome of transitions that have it, so firing them allocates nothing.
 */
public final class NoAction implements Action<Object> {

  private static final NoAction INSTANCE = new NoAction();

  private NoAction() {}

  /** The instance, typed for any context. */
  @SuppressWarnings("unchecked")
  public static <C> Action<C> instance() {
    return (Action<C>) (Action<?>) INSTANCE;
  }

  @Override
  public List<Effect> effects(Object context) {
    return List.of();
  }

  @Override
  public String toString() {
    return "Action.none()";
  }
}
