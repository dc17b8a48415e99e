package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.core.Template;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Checks supervisors' phrases, generated or supplied by a host app, for interrogation ("did you
 * follow the process?", "你是否遵守", "有没有……投诉", "why didn't you") and absolute language
 * ("always", "never", "总是", "从不"), the two things that turn a growth conversation into a
 * trial; and for text no person would write: rule syntax and unrounded numbers ("scored 100 by
 * stars: 1 → 0, 5 → 100", "按规则…得 25 分", "98.8366（得分 6.8）", 「cohort min-max」 in Chinese), ASCII
 * punctuation in Chinese and doubled punctuation ("?."). It covers scripts and capability
 * reports alike.
 *
 * <p>Each rule applies to the texts of its language; every match is a {@link LintFlag} naming the
 * phrase, the locale, the rule, the pattern and a suggestion. Flags come in locale order, then rule
 * order, so the result is deterministic. Host apps replace or extend {@link #defaults()}.
 *
 * @param rules the rules, checked in this order
 */
public record PhraseLint(List<LintRule> rules) {

  /**
   * Creates a lint.
   *
   * @throws NullPointerException if the list or a rule is null
   */
  public PhraseLint {
    rules = List.copyOf(requireNonNull(rules, "rules is null"));
  }

  /**
   * Huifang's rules for zh and en: interrogation patterns, absolute words, machine text and
   * punctuation.
   */
  public static PhraseLint defaults() {
    String zhAsk = "描述当时的情境，再开放地问，例如“昨天顾客问到节能功能时，你是怎么介绍的？如果重来一次，你会怎么做？”";
    String enAsk = "Describe the situation and ask openly, e.g. \"When the customer asked about the"
        + " energy-saving feature, how did you explain it? What would you change next time?\"";
    String zhAbs = "说具体的一次情境和行为，例如“这次介绍中没有提到延保”";
    String enAbs = "Name one concrete situation and behaviour, e.g. \"in this visit the warranty"
        + " was not mentioned\"";
    String zhMachine = "像人说话一样写：说成绩而不是公式，数字四舍五入，例如“促销政策讲解拿到了满分”";
    String enMachine = "Write as a person speaks: name the achievement, not the formula, and round"
        + " numbers, e.g. \"a full score on explaining the promotion\"";
    String zhPunctuation = "中文里用全角标点（，。：；？！（）），一处只用一个标点";
    String enPunctuation = "Use one punctuation mark at a time, e.g. \"?\" rather than \"?.\"";
    LintRule.Kind ask = LintRule.Kind.INTERROGATION;
    LintRule.Kind abs = LintRule.Kind.ABSOLUTE_LANGUAGE;
    LintRule.Kind machine = LintRule.Kind.MACHINE_TEXT;
    LintRule.Kind punctuation = LintRule.Kind.PUNCTUATION;
    return new PhraseLint(List.of(
        new LintRule("zh.interrogation.whether", "zh", ask, "你是否|是否(遵守|遵循|按照|执行|违反)", zhAsk),
        new LintRule("zh.interrogation.complaint", "zh", ask,
            "有没有[^。？！?!]{0,15}(投诉|遵守|按照|违反|犯错)", zhAsk),
        new LintRule("zh.interrogation.why-not", "zh", ask, "为什么(没|不)", zhAsk),
        new LintRule("zh.absolute", "zh", abs, "总是|从不|从来不|从来没|每次都|一直都", zhAbs),
        new LintRule("en.interrogation.did-you", "en", ask,
            "(^|[.!?;:]\\s*)(did|didn't|have|haven't|were|weren't) you\\b", enAsk),
        new LintRule("en.interrogation.why-not", "en", ask,
            "\\bwhy (didn't|did not|don't|do not|haven't|have not|wasn't|weren't) you\\b", enAsk),
        new LintRule("en.absolute", "en", abs, "\\b(always|never|every single time)\\b", enAbs),
        new LintRule("zh.machine.rule", "zh", machine,
            "→|->|按规则|「[^」]*[A-Za-z][^」]*」|[（(]得分\\s*-?\\d|\\d+\\.\\d{3,}|min-max|z-score",
            zhMachine),
        new LintRule("en.machine.rule", "en", machine,
            "→|->|\\bscored [-\\d.]+ by\\b|\\(score [-\\d.]+\\)|\\d+\\.\\d{3,}|\\bmin-max\\b"
                + "|\\bz-score\\b", enMachine),
        new LintRule("zh.punctuation.ascii", "zh", punctuation,
            "\\p{IsHan}[,;:?!()]|[,;:?!()]\\p{IsHan}", zhPunctuation),
        new LintRule("zh.punctuation.doubled", "zh", punctuation,
            "[。？！，；：?!,;:][。？！，；：.?!,;:]", zhPunctuation),
        new LintRule("en.punctuation.doubled", "en", punctuation,
            "[?!,;:][.?!,;:]|(?<!\\.)\\.[?!,;:]|(?<!\\.)\\.\\.(?!\\.)", enPunctuation)));
  }

  /** The Problems of the rules, at {@code rules[i]}. */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path);
    for (int i = 0; i < rules.size(); i++) {
      checks.addAll(Problem.index("rules", i), rules.get(i).problems(""));
    }
    return checks.problems();
  }

  /** The flags of {@code phrase}, every locale, each at {@code path}. */
  public List<LintFlag> check(String path, LocalizedText phrase) {
    List<LintFlag> flags = new ArrayList<>();
    for (Map.Entry<String, String> entry : phrase.texts().entrySet()) {
      flags.addAll(check(path, entry.getKey(), entry.getValue()));
    }
    return List.copyOf(flags);
  }

  /** The flags of a template's text, placeholders left as they are. */
  public List<LintFlag> check(String path, Template template) {
    return check(path, template.text());
  }

  /** The flags of one phrase in locale {@code locale}, each at {@code path}. */
  public List<LintFlag> check(String path, String locale, String phrase) {
    String language = Locale.forLanguageTag(locale).getLanguage();
    List<LintFlag> flags = new ArrayList<>();
    for (LintRule rule : rules) {
      if (!Locale.forLanguageTag(rule.language()).getLanguage().equals(language)) {
        continue;
      }
      Matcher matcher = rule.compiled().matcher(phrase);
      if (matcher.find()) {
        flags.add(new LintFlag(path, phrase, locale, rule.id(), rule.kind(), rule.pattern(),
            matcher.group().strip(), rule.suggestion()));
      }
    }
    return List.copyOf(flags);
  }
}
