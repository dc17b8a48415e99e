package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One reason why input was rejected: which field (a path such as {@code weights.quality} or
 * {@code questions[3].options}), which value, and which rule it broke.
 *
 * <p>Engines never throw for bad data; they return Problems, usually accumulated in a Vavr
 * {@code Validation<Seq<Problem>, T>}. {@link #message()} renders the form users see, for example
 * {@code priorEngagements: must be >= 0, was -2}.
 *
 * @param code a short, stable, machine-readable kind such as {@link #RANGE}; host apps may add
 *     their own
 * @param path the field path from the root of the input, or {@code $} for the input as a whole
 * @param rejected the rejected value as text (strings quoted), or {@code null} when no single value
 *     is at fault (a missing field, an inconsistent set)
 * @param rule the rule that was broken, phrased as what the value must be
 * @param data the numbers behind the rule, for machines, by name (e.g. {@code lambdaMax},
 *     {@code consistencyRatio}, {@code randomIndexTable}); values are text, booleans, whole
 *     numbers or finite doubles, so they round-trip through JSON; empty for most Problems and then
 *     left out of JSON
 *
 * <p>Problems stay readable whatever the input: a path longer than
 * {@value Limits#MAX_PROBLEM_PATH_LENGTH} characters keeps its start and its end around an
 * ellipsis ({@code …}), a rejected value longer than {@value Limits#MAX_PROBLEM_VALUE_LENGTH} and a
 * rule longer than {@value Limits#MAX_PROBLEM_RULE_LENGTH} characters keep their start and end
 * with an ellipsis, so that no message is longer than {@link Limits#MAX_PROBLEM_MESSAGE_LENGTH}.
 */
public record Problem(String code, String path, @Nullable String rejected, String rule,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> data) {

  /** A required value is missing. */
  public static final String REQUIRED = "required";
  /** A text or identifier is empty or only white space. */
  public static final String BLANK = "blank";
  /** A number, duration or count is outside its allowed range, or is NaN or infinite. */
  public static final String RANGE = "range";
  /** Two values are in the wrong order (an end before its start, time going backwards). */
  public static final String ORDER = "order";
  /** A reference names something that does not exist (a metric, a question, a category). */
  public static final String UNKNOWN = "unknown";
  /** A value does not have the required form (malformed JSON, a wrong type, a bad tag). */
  public static final String FORMAT = "format";
  /** A value occurs twice where it must be unique. */
  public static final String DUPLICATE = "duplicate";
  /** Values are each fine but do not fit together (weights not summing to 1, a CR above 0.10). */
  public static final String INCONSISTENT = "inconsistent";
  /** A request cannot be met under the declared constraints (an infeasible questionnaire plan). */
  public static final String INFEASIBLE = "infeasible";
  /** The actor may not do this. */
  public static final String FORBIDDEN = "forbidden";
  /** The state the caller expected is not the current one (a version mismatch). */
  public static final String CONFLICT = "conflict";

  /** The path that stands for the whole input. */
  public static final String ROOT = "$";

  /** What stands for the part of a long path, value or rule that a Problem leaves out. */
  public static final String ELLIPSIS = "\u2026";

  /**
   * Creates a Problem with data; blank paths are replaced by {@link #ROOT}; the data are copied,
   * sorted by name.
   *
   * @throws NullPointerException if code, path or rule is null
   * @throws IllegalArgumentException if a data value is not text, a boolean, a whole number that
   *     fits an {@code int} or a finite number (a programmer error)
   */
  @JsonCreator
  public Problem(
      @JsonProperty("code") String code,
      @JsonProperty("path") String path,
      @JsonProperty("rejected") @Nullable String rejected,
      @JsonProperty("rule") String rule,
      @JsonProperty("data") @Nullable Map<String, Object> data) {
    this.code = requireNonNull(code, "code is null");
    this.path = requireNonNull(path, "path is null").isBlank() ? ROOT
        : shortened(path, Limits.MAX_PROBLEM_PATH_LENGTH, true);
    this.rejected = rejected == null ? null
        : shortened(rejected, Limits.MAX_PROBLEM_VALUE_LENGTH, false);
    this.rule = shortened(requireNonNull(rule, "rule is null"), Limits.MAX_PROBLEM_RULE_LENGTH,
        false);
    this.data = copyOf(data);
  }

  /**
   * Creates a Problem without data; blank paths are replaced by {@link #ROOT}.
   *
   * @throws NullPointerException if code, path or rule is null
   */
  public Problem(String code, String path, @Nullable String rejected, String rule) {
    this(code, path, rejected, rule, null);
  }

  /**
   * A Problem about {@code rejected}, rendered with {@link #render(Object)}.
   *
   * @param rejected the offending value; {@code null} when no single value is at fault
   */
  public static Problem of(String code, String path, @Nullable Object rejected, String rule) {
    return new Problem(code, path, rejected == null ? null : render(rejected), rule);
  }

  /** A Problem for a missing value at {@code path}. */
  public static Problem required(String path) {
    return new Problem(REQUIRED, path, null, "is required");
  }

  /**
   * Renders a rejected value the way messages show it: text in double quotes, numbers and other
   * values by {@code toString()}, collections and maps by their elements.
   */
  public static String render(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence text) {
      return '"' + text.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (value instanceof Collection<?> items) {
      StringBuilder out = new StringBuilder("[");
      for (Object item : items) {
        out.append(out.length() > 1 ? ", " : "").append(render(item));
      }
      return out.append(']').toString();
    }
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      map.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(k).append('=').append(render(v)));
      return out.append('}').toString();
    }
    return value.toString();
  }

  /**
   * Joins a parent path and a child path: {@code join("period", "end")} is {@code period.end};
   * a child that starts with {@code [} is appended as is ({@code weights[2]}); {@link #ROOT} or an
   * empty side disappears.
   */
  public static String join(String parent, String child) {
    if (parent.isEmpty() || parent.equals(ROOT)) {
      return child.isEmpty() ? ROOT : child;
    }
    if (child.isEmpty() || child.equals(ROOT)) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + '.' + child;
  }

  /** The path of element {@code index} of the list at {@code path}: {@code questions[3]}. */
  public static String index(String path, int index) {
    return join(path, "[" + index + "]");
  }

  /**
   * {@code text} if it is at most {@code max} characters long, otherwise its start, an ellipsis
   * and (for paths, whose last step says most) its end; never cuts a surrogate pair.
   */
  static String shortened(String text, int max, boolean keepEnd) {
    if (text.length() <= max) {
      return text;
    }
    int head = keepEnd ? (max - 1) / 2 : max - 1;
    int tail = keepEnd ? max - 1 - head : 0;
    if (Character.isHighSurrogate(text.charAt(head - 1))) {
      head--;
    }
    int from = text.length() - tail;
    if (tail > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    return text.substring(0, head) + ELLIPSIS + text.substring(from);
  }

  /** This Problem, with its path placed under {@code parent}. */
  public Problem under(String parent) {
    return new Problem(code, join(parent, path), rejected, rule, data);
  }

  /**
   * This Problem with {@code data} (replacing any it had): the numbers behind the rule, for
   * machines.
   *
   * @throws IllegalArgumentException if a value is not text, a boolean, a whole number that fits
   *     an {@code int} or a finite number (a programmer error)
   */
  public Problem withData(Map<String, ?> data) {
    return new Problem(code, path, rejected, rule,
        new java.util.HashMap<String, Object>(requireNonNull(data, "data is null")));
  }

  private static Map<String, Object> copyOf(@Nullable Map<String, Object> data) {
    if (data == null || data.isEmpty()) {
      return Map.of();
    }
    TreeMap<String, Object> copy = new TreeMap<>();
    data.forEach((name, value) -> copy.put(requireNonNull(name, "data name is null"),
        jsonValue(name, value)));
    return Collections.unmodifiableMap(copy);
  }

  /** The value as JSON reads it back: text, Boolean, Integer or a finite Double. */
  private static Object jsonValue(String name, @Nullable Object value) {
    if (value instanceof String || value instanceof Boolean || value instanceof Integer) {
      return value;
    }
    if (value instanceof Double number && Double.isFinite(number)) {
      return number;
    }
    if (value instanceof Float number && Float.isFinite(number)) {
      return (double) number;
    }
    if ((value instanceof Long || value instanceof Short || value instanceof Byte)
        && ((Number) value).longValue() == ((Number) value).intValue()) {
      return ((Number) value).intValue();
    }
    throw new IllegalArgumentException("data." + name + " must be text, a boolean, an int or a "
        + "finite number, was " + value);
  }

  /**
   * The message users see: {@code path: rule, was value}, or {@code path: rule} when no single
   * value is at fault.
   */
  public String message() {
    return rejected == null ? path + ": " + rule : path + ": " + rule + ", was " + rejected;
  }

  @Override
  public String toString() {
    return message();
  }
}
