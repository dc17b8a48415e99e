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
 */
final class CompiledLint {

  private final List<LintRule> rules;
  private final List<Pattern> patterns;
  private final List<String> languages;

  /** Compiles the rules of {@code lint}, which must have no Problems. */
  CompiledLint(PhraseLint lint) {
    this.rules = lint.rules();
    this.patterns = rules.stream().map(LintRule::compiled).toList();
    this.languages = rules.stream()
        .map(rule -> Locale.forLanguageTag(rule.language()).getLanguage()).toList();
  }

  /** The flags of {@code phrase}, every locale, each at {@code path}. */
  List<LintFlag> check(String path, LocalizedText phrase) {
    List<LintFlag> flags = new ArrayList<>();
    for (Map.Entry<String, String> entry : phrase.texts().entrySet()) {
      String locale = entry.getKey();
      String language = Locale.forLanguageTag(locale).getLanguage();
      for (int i = 0; i < rules.size(); i++) {
        if (!languages.get(i).equals(language)) {
          continue;
        }
        Matcher matcher = patterns.get(i).matcher(entry.getValue());
        if (matcher.find()) {
          LintRule rule = rules.get(i);
          flags.add(new LintFlag(path, entry.getValue(), locale, rule.id(), rule.kind(),
              rule.pattern(), matcher.group().strip(), rule.suggestion()));
        }
      }
    }
    return flags;
  }
}
