package dev.huifang.closedloop.machine;

import dev.huifang.closedloop.internal.NoAction;
import java.util.List;

/**
 * What a transition asks the host app to do, returned as data instead of done.
 *
 * <p>An action is a pure function of the context: it must not mutate anything, read a clock or do
 * I/O. The kernel returns its effects in the {@link Outcome} of the firing.
 *
 * @param <C> the context the action reads
 */
@FunctionalInterface
public interface Action<C> {

  /**
   * The action that asks for nothing; always the same instance, so that the kernel can build the
   * outcome of such transitions once and fire them without allocating.
   */
  static <C> Action<C> none() {
    return NoAction.instance();
  }

  /**
   * The effects of firing in {@code context}, in the order the host app should carry them out.
   *
   * @return an immutable list, possibly empty, never null
   */
  List<Effect> effects(C context);
}
