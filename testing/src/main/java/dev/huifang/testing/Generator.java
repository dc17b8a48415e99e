package dev.huifang.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * A framework-neutral generator of test values: a function of a seeded
 * {@link RandomGenerator} and a size. The same random state and size always give the same value;
 * a generator never reads a clock or an unseeded source of randomness.
 *
 * <p>The size is a hint from 0 up, bounding how big generated collections may grow: combinators
 * such as {@link #listOf(Generator, int, int)} draw at most {@code max(min, min(max, size))}
 * elements, so a small size gives small values. Generators ignore it when it does not apply.
 *
 * <p><b>Deterministic streams.</b> {@link #stream(long, int)} and {@link #list(long, int)} draw
 * from one {@link SplittableRandom} seeded with {@code seed} (Java's SplitMix64), element by
 * element, at size {@link #DEFAULT_SIZE}: the same seed gives the same values on every JDK from 17
 * on, and different seeds give different values.
 *
 * <p><b>QuickTheories.</b> {@link #toGen()} adapts a generator to a QuickTheories {@code Gen}: it
 * draws a size in {@code [0, DEFAULT_SIZE]} and a seed from QuickTheories' randomness source, so
 * theories stay reproducible with {@code withFixedSeed}, and shrinking tries smaller sizes:
 * <pre>{@code
 * qt().forAll(ScoringValues.schemes().toGen()).check(scheme -> ...);
 * }</pre>
 *
 * <p><b>JUnit's {@code @MethodSource}.</b> A static method returning the generator's stream feeds a
 * parameterized test; no Huifang class depends on JUnit:
 * <pre>{@code
 * static Stream<ScoringScheme> schemes() {
 *   return ScoringValues.schemes().stream(20261122L, 50);
 * }
 *
 * @ParameterizedTest
 * @MethodSource("schemes")
 * void scoresEveryCohort(ScoringScheme scheme) { ... }
 * }</pre>
 *
 * <p><b>jqwik.</b> Huifang does not depend on jqwik; a suite that uses it wraps a generator in an
 * arbitrary whose randomness jqwik controls (jqwik does not shrink such values):
 * <pre>{@code
 * @Provide
 * Arbitrary<ScoringScheme> schemes() {
 *   return Arbitraries.randomValue(random -> ScoringValues.schemes()
 *       .next(new SplittableRandom(random.nextLong()), Generator.DEFAULT_SIZE));
 * }
 * }</pre>
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Generator<T> {

  /** The size {@link #stream(long, int)}, {@link #list(long, int)} and {@link #toGen()} grow to. */
  int DEFAULT_SIZE = 30;

  /**
   * The next value.
   *
   * @param random the source of randomness; the generator advances it
   * @param size how big the value may grow, from 0 up
   * @return a value; never null
   */
  T next(RandomGenerator random, int size);

  /**
   * Always {@code value}.
   *
   * @param <T> the value's type
   * @param value the value
   * @return a generator of {@code value}
   */
  static <T> Generator<T> constant(T value) {
    requireNonNull(value, "value is null");
    return (random, size) -> value;
  }

  /**
   * Integers in {@code [min, max]}, both included, evenly.
   *
   * @param min the least value
   * @param max the greatest value, not below {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Generator<Integer> ints(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("max must be >= min, was " + max + " < " + min);
    }
    return (random, size) -> (int) random.nextLong(min, (long) max + 1);
  }

  /**
   * Longs of the full range, evenly.
   *
   * @return the generator
   */
  static Generator<Long> longs() {
    return (random, size) -> random.nextLong();
  }

  /**
   * Doubles in {@code [min, max)}, evenly.
   *
   * @param min the least value
   * @param max the bound, above {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max <= min}
   */
  static Generator<Double> doubles(double min, double max) {
    if (!(max > min)) {
      throw new IllegalArgumentException("max must be > min, was " + max + " <= " + min);
    }
    return (random, size) -> random.nextDouble(min, max);
  }

  /**
   * True or false, evenly.
   *
   * @return the generator
   */
  static Generator<Boolean> booleans() {
    return (random, size) -> random.nextBoolean();
  }

  /**
   * One of {@code values}, evenly.
   *
   * @param <T> the values' type
   * @param values the values, at least one
   * @return the generator
   * @throws IllegalArgumentException if {@code values} is empty
   */
  static <T> Generator<T> pick(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
    return (random, size) -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * The value of one of {@code generators}, chosen evenly.
   *
   * @param <T> the values' type
   * @param generators the generators, at least one
   * @return the generator
   * @throws IllegalArgumentException if there are none
   */
  @SafeVarargs
  static <T> Generator<T> oneOf(Generator<? extends T>... generators) {
    List<Generator<? extends T>> copy = new ArrayList<>();
    for (Generator<? extends T> generator : generators) {
      copy.add(requireNonNull(generator, "generator is null"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("generators must not be empty");
    }
    return (random, size) -> copy.get(random.nextInt(copy.size())).next(random, size);
  }

  /**
   * Lists of {@code min} to {@code max} elements of {@code element}; at most
   * {@code max(min, min(max, size))} of them for a given size.
   *
   * @param <T> the elements' type
   * @param element the generator of each element
   * @param min the least number of elements, {@code >= 0}
   * @param max the greatest number of elements, not below {@code min}
   * @return a generator of unmodifiable lists
   * @throws IllegalArgumentException if the bounds are out of order or negative
   */
  static <T> Generator<List<T>> listOf(Generator<? extends T> element, int min, int max) {
    requireNonNull(element, "element is null");
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bounds must be 0 <= min <= max, were " + min + ", " + max);
    }
    return (random, size) -> {
      int upper = Math.max(min, Math.min(max, size));
      int count = (int) random.nextLong(min, (long) upper + 1);
      List<T> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(element.next(random, size));
      }
      return List.copyOf(out);
    };
  }

  /**
   * This generator's values turned by {@code f}.
   *
   * @param <R> the result type
   * @param f the function, returning non-null values
   * @return the generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    requireNonNull(f, "f is null");
    return (random, size) -> f.apply(next(random, size));
  }

  /**
   * A generator chosen by this generator's value, then run with the same randomness.
   *
   * @param <R> the result type
   * @param f the function giving the next generator
   * @return the generator
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> f) {
    requireNonNull(f, "f is null");
    return (random, size) -> f.apply(next(random, size)).next(random, size);
  }

  /**
   * The first {@code count} values for {@code seed}, at size {@link #DEFAULT_SIZE}, drawn from a
   * {@code new SplittableRandom(seed)}.
   *
   * @param seed the seed
   * @param count how many values, {@code >= 0}
   * @return an unmodifiable list; the same for the same seed
   */
  default List<T> list(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(requireNonNull(next(random, DEFAULT_SIZE), "generated value is null"));
    }
    return List.copyOf(out);
  }

  /**
   * The values of {@link #list(long, int)} as a stream, for JUnit's {@code @MethodSource} or any
   * other runner; generated eagerly, so even a parallel stream holds the same values.
   *
   * @param seed the seed
   * @param count how many values, {@code >= 0}
   * @return a stream of the same values for the same seed
   */
  default Stream<T> stream(long seed, int count) {
    return list(seed, count).stream();
  }

  /**
   * One value for {@code seed}: the first of {@link #list(long, int)}.
   *
   * @param seed the seed
   * @return the value
   */
  default T sample(long seed) {
    return list(seed, 1).get(0);
  }

  /**
   * This generator as a QuickTheories {@code Gen}: each value draws a size in
   * {@code [0, DEFAULT_SIZE]} and a seed from QuickTheories' randomness source and runs this
   * generator on a {@code new SplittableRandom(seed)}.
   *
   * @return the QuickTheories generator
   */
  default Gen<T> toGen() {
    return in -> {
      int size = (int) in.next(Constraint.between(0, DEFAULT_SIZE));
      long seed = in.next(Constraint.none());
      return next(new SplittableRandom(seed), size);
    };
  }
}
