package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.core.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseLintTest {

  private final PhraseLint lint = PhraseLint.defaults();

  private List<LintFlag> flags(String locale, String phrase) {
    return lint.check("phrase", locale, phrase);
  }

  @Test
  void flagsInterrogationInEnglishWithPhraseLocalePatternAndSuggestion() {
    assertThat(flags("en", "Did you follow the service process?")).singleElement()
        .satisfies(flag -> {
          assertThat(flag.path()).isEqualTo("phrase");
          assertThat(flag.phrase()).isEqualTo("Did you follow the service process?");
          assertThat(flag.locale()).isEqualTo("en");
          assertThat(flag.rule()).isEqualTo("en.interrogation.did-you");
          assertThat(flag.kind()).isEqualTo(LintRule.Kind.INTERROGATION);
          assertThat(flag.pattern()).contains("did|didn't");
          assertThat(flag.match()).isEqualTo("Did you");
          assertThat(flag.suggestion()).startsWith("Describe the situation and ask openly");
        });
    assertThat(flags("en", "Why didn't you mention the warranty?"))
        .extracting(LintFlag::rule).containsExactly("en.interrogation.why-not");
    assertThat(flags("en", "The warranty came up late. Did you forget it?"))
        .extracting(LintFlag::rule).containsExactly("en.interrogation.did-you");
  }

  @Test
  void flagsInterrogationInChinese() {
    assertThat(flags("zh-CN", "你是否遵守了服务流程？")).extracting(LintFlag::rule)
        .containsExactly("zh.interrogation.whether");
    assertThat(flags("zh-CN", "最近有没有被顾客投诉？")).extracting(LintFlag::rule)
        .containsExactly("zh.interrogation.complaint");
    assertThat(flags("zh-CN", "为什么没有介绍延保？")).extracting(LintFlag::rule)
        .containsExactly("zh.interrogation.why-not");
  }

  @Test
  void flagsAbsoluteLanguageInBothLanguages() {
    assertThat(flags("en", "You always forget the warranty")).singleElement().satisfies(flag -> {
      assertThat(flag.kind()).isEqualTo(LintRule.Kind.ABSOLUTE_LANGUAGE);
      assertThat(flag.match()).isEqualTo("always");
    });
    assertThat(flags("en", "You NEVER mention it")).extracting(LintFlag::match)
        .containsExactly("NEVER");
    assertThat(flags("zh-CN", "你总是忘记介绍延保")).extracting(LintFlag::match).containsExactly("总是");
    assertThat(flags("zh-CN", "你从不主动问候")).extracting(LintFlag::match).containsExactly("从不");
  }

  @Test
  void acceptsTheDomainsSituationalQuestion() {
    assertThat(lint.check("q", LocalizedText.of(
        "昨天一位老年顾客没弄懂冰箱的节能功能，你是怎么解释的？如果重来一次，你会怎么改？",
        "Yesterday an elderly customer did not understand the fridge's energy-saving feature;"
            + " how did you explain it? If you could do it again, what would you change?")))
        .isEmpty();
  }

  @Test
  void appliesRulesOnlyToTheirLanguage() {
    assertThat(flags("zh-CN", "always")).isEmpty();
    assertThat(flags("en", "总是")).isEmpty();
    assertThat(flags("en-GB", "never again")).extracting(LintFlag::locale).containsExactly("en-GB");
  }

  @Test
  void checksTemplatesWithTheirPlaceholders() {
    assertThat(lint.check("t", Template.of("你是否按照{process}执行？", "Did you follow {process}?")))
        .extracting(LintFlag::locale).containsExactly("en", "zh-CN");
  }

  @Test
  void turnsAFlagIntoAForbiddenProblemAtItsLocale() {
    Problem problem = flags("en", "You always forget").get(0).toProblem();
    assertThat(problem.code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(problem.path()).isEqualTo("phrase.en");
    assertThat(problem.rejected()).isEqualTo("\"You always forget\"");
    assertThat(problem.rule()).startsWith("must not use absolute language (rule en.absolute,"
        + " matched \"always\"); instead: Name one concrete situation");
  }

  @Test
  void reportsAMalformedPattern() {
    PhraseLint broken = new PhraseLint(List.of(
        new LintRule("x", "en", LintRule.Kind.ABSOLUTE_LANGUAGE, "(always", "say less")));
    assertThat(broken.problems("lint")).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(Problem.FORMAT);
      assertThat(problem.path()).isEqualTo("lint.rules[0].pattern");
      assertThat(problem.rule()).startsWith("must be a valid regular expression");
    });
  }

  @Test
  void passesEveryDefaultText() {
    ScriptTemplates texts = ScriptTemplates.defaults();
    texts.byAudience().values().forEach(t -> List.of(t.opening(), t.praise(), t.weakPraise(),
            t.concern(), t.stretchConcern(), t.encouragement(), t.closing())
        .forEach(template -> assertThat(lint.check("t", template)).isEmpty()));
    texts.impacts().values().forEach(text -> assertThat(lint.check("i", text)).isEmpty());
    texts.nextSteps().values().forEach(text -> assertThat(lint.check("n", text)).isEmpty());
  }

  @Test
  void flagsTheRuleSyntaxFindingsUsedToCarry() {
    assertThat(flags("zh-CN", "顾客满意度 为 2，按规则「stars: 1 → 0, 5 → 100」得 25 分"))
        .extracting(LintFlag::rule).contains("zh.machine.rule");
    assertThat(flags("zh-CN", "订单完成率为 0.9，按规则计算得 60 分"))
        .extracting(LintFlag::rule).containsExactly("zh.machine.rule");
    assertThat(flags("zh-CN", "日均服务顾客数表现突出：98.8366（得分 6.8）"))
        .extracting(LintFlag::rule).containsExactly("zh.machine.rule");
    assertThat(flags("en", "Customer satisfaction needs work: 2 (score 25)"))
        .extracting(LintFlag::rule).containsExactly("en.machine.rule");
    assertThat(flags("en", "Customer satisfaction was 2, scored 25 by stars: 1 → 0, 5 → 100"))
        .extracting(LintFlag::rule).containsExactly("en.machine.rule");
  }

  @Test
  void passesFindingsWrittenAsAPersonWould() {
    assertThat(lint.check("f", LocalizedText.of("顾客满意度有待提升：2 星，团队平均 3.5 星，得 25 分（满分 100 分）",
        "Customer satisfaction needs work: 2 stars, team average 3.5 stars, 25 of 100 points")))
        .isEmpty();
    assertThat(lint.check("f", LocalizedText.of("“整体来看，这次工作的体验你会打几星？”一题只打了 2 星，评价偏低",
        "Gave only 2 of 5 stars to “Overall, how many stars would you give this job?”, a low"
            + " rating"))).isEmpty();
  }
}
