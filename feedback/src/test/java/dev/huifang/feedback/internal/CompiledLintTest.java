package dev.huifang.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.huifang.core.LocalizedText;
import dev.huifang.feedback.LintRule;
import dev.huifang.feedback.PhraseLint;
import dev.huifang.testing.Theories;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CompiledLintTest {

  /** Pieces that make and break every default rule, in both cases, with the folding letters. */
  private static final List<String> PIECES = List.of("你", "是否", "遵守", "有没有", "投诉", "为什么",
      "没", "总是", "从不", "每次都", "一直都", "一", "「", "」", "cohort", "min-max", "Z-Score",
      "（", "(", ")", "得分", " ", "6", "8", ".", "1.2345", "→", "->", "-", ",", ";", ":", "?", "!",
      "。", "？", "！", "，", "；", "：", "...", "Did", "didn't", "have", "were", " you", " YOU",
      "Why", " not", "why didn't you", "always", "NEVER", "every single time", "scored", " by",
      "(score 5)", "score", "\u0130", "\u0131", "\u017F", "\u212A", "al\u017Fo", "ALWAY\u017F",
      "\u212Aey", "\n", "顾客", "质保", "A", "z");

  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 14)
        .map(indices -> {
          StringBuilder text = new StringBuilder();
          indices.forEach(i -> text.append(PIECES.get(i)));
          return text.toString();
        });
  }

  @Test
  void givesTheFlagsOfThePhraseLintOnEveryText() {
    PhraseLint lint = PhraseLint.defaults();
    CompiledLint compiled = new CompiledLint(lint);
    Theories.qt(20_000).forAll(texts(), texts()).checkAssert((zh, en) -> {
      LocalizedText text = LocalizedText.of(zh.isEmpty() ? "空" : zh, en.isEmpty() ? "-" : en);
      assertThat(compiled.check("at", text)).isEqualTo(lint.check("at", text));
    });
  }

  @Test
  void givesTheFlagsOfAHostLintWithOtherPatternsAndLocales() {
    List<LintRule> rules = new ArrayList<>(PhraseLint.defaults().rules());
    rules.add(new LintRule("en.kelvin", "en", LintRule.Kind.MACHINE_TEXT, "\\bkey\\b", "no"));
    rules.add(new LintRule("en.unicode", "en", LintRule.Kind.MACHINE_TEXT, "\\p{Lu}{3}", "no"));
    rules.add(new LintRule("fr.accent", "fr", LintRule.Kind.ABSOLUTE_LANGUAGE, "toujours|É", "no"));
    rules.add(new LintRule("en.flags", "en", LintRule.Kind.MACHINE_TEXT, "(?-i)ALWAYS", "no"));
    PhraseLint lint = new PhraseLint(rules);
    CompiledLint compiled = new CompiledLint(lint);
    List<String> samples = List.of("the \u212Aey point", "the KEY point", "ABC", "abc",
        "\u0130\u0130\u0130", "always", "ALWAYS", "Toujours é", "jamais");
    for (String sample : samples) {
      LocalizedText text = LocalizedText.of(
          java.util.Map.of("zh-CN", "好" + sample, "en", sample, "fr-FR", sample));
      assertThat(compiled.check("at", text)).as(sample).isEqualTo(lint.check("at", text));
    }
  }

  @Test
  void foldsAsciiCaseOnlyWhereUnicodeCaseFoldingCannotDiffer() {
    assertThat(CompiledLint.asciiFoldable("\\b(always|never)\\b")).isTrue();
    assertThat(CompiledLint.asciiFoldable("\\p{IsHan}[,;]")).isTrue();
    assertThat(CompiledLint.asciiFoldable("toujours|É")).isFalse();
    assertThat(CompiledLint.asciiFoldable("\\p{Lu}")).isFalse();
    assertThat(CompiledLint.asciiFoldable("(?u)x")).isFalse();
    assertThat(CompiledLint.asciiFoldable("(a)\\1")).isFalse();
    assertThat(CompiledLint.asciiFoldable("\\u0130")).isFalse();
  }

  @Test
  void readsEveryEscapeAndGroupOfAPatternForAsciiFolding() {
    assertThat(CompiledLint.asciiFoldable("always\\")).as("a dangling escape").isFalse();
    assertThat(CompiledLint.asciiFoldable("\\d+\\.\\s\\Q")).isTrue();
    assertThat(CompiledLint.asciiFoldable("\\k<name>")).isFalse();
    assertThat(CompiledLint.asciiFoldable("\\x41")).isFalse();
    assertThat(CompiledLint.asciiFoldable("\\P{IsHan}")).isTrue();
    assertThat(CompiledLint.asciiFoldable("\\pL")).isFalse();
    assertThat(CompiledLint.asciiFoldable("\\p{IsHan}\\p{IsLatin}")).isFalse();
    assertThat(CompiledLint.asciiFoldable("(?:always)")).isTrue();
    assertThat(CompiledLint.asciiFoldable("(?i)a")).isFalse();
    assertThat(CompiledLint.asciiFoldable("a(?")).isTrue();
    assertThat(CompiledLint.asciiFoldable("总是|从不")).isTrue();
    assertThat(CompiledLint.asciiFoldable("\u01C5")).as("a title-case letter").isFalse();
    assertThat(CompiledLint.asciiFoldable("\u00C0")).as("upper case").isFalse();
    assertThat(CompiledLint.asciiFoldable("\uD835\uDC00")).as("outside the BMP").isFalse();
    assertThat(CompiledLint.asciiFoldable("\u00D7")).as("not a letter").isTrue();
  }

  @Test
  void readsTheLanguageOfALocaleTag() {
    assertThat(CompiledLint.language("zh-CN")).isEqualTo("zh");
    assertThat(CompiledLint.language("zh")).isEqualTo("zh");
    assertThat(CompiledLint.language("en")).isEqualTo("en");
    assertThat(CompiledLint.language("zh-TW")).isEqualTo("zh");
    assertThat(CompiledLint.language("fr-FR")).isEqualTo("fr");
  }

  @Test
  void flagsEachDefaultRuleWhereItsHintAllowsAMatch() {
    PhraseLint lint = PhraseLint.defaults();
    CompiledLint compiled = new CompiledLint(lint);
    List<String> samples = List.of("Did you follow it", "I said: have you seen it", "were you there",
        "why didn't you ask", "he was always late", "never", "every single time",
        "scored 5 by stars", "a (score 6)", "1.2345 points", "min-max scaling", "z-score",
        "→ next", "a -> b", "Really?.", "Yes,, fine", "ok", "Have you? no", "WHY NOT");
    for (String en : samples) {
      LocalizedText text = LocalizedText.of("好", en);
      assertThat(compiled.check("at", text)).as(en).isEqualTo(lint.check("at", text));
    }
    List<String> chinese = List.of("你是否遵守了", "有没有被投诉", "为什么没来", "总是迟到", "从不", "每次都",
        "一直都", "按规则得分", "「cohort」", "（得分 6", "98.8366", "min-max", "z-score", "好,对",
        "好。。", "好?!", "好");
    for (String zh : chinese) {
      LocalizedText text = LocalizedText.of(zh, "fine");
      assertThat(compiled.check("at", text)).as(zh).isEqualTo(lint.check("at", text));
    }
    assertThat(compiled.check("at", LocalizedText.of("你是否遵守了", "Did you always"))).extracting(
        flag -> flag.locale() + ":" + flag.rule() + ":" + flag.match()).containsExactly(
        "en:en.interrogation.did-you:Did you", "en:en.absolute:always",
        "zh-CN:zh.interrogation.whether:你是否");
  }
}
