package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static dev.huifang.closedloop.LoopGen.hours;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.CaseId;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.closedloop.machine.Effect;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loop's rules where they are easiest to get wrong: a replayed log is checked as strictly as
 * live events (the case, the time, the version, who acts, what a triage may name), an event
 * exactly at the longest accepted gap, a version of 0, a repeated event after its case moved on,
 * an escalation exactly at its step, the ids of generated events and the notice of a case whose
 * category has no route.
 */
class LoopEngineEdgesTest {

  private final FeedbackLoop loop = LoopGen.loop();

  private static EventHeader header(String id, String actor, ActorRole role, Instant at) {
    return EventHeader.id(id).of(CASE).by(actor, role).at(at);
  }

  private static List<CaseEvent> log(CaseEvent... later) {
    List<CaseEvent> events = new ArrayList<>();
    events.add(LoopGen.submitted(CASE, Category.NO_SHOW, T0));
    events.addAll(List.of(later));
    return events;
  }

  private static CaseEvent triage(Instant at) {
    return header("t", "coord-1", ActorRole.COORDINATOR, at).triaged(Category.NO_SHOW, "owner-1");
  }

  private Seq<Problem> refusedReplay(List<CaseEvent> events) {
    Validation<Seq<Problem>, FeedbackCase> replayed = loop.replay(events);
    assertThat(replayed.isInvalid()).as("replay of %s", events).isTrue();
    Validation<Seq<Problem>, ?> all = loop.replayAll(events);
    assertThat(all.isInvalid()).as("replayAll of %s", events).isTrue();
    assertThat(all.getError()).isEqualTo(replayed.getError());
    return replayed.getError();
  }

  @Test
  void aReplayedLogRefusesAnEventOfAnotherCase() {
    CaseEvent elsewhere = EventHeader.id("t").of(CaseId.of("case-2")).by("coord-1", ActorRole.COORDINATOR)
        .at(hours(1)).triaged(Category.NO_SHOW, "owner-1");
    Validation<Seq<Problem>, FeedbackCase> replayed = loop.replay(log(elsewhere));
    assertThat(replayed.getError()).containsExactly(new Problem(Problem.UNKNOWN,
        "events[1].caseId", "\"case-2\"",
        "must be the id of the case the event is applied to (case-1)"));
  }

  @Test
  void aReplayedLogRefusesAnEventBeforeTheOneBeforeIt() {
    CaseEvent early = header("a", "owner-1", ActorRole.OWNER, hours(2)).acknowledged("on it");
    assertThat(refusedReplay(log(triage(hours(3)), early)))
        .containsExactly(new Problem(Problem.ORDER, "events[2].at", hours(2).toString(),
            "must not be before the case's last event (" + hours(3) + ")"));
  }

  @Test
  void aReplayedLogChecksExpectedVersions() {
    FeedbackCase opened = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    int version = opened.version();
    CaseEvent current = EventHeader.id("t").of(CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(hours(1)).expecting(version).triaged(Category.NO_SHOW, "owner-1");
    assertThat(loop.replay(log(current)).isValid()).isTrue();
    CaseEvent stale = EventHeader.id("t").of(CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(hours(1)).expecting(version + 1).triaged(Category.NO_SHOW, "owner-1");
    assertThat(refusedReplay(log(stale))).containsExactly(new Problem(Problem.CONFLICT,
        "events[1].expectedVersion", String.valueOf(version + 1),
        "must be the case's current version " + version
            + ": the case changed since the sender saw it"));
  }

  @Test
  void aReplayedLogRefusesARoleItsActorDoesNotHold() {
    CaseEvent forged = header("t", "client-1", ActorRole.COORDINATOR, hours(1))
        .triaged(Category.NO_SHOW, "owner-1");
    Seq<Problem> problems = refusedReplay(log(forged));
    assertThat(problems).extracting(Problem::code).contains(Problem.FORBIDDEN);
    assertThat(problems).allMatch(p -> p.path().startsWith("events[1]"));
  }

  @Test
  void aReplayedLogRefusesATriageThatNamesTheSubmitterOwner() {
    CaseEvent own = header("t", "coord-1", ActorRole.COORDINATOR, hours(1))
        .triaged(Category.NO_SHOW, "client-1");
    Seq<Problem> replayed = refusedReplay(log(own));
    FeedbackCase opened = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    assertThat(replayed).isEqualTo(loop.apply(opened, own).getError()
        .map(p -> p.under("events[1]")));
    assertThat(replayed).isNotEmpty();
  }

  @Test
  void anEventExactlyTheLongestGapAfterTheLastIsAcceptedOneNanosecondMoreIsNot() {
    FeedbackCase opened = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    Duration gap = LoopPolicy.defaults().limits().maxGap();
    assertThat(loop.apply(opened, triage(T0.plus(gap))).isValid()).isTrue();
    Instant late = T0.plus(gap).plusNanos(1);
    assertThat(loop.apply(opened, triage(late)).getError()).containsExactly(new Problem(
        Problem.RANGE, "at", late.toString(), "must be at most " + gap
            + " after the case's last event (" + T0 + ")"));
  }

  @Test
  void anExpectedVersionOfZeroIsStaleForAnOpenedCase() {
    FeedbackCase opened = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    assertThat(opened.version()).isPositive();
    CaseEvent zero = EventHeader.id("t").of(CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(hours(1)).expecting(0).triaged(Category.NO_SHOW, "owner-1");
    assertThat(loop.apply(opened, zero).getError()).containsExactly(new Problem(Problem.CONFLICT,
        "expectedVersion", "0", "must be the case's current version " + opened.version()
            + ": the case changed since the sender saw it"));
  }

  @Test
  void anEventSentAgainAfterTheCaseMovedOnIsIgnoredNotAConflict() {
    FeedbackCase opened = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    CaseEvent triage = EventHeader.id("t").of(CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(hours(1)).expecting(opened.version()).triaged(Category.NO_SHOW, "owner-1");
    FeedbackCase triaged = LoopGen.step(loop, opened, triage);
    FeedbackCase acknowledged = LoopGen.step(loop, triaged,
        header("a", "owner-1", ActorRole.OWNER, hours(2)).acknowledged("on it"));
    CaseStep again = loop.apply(acknowledged, triage).get();
    assertThat(again.ignored()).isTrue();
    assertThat(again.feedbackCase()).isEqualTo(acknowledged);
    assertThat(again.effects()).isEmpty();
  }

  @Test
  void escalatesToAStepExactlyWhenTheOverdueTimeReachesIt() {
    FeedbackCase triaged = LoopGen.triaged(loop);
    ClockReading first = loop.clocks(triaged, T0).get(0);
    Instant supervisorDue = first.deadline().plus(EscalationLadder.DEFAULT_SUPERVISOR_AFTER);
    CaseAdvance before = loop.advance(triaged, supervisorDue.minusNanos(1)).get();
    assertThat(before.events()).extracting(e -> ((CaseEvent.Escalated) e).level())
        .containsExactly(1);
    CaseAdvance at = loop.advance(triaged, supervisorDue).get();
    assertThat(at.events()).extracting(e -> ((CaseEvent.Escalated) e).level())
        .containsExactly(1, 2);
    int version = triaged.version();
    assertThat(at.events()).extracting(e -> e.eventId().value()).containsExactly(
        "system:case-1:escalated:first_response:1:v" + version,
        "system:case-1:escalated:first_response:2:v" + (version + 1));
  }

  @Test
  void aCaseOfACategoryWithoutRouteAsksTheTriageQueueToCategoriseIt() {
    CaseStep known = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get();
    CaseStep unknown = loop.open(LoopGen.submitted(CASE, Category.of("parking"), T0)).get();
    assertThat(known.effects()).singleElement().isInstanceOfSatisfying(Effect.Notify.class,
        n -> assertThat(n.message()).isEqualTo(LocalizedText.of(
            "收到一个新的反馈案件，请分派处理人。",
            "A new feedback case arrived; please assign an owner.")));
    assertThat(unknown.effects()).singleElement().isInstanceOfSatisfying(Effect.Notify.class,
        n -> {
          assertThat(n.message()).isEqualTo(LocalizedText.of(
              "收到一个未知类别的反馈案件，请在分诊队列中确认类别并分派处理人。",
              "A feedback case of an unknown category waits in triage; please categorise and "
                  + "assign it."));
          assertThat(n.recipient()).isEqualTo(Recipient.role(ActorRole.COORDINATOR,
              Team.TRIAGE_QUEUE));
        });
  }
}
