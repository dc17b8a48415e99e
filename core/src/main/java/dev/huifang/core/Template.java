package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A localized text with named placeholders, such as {@code "When a customer asked about
 * {product}'s {feature}, how did you explain it?"}; questions and feedback scripts are written as
 * templates and filled from an engagement's context or a Finding's evidence.
 *
 * <p>A placeholder is a name in braces, made of letters, digits, {@code _} and {@code .}, starting
 * with a letter; {@code {{} and {@code }}} stand for literal braces. Filling never leaves a blank:
 * a placeholder without a value is a {@link Problem#REQUIRED}, and
 * {@link #unknownPlaceholders(String, Collection)} reports names a host app's template uses but no
 * context provides. In JSON a template is the same object as a {@link LocalizedText}.
 *
 * @param text the template in each locale
 */
public record Template(@JsonValue LocalizedText text) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*");

  /**
   * Creates a template.
   *
   * @throws NullPointerException if text is null
   */
  public Template {
    requireNonNull(text, "text is null");
  }

  /** A template in Simplified Chinese and English. */
  public static Template of(String zhCn, String en) {
    return new Template(LocalizedText.of(zhCn, en));
  }

  /** A template from localized text. */
  @JsonCreator
  public static Template of(LocalizedText text) {
    return new Template(text);
  }

  /**
   * The Problems of this template under {@code path}: those of its text, unbalanced braces and
   * placeholder names that are not well-formed, per locale.
   */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path).addAll("", text.problems(""));
    text.texts().forEach((tag, source) -> {
      try {
        scan(source, null, new TreeSet<>());
      } catch (IllegalArgumentException malformed) {
        checks.add(Problem.of(Problem.FORMAT, tag, source,
            String.valueOf(malformed.getMessage())));
      }
    });
    return checks.problems();
  }

  /** Every placeholder name used in any locale, sorted. */
  public SortedSet<String> placeholders() {
    SortedSet<String> names = new TreeSet<>();
    text.texts().values().forEach(source -> scanQuietly(source, names));
    return Collections.unmodifiableSortedSet(names);
  }

  /**
   * One {@link Problem#UNKNOWN} per placeholder that is not among {@code known}, under
   * {@code path}: how a catalogue of templates is checked against the values it will be filled
   * with, before any is filled.
   */
  public Seq<Problem> unknownPlaceholders(String path, Collection<String> known) {
    return List.ofAll(placeholders())
        .filter(name -> !known.contains(name))
        .map(name -> Problem.of(Problem.UNKNOWN, path, "{" + name + "}",
            "must use only known placeholders " + new TreeSet<>(known)));
  }

  /**
   * The text with every placeholder replaced by its value, in every locale.
   *
   * @param values the value of each placeholder; values are inserted as they are
   * @param path where the template sits in the caller's input, for the Problems
   * @return the filled text, or one {@link Problem#REQUIRED} per placeholder without a value and
   *     the {@link #problems(String)} of a malformed template
   */
  public Validation<Seq<Problem>, LocalizedText> fill(Map<String, String> values, String path) {
    requireNonNull(values, "values is null");
    Seq<Problem> malformed = problems(path);
    if (!malformed.isEmpty()) {
      return Validation.invalid(malformed);
    }
    Seq<Problem> missing = List.ofAll(placeholders())
        .filter(name -> values.get(name) == null)
        .map(name -> Problem.of(Problem.REQUIRED, path, "{" + name + "}",
            "needs a value for placeholder " + name));
    if (!missing.isEmpty()) {
      return Validation.invalid(missing);
    }
    TreeMap<String, String> filled = new TreeMap<>();
    text.texts().forEach((tag, source) -> {
      StringBuilder out = new StringBuilder(source.length() + 32);
      scan(source, values, out);
      filled.put(tag, out.toString());
    });
    return Validation.valid(LocalizedText.of(filled));
  }

  private static void scanQuietly(String source, SortedSet<String> names) {
    try {
      scan(source, null, names);
    } catch (IllegalArgumentException malformed) {
      // problems() reports it; placeholders() lists what it can read.
    }
  }

  /**
   * Collects placeholder names into a set ({@code values} is then null), or appends the filled
   * text to a StringBuilder ({@code values} then holds every placeholder, as {@code fill} checked).
   */
  private static void scan(String source, @Nullable Map<String, String> values, Object sink) {
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '{' && i + 1 < n && source.charAt(i + 1) == '{') {
        emit(sink, "{");
        i += 2;
      } else if (c == '}' && i + 1 < n && source.charAt(i + 1) == '}') {
        emit(sink, "}");
        i += 2;
      } else if (c == '{') {
        int close = source.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("must close every { with } (at " + i + ")");
        }
        String name = source.substring(i + 1, close);
        if (!NAME.matcher(name).matches()) {
          throw new IllegalArgumentException("must name placeholders with letters, digits, _ or ."
              + " starting with a letter (at " + i + ")");
        }
        if (sink instanceof SortedSet<?>) {
          @SuppressWarnings("unchecked")
          SortedSet<String> names = (SortedSet<String>) sink;
          names.add(name);
        } else {
          emit(sink, requireNonNull(requireNonNull(values, "values is null").get(name),
              "no value for a placeholder fill() checked"));
        }
        i = close + 1;
      } else if (c == '}') {
        throw new IllegalArgumentException("must not have a } without { (at " + i + ")");
      } else {
        emit(sink, String.valueOf(c));
        i++;
      }
    }
  }

  private static void emit(Object sink, String text) {
    if (sink instanceof StringBuilder out) {
      out.append(text);
    }
  }
}
