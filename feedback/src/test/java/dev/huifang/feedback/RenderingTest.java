package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Ratio;
import dev.huifang.core.WorkerId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every section of the renderings, line by line: empty sections, concerns to verify and with a
 * system cause, a resource of a dimension the report does not name, the fallback mark, each flag's
 * note, labels left out where the text already names the dimension.
 */
class RenderingTest {

  private static final WorkerId WORKER = WorkerId.of("w-7");
  private static final LocalizedText QUALITY = LocalizedText.of("质量", "quality");

  private static Citation cited(Perspective perspective) {
    return new Citation(0, 0, Dimension.QUALITY, Polarity.WEAKNESS, Ratio.of(0.5), perspective,
        "question:q", LocalizedText.of("顾客说包装破了", "the customer said the box was torn"));
  }

  private static AttributedConcern toVerify(LocalizedText text) {
    return new AttributedConcern(Dimension.QUALITY, QUALITY, Attribution.TO_VERIFY, Ratio.of(0.5),
        List.of(Perspective.CUSTOMER), List.of(cited(Perspective.CUSTOMER)), null, null, text, "r");
  }

  private static final AttributedConcern SYSTEM = new AttributedConcern(Dimension.EFFICIENCY,
      LocalizedText.of("工作效率", "efficiency"), Attribution.SYSTEM, Ratio.of(0.9),
      List.of(Perspective.CUSTOMER, Perspective.INTERNAL_TEAM), List.of(cited(Perspective.CUSTOMER)),
      "outage", "system_outage", LocalizedText.of("工作效率方面的问题源于系统故障",
          "the efficiency issue comes from a system outage"), "r");

  private static final FollowUpFocus FOCUS = new FollowUpFocus(Dimension.TEAMWORK,
      LocalizedText.of("下次回访重点关注团队协作。", "Next follow-up: focus on teamwork."), "r");

  private static CapabilityReport fullReport() {
    DimensionAssessment area = new DimensionAssessment(Dimension.TEAMWORK,
        LocalizedText.of("团队协作", "teamwork"), Polarity.WEAKNESS, Ratio.of(0.7),
        LocalizedText.of("交接不清", "handovers were unclear"),
        List.of(cited(Perspective.INTERNAL_TEAM), cited(Perspective.SYSTEM)),
        List.of(Perspective.INTERNAL_TEAM, Perspective.SYSTEM), "r");
    return new CapabilityReport(WORKER, List.of(), List.of(area),
        List.of(toVerify(LocalizedText.of("顾客的反馈里说质量欠佳，想听听你这边当时的情况。",
            "The customer's feedback says quality was poor; tell us."))),
        List.of(SYSTEM), List.of(
            new ResourceMatch(Dimension.TEAMWORK, LearningResource.microCourse(
                LocalizedText.of("交接要点", "Handover essentials"), 10), false, "r"),
            new ResourceMatch(Dimension.COMPLIANCE, LearningResource.mentor(
                LocalizedText.of("与主管复盘", "reviewing with your supervisor")), true, "r")),
        FOCUS);
  }

  @Test
  void writesEveryReportSectionAsPlainTextInChinese() {
    assertThat(fullReport().toText(LocalizedText.ZH_CN)).isEqualTo("""
        能力诊断报告 · w-7
        优势
        - （无）
        待提升
        - 团队协作：交接不清（来自：门店主管、考核数据）
          依据：顾客说包装破了（门店主管）
          依据：顾客说包装破了（考核数据）
        待核实（下次回访时问问）
        - 顾客的反馈里说质量欠佳，想听听你这边当时的情况。（来自：顾客）
        转交系统处理
        - 工作效率方面的问题源于系统故障（来自：顾客、门店主管）
        推荐资源
        - 团队协作：10 分钟微课《交接要点》
        - compliance：一次关于与主管复盘的一对一导师辅导（通用资源）
        下次回访重点
        下次回访重点关注团队协作。
        """);
  }

  @Test
  void writesEveryReportSectionAsPlainTextInEnglish() {
    assertThat(fullReport().toText(LocalizedText.EN)).isEqualTo("""
        Capability diagnosis · w-7
        Strengths
        - (none)
        Development areas
        - Teamwork: handovers were unclear (from: store manager, measured results)
          Evidence: The customer said the box was torn (store manager)
          Evidence: The customer said the box was torn (measured results)
        To verify (ask at the next follow-up)
        - The customer's feedback says quality was poor; tell us. (from: customer)
        Passed to the system
        - The efficiency issue comes from a system outage (from: customer, store manager)
        Resources
        - Teamwork: the 10-minute micro-course “Handover essentials”
        - Compliance: a 1:1 mentor session on reviewing with your supervisor (general fallback)
        Next follow-up focus
        Next follow-up: focus on teamwork.
        """);
  }

  @Test
  void writesEveryReportSectionAsMarkdownWithTheFallbackNote() {
    assertThat(fullReport().toMarkdown(LocalizedText.EN)).isEqualTo("""
        ## Capability diagnosis · w-7

        ### Strengths
        - (none)

        ### Development areas
        - Teamwork: handovers were unclear (from: store manager, measured results)
          - Evidence: The customer said the box was torn (store manager)
          - Evidence: The customer said the box was torn (measured results)

        ### To verify (ask at the next follow-up)
        - The customer's feedback says quality was poor; tell us. (from: customer)

        ### Passed to the system
        - The efficiency issue comes from a system outage (from: customer, store manager)

        ### Resources
        - Teamwork: the 10-minute micro-course “Handover essentials”
        - Compliance: a 1:1 mentor session on reviewing with your supervisor (general fallback)

        ### Next follow-up focus

        Next follow-up: focus on teamwork.

        > Note: The resource catalogue has no entry for this dimension: a general resource is used.
        """);
  }

  @Test
  void writesAReportOfSystemCausesOnlyWithEmptySections() {
    CapabilityReport report = new CapabilityReport(WORKER, List.of(), List.of(), List.of(),
        List.of(SYSTEM), List.of(), FOCUS);
    assertThat(report.toText("zh")).isEqualTo("""
        能力诊断报告 · w-7
        优势
        - （无）
        待提升
        - （无）
        转交系统处理
        - 工作效率方面的问题源于系统故障（来自：顾客、门店主管）
        推荐资源
        - （无）
        下次回访重点
        下次回访重点关注团队协作。
        """);
    assertThat(report.toMarkdown(LocalizedText.ZH_CN)).isEqualTo("""
        ## 能力诊断报告 · w-7

        ### 优势
        - （无）

        ### 待提升
        - （无）

        ### 转交系统处理
        - 工作效率方面的问题源于系统故障（来自：顾客、门店主管）

        ### 推荐资源
        - （无）

        ### 下次回访重点

        下次回访重点关注团队协作。

        """);
  }

  private static FeedbackScript everyFlag() {
    Praise weak = new Praise(LocalizedText.of("谢谢你按时到岗。", "Thanks for showing up."), true,
        null, "r");
    Concern single = new Concern(LocalizedText.of("包装破了。", "The box was torn."), false,
        cited(Perspective.CUSTOMER), List.of(Perspective.CUSTOMER), "r");
    Concern stretch = new Concern(LocalizedText.of("进阶目标。", "A stretch goal."), true,
        cited(Perspective.CUSTOMER), List.of(), "r");
    Encouragement encouragement = new Encouragement(LocalizedText.of("下次加油。", "Keep going."),
        Dimension.QUALITY, LearningResource.mentor(QUALITY), true, "r");
    return FeedbackScript.builder(WORKER, Audience.WORKER).praise(weak).concerns(single, stretch)
        .encouragement(encouragement).build()
        .withWithheld(List.of(toVerify(LocalizedText.of("想听听包装的情况。", "Tell us about the box.")),
            SYSTEM));
  }

  @Test
  void writesAScriptWithWithheldConcernsAndANoteForEveryFlagInChinese() {
    assertThat(everyFlag().toMarkdown(LocalizedText.ZH_CN)).isEqualTo("""
        ## 三明治反馈话术 · w-7

        ### 1. 肯定

        谢谢你按时到岗。

        ### 2. 改进

        包装破了。

        > 来自：顾客

        进阶目标。

        ### 3. 鼓励

        下次加油。

        ### 下次回访时问问

        - 质量：想听听包装的情况。（来自：顾客）

        ### 转交系统处理

        - 工作效率方面的问题源于系统故障（来自：顾客、门店主管）

        > 注意：暂无有证据支持的优点，肯定部分是对投入的认可。
        > 注意：没有需要本人改进的问题，改进部分是进阶目标。
        > 注意：有问题只来自一个视角的反馈，谈话前请先从其他来源核实，排除系统等非个人原因。
        > 注意：资源目录中没有该维度，使用了通用资源。
        > 注意：有的反馈只来自一方，先当面问问情况，不要当作本人的问题来谈。
        """);
  }

  @Test
  void writesAScriptWithWithheldConcernsAndANoteForEveryFlagInEnglish() {
    assertThat(everyFlag().toMarkdown(LocalizedText.EN)).isEqualTo("""
        ## Sandwich feedback script · w-7

        ### 1. Praise

        Thanks for showing up.

        ### 2. To work on

        The box was torn.

        > From: customer

        A stretch goal.

        ### 3. Next step

        Keep going.

        ### Ask at the next follow-up

        - Quality: Tell us about the box. (from: customer)

        ### Passed to the system

        - The efficiency issue comes from a system outage (from: customer, store manager)

        > Note: No evidence-backed strength yet: the praise acknowledges effort.
        > Note: Nothing for the worker to fix: the problem part is a stretch goal.
        > Note: A problem rests on one perspective only: confirm it from another source and rule \
        out system causes before the talk.
        > Note: The resource catalogue has no entry for this dimension: a general resource is used.
        > Note: Some feedback comes from one side only: ask about it first, and do not treat it \
        as the worker's fault.
        """);
    assertThat(everyFlag().toText(LocalizedText.EN)).isEqualTo(
        "Thanks for showing up.\nThe box was torn.\nA stretch goal.\nKeep going.\n");
  }
}
