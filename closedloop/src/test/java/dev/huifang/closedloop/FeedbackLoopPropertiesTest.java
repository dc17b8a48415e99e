package dev.huifang.closedloop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.machine.Transition;
import dev.huifang.core.Problem;
import dev.huifang.testing.JsonRoundTrip;
import dev.huifang.testing.Theories;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackLoopPropertiesTest {

  private final FeedbackLoop loop = LoopGen.loop();

  /** The live case after applying every event, and the events that were accepted. */
  private record Run(FeedbackCase live, List<CaseEvent> accepted, List<Problem> rejected) {}

  private Run run(List<CaseEvent> events) {
    FeedbackCase c = loop.open((CaseEvent.Submitted) events.get(0)).get().feedbackCase();
    List<CaseEvent> accepted = new ArrayList<>(List.of(events.get(0)));
    List<Problem> rejected = new ArrayList<>();
    for (CaseEvent e : events.subList(1, events.size())) {
      FeedbackCase before = c;
      Validation<Seq<Problem>, CaseStep> step = loop.apply(c, e);
      if (step.isInvalid()) {
        rejected.addAll(step.getError().asJava());
        continue;
      }
      c = step.get().feedbackCase();
      if (!step.get().ignored()) {
        accepted.add(e);
        assertLegalMove(before.state(), e.trigger(), c.state());
      } else {
        assertThat(c).isSameAs(before);
      }
    }
    return new Run(c, accepted, rejected);
  }

  private void assertLegalMove(CaseState from, CaseTrigger trigger, CaseState to) {
    assertThat(loop.definition().transitions())
        .anyMatch((Transition<CaseState, CaseTrigger, CaseContext> t) ->
            t.from() == from && t.event() == trigger && t.to() == to);
  }

  @Test
  void replayOfTheAcceptedEventsGivesTheLiveCase() {
    java.util.EnumSet<CaseState> reached = java.util.EnumSet.noneOf(CaseState.class);
    Theories.qt().forAll(LoopGen.recipes(40)).checkAssert(recipes -> {
      Run run = run(LoopGen.events(recipes));
      for (CaseEvent e : run.accepted()) {
        reached.add(loop.replay(run.accepted().subList(0, run.accepted().indexOf(e) + 1)).get()
            .state());
      }
      assertThat(run.live().events()).isEqualTo(run.accepted());
      assertThat(loop.replay(run.accepted()).get()).isEqualTo(run.live());
      assertThat(loop.replay(LoopGen.events(recipes)).isInvalid() || run.rejected().isEmpty())
          .isTrue();
    });
    assertThat(reached).as("the generated runs reach far into the loop")
        .contains(CaseState.RESOLVED, CaseState.CLOSED, CaseState.REOPENED, CaseState.WONT_FIX);
  }

  @Test
  void noSequenceOfEventsLeavesTheDefinition() {
    Theories.qt().forAll(LoopGen.recipes(60)).checkAssert(recipes -> {
      Run run = run(LoopGen.events(recipes));
      assertThat(loop.definition().states()).contains(run.live().state());
      assertThat(run.live().version()).isEqualTo(run.accepted().size());
      for (Problem p : run.rejected()) {
        assertThat(p.code()).isIn(Problem.FORBIDDEN, Problem.INCONSISTENT, Problem.ORDER,
            Problem.UNKNOWN, Problem.DUPLICATE, Problem.CONFLICT, Problem.RANGE,
            FeedbackLoop.STATE_ORDER);
      }
    });
  }

  @Test
  void aClosedCaseAcceptsNoEventButReopen() {
    FeedbackLoop defaults = LoopGen.loop();
    FeedbackCase closed = closedCase();
    Theories.qt().forAll(LoopGen.recipes(1).map(r -> r.isEmpty() ? 0 : r.get(0)))
        .checkAssert(x -> {
          int kind = x % LoopGen.KINDS;
          int who = (x / LoopGen.KINDS) % LoopGen.ACTORS.size();
          CaseEvent e = LoopGen.event(kind, "new-" + x, LoopGen.ACTORS.get(who),
              LoopGen.ROLES.get(who), closed.lastEventAt().plus(Duration.ofMinutes(1)), x);
          Validation<Seq<Problem>, CaseStep> step = defaults.apply(closed, e);
          if (step.isValid()) {
            assertThat(e).isInstanceOf(CaseEvent.Reopened.class);
            assertThat(step.get().feedbackCase().state()).isEqualTo(CaseState.REOPENED);
          }
        });
    assertThat(defaults.apply(closed, EventHeader.id("r").of(LoopGen.CASE).by("client-1",
        ActorRole.SUBMITTER).at(closed.lastEventAt())
        .reopened("again")).isValid()).isTrue();
  }

  private FeedbackCase closedCase() {
    List<CaseEvent> events = new ArrayList<>();
    events.add(LoopGen.submitted(LoopGen.CASE, Category.NO_SHOW, LoopGen.T0));
    int[][] script = {{0, 2}, {1, 3}, {2, 3}, {3, 3}, {4, 3}, {5, 0}, {7, 3}};
    for (int i = 0; i < script.length; i++) {
      int who = script[i][1];
      events.add(LoopGen.event(script[i][0], "s-" + i, LoopGen.ACTORS.get(who),
          LoopGen.ROLES.get(who), LoopGen.T0.plus(Duration.ofHours(i + 1)), 0));
    }
    FeedbackCase c = loop.replay(events).get();
    assertThat(c.state()).isEqualTo(CaseState.CLOSED);
    return c;
  }

  @Test
  void eventsRoundTripThroughJson() {
    Theories.qt().forAll(LoopGen.anyEvent())
        .checkAssert(e -> JsonRoundTrip.check(e, CaseEvent.class));
  }

  @Test
  void advancesAndStepsRoundTripThroughJson() {
    Theories.qt(30).forAll(LoopGen.recipes(30)).checkAssert(recipes -> {
      FeedbackCase live = run(LoopGen.events(recipes)).live();
      CaseAdvance advance = loop.advance(live, live.lastEventAt().plus(Duration.ofDays(20))).get();
      JsonRoundTrip.check(advance, CaseAdvance.class);
      for (ClockReading reading : advance.clocks()) {
        JsonRoundTrip.check(reading, ClockReading.class);
      }
      JsonRoundTrip.check(new CaseStep(live, advance.effects(), "r", false), CaseStep.class);
      JsonRoundTrip.check(live.routing(), Routing.class);
    });
  }

  @Test
  void casesRoundTripThroughJson() {
    Theories.qt(50).forAll(LoopGen.recipes(30)).checkAssert(recipes ->
        JsonRoundTrip.check(run(LoopGen.events(recipes)).live(), FeedbackCase.class));
  }
}
