package dev.huifang.feedback.internal;

import dev.huifang.core.LocalizedText;
import dev.huifang.core.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A well-formed {@link Template} read once into literal text and placeholders per locale, so that
 * a composer fills it on every call without reading it again; filling gives the text of
 * {@link Template#fill} with each value as a clause in the locale's own language, tidied as
 * {@link Wording#tidy(String, String)} tidies.
 */
final class ParsedTemplate {

  private final List<String> tags;
  /** Per locale, the parts in order: a literal text, or a placeholder's name as a {@link Name}. */
  private final List<List<Object>> parts;

  private ParsedTemplate(List<String> tags, List<List<Object>> parts) {
    this.tags = tags;
    this.parts = parts;
  }

  /** The template read, which must be well-formed ({@link Template#problems(String)} empty). */
  static ParsedTemplate of(Template template) {
    List<String> tags = new ArrayList<>();
    List<List<Object>> parts = new ArrayList<>();
    template.text().texts().forEach((tag, source) -> {
      tags.add(tag);
      parts.add(parse(source));
    });
    return new ParsedTemplate(List.copyOf(tags), List.copyOf(parts));
  }

  /**
   * The filled and tidied text in every locale of the template, or null when a placeholder has no
   * value.
   */
  @Nullable LocalizedText fill(Map<String, LocalizedText> values) {
    TreeMap<String, String> filled = new TreeMap<>();
    for (int t = 0; t < tags.size(); t++) {
      String tag = tags.get(t);
      StringBuilder out = new StringBuilder(96);
      for (Object part : parts.get(t)) {
        if (part instanceof Name name) {
          LocalizedText value = values.get(name.value());
          if (value == null) {
            return null;
          }
          out.append(DefaultFeedbackComposer.clause(value.in(tag)));
        } else {
          out.append((String) part);
        }
      }
      filled.put(tag, Wording.tidy(tag, out.toString()));
    }
    return LocalizedText.of(filled);
  }

  private static List<Object> parse(String source) {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < n && source.charAt(i + 1) == c) {
        literal.append(c);
        i += 2;
      } else if (c == '{') {
        int close = source.indexOf('}', i);
        if (literal.length() > 0) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        parts.add(new Name(source.substring(i + 1, close)));
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0) {
      parts.add(literal.toString());
    }
    return List.copyOf(parts);
  }

  /** A placeholder's name. */
  private record Name(String value) {}
}
