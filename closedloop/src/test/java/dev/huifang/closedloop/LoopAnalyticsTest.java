package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Period;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.core.Urgency;
import dev.huifang.core.privacy.DisclosurePolicy;
import dev.huifang.core.privacy.FingerprintKey;
import dev.huifang.core.privacy.RedactionPolicy;
import dev.huifang.testing.JsonRoundTrip;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopAnalyticsTest {

  private final FeedbackLoop loop = LoopGen.loop();
  private final LoopAnalytics analytics = LoopAnalytics.ofDefaults();
  private static final Instant NOW = T0.plus(Duration.ofDays(80));

  private static Instant at(Instant start, double hours) {
    return start.plus(Duration.ofMinutes(Math.round(hours * 60)));
  }

  /**
   * A case submitted at {@code start}, answered after {@code ack} hours and resolved after
   * {@code fix} hours (negative: not reached), then confirmed and closed, optionally reopened.
   */
  private FeedbackCase caseOf(String id, Category category, String subject, Instant start,
      double ack, double fix, boolean reopen) {
    return caseOf(id, category, subject, "Store 3", start, ack, fix, reopen);
  }

  private FeedbackCase caseOf(String id, Category category, String subject, String place,
      Instant start, double ack, double fix, boolean reopen) {
    CaseId cid = CaseId.of(id);
    List<CaseEvent> events = new ArrayList<>();
    events.add(EventHeader.id(id + "-0").of(cid).by("client-1", ActorRole.SUBMITTER)
        .at(start).submitted()
        .source(CaseSource.CLIENT).priority(Urgency.URGENT).channel(Channel.CLIENT_PORTAL)
        .category(category)
        .subject(subject)
        .place(place)
        .description("d")
        .build());
    events.add(EventHeader.id(id + "-1").of(cid).by("coord-1", ActorRole.COORDINATOR).at(at(start,
        0.5))
        .triaged(category, "owner-1"));
    if (ack >= 0) {
      events.add(EventHeader.id(id + "-2").of(cid).by("owner-1", ActorRole.OWNER).at(at(start, ack))
          .acknowledged("on it"));
    }
    if (fix >= 0) {
      events.add(EventHeader.id(id + "-3").of(cid).by("owner-1", ActorRole.OWNER).at(at(start,
          fix - 0.2))
          .actionPlanned("plan"));
      events.add(EventHeader.id(id + "-4").of(cid).by("owner-1", ActorRole.OWNER).at(at(start,
          fix - 0.1))
          .workStarted("go"));
      events.add(EventHeader.id(id + "-5").of(cid).by("owner-1", ActorRole.OWNER).at(at(start, fix))
          .resolved("fixed"));
      events.add(EventHeader.id(id + "-6").of(cid).by("client-1", ActorRole.SUBMITTER).at(at(start,
          fix + 1))
          .confirmed("ok"));
      events.add(EventHeader.id(id + "-7").of(cid).by("owner-1", ActorRole.OWNER).at(at(start,
          fix + 2))
          .closed("closed"));
      if (reopen) {
        events.add(EventHeader.id(id + "-8").of(cid).by("client-1", ActorRole.SUBMITTER)
            .at(at(start, fix + 3))
            .reopened("again"));
      }
    }
    return loop.replay(events).get();
  }

  @Test
  void reportsTheLoopsFiguresWithTheirCounts() {
    List<FeedbackCase> cases = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      cases.add(caseOf("c" + i, Category.NO_SHOW, "turnout " + i, T0.plus(Duration.ofDays(i)),
          i <= 8 ? 0.6 : 49, i <= 8 ? i : 49 + i, i == 3));
    }
    cases.add(caseOf("c11", Category.WORKER_DEMAND, "training clash", T0, -1, -1, false));
    cases.add(caseOf("c12", Category.SKILL_GAP, "product knowledge", NOW.minusSeconds(3600), -1,
        -1, false));
    LoopReport report = analytics.report(cases, NOW).get();
    assertThat(report.cases()).isEqualTo(12);
    assertThat(report.firstResponseOnTime()).isEqualTo(Rate.of(8, 11));
    // resolution times 1..8, 58 and 59 hours: mean 15.3 h, p90 = 9th of 10 = 58 h
    assertThat(report.meanTimeToResolution()).isEqualTo(Duration.ofMinutes(918));
    assertThat(report.p90TimeToResolution()).isEqualTo(Duration.ofHours(58));
    assertThat(report.reopenRate()).isEqualTo(Rate.of(1, 10));
    assertThat(report.closureRate()).isEqualTo(Rate.of(9, 12));
    assertThat(report.heatMap().get(Category.NO_SHOW)).containsEntry(Team.CUSTOMER_SUCCESS, 10);
    assertThat(report.heatMap().get(Category.WORKER_DEMAND)).containsEntry(Team.HR, 1);
    assertThat(report.repeats()).isEmpty();
    assertThat(report.repeatTargetMet()).isTrue();
    assertThat(report.notes().get(2))
        .isEqualTo("p90 by nearest rank: the value at position ceil(0.9 n) of the n times sorted ascending");
    assertThat(report.toString()).contains("cases=12", "notes=6 notes").doesNotContain("p90 by");
    LoopReport quoting = new LoopReport(NOW, 0, Rate.of(0, 0), null, null, Rate.of(0, 0),
        Rate.of(0, 0), Rate.of(0, 0), true, List.of(), new java.util.TreeMap<>(),
        List.of("canary 13812345678 张三"));
    assertThat(quoting.toString()).doesNotContain("canary", "13812345678", "张三");
    JsonRoundTrip.check(report, LoopReport.class);
  }

  @Test
  void countsRepeatComplaintsByFingerprintWithinTheWindow() {
    // the domain's starting point: 1 complaint in 4 repeats an earlier one (25%)
    List<FeedbackCase> cases = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      cases.add(caseOf("a" + i, Category.NO_SHOW, "turnout shift " + i, T0.plus(Duration.ofDays(i)),
          5, 20, false));
    }
    for (int i = 0; i < 5; i++) {
      cases.add(caseOf("r" + i, Category.NO_SHOW, "  Turnout   SHIFT " + i + " ",
          T0.plus(Duration.ofDays(i + 20)), 5, 20, false));
    }
    cases.add(caseOf("late", Category.NO_SHOW, "turnout shift 14", T0.plus(Duration.ofDays(50)),
        5, 20, false));
    LoopReport report = analytics.report(cases.subList(0, 20), NOW).get();
    assertThat(report.repeatComplaintRate()).isEqualTo(Rate.of(5, 20));
    assertThat(report.repeatComplaintRate().valueOrZero()).isEqualTo(0.25);
    assertThat(report.repeatTargetMet()).isFalse();
    RepeatComplaint first = report.repeats().get(0);
    assertThat(first.caseId()).isEqualTo(CaseId.of("r0"));
    assertThat(first.earlier()).isEqualTo(CaseId.of("a0"));
    assertThat(first.gap()).isEqualTo(Duration.ofDays(20));
    // a keyed fingerprint: 16 hex digits, no subject or place
    assertThat(first.fingerprint()).matches("[0-9a-f]{16}");
    LoopReport withLate = analytics.report(cases, NOW).get();
    assertThat(withLate.repeats()).extracting(RepeatComplaint::caseId)
        .doesNotContain(CaseId.of("late"));
  }

  @Test
  void findsARepeatWhenTheSameMobileNumberIsWrittenTwoWays() {
    List<FeedbackCase> cases = List.of(
        caseOf("m1", Category.NO_SHOW, "客户 138 1234 5678 反映促销员未到岗",
            "门店 3，联系 zhangsan@qq.com", T0, 5, 20, false),
        caseOf("m2", Category.NO_SHOW, "客户 +86-138-1234-5678 反映促销员未到岗",
            "门店 3，联系 ZhangSan@qq.com", T0.plus(Duration.ofDays(3)), 5, 20, false),
        caseOf("m3", Category.NO_SHOW, "客户 139 1234 5678 反映促销员未到岗",
            "门店 3，联系 zhangsan@qq.com", T0.plus(Duration.ofDays(4)), 5, 20, false));
    LoopReport report = analytics.report(cases, NOW).get();
    assertThat(report.repeats()).hasSize(1);
    assertThat(report.repeats().get(0).caseId()).isEqualTo(CaseId.of("m2"));
    assertThat(report.repeats().get(0).earlier()).isEqualTo(CaseId.of("m1"));
    String shown = HuifangJson.write(report) + report
        + report.repeats();
    for (String raw : List.of("138", "5678", "139", "zhangsan", "qq.com", "促销员", "门店")) {
      assertThat(shown).doesNotContain(raw);
    }
  }

  @Test
  void reportsCarryNoRawPersonalInformation() {
    String id = "110105199001011237";
    List<FeedbackCase> cases = List.of(
        caseOf("p1", Category.SCHEDULING, "身份证 " + id + " 电话 13812345678",
            "wang.wei@example.com", T0, 5, 20, false),
        caseOf("p2", Category.SCHEDULING, "身份证 " + id + " 电话 138-1234-5678",
            "Wang.Wei@Example.com", T0.plus(Duration.ofDays(1)), 5, 20, false));
    LoopReport report = analytics.report(cases, NOW).get();
    assertThat(report.repeats()).hasSize(1);
    String shown = HuifangJson.write(report) + report;
    for (String raw : List.of(id, "13812345678", "1234", "wang.wei", "example.com")) {
      assertThat(shown).doesNotContain(raw);
    }
  }

  @Test
  void aHostKeyGivesOtherFingerprintsAndOptingOutStillKeysThem() {
    List<FeedbackCase> cases = List.of(
        caseOf("k1", Category.NO_SHOW, "电话 13812345678", T0, 5, 20, false),
        caseOf("k2", Category.NO_SHOW, "电话 138 1234 5678", T0.plus(Duration.ofDays(1)), 5, 20,
            false));
    FingerprintKey key = FingerprintKey.of("host secret of sixteen+ bytes".getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).get();
    LoopAnalytics hosted = LoopAnalytics.of(LoopPolicy.defaults(), AnalyticsPolicy.defaults(),
        DisclosurePolicy.defaults(), RedactionPolicy.defaults(), key);
    LoopReport own = hosted.report(cases, NOW).get();
    assertThat(own.repeats()).hasSize(1);
    assertThat(own.repeats().get(0).fingerprint())
        .isNotEqualTo(analytics.report(cases, NOW).get().repeats().get(0).fingerprint());
    LoopAnalytics raw = LoopAnalytics.of(LoopPolicy.defaults(), AnalyticsPolicy.defaults(),
        DisclosurePolicy.defaults().with(DisclosurePolicy.Output.LOOP_ANALYTICS, false),
        RedactionPolicy.defaults(), key);
    LoopReport unmasked = raw.report(cases, NOW).get();
    // without redaction the two spellings differ, and the fingerprint still hides the text
    assertThat(unmasked.repeats()).isEmpty();
    assertThat(raw.report(List.of(cases.get(0), caseOf("k3", Category.NO_SHOW, "电话 13812345678",
        T0.plus(Duration.ofDays(2)), 5, 20, false)), NOW).get().repeats().get(0).fingerprint())
        .matches("[0-9a-f]{16}");
  }

  @Test
  void takesThe90thPercentileByNearestRank() {
    List<FeedbackCase> cases = new ArrayList<>();
    for (int i = 1; i <= 21; i++) {
      cases.add(caseOf("p" + i, Category.SCHEDULING, "s" + i, T0.plus(Duration.ofDays(i)), 0.6,
          i, false));
    }
    // 21 times of 1..21 h: rank ceil(18.9) = 19
    assertThat(analytics.report(cases, NOW).get().p90TimeToResolution())
        .isEqualTo(Duration.ofHours(19));
    assertThat(analytics.report(List.of(), NOW).get().p90TimeToResolution()).isNull();
  }

  @Test
  void rejectsDuplicateCasesAndCasesFromTheFuture() {
    FeedbackCase c = caseOf("c1", Category.NO_SHOW, "s", T0, 1, 2, false);
    assertThat(analytics.report(List.of(c, c), NOW).getError()).containsExactly(new Problem(
        Problem.DUPLICATE, "cases[1].id", "\"c1\"", "must be unique, already given at cases[0]"));
    assertThat(analytics.report(List.of(c), T0).getError()).containsExactly(new Problem(
        Problem.ORDER, "cases[0].lastEventAt", c.lastEventAt().toString(),
        "must not be after now (" + T0 + ")"));
  }

  @Test
  void selfChecksChannelsQuestionsAndTimeLimits() {
    List<FeedbackCase> cases = List.of(
        caseOf("q1", Category.NO_SHOW, "s1", T0.plus(Duration.ofDays(1)), 10, 30, false),
        caseOf("q2", Category.NO_SHOW, "s2", T0.plus(Duration.ofDays(2)), 50, 30 * 24, false),
        caseOf("q3", Category.NO_SHOW, "s3", T0.plus(Duration.ofDays(200)), 1, 2, false));
    Period quarter = Period.of(T0, T0.plus(Duration.ofDays(90)));
    SelfCheck check = analytics.selfCheck(quarter, cases, List.of(
        new ChannelTally(Channel.VOICE_MESSAGE, 100, 62),
        new ChannelTally(Channel.PHONE_INTERVIEW, 100, 20),
        new ChannelTally(Channel.EMAIL_SURVEY, 0, 0)), 40, 3, T0.plus(Duration.ofDays(300)))
        .get();
    assertThat(check.responseRates().get(Channel.VOICE_MESSAGE)).isEqualTo(Rate.of(62, 100));
    assertThat(check.highest()).isEqualTo(Channel.VOICE_MESSAGE);
    assertThat(check.lowest()).isEqualTo(Channel.PHONE_INTERVIEW);
    assertThat(check.imbalance()).isCloseTo(0.42, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(check.balanced()).isFalse();
    assertThat(check.neverAnswered()).isEqualTo(Rate.of(3, 40));
    assertThat(check.timeLimitCompliance()).isEqualTo(Rate.of(2, 4));
    assertThat(check.findings()).containsExactly(
        "channel response rates are unbalanced: VOICE_MESSAGE 62/100 vs PHONE_INTERVIEW 20/100, "
            + "a spread of 0.42 above 0.2",
        "3 of 40 questions were never answered: check that they still fit the business",
        "2 of 4 decided time limits were missed");
    JsonRoundTrip.check(check, SelfCheck.class);
  }

  @Test
  void rejectsBadSelfCheckInput() {
    Period backwards = new Period(T0, T0.minusSeconds(1));
    assertThat(analytics.selfCheck(backwards, List.of(), List.of(
        new ChannelTally(Channel.IM_RATING, 10, 11),
        new ChannelTally(Channel.IM_RATING, -1, 0)), 5, 6, NOW).getError()).containsExactly(
            new Problem(Problem.ORDER, "quarter.end", T0.minusSeconds(1).toString(),
                "must not be before start (" + T0 + ")"),
            new Problem(Problem.RANGE, "tallies[0].answered", "11", "must be <= invited (10)"),
            new Problem(Problem.RANGE, "tallies[1].invited", "-1", "must be >= 0"),
            new Problem(Problem.RANGE, "tallies[1].answered", "0", "must be <= invited (-1)"),
            new Problem(Problem.DUPLICATE, "tallies[1].channel", "\"IM_RATING\"",
                "must be unique, already tallied at tallies[0]"),
            new Problem(Problem.RANGE, "questionsNeverAnswered", "6",
                "must be <= questionsAsked (5)"));
  }

  @Test
  void rejectsABadAnalyticsPolicy() {
    assertThat(AnalyticsPolicy.validate(Duration.ZERO, 1.5, -0.1).getError()).containsExactly(
        new Problem(Problem.RANGE, "repeatWindow", "PT0S", "must be > PT0S"),
        new Problem(Problem.RANGE, "repeatTarget", "1.5", "must be within [0.0, 1.0]"),
        new Problem(Problem.RANGE, "maxImbalance", "-0.1", "must be within [0.0, 1.0]"));
    JsonRoundTrip.check(AnalyticsPolicy.defaults(), AnalyticsPolicy.class);
  }

  @Test
  void rejectsInconsistentRates() {
    assertThat(dev.huifang.core.Validated.of(() -> Rate.of(3, 2)).getError()).containsExactly(
        new Problem(Problem.RANGE, "count", "3", "must be <= 2"));
    assertThat(Rate.of(0, 0).ratio()).isNull();
  }
}
