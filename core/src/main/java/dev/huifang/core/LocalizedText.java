package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A user-facing text in several locales: questions, scripts, names and summaries.
 *
 * <p>{@code toString()} shows locales and lengths only, never the words (personal information
 * must not reach logs). Huifang's own texts always carry {@link #ZH_CN} and {@link #EN};
 * {@link #problems(String)} checks that both are present and not blank. Tags are well-formed
 * BCP 47, kept in canonical case, and name each locale once ({@code EN} beside {@code en} is
 * refused, not merged); lookups fall back
 * in an explicit order ({@link LocaleFallback}). In JSON it is an object from tag to text, keys
 * sorted: {@code {"en": "...", "zh-CN": "..."}}.
 *
 * @param texts the text per locale tag, sorted by tag
 */
public record LocalizedText(@JsonValue SortedMap<String, String> texts) {

  /** Simplified Chinese, as used in mainland China. */
  public static final String ZH_CN = "zh-CN";
  /** English. */
  public static final String EN = "en";

  /**
   * Creates a localized text; tags are put in canonical case.
   *
   * @throws NullPointerException if the map, a tag or a text is null
   * @throws InvalidModelException if the map is empty, a tag is not a well-formed BCP 47 tag, or
   *     two tags name the same locale (such as {@code EN} and {@code en})
   */
  public LocalizedText {
    if (texts.isEmpty()) {
      throw new InvalidModelException("LocalizedText", io.vavr.collection.List.of(new Problem(
          Problem.REQUIRED, Problem.ROOT, null, "must hold a text in at least one locale")));
    }
    TreeMap<String, String> copy = new TreeMap<>();
    TreeMap<String, String> given = new TreeMap<>();
    Checklist checks = Checklist.root();
    texts.forEach((tag, text) -> {
      requireNonNull(tag, "tag is null");
      requireNonNull(text, "text is null");
      String canonical = strictCanonical(tag);
      if (canonical == null) {
        checks.add(Problem.of(Problem.FORMAT, tag, tag,
            "must be a well-formed BCP 47 language tag such as zh-CN or en"));
      } else if (copy.containsKey(canonical)) {
        checks.add(Problem.of(Problem.DUPLICATE, tag, tag,
            "must name a locale only once, but " + Problem.render(given.get(canonical))
                + " names the same locale " + canonical));
      } else {
        copy.put(canonical, text);
        given.put(canonical, tag);
      }
    });
    checks.throwIfAny("LocalizedText");
    texts = Collections.unmodifiableSortedMap(copy);
  }

  /** The text in Simplified Chinese and in English. */
  public static LocalizedText of(String zhCn, String en) {
    return new LocalizedText(new TreeMap<>(Map.of(ZH_CN, zhCn, EN, en)));
  }

  /** The text in these locales. */
  @JsonCreator
  public static LocalizedText of(Map<String, String> texts) {
    return new LocalizedText(new TreeMap<>(texts));
  }

  /** The text, or every Problem of {@link #problems(String)} placed under {@code path}. */
  public static Validation<Seq<Problem>, LocalizedText> validate(String path, LocalizedText text) {
    Seq<Problem> problems = text.problems(path);
    return problems.isEmpty() ? Validation.valid(text) : Validation.invalid(problems);
  }

  /**
   * The Problems of this text under {@code path}: a missing or blank {@code zh-CN} or {@code en}
   * text, a blank text in any other locale.
   */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path);
    for (String required : new String[] {ZH_CN, EN}) {
      checks.notBlank(required, texts.get(required));
    }
    texts.forEach((tag, text) -> {
      if (!tag.equals(ZH_CN) && !tag.equals(EN)) {
        checks.notBlank(tag, text);
      }
    });
    return checks.problems();
  }

  /** The tag in canonical case, or null when it is not a well-formed BCP 47 tag. */
  private static @Nullable String strictCanonical(String tag) {
    if (tag.equals(ZH_CN) || tag.equals(EN)) {
      return tag;
    }
    if (tag.isEmpty() || !tag.strip().equals(tag)) {
      return null;
    }
    try {
      return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
    } catch (IllformedLocaleException malformed) {
      return null;
    }
  }

  /** The text in {@code tag}, falling back in the {@link LocaleFallback#DEFAULT} order. */
  public String in(String tag) {
    return in(tag, LocaleFallback.DEFAULT);
  }

  /**
   * The text in {@code tag}: the exact locale, then its language alone, then each tag of the
   * fallback order, and last the first text by tag order, so that a text is always returned.
   */
  public String in(String tag, LocaleFallback fallback) {
    String canonical = LocaleFallback.canonical(tag);
    String exact = texts.get(canonical);
    if (exact != null) {
      return exact;
    }
    String language = Locale.forLanguageTag(canonical).getLanguage();
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      if (Locale.forLanguageTag(entry.getKey()).getLanguage().equals(language)) {
        return entry.getValue();
      }
    }
    for (String next : fallback.order()) {
      String text = texts.get(next);
      if (text != null) {
        return text;
      }
    }
    return texts.get(texts.firstKey());
  }

  /** The text in Simplified Chinese (falling back like {@link #in(String)}). */
  public String zhCn() {
    return in(ZH_CN);
  }

  /** The text in English (falling back like {@link #in(String)}). */
  public String en() {
    return in(EN);
  }

  /**
   * Shows the locales and the length of each text, never the text itself, so that a log line of a
   * model never carries what a worker or a client wrote: {@code LocalizedText[en: 42 chars, zh-CN:
   * 17 chars]}. Use {@link #in(String)} or {@link #texts()} for the words.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("LocalizedText[");
    texts.forEach((tag, text) -> out.append(out.length() > 14 ? ", " : "").append(tag)
        .append(": ").append(text.length()).append(" chars"));
    return out.append(']').toString();
  }
}
