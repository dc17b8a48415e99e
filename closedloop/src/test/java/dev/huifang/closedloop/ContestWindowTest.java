package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.CaseId;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A decline or a merge may be contested up to and including the end of the contest window, not
 * a nanosecond later; a declined case's clocks stop at the decision.
 */
class ContestWindowTest {

  private final FeedbackLoop loop = LoopGen.loop();
  private static final Instant DECIDED = T0.plus(Duration.ofHours(2));
  private static final Instant WINDOW_END = DECIDED.plus(LoopLimits.DEFAULT_CONTEST_WINDOW);

  private FeedbackCase step(FeedbackCase c, CaseEvent e) {
    return LoopGen.step(loop, c, e);
  }

  private FeedbackCase triaged() {
    return LoopGen.triaged(loop);
  }

  private FeedbackCase declined() {
    return step(triaged(), EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER)
        .at(DECIDED).declined("out of scope"));
  }

  private Validation<Seq<Problem>, CaseStep> contest(FeedbackCase c, Instant at) {
    return loop.apply(c, EventHeader.id("e-3").of(CASE).by("client-1", ActorRole.SUBMITTER)
        .at(at).reopened("it is in scope"));
  }

  @Test
  void aDeclineMayBeContestedExactlyAtTheEndOfTheWindow() {
    FeedbackCase c = declined();
    assertThat(c.state()).isEqualTo(CaseState.WONT_FIX);
    assertThat(contest(c, WINDOW_END).isValid()).isTrue();
    Validation<Seq<Problem>, CaseStep> late = contest(c, WINDOW_END.plusNanos(1));
    assertThat(late.isInvalid()).isTrue();
    assertThat(late.getError().head().code()).isEqualTo(FeedbackLoop.STATE_ORDER);
  }

  @Test
  void aMergeMayBeContestedExactlyAtTheEndOfTheWindow() {
    FeedbackCase merged = step(triaged(), EventHeader.id("e-2").of(CASE).by("coord-1",
        ActorRole.COORDINATOR).at(DECIDED).merged(CaseId.of("case-0")));
    assertThat(contest(merged, WINDOW_END).isValid()).isTrue();
    assertThat(contest(merged, WINDOW_END.plusNanos(1)).isInvalid()).isTrue();
  }

  @Test
  void aDeclinedCaseStopsItsClocksAtTheDecision() {
    FeedbackCase c = declined();
    for (ClockReading r : loop.clocks(c, DECIDED.plus(Duration.ofDays(60)))) {
      assertThat(r.stoppedAt()).as("%s", r.clock()).isEqualTo(DECIDED);
      assertThat(r.elapsed()).as("%s", r.clock()).isLessThanOrEqualTo(Duration.ofHours(2));
      assertThat(r.status()).as("%s", r.clock()).isEqualTo(ClockStatus.MET);
    }
    assertThat(loop.clocks(c, DECIDED.plus(Duration.ofDays(60)))).hasSize(2);
  }
}
