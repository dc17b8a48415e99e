package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huifang.core.Dimension;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import dev.huifang.core.WorkerId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The composer's selection rules on hand-made Findings: each threshold exactly at its bound, each
 * ranking and tie-break, each fallback, with the exact words and reasons chosen.
 */
class ComposerRulesTest {

  private static final WorkerId W = WorkerId.of("w-1");
  private static final FeedbackComposer DEFAULTS = FeedbackComposer.ofDefaults();

  private static Finding finding(Dimension dimension, Polarity polarity, double magnitude,
      Perspective who, LocalizedText text, String source, Map<String, Double> figures) {
    return Finding.builder().workerId(W).dimension(dimension).polarity(polarity)
        .magnitude(Ratio.of(magnitude)).perspective(who).summary(text)
        .addEvidence(Evidence.of(source, text, figures)).build();
  }

  /** A measured metric: corroborates a concern on its own. */
  private static Finding metric(Dimension dimension, Polarity polarity, double magnitude) {
    return finding(dimension, polarity, magnitude, Perspective.SYSTEM,
        LocalizedText.of("考核结果", "measured result"), "metric:" + dimension.code(),
        Map.of("score", 60.0));
  }

  /** Someone's account in their own words. */
  private static Finding said(Dimension dimension, Polarity polarity, double magnitude,
      Perspective who, String zh, String en) {
    return finding(dimension, polarity, magnitude, who, LocalizedText.of(zh, en), "question:q",
        Map.of());
  }

  private static Finding stars(Dimension dimension, double magnitude, Perspective who) {
    return finding(dimension, Polarity.STRENGTH, magnitude, who,
        LocalizedText.of("回答 5 星：服务如何？", "Answered 5 stars: how was the service?"), "question:s",
        Map.of("stars", 5.0));
  }

  private static FeedbackComposer with(ScriptPolicy policy, AttributionPolicy attribution) {
    return FeedbackComposer.of(ScriptTemplates.defaults(), ResourceCatalogue.defaults(),
        PhraseLint.defaults(), policy, attribution);
  }

  @Test
  void pairsADevelopmentAreaWithAMentorFromExactly06AndInvitesAStrengthFromExactly08() {
    List<Finding> findings = List.of(metric(Dimension.QUALITY, Polarity.WEAKNESS, 0.59),
        metric(Dimension.TEAMWORK, Polarity.WEAKNESS, 0.6),
        said(Dimension.ATTITUDE, Polarity.STRENGTH, 0.8, Perspective.CUSTOMER, "问候很热情",
            "greeted customers warmly"),
        said(Dimension.EFFICIENCY, Polarity.STRENGTH, 0.79, Perspective.INTERNAL_TEAM, "提前完成了备货",
            "had the stock ready early"));
    CapabilityReport report = DEFAULTS.report(W, findings).get();
    assertThat(report.resources()).extracting(m -> m.dimension() + ":" + m.resource().kind(),
        ResourceMatch::reason).containsExactly(
        tuple("teamwork:MICRO_COURSE", "development area teamwork: first MICRO_COURSE of dimension"
            + " teamwork (preference [MICRO_COURSE, MENTOR])"),
        tuple("teamwork:MENTOR", "development area teamwork magnitude 0.6 >= mentorMinMagnitude"
            + " 0.6: first MENTOR of dimension teamwork (preference [MENTOR])"),
        tuple("quality:MICRO_COURSE", "development area quality: first MICRO_COURSE of dimension"
            + " quality (preference [MICRO_COURSE, MENTOR])"),
        tuple("attitude:WORKSHOP", "strength attitude magnitude 0.8 >= workshopMinMagnitude 0.8:"
            + " first WORKSHOP of dimension attitude (preference [WORKSHOP])"));
    assertThat(report.developmentAreas()).extracting(DimensionAssessment::reason).containsExactly(
        "development area of 1 finding(s), magnitude 0.6 (finding #1); ranked by magnitude, then"
            + " dimension code; corroborated by a measured metric: a development area; seen by"
            + " [SYSTEM]",
        "development area of 1 finding(s), magnitude 0.59 (finding #0); ranked by magnitude, then"
            + " dimension code; corroborated by a measured metric: a development area; seen by"
            + " [SYSTEM]");
    assertThat(report.strengths()).extracting(DimensionAssessment::reason).containsExactly(
        "strength of 1 finding(s), magnitude 0.8 (finding #2), seen by [CUSTOMER]; ranked by"
            + " magnitude, then dimension code",
        "strength of 1 finding(s), magnitude 0.79 (finding #3), seen by [INTERNAL_TEAM]; ranked by"
            + " magnitude, then dimension code");
    assertThat(report.nextFocus().dimension()).isEqualTo(Dimension.TEAMWORK);
    assertThat(report.nextFocus().reason())
        .isEqualTo("the development area with the largest magnitude 0.6");
  }

  @Test
  void aMentorAlreadyMatchedAsTheCourseIsNotOfferedTwice() {
    ResourceCatalogue mentorOnly = ResourceCatalogue.defaults().with(Dimension.TEAMWORK,
        List.of(LearningResource.mentor(LocalizedText.of("团队协作", "teamwork"))));
    FeedbackComposer composer = FeedbackComposer.of(ScriptTemplates.defaults(), mentorOnly,
        PhraseLint.defaults(), ScriptPolicy.defaults());
    CapabilityReport report = composer.report(W,
        List.of(metric(Dimension.TEAMWORK, Polarity.WEAKNESS, 0.9))).get();
    assertThat(report.resources()).extracting(m -> m.resource().kind())
        .containsExactly(ResourceKind.MENTOR);
  }

  @Test
  void ranksEqualMagnitudesByDimensionCode() {
    List<Finding> findings = List.of(metric(Dimension.QUALITY, Polarity.WEAKNESS, 0.5),
        metric(Dimension.ATTITUDE, Polarity.WEAKNESS, 0.5),
        said(Dimension.TEAMWORK, Polarity.STRENGTH, 0.5, Perspective.CUSTOMER, "主动帮同事搬货",
            "helped a colleague carry stock"),
        said(Dimension.EFFICIENCY, Polarity.STRENGTH, 0.5, Perspective.CUSTOMER, "很快完成了安装",
            "finished the installation quickly"));
    CapabilityReport report = DEFAULTS.report(W, findings).get();
    assertThat(report.developmentAreas()).extracting(DimensionAssessment::dimension)
        .containsExactly(Dimension.ATTITUDE, Dimension.QUALITY);
    assertThat(report.strengths()).extracting(DimensionAssessment::dimension)
        .containsExactly(Dimension.EFFICIENCY, Dimension.TEAMWORK);
  }

  @Test
  void groupsAStrengthsFindingsUnderOneAssessmentStrongestFirst() {
    List<Finding> findings = List.of(
        said(Dimension.ATTITUDE, Polarity.STRENGTH, 0.4, Perspective.INTERNAL_TEAM, "对顾客很耐心",
            "patient with customers"),
        said(Dimension.ATTITUDE, Polarity.STRENGTH, 0.7, Perspective.CUSTOMER, "问候很热情",
            "greeted customers warmly"));
    DimensionAssessment attitude = DEFAULTS.report(W, findings).get().strengths().get(0);
    assertThat(attitude.citations()).extracting(Citation::findingIndex).containsExactly(1, 0);
    assertThat(attitude.perspectives())
        .containsExactly(Perspective.CUSTOMER, Perspective.INTERNAL_TEAM);
    assertThat(attitude.summary().en()).isEqualTo("greeted customers warmly");
    assertThat(attitude.magnitude()).isEqualTo(Ratio.of(0.7));
    assertThat(attitude.reason()).isEqualTo("strength of 2 finding(s), magnitude 0.7 (finding #1),"
        + " seen by [CUSTOMER, INTERNAL_TEAM]; ranked by magnitude, then dimension code");
  }

  @Test
  void focusesTheNextFollowUpOnWhatTheReportFound() {
    Finding strength = said(Dimension.OBJECTION_HANDLING, Polarity.STRENGTH, 0.8,
        Perspective.CUSTOMER, "用对比数据回应了价格异议", "answered the price objection with comparison data");
    Finding unverified = said(Dimension.PRODUCT_KNOWLEDGE, Polarity.WEAKNESS, 0.7,
        Perspective.CUSTOMER, "没有提到质保", "the warranty was not mentioned");
    Finding outage = said(Dimension.EFFICIENCY, Polarity.WEAKNESS, 0.9, Perspective.CUSTOMER,
        "系统宕机导致送货晚了", "the delivery was late because the system was down");

    FollowUpFocus toVerify = DEFAULTS.report(W, List.of(strength, unverified, outage)).get()
        .nextFocus();
    assertThat(toVerify.dimension()).isEqualTo(Dimension.PRODUCT_KNOWLEDGE);
    assertThat(toVerify.text()).isEqualTo(LocalizedText.of("下次回访先聊聊产品知识，听听本人当时的情况，再看要不要跟进。",
        "Next follow-up: start with product knowledge and hear the worker's side of it before"
            + " deciding on any next step."));
    assertThat(toVerify.reason())
        .isEqualTo("no development area: the concern to verify with the largest magnitude 0.7");

    FollowUpFocus share = DEFAULTS.report(W, List.of(outage, strength)).get().nextFocus();
    assertThat(share.dimension()).isEqualTo(Dimension.OBJECTION_HANDLING);
    assertThat(share.text()).isEqualTo(LocalizedText.of("下次回访请对方分享在异议处理方面的做法，供团队参考。",
        "Next follow-up: invite the worker to share what works in objection handling, for the team"
            + " to adopt."));
    assertThat(share.reason()).isEqualTo("no development area or concern to verify: the strength"
        + " with the largest magnitude 0.8");

    FollowUpFocus system = DEFAULTS.report(W, List.of(outage)).get().nextFocus();
    assertThat(system.dimension()).isEqualTo(Dimension.EFFICIENCY);
    assertThat(system.text()).isEqualTo(LocalizedText.of("下次回访告诉对方工作效率方面的问题处理得怎么样了。",
        "Next follow-up: tell the worker how the efficiency issue was resolved."));
    assertThat(system.reason())
        .isEqualTo("only concerns with a system cause: report back on the largest, magnitude 0.9");

    FollowUpFocus area = DEFAULTS.report(W, List.of(strength, unverified,
        metric(Dimension.SAFETY_COMPLIANCE, Polarity.RISK, 0.3))).get().nextFocus();
    assertThat(area.dimension()).isEqualTo(Dimension.SAFETY_COMPLIANCE);
    assertThat(area.text()).isEqualTo(LocalizedText.of(
        "下次回访重点关注安全规范，一起看看这一步做得怎么样：作业前完成安全检查并佩戴好防护用品。",
        "Next follow-up: focus on safety compliance and look together at how this step went:"
            + " complete the safety check and put on protective gear before the work starts."));
  }

  @Test
  void praisesAnAccountOfBehaviourBeforeAMetricARatingAndTheWorkersOwnView() {
    Finding selfRated = stars(Dimension.ATTITUDE, 0.9, Perspective.SELF);
    Finding selfSaid = said(Dimension.TEAMWORK, Polarity.STRENGTH, 0.9, Perspective.SELF,
        "主动帮同事搬货", "helped a colleague carry stock");
    Finding rated = stars(Dimension.EFFICIENCY, 0.9, Perspective.CUSTOMER);
    Finding measured = metric(Dimension.QUALITY, Polarity.STRENGTH, 0.9);
    Finding told = said(Dimension.OBJECTION_HANDLING, Polarity.STRENGTH, 0.2, Perspective.CUSTOMER,
        "用对比数据回应了价格异议", "answered the price objection with comparison data");
    List<Finding> all = List.of(selfRated, selfSaid, rated, measured, told);
    Praise praise = DEFAULTS.script(W, Audience.WORKER, all).get().praise();
    assertThat(praise.citation().findingIndex()).isEqualTo(4);
    assertThat(praise.reason()).isEqualTo("STRENGTH of kind ACCOUNT (an account of a concrete"
        + " behaviour first, then a measured result, a rating, the worker's own view) with the"
        + " largest magnitude 0.2 of 5 strengths (finding #4; ties: more evidence, then the earlier"
        + " finding)");
    assertThat(praised(all.subList(0, 4))).isEqualTo(3);
    assertThat(praised(all.subList(0, 3))).isEqualTo(2);
    assertThat(praised(all.subList(0, 2))).isEqualTo(1);
    assertThat(praised(List.of(selfRated, selfRated))).isZero();
  }

  private static int praised(List<Finding> findings) {
    return DEFAULTS.script(W, Audience.WORKER, findings).get().praise().citation().findingIndex();
  }

  @Test
  void praisesTheLargerStrengthThenTheOneWithMoreEvidenceThenTheEarlier() {
    Finding small = said(Dimension.ATTITUDE, Polarity.STRENGTH, 0.5, Perspective.CUSTOMER,
        "问候很热情", "greeted customers warmly");
    Finding large = Finding.builder().from(small).magnitude(Ratio.of(0.6)).build();
    Finding richer = Finding.builder().from(small).addEvidence(small.evidence().get(0)).build();
    assertThat(praised(List.of(small, large))).isEqualTo(1);
    assertThat(praised(List.of(small, richer))).isEqualTo(1);
    assertThat(praised(List.of(richer, small))).isZero();
    assertThat(praised(List.of(small, small))).isZero();
  }

  @Test
  void raisesTheLargestConcernsThenRiskThenMoreEvidenceThenTheEarlier() {
    FeedbackComposer two = with(ScriptPolicy.defaults().withMaxConcerns(2),
        AttributionPolicy.defaults());
    Finding quality = metric(Dimension.QUALITY, Polarity.WEAKNESS, 0.7);
    Finding compliance = metric(Dimension.COMPLIANCE, Polarity.RISK, 0.7);
    Finding teamwork = metric(Dimension.TEAMWORK, Polarity.WEAKNESS, 0.9);
    FeedbackScript script = two.script(W, Audience.WORKER, List.of(quality, compliance, teamwork))
        .get();
    assertThat(script.concerns()).extracting(c -> c.citation().findingIndex())
        .containsExactly(2, 1);
    assertThat(script.concerns().get(1).reason()).isEqualTo("RISK with the largest magnitude 0.7"
        + " among 3 concerns attributed to the worker, one per dimension, at most 2 (finding #1;"
        + " ties: RISK before WEAKNESS, then more evidence, then the earlier finding); corroborated"
        + " by a measured metric: a development area; seen by [SYSTEM]");
    assertThat(script.encouragement().dimension()).isEqualTo(Dimension.TEAMWORK);

    Finding richer = Finding.builder().from(metric(Dimension.ATTITUDE, Polarity.WEAKNESS, 0.7))
        .addEvidence(quality.evidence().get(0)).build();
    assertThat(two.script(W, Audience.WORKER, List.of(quality, richer)).get().concerns())
        .extracting(c -> c.citation().findingIndex()).containsExactly(1, 0);
    Finding attitude = metric(Dimension.ATTITUDE, Polarity.WEAKNESS, 0.7);
    assertThat(two.script(W, Audience.WORKER, List.of(quality, attitude)).get().concerns())
        .extracting(c -> c.citation().findingIndex()).containsExactly(0, 1);
    assertThat(DEFAULTS.script(W, Audience.WORKER, List.of(quality, attitude)).get().concerns())
        .extracting(c -> c.citation().findingIndex()).containsExactly(0);
  }

  @Test
  void asksTheLargestWithheldConcernWhenThereIsNoStrengthAndNothingCorroborated() {
    Finding small = said(Dimension.QUALITY, Polarity.WEAKNESS, 0.3, Perspective.CUSTOMER,
        "包装有点破", "the box was a little torn");
    Finding large = said(Dimension.PRODUCT_KNOWLEDGE, Polarity.WEAKNESS, 0.7, Perspective.CUSTOMER,
        "没有提到质保", "the warranty was not mentioned");
    FeedbackScript script = DEFAULTS.script(W, Audience.WORKER, List.of(small, large)).get();
    Concern asked = script.concerns().get(0);
    assertThat(script.concerns()).hasSize(1);
    assertThat(asked.stretch()).isTrue();
    assertThat(asked.perspectives()).isEmpty();
    assertThat(asked.citation().findingIndex()).isEqualTo(1);
    assertThat(asked.text()).isEqualTo(script.withheld().get(0).text());
    assertThat(asked.text().en()).isEqualTo("The customer's feedback says the warranty was not"
        + " mentioned; we'd like to hear how it looked from your side.");
    assertThat(asked.reason()).isEqualTo("no STRENGTH and no concern attributed to the worker: the"
        + " open question of the largest withheld concern, asked and not stated as a fault (finding"
        + " #1); not corroborated: 1 perspective(s) and no measured metric, policy needs 2: to"
        + " verify at the next follow-up, never stated as a fault; seen by [CUSTOMER]");
    assertThat(script.praise().reason()).isEqualTo("no STRENGTH among 2 findings: acknowledgement"
        + " of effort and attendance (weak praise)");
    assertThat(script.encouragement().dimension()).isEqualTo(Dimension.PRODUCT_KNOWLEDGE);
  }

  @Test
  void setsTheStretchGoalOnTheWeakestStrengthTheEarlierOnATie() {
    List<Finding> findings = List.of(
        said(Dimension.ATTITUDE, Polarity.STRENGTH, 0.5, Perspective.CUSTOMER, "问候很热情",
            "greeted customers warmly"),
        said(Dimension.TEAMWORK, Polarity.STRENGTH, 0.3, Perspective.CUSTOMER, "主动帮同事搬货",
            "helped a colleague carry stock"),
        said(Dimension.EFFICIENCY, Polarity.STRENGTH, 0.3, Perspective.CUSTOMER, "很快完成了安装",
            "finished the installation quickly"));
    FeedbackScript script = DEFAULTS.script(W, Audience.WORKER, findings).get();
    Concern stretch = script.concerns().get(0);
    assertThat(stretch.citation().findingIndex()).isEqualTo(1);
    assertThat(stretch.reason()).isEqualTo("no concern attributed to the worker: stretch goal on"
        + " the STRENGTH with the smallest magnitude 0.3 (finding #1; ties: the earlier finding)");
    assertThat(stretch.text().en()).isEqualTo("To go further: your teamwork is already solid; the"
        + " next step is to make it work in more situations, as it did here: helped a colleague"
        + " carry stock.");
    assertThat(script.encouragement().dimension()).isEqualTo(Dimension.TEAMWORK);
  }

  @Test
  void offersFirstTimersAMentorAndEveryoneElseACourseFirst() {
    List<Finding> findings = List.of(metric(Dimension.QUALITY, Polarity.WEAKNESS, 0.5));
    for (Audience audience : Audience.values()) {
      Encouragement encouragement = DEFAULTS.script(W, audience, findings).get().encouragement();
      assertThat(encouragement.resource().kind()).isEqualTo(audience == Audience.FIRST_TIMER
          ? ResourceKind.MENTOR : ResourceKind.MICRO_COURSE);
      assertThat(encouragement.resourceFallback()).isFalse();
    }
    assertThat(DEFAULTS.script(W, Audience.FIRST_TIMER, findings).get().encouragement().reason())
        .isEqualTo("next step of dimension quality, the first problem's; resource: first MENTOR of"
            + " dimension quality (preference [MENTOR, MICRO_COURSE])");
  }

  @Test
  void namesWhoElseSawAConcernButNotTheMeasuredResult() {
    Finding customer = said(Dimension.QUALITY, Polarity.WEAKNESS, 0.7, Perspective.CUSTOMER,
        "包装有点破", "the box was a little torn");
    Finding manager = Finding.builder().from(customer).perspective(Perspective.INTERNAL_TEAM)
        .magnitude(Ratio.of(0.4)).build();
    Finding measured = metric(Dimension.QUALITY, Polarity.WEAKNESS, 0.2);
    Concern concern = DEFAULTS.script(W, Audience.WORKER, List.of(customer, manager, measured))
        .get().concerns().get(0);
    assertThat(concern.text().en()).endsWith("What we saw: the box was a little torn; the store"
        + " manager noticed it too.");
    assertThat(concern.text().zhCn()).endsWith("我们看到的情况是：包装有点破，门店主管也提到了这一点。");
    Concern alone = DEFAULTS.script(W, Audience.WORKER, List.of(customer, measured)).get()
        .concerns().get(0);
    assertThat(alone.text().en()).endsWith("What we saw: the box was a little torn.");
  }

  @Test
  void attributesByThePoliciesPerspectiveCountAndMetricRule() {
    Finding customer = said(Dimension.QUALITY, Polarity.WEAKNESS, 0.7, Perspective.CUSTOMER,
        "包装有点破", "the box was a little torn");
    Finding manager = Finding.builder().from(customer).perspective(Perspective.INTERNAL_TEAM)
        .build();
    Finding hr = Finding.builder().from(customer).perspective(Perspective.HR).build();
    Finding measured = metric(Dimension.QUALITY, Polarity.WEAKNESS, 0.2);
    AttributionPolicy three = AttributionPolicy.defaults().withMinPerspectives(3);
    FeedbackComposer strict = with(ScriptPolicy.defaults(), three);

    AttributedConcern two = strict.attribute(W, List.of(customer, manager)).get().get(0);
    assertThat(two.attribution()).isEqualTo(Attribution.TO_VERIFY);
    assertThat(two.reason()).isEqualTo("not corroborated: 2 perspective(s) and no measured metric,"
        + " policy needs 3: to verify at the next follow-up, never stated as a fault; seen by"
        + " [CUSTOMER, INTERNAL_TEAM]");
    AttributedConcern threeSaw = strict.attribute(W, List.of(customer, manager, hr)).get().get(0);
    assertThat(threeSaw.attribution()).isEqualTo(Attribution.WORKER);
    assertThat(threeSaw.reason()).isEqualTo("corroborated by 3 perspectives (policy needs 3): a"
        + " development area; seen by [CUSTOMER, INTERNAL_TEAM, HR]");
    assertThat(threeSaw.text().en()).isEqualTo("the box was a little torn");
    assertThat(threeSaw.systemCause()).isNull();

    FeedbackComposer noMetric = with(ScriptPolicy.defaults(),
        new AttributionPolicy(2, false, List.of()));
    AttributedConcern measuredOnly = noMetric.attribute(W, List.of(customer, measured)).get().get(0);
    assertThat(measuredOnly.attribution()).isEqualTo(Attribution.TO_VERIFY);
    assertThat(measuredOnly.reason()).isEqualTo("not corroborated: 1 perspective(s), policy needs"
        + " 2: to verify at the next follow-up, never stated as a fault; seen by [CUSTOMER,"
        + " SYSTEM]");
    assertThat(DEFAULTS.attribute(W, List.of(customer, measured)).get().get(0).reason())
        .isEqualTo("corroborated by a measured metric: a development area; seen by [CUSTOMER,"
            + " SYSTEM]");
    assertThat(DEFAULTS.attribute(W, List.of(said(Dimension.QUALITY, Polarity.STRENGTH, 0.5,
        Perspective.CUSTOMER, "包装很好", "well packed"))).get()).isEmpty();
  }

  @Test
  void attributesToTheFirstCauseAnyFindingOfTheDimensionNames() {
    Finding plain = said(Dimension.EFFICIENCY, Polarity.WEAKNESS, 0.9, Perspective.CUSTOMER,
        "送货晚了", "the delivery was late");
    Finding named = finding(Dimension.EFFICIENCY, Polarity.WEAKNESS, 0.4, Perspective.INTERNAL_TEAM,
        LocalizedText.of("送货晚了", "the delivery was late"), "question:q", Map.of());
    named = Finding.builder().from(named).evidence(List.of(Evidence.of("question:q",
        LocalizedText.of("当天排班出错，而且缺货", "the SCHEDULING went wrong and it was out of stock"),
        Map.of()))).build();
    List<AttributedConcern> concerns = DEFAULTS.attribute(W, List.of(plain, named)).get();
    assertThat(concerns).singleElement().satisfies(concern -> {
      assertThat(concern.attribution()).isEqualTo(Attribution.SYSTEM);
      assertThat(concern.systemCause()).isEqualTo("stock_out");
      assertThat(concern.caseCategory()).isEqualTo("stock_out");
      assertThat(concern.magnitude()).isEqualTo(Ratio.of(0.9));
      assertThat(concern.citations()).extracting(Citation::findingIndex).containsExactly(0, 1);
      assertThat(concern.text()).isEqualTo(LocalizedText.of("工作效率方面的问题源于缺货，转为闭环案例处理，不算作个人问题",
          "the efficiency issue comes from a stock-out: it goes to a closed-loop case, not to the"
              + " worker"));
      assertThat(concern.reason()).isEqualTo("finding #1 names system cause stock_out"
          + " (\"out of stock\"): attributed to the system, closed-loop case category stock_out; seen by [CUSTOMER,"
          + " INTERNAL_TEAM]");
    });
  }

  @Test
  void ranksAttributedConcernsLargestFirstWithRiskAheadOnATie() {
    List<AttributedConcern> concerns = DEFAULTS.attribute(W, List.of(
        metric(Dimension.QUALITY, Polarity.WEAKNESS, 0.5),
        metric(Dimension.COMPLIANCE, Polarity.RISK, 0.5),
        metric(Dimension.TEAMWORK, Polarity.WEAKNESS, 0.6),
        said(Dimension.ATTITUDE, Polarity.STRENGTH, 0.9, Perspective.CUSTOMER, "问候很热情",
            "greeted customers warmly"))).get();
    assertThat(concerns).extracting(AttributedConcern::dimension).containsExactly(
        Dimension.TEAMWORK, Dimension.COMPLIANCE, Dimension.QUALITY);
  }

  @Test
  void rejectsGeneratedReportTextThatFailsTheLintAtItsPath() {
    Finding boasting = said(Dimension.ATTITUDE, Polarity.STRENGTH, 0.5, Perspective.CUSTOMER,
        "他总是很热情", "he is always warm");
    assertThat(DEFAULTS.report(W, List.of(boasting)).getError())
        .extracting(Problem::code, Problem::path).containsExactly(
            tuple(Problem.FORBIDDEN, "report.strengths[0].summary.en"),
            tuple(Problem.FORBIDDEN, "report.strengths[0].summary.zh-CN"),
            tuple(Problem.FORBIDDEN, "report.strengths[0].citations[0].statement.en"),
            tuple(Problem.FORBIDDEN, "report.strengths[0].citations[0].statement.zh-CN"));
    Finding unverified = said(Dimension.QUALITY, Polarity.WEAKNESS, 0.5, Perspective.CUSTOMER,
        "包装总是破的", "the box is always torn");
    assertThat(DEFAULTS.report(W, List.of(unverified)).getError()).extracting(Problem::path)
        .contains("report.toVerify[0].text.en", "report.toVerify[0].text.zh-CN");
    Finding measured = metric(Dimension.QUALITY, Polarity.WEAKNESS, 0.5);
    Finding accused = Finding.builder().from(measured).summary(LocalizedText.of("包装总是破的",
        "the box is always torn")).evidence(List.of(Evidence.of("question:q", LocalizedText.of(
            "包装总是破的", "the box is always torn"), Map.of()))).perspective(Perspective.CUSTOMER)
        .build();
    assertThat(DEFAULTS.report(W, List.of(accused, measured)).getError()).extracting(Problem::path)
        .contains("report.developmentAreas[0].summary.en",
            "report.developmentAreas[0].citations[0].statement.en");
    assertThat(DEFAULTS.script(W, Audience.WORKER, List.of(said(Dimension.ATTITUDE,
        Polarity.STRENGTH, 0.5, Perspective.CUSTOMER, "问候很热情", "greeted customers warmly"),
        unverified)).getError()).extracting(Problem::path)
        .containsExactly("script.withheld[0].text.en", "script.withheld[0].text.zh-CN");
  }

  @Test
  void rejectsADimensionNameThatFailsTheLintWhereverTheReportUsesIt() {
    ScriptTemplates defaults = ScriptTemplates.defaults();
    ScriptTemplates named = defaults.with(Dimension.EFFICIENCY,
        LocalizedText.of("从不迟到", "never late"), defaults.impactOf(Dimension.EFFICIENCY),
        defaults.nextStepOf(Dimension.EFFICIENCY));
    FeedbackComposer composer = FeedbackComposer.of(named, ResourceCatalogue.defaults(),
        PhraseLint.defaults(), ScriptPolicy.defaults());
    Finding outage = said(Dimension.EFFICIENCY, Polarity.WEAKNESS, 0.9, Perspective.CUSTOMER,
        "系统宕机导致送货晚了", "the delivery was late because the system was down");
    assertThat(composer.report(W, List.of(outage)).getError()).extracting(Problem::path)
        .containsExactly("report.systemCauses[0].text.en", "report.systemCauses[0].text.zh-CN",
            "report.nextFocus.text.en", "report.nextFocus.text.zh-CN");
  }

  @Test
  void rejectsEveryHostTextThatFailsTheLintAtItsOwnPath() {
    ScriptTemplates defaults = ScriptTemplates.defaults();
    LocalizedText absolute = LocalizedText.of("总是这样", "always so");
    dev.huifang.core.Template never = dev.huifang.core.Template.of("从不放弃", "never give up");
    SandwichTemplates worker = defaults.of(Audience.WORKER);
    SandwichTemplates bad = new SandwichTemplates(never, worker.praise(), never, worker.concern(),
        never, worker.encouragement(), never);
    SandwichTemplates star = defaults.of(Audience.STAR_WORKER)
        .withConcern(dev.huifang.core.Template.of("{problem}，总是{impact}", "{problem}, always {impact}"))
        .withEncouragement(dev.huifang.core.Template.of("从不{nextStep}", "never {nextStep}"));
    ScriptTemplates host = new ScriptTemplates(
        new java.util.TreeMap<>(Map.of(Audience.WORKER, bad, Audience.FIRST_TIMER, bad,
            Audience.STAR_WORKER, star)),
        defaults.dimensionNames(), Map.of(Dimension.QUALITY, absolute).entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (a, b) -> a, java.util.TreeMap::new)),
        new java.util.TreeMap<>(Map.of(Dimension.QUALITY, absolute)), absolute, absolute);
    FeedbackComposer composer = FeedbackComposer.of(host, ResourceCatalogue.defaults(),
        PhraseLint.defaults(), ScriptPolicy.defaults());
    assertThat(composer.attribute(W, List.of(metric(Dimension.QUALITY, Polarity.WEAKNESS, 0.5)))
        .getError()).extracting(Problem::path).containsExactly(
        "templates.byAudience.WORKER.opening.en", "templates.byAudience.WORKER.opening.zh-CN",
        "templates.byAudience.WORKER.weakPraise.en", "templates.byAudience.WORKER.weakPraise.zh-CN",
        "templates.byAudience.WORKER.stretchConcern.en",
        "templates.byAudience.WORKER.stretchConcern.zh-CN",
        "templates.byAudience.WORKER.closing.en", "templates.byAudience.WORKER.closing.zh-CN",
        "templates.byAudience.FIRST_TIMER.opening.en",
        "templates.byAudience.FIRST_TIMER.opening.zh-CN",
        "templates.byAudience.FIRST_TIMER.weakPraise.en",
        "templates.byAudience.FIRST_TIMER.weakPraise.zh-CN",
        "templates.byAudience.FIRST_TIMER.stretchConcern.en",
        "templates.byAudience.FIRST_TIMER.stretchConcern.zh-CN",
        "templates.byAudience.FIRST_TIMER.closing.en",
        "templates.byAudience.FIRST_TIMER.closing.zh-CN",
        "templates.byAudience.STAR_WORKER.concern.en",
        "templates.byAudience.STAR_WORKER.concern.zh-CN",
        "templates.byAudience.STAR_WORKER.encouragement.en",
        "templates.byAudience.STAR_WORKER.encouragement.zh-CN",
        "templates.impacts.quality.en", "templates.impacts.quality.zh-CN",
        "templates.nextSteps.quality.en", "templates.nextSteps.quality.zh-CN",
        "templates.defaultImpact.en", "templates.defaultImpact.zh-CN",
        "templates.defaultNextStep.en", "templates.defaultNextStep.zh-CN");
  }

  @Test
  void reportsTheInputAndTheConfigurationProblemsTogether() {
    ResourceCatalogue broken = ResourceCatalogue.defaults().with(Dimension.QUALITY,
        List.of(LearningResource.microCourse(LocalizedText.of("质量", "Quality"), 0)));
    FeedbackComposer composer = FeedbackComposer.of(ScriptTemplates.defaults(), broken,
        PhraseLint.defaults(), ScriptPolicy.defaults());
    Finding other = Finding.builder().from(metric(Dimension.QUALITY, Polarity.WEAKNESS, 0.5))
        .workerId(WorkerId.of("w-2")).build();
    List<Problem> expected = List.of(
        new Problem(Problem.INCONSISTENT, "findings[0].workerId", "\"w-2\"",
            "must be about worker w-1"),
        new Problem(Problem.RANGE, "resources.byDimension.quality[0].minutes", "0",
            "must be >= 1"));
    assertThat(composer.attribute(W, List.of(other)).getError()).containsExactlyElementsOf(expected);
    assertThat(composer.script(W, Audience.WORKER, List.of(other)).getError())
        .containsExactlyElementsOf(expected);
    assertThat(composer.report(W, List.of(other)).getError()).containsExactlyElementsOf(expected);
  }

  @Test
  void countsOnlyTheConcernsAttributedToTheWorkerInTheReason() {
    Finding measured = metric(Dimension.QUALITY, Polarity.WEAKNESS, 0.5);
    Finding unverified = said(Dimension.PRODUCT_KNOWLEDGE, Polarity.WEAKNESS, 0.7,
        Perspective.CUSTOMER, "没有提到质保", "the warranty was not mentioned");
    assertThat(DEFAULTS.script(W, Audience.WORKER, List.of(measured, unverified)).get().concerns()
        .get(0).reason()).startsWith("WEAKNESS with the largest magnitude 0.5 among 1 concerns"
            + " attributed to the worker");
  }

  @Test
  void setsTheStretchGoalOnTheEarlierOfTwoEqualStrengthsWhateverTheirEvidence() {
    Finding plain = said(Dimension.ATTITUDE, Polarity.STRENGTH, 0.3, Perspective.CUSTOMER,
        "问候很热情", "greeted customers warmly");
    Finding richer = Finding.builder().from(said(Dimension.TEAMWORK, Polarity.STRENGTH, 0.3,
        Perspective.CUSTOMER, "主动帮同事搬货", "helped a colleague carry stock"))
        .addEvidence(plain.evidence().get(0)).build();
    assertThat(DEFAULTS.script(W, Audience.WORKER, List.of(plain, richer)).get().concerns().get(0)
        .citation().findingIndex()).isZero();
  }

  @Test
  void attributesMaskedTextWhenEitherOutputMasks() {
    Finding phoned = said(Dimension.QUALITY, Polarity.WEAKNESS, 0.5, Perspective.CUSTOMER,
        "顾客留了电话 13812345678", "the customer left 13812345678");
    for (dev.huifang.core.privacy.DisclosurePolicy.Output open : List.of(
        dev.huifang.core.privacy.DisclosurePolicy.Output.FEEDBACK_SCRIPT,
        dev.huifang.core.privacy.DisclosurePolicy.Output.CAPABILITY_REPORT)) {
      FeedbackComposer composer = FeedbackComposer.ofDefaults(
          dev.huifang.core.privacy.DisclosurePolicy.defaults().with(open, false),
          dev.huifang.core.privacy.Redactor.defaults());
      assertThat(composer.attribute(W, List.of(phoned)).get().get(0).text().en()).as("%s", open)
          .contains("138****5678").doesNotContain("13812345678");
    }
  }

  @Test
  void aCauseNamedInTheSummaryAloneIsTheSystems() {
    Finding summaryOnly = Finding.builder().from(said(Dimension.EFFICIENCY, Polarity.WEAKNESS, 0.5,
        Perspective.CUSTOMER, "送货晚了", "the delivery was late"))
        .summary(LocalizedText.of("断网导致送货晚了", "late because of an outage")).build();
    assertThat(DEFAULTS.attribute(W, List.of(summaryOnly)).get()).singleElement()
        .satisfies(concern -> assertThat(concern.systemCause()).isEqualTo("outage"));
  }
}
