package dev.huifang.closedloop.machine;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;

/**
 * A named condition over the context that must hold for a transition to fire.
 *
 * <p>The name is what an {@link Outcome} and a rejection quote as the reason, so it should read as
 * a fact ({@code "submitter is awaited"}), not as code.
 *
 * @param name the condition in words; not blank
 * @param test the condition itself; it must be pure and fast, it runs on every firing
 * @param <C> the context the condition reads
 */
public record Guard<C>(String name, Predicate<? super C> test) {

  /**
   * Creates a guard.
   *
   * @throws NullPointerException if name or test is null
   * @throws IllegalArgumentException if name is blank (a programmer error)
   */
  public Guard {
    requireNonNull(name, "name is null");
    requireNonNull(test, "test is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
  }

  /** The guard named {@code name} that holds when {@code test} does. */
  public static <C> Guard<C> of(String name, Predicate<? super C> test) {
    return new Guard<>(name, test);
  }

  /** True when the condition holds for {@code context}. */
  public boolean holds(C context) {
    return test.test(context);
  }
}
