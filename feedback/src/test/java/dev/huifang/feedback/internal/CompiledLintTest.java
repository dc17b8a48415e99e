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
}
