package dev.huifang.feedback.internal;

import dev.huifang.core.LocalizedText;
import dev.huifang.feedback.LintFlag;
import dev.huifang.feedback.LintRule;
import dev.huifang.feedback.PhraseLint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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

  /** Compiles the rules of {@code lint}, which must have no Problems. */
  CompiledLint(PhraseLint lint) {
    this.rules = lint.rules();
    List<Pattern> full = new ArrayList<>();
    List<Pattern> fast = new ArrayList<>();
    List<String> langs = new ArrayList<>();
    for (LintRule rule : rules) {
      Pattern compiled = rule.compiled();
      full.add(compiled);
      fast.add(asciiFoldable(rule.pattern())
          ? Pattern.compile(rule.pattern(), Pattern.CASE_INSENSITIVE) : compiled);
      langs.add(language(rule.language()));
    }
    this.unicode = List.copyOf(full);
    this.ascii = List.copyOf(fast);
    this.languages = List.copyOf(langs);
  }

  /** The flags of {@code phrase}, every locale, each at {@code path}. */
  List<LintFlag> check(String path, LocalizedText phrase) {
    List<LintFlag> flags = new ArrayList<>(0);
    for (Map.Entry<String, String> entry : phrase.texts().entrySet()) {
      String locale = entry.getKey();
      String text = entry.getValue();
      String language = language(locale);
      List<Pattern> patterns = foldsToAscii(text) ? unicode : ascii;
      for (int i = 0; i < rules.size(); i++) {
        if (!languages.get(i).equals(language)) {
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
