package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Finding;
import dev.huifang.core.Period;
import dev.huifang.core.Perspective;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import dev.huifang.core.Evidence;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Polarity;
import dev.huifang.core.Ratio;
import dev.huifang.testing.LibraryRules;
import org.junit.jupiter.api.Test;

/** The domain's sandwich example: price-objection strength, missed warranty, service package. */
class FeedbackComposerExampleTest {

  private final FeedbackComposer composer = FeedbackComposer.ofDefaults();

  private FeedbackScript example(Audience audience) {
    return composer.script(ScriptGen.WORKER, audience, ScriptGen.domainExample()).get();
  }

  @Test
  void rendersTheDomainExampleInChinese() {
    assertThat(example(Audience.WORKER).toText(LocalizedText.ZH_CN)).isEqualTo(
        "谢谢你抽时间聊聊这次的工作，我们一起看看哪些做得好、哪些可以更进一步。\n"
            + "先说做得好的地方：用竞品对比数据应对价格异议，效果很好——顾客听完对比后不再纠结价格，转而询问送货时间。\n"
            + "有一点可以改进：介绍时没有提到 10 年质保，这可能让顾客少了一份信任。"
            + "我们看到的情况是：顾客回访时表示不知道有 10 年质保，门店主管也提到了这一点。\n"
            + "下次可以把延保和服务套餐一起介绍给顾客，成交率会更高。可以参考：15 分钟微课《产品卖点与服务套餐》。\n"
            + "再次感谢，期待下次继续合作。\n");
  }

  @Test
  void rendersTheDomainExampleInEnglish() {
    assertThat(example(Audience.WORKER).toText(LocalizedText.EN)).isEqualTo(
        "Thanks for taking the time to talk about this job; let's look at what went well and what"
            + " could go further.\n"
            + "What went well: using competitor comparison data on price objections worked well —"
            + " after the comparison the customer stopped haggling and asked about delivery.\n"
            + "One thing to work on: the 10-year warranty was not mentioned, which may have cost"
            + " the customer's trust. What we saw: the customer said in the follow-up that they"
            + " did not know about the 10-year warranty; the store manager noticed it too.\n"
            + "Next time, add the warranty and the service package to your pitch, and the close"
            + " rate will rise. To help with that: the 15-minute micro-course “Selling points and"
            + " service packages”.\n"
            + "Thanks again; I look forward to the next job together.\n");
  }

  @Test
  void rendersMarkdownWithPartsInOrderAndCitedSources() {
    String markdown = example(Audience.WORKER).toMarkdown(LocalizedText.EN);
    assertThat(markdown).startsWith("## Sandwich feedback script · w-1024\n\n")
        .contains("> From: customer\n", "> From: customer, store manager\n")
        .doesNotContain("question:", "#0", "Note:")
        .endsWith("_Thanks again; I look forward to the next job together._\n\n");
    assertThat(markdown.indexOf("### 1. Praise")).isLessThan(markdown.indexOf("### 2. To work on"));
    assertThat(markdown.indexOf("### 2. To work on")).isLessThan(markdown.indexOf("### 3. Next step"));
    assertThat(example(Audience.WORKER).toMarkdown(LocalizedText.ZH_CN))
        .contains("### 1. 肯定", "### 2. 改进", "### 3. 鼓励");
  }

  @Test
  void citesTheStrengthAndTheProblemAndExplainsTheChoice() {
    FeedbackScript script = example(Audience.WORKER);
    assertThat(script.praise().weak()).isFalse();
    assertThat(script.praise().citation()).isNotNull();
    assertThat(script.praise().citation().findingIndex()).isZero();
    assertThat(script.praise().reason()).contains("largest magnitude 0.8", "finding #0");
    assertThat(script.concerns()).singleElement().satisfies(concern -> {
      assertThat(concern.citation().findingIndex()).isEqualTo(1);
      assertThat(concern.citation().dimension()).isEqualTo(Dimension.PRODUCT_KNOWLEDGE);
      assertThat(concern.reason()).contains("WEAKNESS", "0.7", "corroborated by 2 perspectives",
          "seen by [CUSTOMER, INTERNAL_TEAM]");
    });
    assertThat(script.encouragement().dimension()).isEqualTo(Dimension.PRODUCT_KNOWLEDGE);
    assertThat(script.encouragement().resource().kind()).isEqualTo(ResourceKind.MICRO_COURSE);
    assertThat(script.encouragement().resource().minutes()).isEqualTo(15);
    assertThat(script.concerns().get(0).perspectives())
        .containsExactly(Perspective.CUSTOMER, Perspective.INTERNAL_TEAM);
    assertThat(script.flags()).isEmpty();
    assertThat(script.withheld()).isEmpty();
  }

  @Test
  void keepsAProblemOnlyTheCustomerSawToVerifyAndNeverStatesIt() {
    FeedbackScript script = composer.script(ScriptGen.WORKER, Audience.WORKER,
        ScriptGen.customerOnly()).get();
    assertThat(script.concerns()).singleElement().satisfies(c -> assertThat(c.stretch()).isTrue());
    assertThat(script.toText(LocalizedText.EN)).doesNotContain("warranty");
    assertThat(script.toText(LocalizedText.ZH_CN)).doesNotContain("质保");
    assertThat(script.withheld()).singleElement().satisfies(c -> {
      assertThat(c.attribution()).isEqualTo(Attribution.TO_VERIFY);
      assertThat(c.dimension()).isEqualTo(Dimension.PRODUCT_KNOWLEDGE);
      assertThat(c.perspectives()).containsExactly(Perspective.CUSTOMER);
      assertThat(c.reason()).contains("not corroborated: 1 perspective(s) and no measured metric",
          "policy needs 2");
      assertThat(c.text().en()).isEqualTo("The customer's feedback says the 10-year warranty was"
          + " not mentioned; we'd like to hear how it looked from your side.");
      assertThat(c.text().zhCn()).isEqualTo("顾客的反馈里说介绍时没有提到 10 年质保，想听听你这边当时的情况。");
    });
    assertThat(script.flags()).containsExactly(ScriptFlag.STRETCH_CONCERN, ScriptFlag.TO_VERIFY);
    CapabilityReport report = composer.report(ScriptGen.WORKER, ScriptGen.customerOnly()).get();
    assertThat(report.developmentAreas()).isEmpty();
    assertThat(report.toVerify()).extracting(AttributedConcern::dimension)
        .containsExactly(Dimension.PRODUCT_KNOWLEDGE);
    assertThat(report.nextFocus().dimension()).isEqualTo(Dimension.PRODUCT_KNOWLEDGE);
  }

  @Test
  void aWorkersOwnLowRatingIsNotACustomerComplaint() {
    Finding selfRated = Finding.builder().workerId(ScriptGen.WORKER)
        .dimension(Dimension.SATISFACTION).polarity(Polarity.WEAKNESS).magnitude(Ratio.of(0.75))
        .perspective(Perspective.SELF)
        .summary(LocalizedText.of("评价偏低：整体来看，你给这次工作打几星？（2 星）",
            "Rated low: Overall, how many stars would you give this job? (2 stars)"))
        .addEvidence(Evidence.of("question:self.overall", LocalizedText.of(
            "回答 2 星：整体来看，你给这次工作打几星？",
            "Answered 2 stars: Overall, how many stars would you give this job?"),
            Map.of("stars", 2.0)))
        .build();
    List<Finding> findings = List.of(ScriptGen.priceObjectionStrength(), selfRated);
    FeedbackScript script = composer.script(ScriptGen.WORKER, Audience.WORKER, findings).get();
    for (String locale : List.of(LocalizedText.ZH_CN, LocalizedText.EN)) {
      assertThat(script.toText(locale) + script.toMarkdown(locale))
          .doesNotContain("lowered the customer's satisfaction", "拉低了顾客的满意度", "?.", "？。");
    }
    assertThat(script.withheld()).singleElement().satisfies(c -> {
      assertThat(c.attribution()).isEqualTo(Attribution.TO_VERIFY);
      assertThat(c.text().en()).isEqualTo("You rated your own customer satisfaction on the low"
          + " side; we'd like to hear what the job was like for you.");
    });
    CapabilityReport report = composer.report(ScriptGen.WORKER, findings).get();
    assertThat(report.developmentAreas()).isEmpty();
    assertThat(report.toText(LocalizedText.EN)).doesNotContain("lowered");
  }

  @Test
  void aConcernWithASystemCauseGoesToTheSystemAsACaseCategory() {
    Finding late = Finding.builder().workerId(ScriptGen.WORKER).dimension(Dimension.EFFICIENCY)
        .polarity(Polarity.WEAKNESS).magnitude(Ratio.of(0.9)).perspective(Perspective.CUSTOMER)
        .summary(LocalizedText.of("送货晚了两个小时", "the delivery was two hours late"))
        .addEvidence(Evidence.of("question:cust.delivery", LocalizedText.of(
            "顾客说送货晚到，因为当天系统宕机，订单没能派出",
            "the customer said the delivery came late because the system was down that day"),
            Map.of()))
        .build();
    Finding managerSawIt = Finding.builder().from(late).perspective(Perspective.INTERNAL_TEAM)
        .magnitude(Ratio.of(0.6)).build();
    List<Finding> findings = List.of(ScriptGen.priceObjectionStrength(), late, managerSawIt);
    List<AttributedConcern> concerns = composer.attribute(ScriptGen.WORKER, findings).get();
    assertThat(concerns).singleElement().satisfies(c -> {
      assertThat(c.attribution()).isEqualTo(Attribution.SYSTEM);
      assertThat(c.systemCause()).isEqualTo("outage");
      assertThat(c.caseCategory()).isEqualTo("system_outage");
      assertThat(c.reason()).contains("finding #1 names system cause outage (\"system was down\")");
    });
    FeedbackScript script = composer.script(ScriptGen.WORKER, Audience.WORKER, findings).get();
    assertThat(script.concerns()).allSatisfy(c -> assertThat(c.stretch()).isTrue());
    CapabilityReport report = composer.report(ScriptGen.WORKER, findings).get();
    assertThat(report.developmentAreas()).isEmpty();
    assertThat(report.systemCauses()).extracting(AttributedConcern::caseCategory)
        .containsExactly("system_outage");
    assertThat(report.toText(LocalizedText.ZH_CN)).contains("转交系统处理",
        "工作效率方面的问题源于系统故障，转为闭环案例处理，不算作个人问题");
  }

  @Test
  void doesNotFlagAProblemSeenFromTwoPerspectives() {
    Finding seenBySystem = Finding.builder().from(ScriptGen.missedWarranty())
        .perspective(Perspective.SYSTEM).magnitude(Ratio.of(0.5)).build();
    FeedbackScript script = composer.script(ScriptGen.WORKER, Audience.WORKER,
        List.of(ScriptGen.priceObjectionStrength(), ScriptGen.missedWarranty(), seenBySystem)).get();
    assertThat(script.concerns().get(0).perspectives())
        .containsExactly(Perspective.CUSTOMER, Perspective.SYSTEM);
    assertThat(script.flags()).isEmpty();
  }

  @Test
  void firstTimersAreOfferedAMentorFirst() {
    FeedbackScript script = example(Audience.FIRST_TIMER);
    assertThat(script.encouragement().resource().kind()).isEqualTo(ResourceKind.MENTOR);
    assertThat(script.toText(LocalizedText.EN)).contains("A great start for a first job",
        "a 1:1 mentor session on product knowledge");
  }

  @Test
  void starWorkersAreInvitedToShareTheirSuggestions() {
    assertThat(example(Audience.STAR_WORKER).toText(LocalizedText.ZH_CN))
        .contains("这次很出彩的是", "期待你在流程改进工作坊上分享经验。");
  }

  @Test
  void diagnosesStrengthsDevelopmentAreasResourcesAndNextFocus() {
    CapabilityReport report = composer.report(ScriptGen.WORKER, ScriptGen.domainExample()).get();
    assertThat(report.strengths()).extracting(DimensionAssessment::dimension)
        .containsExactly(Dimension.OBJECTION_HANDLING);
    assertThat(report.developmentAreas()).extracting(DimensionAssessment::dimension)
        .containsExactly(Dimension.PRODUCT_KNOWLEDGE);
    assertThat(report.developmentAreas().get(0).polarity()).isEqualTo(Polarity.WEAKNESS);
    assertThat(report.resources()).extracting(m -> m.dimension().code() + ":" + m.resource().kind())
        .containsExactly("product_knowledge:MICRO_COURSE", "product_knowledge:MENTOR",
            "objection_handling:WORKSHOP");
    assertThat(report.nextFocus().dimension()).isEqualTo(Dimension.PRODUCT_KNOWLEDGE);
    assertThat(report.flags()).isEmpty();
    assertThat(report.toText(LocalizedText.ZH_CN)).isEqualTo(
        "能力诊断报告 · w-1024\n"
            + "优势\n"
            + "- 异议处理：用竞品对比数据应对价格异议，效果很好（来自：顾客）\n"
            + "  依据：顾客听完对比后不再纠结价格，转而询问送货时间（顾客）\n"
            + "待提升\n"
            + "- 产品知识：介绍时没有提到 10 年质保（来自：顾客、门店主管）\n"
            + "  依据：顾客回访时表示不知道有 10 年质保（顾客）\n"
            + "  依据：店长在现场看到介绍中没有提到质保（门店主管）\n"
            + "推荐资源\n"
            + "- 产品知识：15 分钟微课《产品卖点与服务套餐》\n"
            + "- 一次关于产品知识的一对一导师辅导\n"
            + "- 受邀参加关于异议处理的流程改进工作坊\n"
            + "下次回访重点\n"
            + "下次回访重点关注产品知识，一起看看这一步做得怎么样：把延保和服务套餐一起介绍给顾客，成交率会更高。\n");
    assertThat(report.toMarkdown(LocalizedText.EN)).contains("### Strengths",
        "### Development areas", "the 15-minute micro-course “Selling points and service packages”",
        "An invitation to the process-improvement workshop on objection handling");
  }

  @Test
  void breaksTiesByMoreEvidenceThenRiskThenInputOrder() {
    Finding strength = ScriptGen.priceObjectionStrength();
    Finding richer = Finding.builder().from(strength).dimension(Dimension.ATTITUDE)
        .addEvidence(strength.evidence().get(0)).build();
    Finding weakness = Finding.builder().from(ScriptGen.missedWarranty())
        .perspective(Perspective.SYSTEM).build();
    Finding risk = Finding.builder().from(weakness).dimension(Dimension.COMPLIANCE)
        .polarity(Polarity.RISK).build();
    FeedbackScript script = FeedbackComposer.ofDefaults().script(ScriptGen.WORKER,
        Audience.WORKER, List.of(strength, weakness, richer, risk)).get();
    assertThat(script.praise().citation().findingIndex()).isEqualTo(2);
    assertThat(script.concerns().get(0).citation().findingIndex()).isEqualTo(3);
    assertThat(script.concerns().get(0).reason()).contains("RISK before WEAKNESS");

    FeedbackScript twice = FeedbackComposer.of(ScriptTemplates.defaults(),
        ResourceCatalogue.defaults(), PhraseLint.defaults(),
        ScriptPolicy.defaults().withMaxConcerns(2)).script(ScriptGen.WORKER, Audience.WORKER,
        List.of(strength, weakness, strength, weakness)).get();
    assertThat(twice.praise().citation().findingIndex()).isZero();
    assertThat(twice.concerns()).extracting(c -> c.citation().findingIndex())
        .as("one problem per dimension").containsExactly(1);
  }

  @Test
  void choosesTheAudienceFromTheEngagement() {
    Engagement first = Engagement.builder().id(EngagementId.of("e-1")).workerId(ScriptGen.WORKER)
        .role(Role.PROMOTION).stage(TaskStage.END)
        .period(Period.openFrom(Instant.parse("2026-03-01T09:00:00Z"))).build();
    assertThat(Audience.of(first, false)).isEqualTo(Audience.FIRST_TIMER);
    assertThat(Audience.of(Engagement.builder().from(first).priorEngagements(3).build(), false))
        .isEqualTo(Audience.WORKER);
    assertThat(Audience.of(first, true)).isEqualTo(Audience.STAR_WORKER);
  }

  @Test
  void scriptPackageObeysTheLibraryRules() {
    LibraryRules.check(FeedbackComposer.class, "dev.huifang.feedback");
  }
}
