package dev.huifang.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Ratio;
import dev.huifang.core.WorkerId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How Findings are worded for people: each kind of evidence, each score bound, each perspective's
 * name, and Chinese punctuation.
 */
class WordingTest {

  private static final LocalizedText NAME = LocalizedText.of("服务态度", "service attitude");
  private static final LocalizedText SUMMARY = LocalizedText.of("态度很好。", "friendly all day.");

  private static Finding finding(Polarity polarity, Perspective perspective, Evidence... evidence) {
    Finding.Builder builder = Finding.builder().workerId(WorkerId.of("w-1"))
        .dimension(Dimension.ATTITUDE).polarity(polarity).magnitude(Ratio.of(0.5))
        .perspective(perspective).summary(SUMMARY);
    for (Evidence piece : evidence) {
      builder.addEvidence(piece);
    }
    return builder.build();
  }

  private static Evidence metric(Map<String, Double> figures) {
    return Evidence.of("metric:attitude", LocalizedText.of("考核结果", "measured result"), figures);
  }

  private static Evidence stars(String key, double stars) {
    return Evidence.of("question:q", LocalizedText.of("回答 " + (int) stars + " 星：服务如何？",
        "Answered " + (int) stars + " stars: how was the service?"), Map.of(key, stars));
  }

  private static Evidence account(String zh, String en) {
    return Evidence.of("question:open", LocalizedText.of(zh, en), Map.of());
  }

  @Test
  void aMeasuredStrengthIsSolidFromAScoreOf80AndWentWellBelow() {
    assertThat(Wording.observation(finding(Polarity.STRENGTH, Perspective.SYSTEM,
        metric(Map.of("score", 80.0))), NAME))
        .isEqualTo(LocalizedText.of("服务态度做得很扎实", "service attitude was solid"));
    assertThat(Wording.observation(finding(Polarity.STRENGTH, Perspective.SYSTEM,
        metric(Map.of("score", 79.9))), NAME))
        .isEqualTo(LocalizedText.of("服务态度做得不错", "service attitude went well"));
    assertThat(Wording.observation(finding(Polarity.STRENGTH, Perspective.SYSTEM,
        metric(Map.of())), NAME).en()).isEqualTo("service attitude was solid");
    assertThat(Wording.observation(finding(Polarity.WEAKNESS, Perspective.SYSTEM,
        metric(Map.of("score", 40.0))), NAME))
        .isEqualTo(LocalizedText.of("服务态度还有提升空间", "service attitude has room to grow"));
  }

  @Test
  void aMeasuredRiskIsAWarningSignOrOverPromising() {
    assertThat(Wording.observation(finding(Polarity.RISK, Perspective.SYSTEM,
        metric(Map.of("score", 40.0))), NAME))
        .isEqualTo(LocalizedText.of("服务态度方面出现了风险信号", "a warning sign in service attitude"));
    assertThat(Wording.observation(finding(Polarity.RISK, Perspective.SYSTEM,
        metric(Map.of("aboveMean", 0.2, "softRating", 2.4))), NAME).en())
        .isEqualTo("results well above the team average, but customers rated the way of"
            + " communicating low, which may point to over-promising");
    assertThat(Wording.evidence(finding(Polarity.RISK, Perspective.SYSTEM,
        metric(Map.of("aboveMean", 0.204, "softRating", 2.6))), 0))
        .isEqualTo(LocalizedText.of("业绩高出团队平均 20%，沟通评价只有 3 分",
            "20% above the team average, with communication rated 3"));
    assertThat(Wording.evidence(finding(Polarity.RISK, Perspective.SYSTEM,
        metric(Map.of("aboveMean", 0.235))), 0))
        .isEqualTo(LocalizedText.of("业绩高出团队平均 24%", "24% above the team average"));
  }

  @Test
  void aScoreIsRoundedAndAFullScoreFromWhatRoundsTo100() {
    assertThat(Wording.evidence(finding(Polarity.STRENGTH, Perspective.SYSTEM,
        metric(Map.of("score", 99.5))), 0))
        .isEqualTo(LocalizedText.of("考核拿到了满分", "a full score on this measure"));
    assertThat(Wording.evidence(finding(Polarity.STRENGTH, Perspective.SYSTEM,
        metric(Map.of("score", 99.49))), 0))
        .isEqualTo(LocalizedText.of("这次考核得了 99 分（满分 100 分）",
            "a score of 99 out of 100 this time"));
    assertThat(Wording.evidence(finding(Polarity.STRENGTH, Perspective.SYSTEM,
        metric(Map.of())), 0)).isEqualTo(LocalizedText.of("考核结果", "measured result"));
  }

  @Test
  void aMeasuredResultIsAMetricWhoeverReportsIt() {
    Finding byCustomer = finding(Polarity.STRENGTH, Perspective.CUSTOMER,
        metric(Map.of("score", 90.0)));
    assertThat(Wording.kind(byCustomer)).isEqualTo(Wording.Kind.METRIC);
    Finding bySystem = finding(Polarity.STRENGTH, Perspective.SYSTEM, account("好", "good"));
    assertThat(Wording.kind(bySystem)).isEqualTo(Wording.Kind.METRIC);
    assertThat(Wording.observation(bySystem, NAME).en()).isEqualTo("service attitude was solid");
  }

  @Test
  void aRatingSaysWhoGaveHowManyStars() {
    Finding high = finding(Polarity.STRENGTH, Perspective.CUSTOMER, stars("stars", 5));
    assertThat(Wording.kind(high)).isEqualTo(Wording.Kind.RATING);
    assertThat(Wording.observation(high, NAME)).isEqualTo(LocalizedText.of("顾客对服务态度评价很高",
        "the customer rated service attitude highly"));
    assertThat(Wording.evidence(high, 0)).isEqualTo(LocalizedText.of("顾客打了 5 星",
        "the customer gave 5 of 5 stars"));
    Finding low = finding(Polarity.WEAKNESS, Perspective.CLIENT, stars("rating", 2));
    assertThat(Wording.kind(low)).isEqualTo(Wording.Kind.RATING);
    assertThat(Wording.observation(low, NAME)).isEqualTo(LocalizedText.of("客户企业对服务态度评价偏低",
        "the client rated service attitude low"));
    assertThat(Wording.evidence(low, 0).en()).isEqualTo("the client gave 2 of 5 stars");
  }

  @Test
  void aWorkersOwnRatingIsTheirOwnView() {
    Finding sure = finding(Polarity.STRENGTH, Perspective.SELF, stars("stars", 4));
    assertThat(Wording.kind(sure)).isEqualTo(Wording.Kind.SELF_RATING);
    assertThat(Wording.observation(sure, NAME)).isEqualTo(LocalizedText.of("本人对服务态度很有把握",
        "feels sure about service attitude"));
    assertThat(Wording.evidence(sure, 0)).isEqualTo(LocalizedText.of("本人自评 4 星",
        "self-rated 4 of 5 stars"));
    Finding unsure = finding(Polarity.WEAKNESS, Perspective.SELF, stars("stars", 2));
    assertThat(Wording.observation(unsure, NAME)).isEqualTo(LocalizedText.of("本人对服务态度把握不大",
        "feels unsure about service attitude"));
  }

  @Test
  void starsWithoutTheQuestionnairesEchoAreAnAccount() {
    Finding noted = finding(Polarity.STRENGTH, Perspective.CUSTOMER,
        Evidence.of("question:q", LocalizedText.of("顾客说服务很好,还会再来.", "said it was great.."),
            Map.of("stars", 5.0)));
    assertThat(Wording.kind(noted)).isEqualTo(Wording.Kind.ACCOUNT);
    assertThat(Wording.observation(noted, NAME))
        .isEqualTo(LocalizedText.of("态度很好", "friendly all day"));
    assertThat(Wording.evidence(noted, 0))
        .isEqualTo(LocalizedText.of("顾客说服务很好，还会再来", "said it was great"));
  }

  @Test
  void laterEvidenceIsWordedByItsOwnKind() {
    Finding mixed = finding(Polarity.STRENGTH, Perspective.CUSTOMER, account("很热情", "warm"),
        metric(Map.of("score", 70.4)), stars("stars", 4), account("又来了", "came back"));
    assertThat(Wording.kind(mixed)).isEqualTo(Wording.Kind.ACCOUNT);
    assertThat(Wording.evidence(mixed, 1).en()).isEqualTo("a score of 70 out of 100 this time");
    assertThat(Wording.evidence(mixed, 2).en()).isEqualTo("the customer gave 4 of 5 stars");
    assertThat(Wording.evidence(mixed, 3).en()).isEqualTo("came back");
    Finding self = finding(Polarity.STRENGTH, Perspective.SELF, account("还行", "fine"),
        stars("stars", 3));
    assertThat(Wording.evidence(self, 1).en()).isEqualTo("self-rated 3 of 5 stars");
  }

  @Test
  void namesEveryPerspectiveAndListsThemAsPeopleRead() {
    assertThat(List.of(Perspective.values())).extracting(p -> Wording.perspective(p).en())
        .containsExactly("worker", "customer", "client", "store manager", "HR", "business unit",
            "agency", "measured results");
    assertThat(List.of(Perspective.values())).extracting(p -> Wording.perspective(p).zhCn())
        .containsExactly("本人", "顾客", "客户企业", "门店主管", "人事", "业务部门", "劳务机构", "考核数据");
    assertThat(Wording.perspectives(List.of(Perspective.CUSTOMER, Perspective.INTERNAL_TEAM,
        Perspective.HR))).isEqualTo(LocalizedText.of("顾客、门店主管、人事",
        "customer, store manager, HR"));
    assertThat(Wording.perspectives(List.of(Perspective.AGENCY)))
        .isEqualTo(LocalizedText.of("劳务机构", "agency"));
  }

  @Test
  void givesChinesePunctuationNextToChineseAndReducesDoubledMarks() {
    assertThat(Wording.tidy("zh-CN", "你好, 世界(再见)")).isEqualTo("你好，世界（再见）");
    assertThat(Wording.tidy("zh-CN", "好,a")).isEqualTo("好，a");
    assertThat(Wording.tidy("zh-CN", "a,好")).isEqualTo("a，好");
    assertThat(Wording.tidy("zh-CN", "（a)")).isEqualTo("（a)");
    assertThat(Wording.tidy("zh-CN", "好！?")).isEqualTo("好！？");
    assertThat(Wording.tidy("zh-CN", "a, b")).isEqualTo("a, b");
    assertThat(Wording.tidy("zh-CN", ",好")).isEqualTo("，好");
    assertThat(Wording.tidy("zh-CN", ",a")).isEqualTo(",a");
    assertThat(Wording.tidy("zh-CN", "a,")).isEqualTo("a,");
    assertThat(Wording.tidy("zh", "好?")).isEqualTo("好？");
    assertThat(Wording.tidy("zh-CN", "好。。对")).isEqualTo("好。对");
    assertThat(Wording.tidy("en", "well, done")).isEqualTo("well, done");
    assertThat(Wording.tidy("en", "Really?. Yes,, and;: no")).isEqualTo("Really? Yes, and; no");
    assertThat(Wording.tidy("en", "Wait... then")).isEqualTo("Wait... then");
    assertThat(Wording.tidy("en", "a.,b")).isEqualTo("a.b");
    assertThat(Wording.tidy("en", "a")).isEqualTo("a");
    assertThat(Wording.tidy(LocalizedText.of("做得好。", " Well done!! "))).isEqualTo(
        LocalizedText.of("做得好", "Well done"));
  }
}
