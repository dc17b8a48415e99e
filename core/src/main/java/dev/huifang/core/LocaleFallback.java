package dev.huifang.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * The order in which locales are tried when a text is not available in the one asked for.
 *
 * <p>{@link LocalizedText#in(String, LocaleFallback)} tries the requested tag, then its language
 * alone ({@code zh} for {@code zh-TW}), then each tag of this order; the default order is
 * {@code en}, then {@code zh-CN}. Tags are BCP 47 and kept in canonical case.
 *
 * @param order locale tags, most preferred first; not empty
 */
public record LocaleFallback(@JsonValue List<String> order) {

  /** English first, then Simplified Chinese. */
  public static final LocaleFallback DEFAULT =
      new LocaleFallback(List.of(LocalizedText.EN, LocalizedText.ZH_CN));

  /**
   * Creates a fallback order.
   *
   * @throws IllegalArgumentException if the order is empty
   */
  public LocaleFallback {
    if (order.isEmpty()) {
      throw new IllegalArgumentException("order: must not be empty");
    }
    order = order.stream().map(LocaleFallback::canonical).distinct().toList();
  }

  /** A fallback order of these tags, most preferred first. */
  @JsonCreator
  public static LocaleFallback of(String... tags) {
    return new LocaleFallback(List.of(tags));
  }

  static String canonical(String tag) {
    // the two tags every text carries are already canonical; parsing them dominated building texts
    if (tag.equals(LocalizedText.ZH_CN) || tag.equals(LocalizedText.EN)) {
      return tag;
    }
    return Locale.forLanguageTag(tag.replace('_', '-')).toLanguageTag();
  }
}
