package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects every {@link Problem} of one model while its rules are checked, so the caller sees all
 * of them at once instead of the first.
 *
 * <p>A Checklist is a short-lived, single-threaded accumulator, used inside a validation method and
 * then turned into a {@code Validation} with {@link #toValidation(Supplier)} or thrown with
 * {@link #throwIfAny(String)}. Each check names the field relative to the checklist's base path and
 * words its rule the way {@link Problem#message()} shows it, e.g.
 * {@code priorEngagements: must be >= 0, was -2}.
 */
public final class Checklist {

  // Models run their checks on every construction, most of them on valid values: every method
  // builds a rule text and boxes the rejected value only once the check has failed.

  /** The longest identifier Huifang accepts: enough for UUIDs and composite keys. */
  public static final int MAX_ID_LENGTH = 128;

  private final String base;
  // An ArrayList appends in amortised O(1): collecting n Problems costs O(n). Vavr's List
  // appends by copying, which made an input with tens of thousands of Problems quadratic.
  private final ArrayList<Problem> problems = new ArrayList<>();

  private Checklist(String base) {
    this.base = base;
  }

  /** A checklist whose field paths are relative to the root of the input. */
  public static Checklist root() {
    return new Checklist("");
  }

  /** A checklist whose field paths are placed under {@code basePath}. */
  public static Checklist at(String basePath) {
    return new Checklist(requireNonNull(basePath, "basePath is null"));
  }

  /** The full path of {@code field} under this checklist's base. */
  public String path(String field) {
    return Problem.join(base, field);
  }

  /** Adds a Problem whose path is relative to this checklist's base. */
  public Checklist add(Problem problem) {
    problems.add(base.isEmpty() ? problem : problem.under(base));
    return this;
  }

  /** Adds every Problem, each placed under {@code field}. */
  public Checklist addAll(String field, Iterable<Problem> nested) {
    for (Problem problem : nested) {
      add(problem.under(field));
    }
    return this;
  }

  /** Records a Problem unless {@code holds}. */
  public Checklist require(
      boolean holds, String code, String field, @Nullable Object rejected, String rule) {
    if (!holds) {
      add(Problem.of(code, field, rejected, rule));
    }
    return this;
  }

  /** The value must be present. */
  public Checklist present(String field, @Nullable Object value) {
    if (value == null) {
      add(Problem.required(field));
    }
    return this;
  }

  /** The text must contain something other than white space. */
  public Checklist notBlank(String field, @Nullable String value) {
    return value == null
        ? present(field, null)
        : require(!value.isBlank(), Problem.BLANK, field, value, "must not be blank");
  }

  /**
   * An identifier must be non-blank, without surrounding white space, and at most
   * {@value #MAX_ID_LENGTH} characters long.
   */
  public Checklist id(String field, @Nullable Identifier id) {
    if (id == null) {
      return present(field, null);
    }
    String value = id.value();
    if (value.isBlank()) {
      return add(Problem.of(Problem.BLANK, field, value, "must not be blank"));
    }
    require(value.strip().equals(value), Problem.FORMAT, field, value,
        "must not start or end with white space");
    return value.length() <= MAX_ID_LENGTH ? this : add(Problem.of(Problem.RANGE, field, value,
        "must be at most " + MAX_ID_LENGTH + " characters long"));
  }

  /** The count must be {@code >= min}. */
  public Checklist atLeast(String field, long value, long min) {
    return value >= min ? this : add(Problem.of(Problem.RANGE, field, value, "must be >= " + min));
  }

  /** The count must be {@code <= max}. */
  public Checklist atMost(String field, long value, long max) {
    return value <= max ? this : add(Problem.of(Problem.RANGE, field, value, "must be <= " + max));
  }

  /** The number must be finite, neither NaN nor infinite. */
  public Checklist finite(String field, double value) {
    return Double.isFinite(value)
        ? this
        : add(Problem.of(Problem.RANGE, field, value, "must be a finite number"));
  }

  /** The number must be finite and {@code >= min}. */
  public Checklist atLeast(String field, double value, double min) {
    if (!Double.isFinite(value)) {
      return finite(field, value);
    }
    return value >= min ? this : add(Problem.of(Problem.RANGE, field, value, "must be >= " + min));
  }

  /** The number must be finite and {@code > bound}. */
  public Checklist greaterThan(String field, double value, double bound) {
    if (!Double.isFinite(value)) {
      return finite(field, value);
    }
    return value > bound
        ? this
        : add(Problem.of(Problem.RANGE, field, value, "must be > " + bound));
  }

  /** The number must be finite and within {@code [min, max]}. */
  public Checklist within(String field, double value, double min, double max) {
    if (!Double.isFinite(value)) {
      return finite(field, value);
    }
    return value >= min && value <= max ? this : add(Problem.of(Problem.RANGE, field, value,
        "must be within [" + min + ", " + max + "]"));
  }

  /** The duration must be strictly positive. */
  public Checklist positive(String field, @Nullable Duration value) {
    return value == null
        ? present(field, null)
        : require(!value.isNegative() && !value.isZero(), Problem.RANGE, field, value,
            "must be > PT0S");
  }

  /** The duration must not be negative. */
  public Checklist notNegative(String field, @Nullable Duration value) {
    return value == null
        ? present(field, null)
        : require(!value.isNegative(), Problem.RANGE, field, value, "must be >= PT0S");
  }

  /** {@code later} must not be before {@code earlier}, the value of {@code earlierField}. */
  public Checklist notBefore(String field, Instant later, String earlierField, Instant earlier) {
    if (later.isBefore(earlier)) {
      add(Problem.of(Problem.ORDER, field, later,
          "must not be before " + earlierField + " (" + earlier + ")"));
    }
    return this;
  }

  /**
   * A tree must be nested at most {@code maxDepth} levels deep (a leaf alone is 1 level). The
   * depth is measured without recursion and the walk stops at the first node deeper than allowed,
   * so a tree too deep for the stack is reported, not walked: call this before anything that
   * recurses over the tree (describing, validating, evaluating).
   *
   * @param children the children of a node; a leaf has none
   * @see Limits#depthExceeds(Object, java.util.function.Function, int)
   */
  public <N> Checklist nestedAtMost(String field, N root,
      java.util.function.Function<? super N, ? extends Iterable<? extends N>> children,
      int maxDepth) {
    if (Limits.depthExceeds(root, children, maxDepth)) {
      add(Problem.of(Problem.RANGE, field, null,
          "must be nested at most " + maxDepth + " levels deep"));
    }
    return this;
  }

  /** True when no Problem has been recorded. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** The Problems recorded so far, in the order they were found. */
  public Seq<Problem> problems() {
    return Vector.ofAll(problems);
  }

  /**
   * {@code Valid} with the supplied value when no Problem was recorded (the supplier is only called
   * then), otherwise {@code Invalid} with every Problem.
   */
  public <T> Validation<Seq<Problem>, T> toValidation(Supplier<? extends T> value) {
    return problems.isEmpty() ? Validation.valid(value.get()) : Validation.invalid(problems());
  }

  /**
   * Throws when a Problem was recorded: for invariant checks of models built from trusted code.
   *
   * @throws InvalidModelException naming {@code model} and carrying every Problem
   */
  public void throwIfAny(String model) {
    if (!problems.isEmpty()) {
      throw new InvalidModelException(model, problems());
    }
  }
}
