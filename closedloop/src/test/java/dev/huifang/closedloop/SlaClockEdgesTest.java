package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static dev.huifang.closedloop.LoopGen.hours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The time limits of a case read exactly at their edges: the 48 h first response, the 12 h
 * warning before it, and the confirmation window after a resolution; each reading says why.
 */
class SlaClockEdgesTest {

  private final FeedbackLoop loop = LoopGen.loop();

  private FeedbackCase step(FeedbackCase c, CaseEvent e) {
    return LoopGen.step(loop, c, e);
  }

  private FeedbackCase triaged() {
    return LoopGen.triaged(loop);
  }

  private FeedbackCase resolvedAt(Instant at) {
    FeedbackCase c = step(triaged(), EventHeader.id("e-2").of(CASE).by("owner-1",
        ActorRole.OWNER).at(hours(2)).acknowledged("on it"));
    c = step(c, EventHeader.id("e-3").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(3))
        .actionPlanned("crew"));
    c = step(c, EventHeader.id("e-4").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(4))
        .workStarted("go"));
    return step(c, EventHeader.id("e-5").of(CASE).by("owner-1", ActorRole.OWNER).at(at)
        .resolved("done"));
  }

  private ClockReading first(FeedbackCase c, Instant now) {
    ClockReading r = loop.clocks(c, now).get(0);
    assertThat(r.clock()).isEqualTo(SlaClock.FIRST_RESPONSE);
    return r;
  }

  @Test
  void theFirstResponseIsDueSoonTwelveHoursAheadAndBreachedOnlyAfterFortyEightHours() {
    FeedbackCase c = triaged();
    assertThat(first(c, hours(36).minusNanos(1)).status()).isEqualTo(ClockStatus.RUNNING);
    assertThat(first(c, hours(36)).status()).isEqualTo(ClockStatus.DUE_SOON);
    ClockReading edge = first(c, hours(48));
    assertThat(edge.status()).isEqualTo(ClockStatus.DUE_SOON);
    assertThat(edge.elapsed()).isEqualTo(Duration.ofHours(48));
    assertThat(edge.overdue()).isZero();
    ClockReading late = first(c, hours(48).plusNanos(1));
    assertThat(late.status()).isEqualTo(ClockStatus.BREACHED);
    assertThat(late.overdue()).isEqualTo(Duration.ofNanos(1));
    assertThat(late.deadline()).isEqualTo(hours(48));
    assertThat(late.stoppedAt()).isNull();
  }

  @Test
  void aReadingSaysWhichClockHowMuchOfWhichLimitAndWhichRule() {
    ClockReading r = first(triaged(), hours(2));
    assertThat(r.status()).isEqualTo(ClockStatus.RUNNING);
    assertThat(r.reason()).isEqualTo("first_response running: PT2H of PT48H business time used "
        + "since 2026-03-02T09:00:00Z, limit from default terms (no rule for priority URGENT, "
        + "source CLIENT)");
    assertThat(r.startedAt()).isEqualTo(T0);
    assertThat(r.limit()).isEqualTo(Duration.ofHours(48));
    assertThat(r.paused()).isZero();
  }

  @Test
  void aResponseExactlyAtTheLimitIsMetOneSecondLaterIsLate() {
    FeedbackCase onTime = step(triaged(), EventHeader.id("e-2").of(CASE).by("owner-1",
        ActorRole.OWNER).at(hours(48)).acknowledged("on it"));
    ClockReading met = first(onTime, hours(100));
    assertThat(met.status()).isEqualTo(ClockStatus.MET);
    assertThat(met.stoppedAt()).isEqualTo(hours(48));
    assertThat(met.elapsed()).isEqualTo(Duration.ofHours(48));
    FeedbackCase late = step(triaged(), EventHeader.id("e-2").of(CASE).by("owner-1",
        ActorRole.OWNER).at(hours(48).plusSeconds(1)).acknowledged("on it"));
    assertThat(first(late, hours(100)).status()).isEqualTo(ClockStatus.MET_LATE);
  }

  @Test
  void theConfirmationWindowRunsFromTheResolutionAndEndsInclusively() {
    Instant resolved = hours(5);
    FeedbackCase c = resolvedAt(resolved);
    List<ClockReading> all = loop.clocks(c, resolved);
    assertThat(all).extracting(ClockReading::clock).containsExactly(SlaClock.FIRST_RESPONSE,
        SlaClock.VISIBLE_ACTION, SlaClock.CONFIRMATION);
    ClockReading action = all.get(1);
    assertThat(action.status()).isEqualTo(ClockStatus.MET);
    assertThat(action.stoppedAt()).isEqualTo(resolved);
    Instant window = resolved.plus(Duration.ofDays(7));
    ClockReading edge = loop.clocks(c, window).get(2);
    assertThat(edge.startedAt()).isEqualTo(resolved);
    assertThat(edge.deadline()).isEqualTo(window);
    assertThat(edge.status()).isEqualTo(ClockStatus.DUE_SOON);
    assertThat(loop.clocks(c, window.minus(Duration.ofHours(12)).minusNanos(1)).get(2).status())
        .isEqualTo(ClockStatus.RUNNING);
    assertThat(loop.clocks(c, window.plusNanos(1)).get(2).status())
        .isEqualTo(ClockStatus.BREACHED);
    assertThat(loop.clocks(triaged(), resolved)).hasSize(2);
  }
}
