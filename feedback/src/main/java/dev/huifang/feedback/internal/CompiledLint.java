package dev.huifang.feedback.internal;

import dev.huifang.core.LocalizedText;
import dev.huifang.feedback.LintFlag;
import dev.huifang.feedback.LintRule;
import dev.huifang.feedback.PhraseLint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A {@link PhraseLint} with its patterns compiled once, for a composer that lints every text it
 * writes; it gives exactly the flags of {@link PhraseLint#check(String, LocalizedText)}.
 *
 * <p>A rule matches ignoring case in all of Unicode ({@link LintRule#compiled()}), which costs a
 * case mapping per character compared. When a rule's letters are all ASCII, only four characters
 * outside ASCII fold onto them (U+0130, U+0131, U+017F, U+212A); for a text without those, the
 * same rule compiled with ASCII case folding gives the same matches at a fraction of the cost. A
 * rule whose pattern could mean anything else (escapes naming characters or back-references,
 * Unicode properties other than {@code \p{IsHan}}, inline flags) always uses its Unicode form.
 *
 * <p>Most texts pass every rule, so each of Huifang's default rules has a hint: a cheap test of
 * something every match must contain (the rule against "是否…" needs "是否", the rule against
 * doubled marks needs two marks side by side). A text without it cannot match, and the pattern is
 * not run. A host's rule gets the hint of the default rule with the same pattern, if any; on a text
 * with a character of {@code FOLDS_TO_ASCII} no hint is used.
 */
final class CompiledLint {

  /** The characters outside ASCII that Unicode case folding maps onto an ASCII letter. */
  private static final String FOLDS_TO_ASCII = "\u0130\u0131\u017F\u212A";
  /** Escapes that name a class or a position, unaffected by case folding. */
  private static final String PLAIN_ESCAPES = "dDsSwWbBtnrfaeRhHvVzZAGQE";

  private final List<LintRule> rules;
  private final List<Pattern> unicode;
  private final List<Pattern> ascii;
  private final List<String> languages;
  private final List<Predicate<String>> hints;

  /** Compiles the rules of {@code lint}, which must have no Problems. */
  CompiledLint(PhraseLint lint) {
    this.rules = lint.rules();
    List<Pattern> full = new ArrayList<>();
    List<Pattern> fast = new ArrayList<>();
    List<String> langs = new ArrayList<>();
    List<Predicate<String>> mayMatch = new ArrayList<>();
    for (LintRule rule : rules) {
      mayMatch.add(HINTS.getOrDefault(rule.pattern(), text -> true));
      Pattern compiled = rule.compiled();
      full.add(compiled);
      fast.add(asciiFoldable(rule.pattern())
          ? Pattern.compile(rule.pattern(), Pattern.CASE_INSENSITIVE) : compiled);
      langs.add(language(rule.language()));
    }
    this.unicode = List.copyOf(full);
    this.ascii = List.copyOf(fast);
    this.languages = List.copyOf(langs);
    this.hints = List.copyOf(mayMatch);
  }

  /** The flags of {@code phrase}, every locale, each at {@code path}. */
  List<LintFlag> check(String path, LocalizedText phrase) {
    List<LintFlag> flags = new ArrayList<>(0);
    for (Map.Entry<String, String> entry : phrase.texts().entrySet()) {
      String locale = entry.getKey();
      String text = entry.getValue();
      String language = language(locale);
      boolean folds = foldsToAscii(text);
      List<Pattern> patterns = folds ? unicode : ascii;
      for (int i = 0; i < rules.size(); i++) {
        if (!languages.get(i).equals(language) || !folds && !hints.get(i).test(text)) {
          continue;
        }
        Matcher matcher = patterns.get(i).matcher(text);
        if (matcher.find()) {
          LintRule rule = rules.get(i);
          flags.add(new LintFlag(path, text, locale, rule.id(), rule.kind(), rule.pattern(),
              matcher.group().strip(), rule.suggestion()));
        }
      }
    }
    return flags;
  }

  /** Per pattern of a default rule, a test that every text it matches passes. */
  private static final Map<String, Predicate<String>> HINTS = hints();

  private static Map<String, Predicate<String>> hints() {
    Map<String, Predicate<String>> byId = new HashMap<>();
    byId.put("zh.interrogation.whether", text -> text.contains("是否"));
    byId.put("zh.interrogation.complaint", text -> text.contains("有没有"));
    byId.put("zh.interrogation.why-not", text -> text.contains("为什么"));
    byId.put("zh.absolute", text -> hasAny(text, "总从每一"));
    byId.put("en.interrogation.did-you", text -> hasAscii(text, " you")
        && (hasAscii(text, "did") || hasAscii(text, "have") || hasAscii(text, "were")));
    byId.put("en.interrogation.why-not", text -> hasAscii(text, "why "));
    byId.put("en.absolute", text -> hasAscii(text, "always") || hasAscii(text, "never")
        || hasAscii(text, "every single time"));
    // →, ->, 按规则, 「…」, （得分, 1.2345, min-max, z-score
    byId.put("zh.machine.rule", text -> hasAny(text, "→-按「得."));
    // →, ->, scored … by, (score …), 1.2345, min-max, z-score
    byId.put("en.machine.rule", text -> hasAny(text, "→") || hasAscii(text, "->")
        || hasAscii(text, "score") || hasAscii(text, "min-max") || hasDotBeforeDigit(text));
    byId.put("zh.punctuation.ascii", text -> hasAny(text, ",;:?!()"));
    byId.put("zh.punctuation.doubled",
        text -> hasPair(text, "。？！，；：?!,;:", "。？！，；：.?!,;:"));
    byId.put("en.punctuation.doubled", text -> hasPair(text, ".?!,;:", ".?!,;:"));
    Map<String, Predicate<String>> byPattern = new HashMap<>();
    for (LintRule rule : PhraseLint.defaults().rules()) {
      Predicate<String> hint = byId.get(rule.id());
      if (hint != null) {
        byPattern.put(rule.pattern(), hint);
      }
    }
    return Map.copyOf(byPattern);
  }

  private static boolean hasAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a mark of {@code first} is followed by a mark of {@code second}. */
  private static boolean hasPair(String text, String first, String second) {
    for (int i = 0; i + 1 < text.length(); i++) {
      if (first.indexOf(text.charAt(i)) >= 0 && second.indexOf(text.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDotBeforeDigit(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      if (text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} contains {@code lower} (ASCII, lower case), ignoring ASCII case. */
  private static boolean hasAscii(String text, String lower) {
    int last = text.length() - lower.length();
    for (int i = 0; i <= last; i++) {
      int j = 0;
      while (j < lower.length() && asciiLower(text.charAt(i + j)) == lower.charAt(j)) {
        j++;
      }
      if (j == lower.length()) {
        return true;
      }
    }
    return false;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The language of a locale tag, without parsing Huifang's two own tags. */
  static String language(String tag) {
    if (tag.equals(LocalizedText.ZH_CN) || tag.equals("zh")) {
      return "zh";
    }
    if (tag.equals(LocalizedText.EN)) {
      return "en";
    }
    return Locale.forLanguageTag(tag).getLanguage();
  }

  private static boolean foldsToAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0130' && FOLDS_TO_ASCII.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether ASCII case folding matches exactly what Unicode case folding matches for this
   * pattern, on a text without {@link #FOLDS_TO_ASCII}: no cased letter outside ASCII, and no
   * construct that could bring one in or compare captured text.
   */
  static boolean asciiFoldable(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 >= pattern.length()) {
          return false;
        }
        char next = pattern.charAt(++i);
        if (next == 'p' || next == 'P') {
          if (!pattern.startsWith("{IsHan}", i + 1)) {
            return false;
          }
          i += "{IsHan}".length();
        } else if (Character.isLetterOrDigit(next) && PLAIN_ESCAPES.indexOf(next) < 0) {
          return false;
        }
      } else if (c == '(' && i + 2 < pattern.length() && pattern.charAt(i + 1) == '?'
          && Character.isLetter(pattern.charAt(i + 2))) {
        return false;
      } else if (c > 127 && Character.isLetter(c)
          && (Character.toUpperCase(c) != c || Character.toLowerCase(c) != c
              || Character.isTitleCase(c))) {
        return false;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
