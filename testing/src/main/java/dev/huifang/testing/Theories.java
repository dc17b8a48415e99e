package dev.huifang.testing;

import org.quicktheories.QuickTheory;

/**
 * QuickTheories set up the Huifang way: a fixed seed, so that a failing property fails again on
 * every machine, and a number of examples that fits a 2-core CI run.
 *
 * <p>The seed comes from the system property {@code huifang.seed} (default {@value #DEFAULT_SEED}),
 * the number of examples from {@code huifang.examples} (default {@value #DEFAULT_EXAMPLES}); pass
 * {@code -Dhuifang.seed=...} to Maven to explore other seeds.
 */
public final class Theories {

  /** The seed used unless {@code huifang.seed} says otherwise. */
  public static final long DEFAULT_SEED = 20261122L;
  /** The number of examples per property unless {@code huifang.examples} says otherwise. */
  public static final int DEFAULT_EXAMPLES = 200;

  private Theories() {}

  /** A theory with the configured seed and number of examples. */
  public static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(seed()).withExamples(examples());
  }

  /** A theory with the configured seed and {@code examples} examples. */
  public static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(seed()).withExamples(examples);
  }

  /** The configured seed. */
  public static long seed() {
    return Long.getLong("huifang.seed", DEFAULT_SEED);
  }

  private static int examples() {
    return Integer.getInteger("huifang.examples", DEFAULT_EXAMPLES);
  }
}
