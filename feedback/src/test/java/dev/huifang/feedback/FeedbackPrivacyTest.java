package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Ratio;
import dev.huifang.core.WorkerId;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.core.privacy.DisclosurePolicy;
import dev.huifang.core.privacy.DisclosurePolicy.Output;
import dev.huifang.core.privacy.RedactionPolicy;
import dev.huifang.core.privacy.Redactor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scripts and capability reports mask personal information in what people wrote, unless the
 * disclosure policy says the output shows text as it is.
 */
class FeedbackPrivacyTest {

  private static final WorkerId WORKER = WorkerId.of("w-7");
  /** A resident identity number with a valid check character (GB 11643's published example). */
  private static final String RESIDENT_ID = "11010519491231002X";
  private static final List<String> PERSONAL = List.of("13812345678", "139-1234-5678",
      RESIDENT_ID, "wang.fang@example.com", "张伟", "Zhang Wei");

  private static final Redactor WITH_NAMES = Redactor.of(RedactionPolicy.builder()
      .addKnownNames("张伟", "Zhang Wei").build());

  /** A customer's praise and two accounts of the same problem, full of personal information. */
  private static List<Finding> findings() {
    return List.of(
        finding(Dimension.OBJECTION_HANDLING, Polarity.STRENGTH, 0.8, Perspective.CUSTOMER,
            "张伟用竞品对比数据应对价格异议，效果很好",
            "Zhang Wei used competitor comparison data on price objections, which worked well",
            "顾客（手机 13812345678）说听完对比后不再纠结价格",
            "the customer (mobile 13812345678) stopped haggling after the comparison"),
        finding(Dimension.PRODUCT_KNOWLEDGE, Polarity.WEAKNESS, 0.7, Perspective.CUSTOMER,
            "介绍时没有提到 10 年质保，顾客留了邮箱 wang.fang@example.com 想要资料",
            "the 10-year warranty was not mentioned; the customer left wang.fang@example.com for"
                + " the leaflet",
            "顾客回电 139-1234-5678 说不知道有 10 年质保",
            "the customer called back from 139-1234-5678: they did not know about the warranty"),
        finding(Dimension.PRODUCT_KNOWLEDGE, Polarity.WEAKNESS, 0.5, Perspective.INTERNAL_TEAM,
            "介绍时只讲了价格，没有讲质保", "the pitch covered the price but not the warranty",
            "店长核对了顾客身份证 " + RESIDENT_ID + " 后发现介绍中没有提到质保",
            "after checking the customer's ID " + RESIDENT_ID + " the manager saw the warranty"
                + " was left out"));
  }

  private static Finding finding(Dimension dimension, Polarity polarity, double magnitude,
      Perspective perspective, String zh, String en, String zhEvidence, String enEvidence) {
    return Finding.builder().workerId(WORKER).dimension(dimension).polarity(polarity)
        .magnitude(Ratio.of(magnitude)).perspective(perspective)
        .summary(LocalizedText.of(zh, en))
        .addEvidence(Evidence.of("question:open", LocalizedText.of(zhEvidence, enEvidence),
            Map.of()))
        .build();
  }

  private static String everything(FeedbackScript script) {
    return HuifangJson.write(script) + script.toMarkdown("zh-CN") + script.toMarkdown("en");
  }

  private static String everything(CapabilityReport report) {
    return HuifangJson.write(report) + report.toMarkdown("zh-CN") + report.toMarkdown("en");
  }

  @Test
  void masksPersonalInformationInScriptsByDefault() {
    FeedbackScript script = FeedbackComposer.ofDefaults(DisclosurePolicy.defaults(), WITH_NAMES)
        .script(WORKER, Audience.WORKER, findings()).get();
    String text = everything(script);
    PERSONAL.forEach(value -> assertThat(text).doesNotContain(value));
    assertThat(text).contains("138****5678", "张*");
    assertThat(script.praise().text().zhCn()).contains("张*用竞品对比数据");
    assertThat(script.concerns().get(0).text().en()).contains("139****5678", "w***@example.com")
        .doesNotContain("wang.fang");
  }

  @Test
  void masksNumbersAndAddressesWithoutAHostRedactor() {
    FeedbackComposer composer = FeedbackComposer.ofDefaults();
    String text = everything(composer.script(WORKER, Audience.FIRST_TIMER, findings()).get())
        + everything(composer.report(WORKER, findings()).get())
        + HuifangJson.write(composer.attribute(WORKER, findings()).get());
    List.of("13812345678", "139-1234-5678", RESIDENT_ID, "wang.fang@example.com")
        .forEach(value -> assertThat(text).doesNotContain(value));
  }

  @Test
  void masksPersonalInformationInReportsByDefault() {
    CapabilityReport report = FeedbackComposer.ofDefaults(DisclosurePolicy.defaults(), WITH_NAMES)
        .report(WORKER, findings()).get();
    String text = everything(report);
    PERSONAL.forEach(value -> assertThat(text).doesNotContain(value));
    assertThat(text).contains("138****5678");
  }

  @Test
  void showsTextAsWrittenWhenThePolicyOptsOut() {
    DisclosurePolicy open = DisclosurePolicy.defaults().with(Output.FEEDBACK_SCRIPT, false)
        .with(Output.CAPABILITY_REPORT, false);
    FeedbackComposer composer = FeedbackComposer.ofDefaults(open, WITH_NAMES);
    FeedbackScript script = composer.script(WORKER, Audience.WORKER, findings()).get();
    assertThat(script.praise().text().zhCn()).contains("张伟用竞品对比数据", "13812345678");
    assertThat(everything(script)).contains("139-1234-5678", "wang.fang@example.com");
    assertThat(everything(composer.report(WORKER, findings()).get()))
        .contains("13812345678", RESIDENT_ID, "wang.fang@example.com", "Zhang Wei");
  }

  @Test
  void eachOutputFollowsItsOwnSetting() {
    DisclosurePolicy scriptsOpen = DisclosurePolicy.defaults().with(Output.FEEDBACK_SCRIPT, false);
    FeedbackComposer composer = FeedbackComposer.ofDefaults(scriptsOpen, WITH_NAMES);
    assertThat(everything(composer.script(WORKER, Audience.WORKER, findings()).get()))
        .contains("13812345678");
    assertThat(everything(composer.report(WORKER, findings()).get()))
        .doesNotContain("13812345678", "张伟");
    assertThat(HuifangJson.write(composer.attribute(WORKER, findings()).get()))
        .doesNotContain("139-1234-5678");
  }

  @Test
  void leavesFindingsWithoutPersonalInformationAsTheyAre() {
    List<Finding> plain = List.of(
        finding(Dimension.OBJECTION_HANDLING, Polarity.STRENGTH, 0.8, Perspective.CUSTOMER,
            "用竞品对比数据应对价格异议，效果很好",
            "using competitor comparison data on price objections worked well",
            "顾客听完对比后不再纠结价格，转而询问 2 号的送货时间",
            "after the comparison the customer asked about delivery on the 2nd"),
        findings().get(2));
    DisclosurePolicy open = DisclosurePolicy.redacting();
    Redactor none = Redactor.defaults();
    assertThat(FeedbackComposer.ofDefaults().script(WORKER, Audience.WORKER, plain.subList(0, 1))
        .get()).isEqualTo(FeedbackComposer.ofDefaults(open, none)
            .script(WORKER, Audience.WORKER, plain.subList(0, 1)).get());
    assertThat(FeedbackComposer.ofDefaults().report(WORKER, plain.subList(0, 1)).get())
        .isEqualTo(FeedbackComposer.ofDefaults(open, none).report(WORKER, plain.subList(0, 1))
            .get());
    assertThat(plain).hasSize(2);
  }

  @Test
  void masksOnlyTheFindingsAndStatementsThatHoldPersonalInformationAndKeepsTheirOrder() {
    Finding clean = finding(Dimension.ATTITUDE, Polarity.STRENGTH, 0.9, Perspective.CUSTOMER,
        "问候很热情", "greeted customers warmly", "顾客说很满意", "the customer was pleased");
    Finding laterEvidence = Finding.builder().from(finding(Dimension.ATTITUDE, Polarity.STRENGTH,
        0.8, Perspective.INTERNAL_TEAM, "对顾客很耐心", "patient with customers", "店长看到了",
        "the manager saw it")).addEvidence(Evidence.of("question:open", LocalizedText.of(
            "顾客留了电话 13812345678", "the customer left 13812345678"), Map.of())).build();
    Finding firstEvidence = finding(Dimension.ATTITUDE, Polarity.STRENGTH, 0.7, Perspective.HR,
        "按时到岗", "on time", "人事核对了 13812345678", "HR checked 13812345678");
    Finding last = finding(Dimension.ATTITUDE, Polarity.STRENGTH, 0.6, Perspective.AGENCY,
        "仪容整洁", "neat and tidy", "劳务机构回访", "the agency followed up");
    CapabilityReport report = FeedbackComposer.ofDefaults()
        .report(WORKER, List.of(clean, laterEvidence, firstEvidence, last)).get();
    assertThat(report.strengths()).singleElement().satisfies(attitude -> assertThat(
        attitude.citations()).extracting(c -> c.findingIndex() + ":" + c.statement().en())
        .containsExactly("0:the customer was pleased", "1:the manager saw it",
            "2:HR checked 138****5678", "3:the agency followed up"));
    // the later evidence stays counted: with two pieces it outranks an equal, earlier strength
    Finding equal = Finding.builder().from(laterEvidence).evidence(List.of(
        laterEvidence.evidence().get(0))).build();
    assertThat(FeedbackComposer.ofDefaults().script(WORKER, Audience.WORKER,
        List.of(equal, laterEvidence)).get().praise().citation().findingIndex()).isEqualTo(1);
  }
}
