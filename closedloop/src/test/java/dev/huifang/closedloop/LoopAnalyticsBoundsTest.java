package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Period;
import dev.huifang.core.Problem;
import dev.huifang.core.Urgency;
import dev.huifang.core.privacy.DisclosurePolicy;
import dev.huifang.core.privacy.FingerprintKey;
import dev.huifang.core.privacy.RedactionPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loop analytics exactly at their bounds: ties between channels, a spread equal to the largest
 * allowed, a repeat exactly one window after the earlier case, a repeat rate equal to its target,
 * late and breached time limits, and the order cases are given in.
 */
class LoopAnalyticsBoundsTest {

  private static final Instant NOW = T0.plus(Duration.ofDays(80));
  private static final Period QUARTER = Period.of(T0, T0.plus(Duration.ofDays(90)));

  private final FeedbackLoop loop = LoopGen.loop();
  private final LoopAnalytics analytics = LoopAnalytics.ofDefaults();

  private static LoopAnalytics withPolicy(Duration window, double target, double maxImbalance) {
    return LoopAnalytics.of(LoopPolicy.defaults(),
        new AnalyticsPolicy(window, target, maxImbalance));
  }

  private static Instant at(Instant start, double hours) {
    return start.plus(Duration.ofMinutes(Math.round(hours * 60)));
  }

  /**
   * A case of no-show about {@code subject} at Store 3, submitted at {@code start}, triaged half
   * an hour later, answered after {@code ack} hours and resolved after {@code fix} hours
   * (negative: not reached), then confirmed an hour later and closed an hour after that.
   */
  private FeedbackCase caseOf(String id, String subject, Instant start, double ack, double fix) {
    CaseId cid = CaseId.of(id);
    List<CaseEvent> events = new ArrayList<>();
    events.add(EventHeader.id(id + "-0").of(cid).by("client-1", ActorRole.SUBMITTER)
        .at(start).submitted()
        .source(CaseSource.CLIENT).priority(Urgency.URGENT).channel(Channel.CLIENT_PORTAL)
        .category(Category.NO_SHOW)
        .subject(subject)
        .place("Store 3")
        .description("d")
        .build());
    events.add(EventHeader.id(id + "-1").of(cid).by("coord-1", ActorRole.COORDINATOR)
        .at(at(start, 0.5)).triaged(Category.NO_SHOW, "owner-1"));
    if (ack >= 0) {
      events.add(EventHeader.id(id + "-2").of(cid).by("owner-1", ActorRole.OWNER)
          .at(at(start, ack)).acknowledged("on it"));
    }
    if (fix >= 0) {
      events.add(EventHeader.id(id + "-3").of(cid).by("owner-1", ActorRole.OWNER)
          .at(at(start, fix - 0.2)).actionPlanned("plan"));
      events.add(EventHeader.id(id + "-4").of(cid).by("owner-1", ActorRole.OWNER)
          .at(at(start, fix - 0.1)).workStarted("go"));
      events.add(EventHeader.id(id + "-5").of(cid).by("owner-1", ActorRole.OWNER)
          .at(at(start, fix)).resolved("fixed"));
      events.add(EventHeader.id(id + "-6").of(cid).by("client-1", ActorRole.SUBMITTER)
          .at(at(start, fix + 1)).confirmed("ok"));
      events.add(EventHeader.id(id + "-7").of(cid).by("owner-1", ActorRole.OWNER)
          .at(at(start, fix + 2)).closed("closed"));
    }
    return loop.replay(events).get();
  }

  private SelfCheck selfCheck(LoopAnalytics a, List<ChannelTally> tallies) {
    return a.selfCheck(QUARTER, List.of(), tallies, 0, 0, NOW).get();
  }

  // --- lowest and highest channel ---

  @Test
  void channelsTiedOnTheirRateReportTheFirstChannelAsBothLowestAndHighest() {
    SelfCheck check = selfCheck(analytics, List.of(
        new ChannelTally(Channel.EMAIL_SURVEY, 10, 5),
        new ChannelTally(Channel.VOICE_MESSAGE, 2, 1),
        new ChannelTally(Channel.PHONE_INTERVIEW, 100, 50)));
    // channel order: PHONE_INTERVIEW, VOICE_MESSAGE, EMAIL_SURVEY, all at 0.5
    assertThat(check.lowest()).isEqualTo(Channel.PHONE_INTERVIEW);
    assertThat(check.highest()).isEqualTo(Channel.PHONE_INTERVIEW);
    assertThat(check.imbalance()).isEqualTo(0.0);
    assertThat(check.balanced()).isTrue();
    assertThat(check.findings()).isEmpty();
  }

  @Test
  void aTieBelowAndAboveAnotherChannelKeepsTheFirstOfTheTiedChannels() {
    // PHONE_INTERVIEW and EMAIL_SURVEY both lowest at 0.25, ON_SITE_OBSERVATION and IM_RATING
    // both highest at 0.75
    SelfCheck check = selfCheck(withPolicy(Duration.ofDays(30), 0.05, 0.5), List.of(
        new ChannelTally(Channel.PHONE_INTERVIEW, 4, 1),
        new ChannelTally(Channel.ON_SITE_OBSERVATION, 4, 3),
        new ChannelTally(Channel.IM_RATING, 8, 6),
        new ChannelTally(Channel.EMAIL_SURVEY, 8, 2)));
    assertThat(check.lowest()).isEqualTo(Channel.PHONE_INTERVIEW);
    assertThat(check.highest()).isEqualTo(Channel.ON_SITE_OBSERVATION);
    assertThat(check.imbalance()).isEqualTo(0.5);
    assertThat(check.balanced()).isTrue();
  }

  @Test
  void onlyTheSecondChannelHigherIsTheHighestAndTheFirstTheLowest() {
    SelfCheck check = selfCheck(withPolicy(Duration.ofDays(30), 0.05, 0.5), List.of(
        new ChannelTally(Channel.VOICE_MESSAGE, 4, 3),
        new ChannelTally(Channel.PHONE_INTERVIEW, 4, 1)));
    assertThat(check.lowest()).isEqualTo(Channel.PHONE_INTERVIEW);
    assertThat(check.highest()).isEqualTo(Channel.VOICE_MESSAGE);
    assertThat(check.imbalance()).isEqualTo(0.5);
    SelfCheck falling = selfCheck(withPolicy(Duration.ofDays(30), 0.05, 0.5), List.of(
        new ChannelTally(Channel.PHONE_INTERVIEW, 4, 3),
        new ChannelTally(Channel.VOICE_MESSAGE, 4, 1)));
    assertThat(falling.lowest()).isEqualTo(Channel.VOICE_MESSAGE);
    assertThat(falling.highest()).isEqualTo(Channel.PHONE_INTERVIEW);
    assertThat(falling.imbalance()).isEqualTo(0.5);
  }

  // --- balance ---

  @Test
  void aSpreadEqualToTheLargestAllowedIsBalancedAndOneAboveIsNot() {
    LoopAnalytics quarterPoint = withPolicy(Duration.ofDays(30), 0.05, 0.25);
    SelfCheck equal = selfCheck(quarterPoint, List.of(
        new ChannelTally(Channel.PHONE_INTERVIEW, 100, 50),
        new ChannelTally(Channel.VOICE_MESSAGE, 100, 25)));
    assertThat(equal.imbalance()).isEqualTo(0.25);
    assertThat(equal.balanced()).isTrue();
    assertThat(equal.findings()).isEmpty();
    SelfCheck above = selfCheck(quarterPoint, List.of(
        new ChannelTally(Channel.PHONE_INTERVIEW, 100, 50),
        new ChannelTally(Channel.VOICE_MESSAGE, 100, 24)));
    assertThat(above.imbalance()).isEqualTo(0.5 - 0.24);
    assertThat(above.balanced()).isFalse();
    assertThat(above.findings()).containsExactly(
        "channel response rates are unbalanced: PHONE_INTERVIEW 50/100 vs VOICE_MESSAGE 24/100, "
            + "a spread of 0.26 above 0.25");
  }

  // --- time-limit compliance in the self-check ---

  @Test
  void aLateAnswerAndABreachedLimitCountAsDecidedAndMissedInTheQuarter() {
    Instant now = T0.plus(Duration.ofDays(10));
    // late: answered after 49 h of 48 (MET_LATE), resolved after 60 h of 14 days (MET)
    FeedbackCase late = caseOf("late", "s1", T0.plus(Duration.ofDays(1)), 49, 60);
    // silent: never answered, 5 days old (BREACHED); 5 days of 14 to act (RUNNING, not decided)
    FeedbackCase silent = caseOf("silent", "s2", T0.plus(Duration.ofDays(5)), -1, -1);
    SelfCheck check = analytics.selfCheck(QUARTER, List.of(silent, late), List.of(), 0, 0, now)
        .get();
    assertThat(check.timeLimitCompliance()).isEqualTo(Rate.of(1, 3));
    assertThat(check.findings()).containsExactly("2 of 3 decided time limits were missed");
    SelfCheck lateOnly = analytics.selfCheck(QUARTER, List.of(late), List.of(), 0, 0, now).get();
    assertThat(lateOnly.timeLimitCompliance()).isEqualTo(Rate.of(1, 2));
    assertThat(lateOnly.findings()).containsExactly("1 of 2 decided time limits were missed");
    SelfCheck silentOnly = analytics.selfCheck(QUARTER, List.of(silent), List.of(), 0, 0, now)
        .get();
    assertThat(silentOnly.timeLimitCompliance()).isEqualTo(Rate.of(0, 1));
    assertThat(silentOnly.findings()).containsExactly("1 of 1 decided time limits were missed");
    // answered: answered after an hour (MET), 1 day of 14 to act (RUNNING, not decided)
    FeedbackCase answered = caseOf("answered", "s3", T0.plus(Duration.ofDays(9)), 1, -1);
    SelfCheck answeredOnly = analytics.selfCheck(QUARTER, List.of(answered), List.of(), 0, 0,
        now).get();
    assertThat(answeredOnly.timeLimitCompliance()).isEqualTo(Rate.of(1, 1));
    assertThat(answeredOnly.findings()).isEmpty();
    SelfCheck all = analytics.selfCheck(QUARTER, List.of(answered, silent, late), List.of(), 0, 0,
        now).get();
    assertThat(all.timeLimitCompliance()).isEqualTo(Rate.of(2, 4));
    assertThat(all.findings()).containsExactly("2 of 4 decided time limits were missed");
    // forgotten: never answered, 20 days old: both limits BREACHED
    FeedbackCase forgotten = caseOf("forgotten", "s4", T0, -1, -1);
    SelfCheck forgottenOnly = analytics.selfCheck(QUARTER, List.of(forgotten), List.of(), 0, 0,
        T0.plus(Duration.ofDays(20))).get();
    assertThat(forgottenOnly.timeLimitCompliance()).isEqualTo(Rate.of(0, 2));
    assertThat(forgottenOnly.findings())
        .containsExactly("2 of 2 decided time limits were missed");
  }

  @Test
  void everyLimitMetGivesNoFindingAndOneMissedGivesOne() {
    Instant now = T0.plus(Duration.ofDays(10));
    FeedbackCase kept = caseOf("kept", "s1", T0.plus(Duration.ofDays(1)), 1, 2);
    SelfCheck allMet = analytics.selfCheck(QUARTER, List.of(kept), List.of(), 4, 0, now).get();
    assertThat(allMet.timeLimitCompliance()).isEqualTo(Rate.of(2, 2));
    assertThat(allMet.neverAnswered()).isEqualTo(Rate.of(0, 4));
    assertThat(allMet.findings()).isEmpty();
    FeedbackCase late = caseOf("late", "s2", T0.plus(Duration.ofDays(2)), 49, 60);
    SelfCheck oneMissed = analytics.selfCheck(QUARTER, List.of(kept, late), List.of(), 4, 0, now)
        .get();
    assertThat(oneMissed.timeLimitCompliance()).isEqualTo(Rate.of(3, 4));
    assertThat(oneMissed.findings()).containsExactly("1 of 4 decided time limits were missed");
  }

  // --- questions never answered ---

  @Test
  void noQuestionNeverAnsweredGivesNoFindingAndOneGivesOne() {
    SelfCheck none = analytics.selfCheck(QUARTER, List.of(), List.of(), 5, 0, NOW).get();
    assertThat(none.neverAnswered()).isEqualTo(Rate.of(0, 5));
    assertThat(none.findings()).isEmpty();
    SelfCheck one = analytics.selfCheck(QUARTER, List.of(), List.of(), 5, 1, NOW).get();
    assertThat(one.neverAnswered()).isEqualTo(Rate.of(1, 5));
    assertThat(one.findings()).containsExactly(
        "1 of 5 questions were never answered: check that they still fit the business");
  }

  @Test
  void everyQuestionNeverAnsweredIsAcceptedAndOneMoreIsAProblem() {
    SelfCheck all = analytics.selfCheck(QUARTER, List.of(), List.of(), 3, 3, NOW).get();
    assertThat(all.neverAnswered()).isEqualTo(Rate.of(3, 3));
    assertThat(all.findings()).containsExactly(
        "3 of 3 questions were never answered: check that they still fit the business");
    assertThat(analytics.selfCheck(QUARTER, List.of(), List.of(), 3, 4, NOW).getError())
        .containsExactly(new Problem(Problem.RANGE, "questionsNeverAnswered", "4",
            "must be <= questionsAsked (3)"));
  }

  @Test
  void theSelfCheckRejectsDuplicateCasesAndCasesFromTheFuture() {
    FeedbackCase c = caseOf("c1", "s", T0, 1, 2);
    FeedbackCase d = caseOf("c2", "s", T0.plus(Duration.ofDays(1)), 1, 2);
    assertThat(analytics.selfCheck(QUARTER, List.of(c, d, c), List.of(), 0, 0, NOW).getError())
        .containsExactly(new Problem(Problem.DUPLICATE, "cases[2].id", "\"c1\"",
            "must be unique, already given at cases[0]"));
    Instant before = T0.plus(Duration.ofDays(1));
    assertThat(analytics.selfCheck(QUARTER, List.of(c, d), List.of(), 0, 0, before).getError())
        .containsExactly(
            new Problem(Problem.ORDER, "cases[1].lastEventAt", d.lastEventAt().toString(),
                "must not be after now (" + before + ")"));
    // c's last event (closed 4 h after submission) is before now; d's is 4 h after it
    assertThat(d.lastEventAt()).isEqualTo(before.plus(Duration.ofHours(4)));
  }

  // --- the report ---

  @Test
  void firstResponseOnTimeCountsLateAndBreachedAsDecidedAndPendingInNeither() {
    List<FeedbackCase> cases = List.of(
        caseOf("on-time", "s1", T0, 1, 2),
        caseOf("late", "s2", T0.plus(Duration.ofDays(1)), 49, 60),
        caseOf("breached", "s3", T0.plus(Duration.ofDays(2)), -1, -1),
        caseOf("pending", "s4", NOW.minus(Duration.ofHours(1)), -1, -1));
    LoopReport report = analytics.report(cases, NOW).get();
    assertThat(report.firstResponseOnTime()).isEqualTo(Rate.of(1, 3));
    assertThat(report.notes().get(0)).isEqualTo("first response on time: 1 of 3 decided cases "
        + "(answered, or past the deadline unanswered); cases still within their limit are not "
        + "counted");
    assertThat(analytics.report(cases.subList(1, 2), NOW).get().firstResponseOnTime())
        .isEqualTo(Rate.of(0, 1));
    assertThat(analytics.report(cases.subList(2, 3), NOW).get().firstResponseOnTime())
        .isEqualTo(Rate.of(0, 1));
    assertThat(analytics.report(cases.subList(3, 4), NOW).get().firstResponseOnTime())
        .isEqualTo(Rate.of(0, 0));
  }

  @Test
  void takesMeanAndP90OfTheSortedTimesWhenTheFirstCaseTookLongest() {
    List<FeedbackCase> cases = List.of(
        caseOf("slow", "s1", T0, 1, 30),
        caseOf("fast", "s2", T0.plus(Duration.ofDays(1)), 1, 10),
        caseOf("middle", "s3", T0.plus(Duration.ofDays(2)), 1, 20));
    LoopReport report = analytics.report(cases, NOW).get();
    // 10, 20 and 30 h sorted: mean 20 h, p90 at rank ceil(2.7) = 3, 30 h
    assertThat(report.meanTimeToResolution()).isEqualTo(Duration.ofHours(20));
    assertThat(report.p90TimeToResolution()).isEqualTo(Duration.ofHours(30));
    List<FeedbackCase> more = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      // submitted day by day, resolved after 10, 9, ... 1 h
      more.add(caseOf("m" + i, "t" + i, T0.plus(Duration.ofDays(i)), 0.6, 10 - i));
    }
    LoopReport ten = analytics.report(more, NOW).get();
    // 1..10 h: mean 5.5 h, p90 at rank 9, 9 h
    assertThat(ten.meanTimeToResolution()).isEqualTo(Duration.ofMinutes(330));
    assertThat(ten.p90TimeToResolution()).isEqualTo(Duration.ofHours(9));
  }

  @Test
  void aRepeatRateEqualToTheTargetMeetsItAndOneAboveDoesNot() {
    LoopAnalytics quarterTarget = withPolicy(Duration.ofDays(30), 0.25, 0.2);
    List<FeedbackCase> cases = List.of(
        caseOf("a", "turnout", T0, 1, 2),
        caseOf("b", "turnout", T0.plus(Duration.ofDays(1)), 1, 2),
        caseOf("c", "uniform", T0.plus(Duration.ofDays(2)), 1, 2),
        caseOf("d", "breaks", T0.plus(Duration.ofDays(3)), 1, 2));
    LoopReport equal = quarterTarget.report(cases, NOW).get();
    assertThat(equal.repeatComplaintRate()).isEqualTo(Rate.of(1, 4));
    assertThat(equal.repeatTargetMet()).isTrue();
    LoopReport above = quarterTarget.report(cases.subList(0, 3), NOW).get();
    assertThat(above.repeatComplaintRate()).isEqualTo(Rate.of(1, 3));
    assertThat(above.repeatTargetMet()).isFalse();
  }

  @Test
  void theRepeatNoteSaysPersonalInformationIsTokenizedOnlyWhenAnalyticsAreRedacted() {
    List<FeedbackCase> cases = List.of(caseOf("a", "turnout", T0, 1, 2));
    assertThat(analytics.report(cases, NOW).get().notes().get(5)).isEqualTo(
        "repeat complaint: same category + subject + place (trimmed, lower case, personal "
            + "information replaced by keyed tokens, compared as a keyed fingerprint) within "
            + "PT720H of an earlier case; 0 of 1 against a target of 0.05");
    LoopAnalytics raw = LoopAnalytics.of(LoopPolicy.defaults(), AnalyticsPolicy.defaults(),
        DisclosurePolicy.defaults().with(DisclosurePolicy.Output.LOOP_ANALYTICS, false),
        RedactionPolicy.defaults(), FingerprintKey.of(
            "host secret of sixteen+ bytes".getBytes(StandardCharsets.UTF_8)).get());
    assertThat(raw.report(cases, NOW).get().notes().get(5)).isEqualTo(
        "repeat complaint: same category + subject + place (trimmed, lower case, compared as a "
            + "keyed fingerprint) within PT720H of an earlier case; 0 of 1 against a target of "
            + "0.05");
  }

  @Test
  void aComplaintExactlyOneWindowAfterTheEarlierIsARepeatAndASecondLaterIsNot() {
    FeedbackCase first = caseOf("a", "turnout", T0, 1, 2);
    LoopReport exact = analytics.report(List.of(first,
        caseOf("b", "turnout", T0.plus(Duration.ofDays(30)), 1, 2)), NOW).get();
    assertThat(exact.repeats()).extracting(RepeatComplaint::caseId, RepeatComplaint::earlier,
        RepeatComplaint::gap).containsExactly(tuple(CaseId.of("b"), CaseId.of("a"),
            Duration.ofDays(30)));
    LoopReport later = analytics.report(List.of(first,
        caseOf("b", "turnout", T0.plus(Duration.ofDays(30)).plusSeconds(1), 1, 2)), NOW).get();
    assertThat(later.repeats()).isEmpty();
    assertThat(later.repeatComplaintRate()).isEqualTo(Rate.of(0, 2));
  }

  @Test
  void casesGivenNewestFirstStillNameTheLaterCaseAsTheRepeat() {
    FeedbackCase a = caseOf("a", "turnout", T0, 1, 2);
    FeedbackCase b = caseOf("b", "turnout", T0.plus(Duration.ofDays(1)), 1, 2);
    FeedbackCase c = caseOf("c", "turnout", T0.plus(Duration.ofDays(3)), 1, 2);
    LoopReport newestFirst = analytics.report(List.of(c, b, a), NOW).get();
    assertThat(newestFirst.repeats()).extracting(RepeatComplaint::caseId,
        RepeatComplaint::earlier, RepeatComplaint::gap).containsExactly(
            tuple(CaseId.of("b"), CaseId.of("a"), Duration.ofDays(1)),
            tuple(CaseId.of("c"), CaseId.of("b"), Duration.ofDays(2)));
    assertThat(newestFirst.repeats())
        .isEqualTo(analytics.report(List.of(a, b, c), NOW).get().repeats());
  }
}
