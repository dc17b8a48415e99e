package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.Function;

/**
 * The documented limits on input that Huifang accepts, and the mechanism that enforces the limit on
 * nesting before anything recurses.
 *
 * <p>Every limit is a Problem when broken, never an exception, a hang or a stack overflow:
 * {@link dev.huifang.core.json.HuifangJson} refuses a JSON document longer than
 * {@value #MAX_DOCUMENT_LENGTH} characters, a text longer than {@value #MAX_TEXT_LENGTH}
 * characters, a property name longer than {@value #MAX_NAME_LENGTH} characters, a number written
 * with more than {@value #MAX_NUMBER_LENGTH} characters, JSON nested more than
 * {@value #MAX_NESTING_DEPTH} levels deep, an instant outside [{@link #EARLIEST},
 * {@link #LATEST}) and a duration longer than {@link #LONGEST} either way. Models whose values
 * nest (condition trees) check their depth with {@link #depthExceeds(Object, Function, int)} or
 * {@link Checklist#nestedAtMost(String, Object, Function, int)} against
 * {@value #MAX_CONDITION_DEPTH} before they recurse, whether they were read from JSON or built in
 * Java. Problems themselves are capped: see {@link Problem}.
 */
public final class Limits {

  /** The longest JSON document, in characters: 4 MiB. */
  public static final int MAX_DOCUMENT_LENGTH = 4 * 1024 * 1024;
  /** The longest text value in a JSON document, in characters. */
  public static final int MAX_TEXT_LENGTH = 100_000;
  /** The longest property name (or map key) in a JSON document, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The longest number in a JSON document, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /**
   * How deeply a JSON document may nest objects and arrays: far more than any Huifang document
   * needs, and far below what would exhaust a thread's stack.
   */
  public static final int MAX_NESTING_DEPTH = 128;
  /** How deeply a condition tree (a visibility or trigger condition) may nest. */
  public static final int MAX_CONDITION_DEPTH = 32;
  /** The earliest instant Huifang accepts from outside: 1900-01-01T00:00:00Z. */
  public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  /** The first instant after the latest Huifang accepts from outside: 2200-01-01T00:00:00Z. */
  public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
  /** The longest duration, positive or negative, Huifang accepts from outside: 36,525 days. */
  public static final Duration LONGEST = Duration.ofDays(36_525);
  /** The longest path a {@link Problem} shows, in characters. */
  public static final int MAX_PROBLEM_PATH_LENGTH = 200;
  /** The longest rejected value a {@link Problem} shows, in characters. */
  public static final int MAX_PROBLEM_VALUE_LENGTH = 200;
  /** The longest rule a {@link Problem} states, in characters. */
  public static final int MAX_PROBLEM_RULE_LENGTH = 600;
  /** The longest {@link Problem#message()}: a path, a rule and a rejected value, each capped. */
  public static final int MAX_PROBLEM_MESSAGE_LENGTH =
      MAX_PROBLEM_PATH_LENGTH + MAX_PROBLEM_RULE_LENGTH + MAX_PROBLEM_VALUE_LENGTH + 8;

  private Limits() {}

  /**
   * Whether the tree under {@code root} is nested more than {@code maxDepth} levels deep (the root
   * alone is 1 level). Walks depth-first with an explicit stack, never recursing, and stops at the
   * first node below {@code maxDepth}, so a tree of any depth is answered in at most the time it
   * takes to visit the nodes within the limit.
   *
   * @param children the children of a node; a leaf has none
   */
  public static <N> boolean depthExceeds(N root,
      Function<? super N, ? extends Iterable<? extends N>> children, int maxDepth) {
    requireNonNull(root, "root is null");
    requireNonNull(children, "children is null");
    if (maxDepth < 1) {
      return true;
    }
    ArrayDeque<Iterator<? extends N>> path = new ArrayDeque<>();
    path.push(children.apply(root).iterator());
    while (!path.isEmpty()) {
      Iterator<? extends N> next = path.peek();
      if (!next.hasNext()) {
        path.pop();
        continue;
      }
      N child = next.next();
      if (path.size() + 1 > maxDepth) {
        return true;
      }
      path.push(children.apply(child).iterator());
    }
    return false;
  }

  /** Whether Huifang accepts {@code instant} from outside: within [{@link #EARLIEST}, {@link #LATEST}). */
  public static boolean accepts(Instant instant) {
    return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST);
  }

  /** Whether Huifang accepts {@code duration} from outside: at most {@link #LONGEST} either way. */
  public static boolean accepts(Duration duration) {
    return duration.abs().compareTo(LONGEST) <= 0;
  }
}
