package dev.huifang.examples;

import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.EventHeader;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Ratio;
import dev.huifang.core.Urgency;
import dev.huifang.core.WorkerId;
import dev.huifang.scoring.WorkerRecord;
import dev.huifang.scoring.WorkforceAssessment;
import dev.huifang.scoring.WorkforcePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Scenario 4, a staffing company's no-show: 10 workers promised, 6 arrived; the client's bad
 * review opens a case that gets its 48-hour review, a fix, and the client's confirmation.
 */
final class StaffingNoShow {

  static final Instant REVIEW = Instant.parse("2026-07-04T10:00:00Z");
  static final CaseId CASE = CaseId.of("case-2026-0704-noshow");

  /** What the scenario ends with, for its test. */
  record Outcome(Ratio turnout, FeedbackCase feedbackCase, Duration firstResponse,
      List<WorkforceAssessment> workforce) {}

  private StaffingNoShow() {}

  static Outcome run(Report report) {
    report.title("场景 4：人力公司的爽约投诉（承诺 10 人，到岗 6 人）",
        "Scenario 4: a staffing company's no-show (10 promised, 6 arrived)");

    Ratio turnout = Ratio.of(6, 10);
    report.heading("到岗率", "Turnout");
    report.line(String.format("承诺 10 人，到岗 6 人：到岗率 %.0f%%", turnout.value() * 100),
        String.format("10 promised, 6 arrived: turnout %.0f%%", turnout.value() * 100));

    report.heading("差评开启 48 小时复盘", "A bad review opens a 48-hour review");
    FeedbackLoop loop = CaseTimeline.loop();
    CaseEvent.Submitted raised = EventHeader.id("ns-1").of(CASE)
        .by("client-hualian", ActorRole.SUBMITTER).at(REVIEW)
        .submitted().source(CaseSource.CLIENT).priority(Urgency.URGENT)
        .channel(Channel.CLIENT_PORTAL).category(Category.NO_SHOW)
        .subject("10 promised, 6 arrived").place("Hualian store 3")
        .description("only 6 of the 10 promised promoters came for the weekend campaign").build();
    CaseTimeline timeline = CaseTimeline.open(loop, raised, report);
    timeline
        .apply(EventHeader.id("ns-2").of(CASE).by("coord-wang", ActorRole.COORDINATOR).at(at(1))
            .triaged(Category.NO_SHOW, "cs-li"))
        .apply(EventHeader.id("ns-3").of(CASE).by("cs-li", ActorRole.OWNER).at(at(20))
            .acknowledged("48 h review started: 10 promised, 6 arrived"))
        .apply(EventHeader.id("ns-4").of(CASE).by("cs-li", ActorRole.OWNER).at(at(40))
            .actionPlanned("send 4 replacement workers; add a turnout check the evening before"))
        .apply(EventHeader.id("ns-5").of(CASE).by("cs-li", ActorRole.OWNER).at(at(41))
            .workStarted("replacement crew booked"))
        .apply(EventHeader.id("ns-6").of(CASE).by("cs-li", ActorRole.OWNER).at(at(60))
            .resolved("4 replacements arrived; evening-before turnout check in place"))
        .apply(EventHeader.id("ns-7").of(CASE).by("client-hualian", ActorRole.SUBMITTER)
            .at(at(70))
            .confirmed("the crew was complete this weekend"))
        .apply(EventHeader.id("ns-8").of(CASE).by("cs-li", ActorRole.OWNER).at(at(71))
            .closed("loop closed: feedback → rectify → confirm"));
    report.table(timeline.table());

    FeedbackCase closed = timeline.current();
    Duration firstResponse = Duration.between(closed.submittedAt(), closed.firstResponseAt());
    report.line("首次响应用时 " + firstResponse.toHours() + " 小时（时限 48 小时）；客户已确认整改。",
        "First response after " + firstResponse.toHours() + " h (limit 48 h); the client confirmed the fix.");
    if (closed.state() != CaseState.CLOSED) {
      throw new IllegalStateException("the no-show case should be closed, is " + closed.state());
    }

    report.heading("到岗率把两名兼职降为替换候选", "Turnout drops two workers into replacement candidates");
    List<WorkforceAssessment> workforce = WorkforcePolicy.defaults().assess(List.of(
        new WorkerRecord(WorkerId.of("w-501"), 5, 3, 6, 4.4),
        new WorkerRecord(WorkerId.of("w-502"), 4, 2, 5, 4.1),
        new WorkerRecord(WorkerId.of("w-503"), 6, 6, 9, 4.8),
        new WorkerRecord(WorkerId.of("w-504"), 5, 5, 2, 4.7))).get();
    TextTable table = TextTable.of(report.pick("兼职", "worker"), report.pick("到岗率", "turnout"),
        report.pick("星级兼职", "star"), report.pick("替换候选", "replace"), report.pick("原因", "why"));
    for (WorkforceAssessment assessment : workforce) {
      table.row(assessment.workerId(), Printing.fixed(assessment.turnout().value()),
          assessment.starWorker(), assessment.replacementCandidate(),
          String.join("; ", assessment.reasons()));
    }
    report.table(table);
    return new Outcome(turnout, closed, firstResponse, workforce);
  }

  private static Instant at(int hours) {
    return REVIEW.plus(Duration.ofHours(hours));
  }
}
