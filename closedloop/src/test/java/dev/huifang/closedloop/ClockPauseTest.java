package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.hours;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.CaseId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Time waiting on the submitter is left out of a clock, and its reading says how much; a merged
 * case's clocks stop at the merge.
 */
class ClockPauseTest {

  private final FeedbackLoop loop = LoopGen.loop();

  private FeedbackCase step(FeedbackCase c, CaseEvent e) {
    return LoopGen.step(loop, c, e);
  }

  private FeedbackCase triaged() {
    return LoopGen.triaged(loop);
  }

  @Test
  void aReadingAfterAPauseSaysHowLongTheSubmitterWasWaitedOn() {
    FeedbackCase c = step(triaged(), EventHeader.id("e-2").of(CASE).by("owner-1",
        ActorRole.OWNER).at(hours(10)).infoRequested("which shift was short?"));
    c = step(c, EventHeader.id("e-3").of(CASE).by("client-1", ActorRole.SUBMITTER).at(hours(40))
        .infoProvided("the night shift"));
    ClockReading r = loop.clocks(c, hours(45)).get(0);
    assertThat(r.status()).isEqualTo(ClockStatus.RUNNING);
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(15));
    assertThat(r.paused()).isEqualTo(Duration.ofHours(30));
    assertThat(r.deadline()).isEqualTo(hours(78));
    assertThat(r.reason()).isEqualTo("first_response running: PT15H of PT48H business time used "
        + "since 2026-03-02T09:00:00Z (PT30H waiting on the submitter not counted), limit from "
        + "default terms (no rule for priority URGENT, source CLIENT)");
    // 48 h of counted time are used up at 78 h, not before
    assertThat(loop.clocks(c, hours(78)).get(0).status()).isEqualTo(ClockStatus.DUE_SOON);
    assertThat(loop.clocks(c, hours(78).plusNanos(1)).get(0).status())
        .isEqualTo(ClockStatus.BREACHED);
  }

  @Test
  void aPauseThatStartsAfterTheDeadlineDoesNotMoveIt() {
    FeedbackCase c = step(triaged(), EventHeader.id("e-2").of(CASE).by("owner-1",
        ActorRole.OWNER).at(hours(50)).infoRequested("which shift was short?"));
    c = step(c, EventHeader.id("e-3").of(CASE).by("client-1", ActorRole.SUBMITTER).at(hours(60))
        .infoProvided("the night shift"));
    ClockReading r = loop.clocks(c, hours(61)).get(0);
    assertThat(r.deadline()).isEqualTo(hours(48));
    assertThat(r.paused()).isEqualTo(Duration.ofHours(10));
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(51));
    assertThat(r.status()).isEqualTo(ClockStatus.BREACHED);
  }

  @Test
  void aMergedCaseStopsItsClocksAtTheMerge() {
    FeedbackCase merged = step(triaged(), EventHeader.id("e-2").of(CASE).by("coord-1",
        ActorRole.COORDINATOR).at(hours(3)).merged(CaseId.of("case-0")));
    for (ClockReading r : loop.clocks(merged, hours(24 * 60))) {
      assertThat(r.stoppedAt()).as("%s", r.clock()).isEqualTo(hours(3));
      assertThat(r.status()).as("%s", r.clock()).isEqualTo(ClockStatus.MET);
    }
  }
}
