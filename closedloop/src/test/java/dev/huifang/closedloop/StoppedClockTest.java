package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static dev.huifang.closedloop.LoopGen.hours;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Clocks that stop without their own event: a case closed after a contested decline was never
 * acknowledged, yet its first-response clock stops at the closure; a case declined while the
 * submitter is awaited has its deadline moved by the wait up to the decision.
 */
class StoppedClockTest {

  private final FeedbackLoop loop = LoopGen.loop();

  private FeedbackCase step(FeedbackCase c, String actor, ActorRole role, long h,
      java.util.function.Function<EventHeader, CaseEvent> kind) {
    CaseEvent e = kind.apply(EventHeader.id("e-" + h).of(CASE).by(actor, role).at(hours(h)));
    Validation<Seq<Problem>, CaseStep> step = loop.apply(c, e);
    assertThat(step.isValid()).as("%s", step).isTrue();
    return step.get().feedbackCase();
  }

  private FeedbackCase triaged() {
    FeedbackCase c = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    return step(c, "coord-1", ActorRole.COORDINATOR, 1,
        h -> h.triaged(Category.NO_SHOW, "owner-1"));
  }

  @Test
  void aClosedCaseThatWasNeverAcknowledgedStopsItsFirstResponseAtTheClosure() {
    FeedbackCase c = step(triaged(), "owner-1", ActorRole.OWNER, 2, h -> h.declined("no"));
    c = step(c, "client-1", ActorRole.SUBMITTER, 3, h -> h.reopened("it is in scope"));
    c = step(c, "owner-1", ActorRole.OWNER, 4, h -> h.actionPlanned("crew"));
    c = step(c, "owner-1", ActorRole.OWNER, 5, h -> h.workStarted("go"));
    c = step(c, "owner-1", ActorRole.OWNER, 6, h -> h.resolved("done"));
    c = step(c, "client-1", ActorRole.SUBMITTER, 7, h -> h.confirmed("thanks"));
    c = step(c, "client-1", ActorRole.SUBMITTER, 8, h -> h.closed("ok"));
    assertThat(c.state()).isEqualTo(CaseState.CLOSED);
    assertThat(c.firstResponseAt()).isNull();
    ClockReading first = loop.clocks(c, hours(24 * 30)).get(0);
    assertThat(first.stoppedAt()).isEqualTo(hours(8));
    assertThat(first.elapsed()).isEqualTo(Duration.ofHours(8));
    assertThat(first.status()).isEqualTo(ClockStatus.MET);
  }

  @Test
  void anAcknowledgementWhileTheSubmitterIsAwaitedMovesTheDeadlineByTheWaitSoFar() {
    FeedbackCase c = step(triaged(), "owner-1", ActorRole.OWNER, 10,
        h -> h.infoRequested("which shift?"));
    c = step(c, "owner-1", ActorRole.OWNER, 20, h -> h.acknowledged("on it"));
    assertThat(c.awaitingSince()).isEqualTo(hours(10));
    ClockReading first = loop.clocks(c, hours(30)).get(0);
    assertThat(first.stoppedAt()).isEqualTo(hours(20));
    assertThat(first.paused()).isEqualTo(Duration.ofHours(10));
    assertThat(first.deadline()).isEqualTo(hours(58));
    assertThat(first.status()).isEqualTo(ClockStatus.MET);
  }

  @Test
  void aDeclineWhileTheSubmitterIsAwaitedMovesTheDeadlineByTheWait() {
    FeedbackCase c = step(triaged(), "owner-1", ActorRole.OWNER, 10,
        h -> h.infoRequested("which shift?"));
    c = step(c, "owner-1", ActorRole.OWNER, 20, h -> h.declined("no"));
    assertThat(c.state()).isEqualTo(CaseState.WONT_FIX);
    ClockReading first = loop.clocks(c, hours(24 * 30)).get(0);
    assertThat(first.stoppedAt()).isEqualTo(hours(20));
    assertThat(first.paused()).isEqualTo(Duration.ofHours(10));
    assertThat(first.elapsed()).isEqualTo(Duration.ofHours(10));
    assertThat(first.deadline()).isEqualTo(hours(58));
    assertThat(first.status()).isEqualTo(ClockStatus.MET);
  }
}
