package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A closed case may be reopened only within the policy's reopen window, edge included: apply,
 * replay and verify all read the same guard of the transition table.
 */
class ReopenWindowTest {

  private final FeedbackLoop loop = LoopGen.loop();

  private static Instant hours(double h) {
    return T0.plus(Duration.ofMinutes(Math.round(h * 60)));
  }

  private FeedbackCase step(FeedbackLoop on, FeedbackCase c, CaseEvent e) {
    var step = on.apply(c, e);
    assertThat(step.isValid()).as("%s", step).isTrue();
    return step.get().feedbackCase();
  }

  /** A case confirmed by its submitter and closed by its owner at hour 71. */
  private FeedbackCase closed(FeedbackLoop on) {
    FeedbackCase c = on.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get().feedbackCase();
    c = step(on, c, EventHeader.id("e-1").of(CASE).by("coord-1", ActorRole.COORDINATOR).at(hours(1))
        .triaged(Category.NO_SHOW, "owner-1"));
    c = step(on, c, EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(20))
        .acknowledged("on it"));
    c = step(on, c, EventHeader.id("e-3").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(40))
        .actionPlanned("crew"));
    c = step(on, c, EventHeader.id("e-4").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(41))
        .workStarted("go"));
    c = step(on, c, EventHeader.id("e-5").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(60))
        .resolved("done"));
    c = step(on, c, EventHeader.id("e-6").of(CASE).by("client-1", ActorRole.SUBMITTER).at(hours(70))
        .confirmed("fine"));
    c = step(on, c, EventHeader.id("e-7").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(71))
        .closed("loop closed"));
    assertThat(c.state()).isEqualTo(CaseState.CLOSED);
    assertThat(c.closedAt()).isEqualTo(hours(71));
    return c;
  }

  private static CaseEvent reopen(Instant at) {
    return EventHeader.id("e-8").of(CASE).by("client-1", ActorRole.SUBMITTER).at(at)
        .reopened("the same workers stayed away again");
  }

  @Test
  void theDefaultWindowIsThirtyDaysAndItsEdgeIsIncluded() {
    assertThat(LoopPolicy.defaults().limits().reopenWindow()).isEqualTo(Duration.ofDays(30));
    FeedbackCase c = closed(loop);
    Instant edge = c.closedAt().plus(Duration.ofDays(30));
    FeedbackCase reopened = step(loop, c, reopen(edge));
    assertThat(reopened.state()).isEqualTo(CaseState.REOPENED);
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(loop.verify(reopened).isValid()).isTrue();
  }

  @Test
  void oneSecondPastTheWindowIsAStateOrderProblemAndChangesNothing() {
    FeedbackCase c = closed(loop);
    Instant past = c.closedAt().plus(Duration.ofDays(30)).plusSeconds(1);
    var refused = loop.apply(c, reopen(past));
    assertThat(refused.getError()).containsExactly(new Problem(FeedbackLoop.STATE_ORDER, "event",
        "\"REOPEN\"", "needs one of the conditions [reopened within the window] to hold in "
            + "state CLOSED"));
    assertThat(c.state()).isEqualTo(CaseState.CLOSED);
  }

  @Test
  void replayAndVerifyRefuseALateReopenInTheLog() {
    FeedbackCase c = closed(loop);
    List<CaseEvent> log = new ArrayList<>(c.events());
    log.add(reopen(c.closedAt().plus(Duration.ofDays(31))));
    assertThat(loop.replay(log).getError()).extracting(Problem::code, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FeedbackLoop.STATE_ORDER,
            "events[8].event"));
    // a snapshot that claims the late reopen was accepted fails verify
    FeedbackCase forged = FeedbackCase.builder().from(c).state(CaseState.REOPENED)
        .version(c.version() + 1).reopenCount(1).closedAt(null)
        .events(c.events().append(reopen(c.closedAt().plus(Duration.ofDays(31))))).build();
    assertThat(loop.verify(forged).getError()).extracting(Problem::code)
        .containsExactly(FeedbackLoop.STATE_ORDER);
  }

  @Test
  void thePolicySetsTheWindow() {
    LoopPolicy weekly = LoopPolicy.defaults().withLimits(LoopLimits.defaults()
        .withReopenWindow(Duration.ofDays(7)));
    FeedbackLoop strict = FeedbackLoop.of(weekly, LoopGen.DIRECTORY);
    FeedbackCase c = closed(strict);
    assertThat(strict.apply(c, reopen(c.closedAt().plus(Duration.ofDays(7)))).isValid())
        .isTrue();
    assertThat(strict.apply(c, reopen(c.closedAt().plus(Duration.ofDays(8)))).isInvalid())
        .isTrue();
    assertThat(loop.apply(c, reopen(c.closedAt().plus(Duration.ofDays(8)))).isValid()).isTrue();
  }

  @Test
  void aHugeWindowNeverOverflows() {
    LoopPolicy forever = LoopPolicy.defaults().withLimits(LoopLimits.defaults()
        .withReopenWindow(Duration.ofSeconds(Long.MAX_VALUE)));
    FeedbackLoop lenient = FeedbackLoop.of(forever, LoopGen.DIRECTORY);
    FeedbackCase c = closed(lenient);
    assertThat(lenient.apply(c, reopen(c.closedAt().plus(Duration.ofDays(3000)))).isValid())
        .isTrue();
  }

  @Test
  void limitsWrittenBeforeTheReopenWindowReadWithItsDefault() {
    String old = "{\"earliest\":\"2000-01-01T00:00:00Z\",\"latest\":\"2199-12-31T23:59:59Z\","
        + "\"maxGap\":\"PT87840H\",\"contestWindow\":\"PT336H\"}";
    assertThat(HuifangJson.read(old, LoopLimits.class).get()).isEqualTo(LoopLimits.defaults());
    assertThat(LoopLimits.validate(T0, T0.plusSeconds(1), Duration.ofDays(1), Duration.ofDays(1),
        Duration.ZERO).getError()).extracting(Problem::path).containsExactly("reopenWindow");
  }
}
