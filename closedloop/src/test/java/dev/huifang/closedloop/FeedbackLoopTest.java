package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Problem;
import dev.huifang.core.Urgency;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackLoopTest {

  private final FeedbackLoop loop = LoopGen.loop();

  private static Instant hours(double h) {
    return T0.plus(Duration.ofMinutes(Math.round(h * 60)));
  }

  private FeedbackCase opened() {
    return loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get().feedbackCase();
  }

  private FeedbackCase step(FeedbackCase c, CaseEvent e) {
    Validation<Seq<Problem>, CaseStep> step = loop.apply(c, e);
    assertThat(step.isValid()).as("%s", step).isTrue();
    return step.get().feedbackCase();
  }

  private FeedbackCase triaged() {
    return step(opened(), EventHeader.id("e-1").of(CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(hours(1))
        .triaged(Category.NO_SHOW, "owner-1"));
  }

  private FeedbackCase inProgress() {
    FeedbackCase c = triaged();
    c = step(c, EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(20))
        .acknowledged("48 h review started: 10 promised, 6 arrived"));
    c = step(c, EventHeader.id("e-3").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(40))
        .actionPlanned("send 4 replacement workers; add a turnout check the evening before"));
    return step(c, EventHeader.id("e-4").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(41))
        .workStarted("replacement crew booked"));
  }

  private FeedbackCase resolved() {
    return step(inProgress(), EventHeader.id("e-5").of(CASE).by("owner-1", ActorRole.OWNER)
        .at(hours(60))
        .resolved("4 replacements arrived; turnout check in place"));
  }

  @Test
  void closesTheNoShowComplaintLoopWithTheClientsConfirmation() {
    FeedbackCase received = opened();
    assertThat(received.state()).isEqualTo(CaseState.RECEIVED);
    assertThat(received.routing().team()).isEqualTo(Team.CUSTOMER_SUCCESS);
    assertThat(received.routing().reason()).isEqualTo("category no_show is routed to customer_success");
    FeedbackCase c = resolved();
    assertThat(c.state()).isEqualTo(CaseState.RESOLVED);
    assertThat(c.firstResponseAt()).isEqualTo(hours(20));
    List<ClockReading> clocks = loop.clocks(c, hours(61));
    assertThat(clocks).extracting(ClockReading::clock, ClockReading::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(SlaClock.FIRST_RESPONSE, ClockStatus.MET),
        org.assertj.core.groups.Tuple.tuple(SlaClock.VISIBLE_ACTION, ClockStatus.MET),
        org.assertj.core.groups.Tuple.tuple(SlaClock.CONFIRMATION, ClockStatus.RUNNING));
    assertThat(clocks.get(0).elapsed()).isEqualTo(Duration.ofHours(20));
    Validation<Seq<Problem>, CaseStep> confirmed = loop.apply(c, EventHeader.id("e-6").of(CASE)
        .by("client-1", ActorRole.SUBMITTER).at(hours(70))
        .confirmed("the crew was complete this week"));
    assertThat(confirmed.get().feedbackCase().state()).isEqualTo(CaseState.CONFIRMED);
    assertThat(confirmed.get().effects()).singleElement().isInstanceOf(Effect.Notify.class);
    FeedbackCase closed = step(confirmed.get().feedbackCase(), EventHeader.id("e-7").of(CASE)
        .by("owner-1", ActorRole.OWNER).at(hours(71))
        .closed("loop closed"));
    assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
    assertThat(closed.version()).isEqualTo(8);
    assertThat(closed.lastReason()).isEqualTo("unguarded transition close_from_confirmed");
    assertThat(loop.replay(closed.events()).get()).isEqualTo(closed);
  }

  @Test
  void resolvingAsksTheSubmitterAndSchedulesTheEndOfTheConfirmationWindow() {
    CaseStep step = loop.apply(inProgress(), EventHeader.id("e-5").of(CASE).by("owner-1",
        ActorRole.OWNER).at(hours(60))
        .resolved("done")).get();
    assertThat(step.effects()).hasSize(2);
    assertThat(step.effects().get(1)).isEqualTo(new Effect.ScheduleFollowUp(hours(60 + 7 * 24),
        "confirmation_window_ends", "confirmation window PT168H from " + hours(60)
            + "; a silent submitter's case then closes by itself"));
  }

  @Test
  void routesAWorkersDemandToHr() {
    CaseEvent.Submitted demand = EventHeader.id("w-0").of(CaseId.of("case-hr"))
        .by("worker-7", ActorRole.SUBMITTER)
        .at(T0).submitted()
        .source(CaseSource.WORKER).priority(Urgency.ROUTINE).channel(Channel.VOICE_MESSAGE)
        .category(Category.WORKER_DEMAND)
        .subject("training clashes with my main job")
        .place("Chengdu")
        .description("the Saturday training overlaps my shift at the factory")
        .build();
    CaseStep step = loop.open(demand).get();
    Routing routing = step.feedbackCase().routing();
    assertThat(routing.team()).isEqualTo(Team.HR);
    assertThat(routing.matched()).isTrue();
    assertThat(routing.resources()).containsExactly("flexible_training");
    assertThat(step.effects()).singleElement().extracting(e -> ((Effect.Notify) e).recipient())
        .isEqualTo(Recipient.role(ActorRole.COORDINATOR, Team.HR));
  }

  @Test
  void sendsAnUnknownCategoryToTheTriageQueueExplicitly() {
    FeedbackCase c = loop.open(LoopGen.submitted(CASE, Category.of("weather"), T0)).get()
        .feedbackCase();
    assertThat(c.routing().team()).isEqualTo(Team.TRIAGE_QUEUE);
    assertThat(c.routing().matched()).isFalse();
    assertThat(c.routing().reason()).isEqualTo("category weather is not in the routing table "
        + "[installation_wait, no_show, scheduling, skill_gap, urgent_order_feedback, worker_demand]"
        + ": waits in triage_queue for a coordinator");
    Validation<Seq<Problem>, CaseStep> unknown = loop.apply(c, EventHeader.id("e-1").of(CASE)
        .by("coord-1", ActorRole.COORDINATOR).at(hours(1))
        .triaged(Category.of("weather"), "owner-1"));
    assertThat(unknown.getError()).containsExactly(new Problem(Problem.UNKNOWN, "category",
        "\"weather\"", "must be a category of the routing table [installation_wait, no_show, "
            + "scheduling, skill_gap, urgent_order_feedback, worker_demand]"));
    FeedbackCase routed = step(c, EventHeader.id("e-1").of(CASE).by("coord-1",
        ActorRole.COORDINATOR).at(hours(1))
        .triaged(Category.SCHEDULING, "owner-1"));
    assertThat(routed.routing().team()).isEqualTo(Team.SUPPLY_CHAIN);
    assertThat(routed.category()).isEqualTo(Category.SCHEDULING);
    assertThat(routed.owner()).isEqualTo(ActorId.of("owner-1"));
  }

  @Test
  void forbidsAResolutionByAnyoneButTheOwnerAndChangesNothing() {
    FeedbackCase c = inProgress();
    Validation<Seq<Problem>, CaseStep> byOther = loop.apply(c, EventHeader.id("e-5").of(CASE)
        .by("owner-2", ActorRole.OWNER).at(hours(60))
        .resolved("done"));
    assertThat(byOther.getError()).containsExactly(new Problem(Problem.FORBIDDEN, "actorRole",
        "\"OWNER\"", "actor owner-2 does not hold role OWNER in case case-1 (holds []): roles "
            + "come from the case and the directory, not from the event"));
    assertThat(loop.apply(c, EventHeader.id("e-5").of(CASE).by("sup-1", ActorRole.SUPERVISOR)
        .at(hours(60))
        .resolved("done")).getError().head().code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(c.state()).isEqualTo(CaseState.IN_PROGRESS);
    assertThat(c.version()).isEqualTo(5);
  }

  @Test
  void letsOnlyTheSubmitterOrAProxyConfirm() {
    FeedbackCase c = resolved();
    assertThat(loop.apply(c, EventHeader.id("e-6").of(CASE).by("stranger", ActorRole.SUBMITTER)
        .at(hours(61))
        .confirmed("ok")).getError()).containsExactly(new Problem(
            Problem.FORBIDDEN, "actorRole", "\"SUBMITTER\"", "actor stranger does not hold role "
                + "SUBMITTER in case case-1 (holds []): roles come from the case and the "
                + "directory, not from the event"));
    assertThat(loop.apply(c, EventHeader.id("e-6").of(CASE).by("owner-1", ActorRole.OWNER)
        .at(hours(61))
        .confirmed("ok")).getError().head().code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(step(c, EventHeader.id("e-6").of(CASE).by("proxy-1", ActorRole.PROXY).at(hours(61))
        .confirmed("ok")).state()).isEqualTo(CaseState.CONFIRMED);
  }

  @Test
  void triageNeedsACoordinator() {
    assertThat(loop.apply(opened(), EventHeader.id("e-1").of(CASE).by("owner-1", ActorRole.OWNER)
        .at(hours(1))
        .triaged(Category.NO_SHOW, "owner-1")).getError()).containsExactly(
            new Problem(Problem.FORBIDDEN, "actorRole", "\"OWNER\"",
                "actor owner-1 does not hold role OWNER in case case-1 (holds []): roles come "
                    + "from the case and the directory, not from the event"));
  }

  @Test
  void onlyHuifangEscalatesAndClosesByItself() {
    assertThat(loop.apply(resolved(), EventHeader.id("e-6").of(CASE).by("coord-1",
        ActorRole.COORDINATOR).at(hours(61))
        .autoClosed("silent")).getError().head().rule()).isEqualTo(
            "COORDINATOR coord-1 may not auto close case case-1: only [SYSTEM] may");
  }

  @Test
  void ignoresARepeatedEventId() {
    FeedbackCase c = triaged();
    Validation<Seq<Problem>, CaseStep> again = loop.apply(c, EventHeader.id("e-1").of(CASE)
        .by("coord-1", ActorRole.COORDINATOR).at(hours(1))
        .triaged(Category.NO_SHOW, "owner-1"));
    assertThat(again.get().ignored()).isTrue();
    assertThat(again.get().feedbackCase()).isSameAs(c);
    assertThat(again.get().reason()).isEqualTo("event e-1 is already in the log; ignored");
  }

  @Test
  void rejectsAStaleExpectedVersionAsAConflict() {
    FeedbackCase c = triaged();
    assertThat(loop.apply(c, EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER)
        .at(hours(2)).expecting(1)
        .acknowledged("hi")).getError()).containsExactly(new Problem(Problem.CONFLICT,
            "expectedVersion",
            "1", "must be the case's current version 2: the case changed since the sender saw it"));
    assertThat(step(c, EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(2))
        .expecting(2)
        .acknowledged("hi")).version()).isEqualTo(3);
  }

  @Test
  void rejectsTimeGoingBackwards() {
    assertThat(loop.apply(triaged(), EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER)
        .at(hours(0.5))
        .acknowledged("hi")).getError()).containsExactly(new Problem(Problem.ORDER,
            "at", hours(0.5).toString(), "must not be before the case's last event (" + hours(1)
                + ")"));
    assertThat(loop.advance(triaged(), hours(0.5)).getError()).containsExactly(new Problem(Problem.ORDER,
        "now", hours(0.5).toString(), "must not be before the case's last event (" + hours(1)
            + ")"));
  }

  @Test
  void rejectsAnEventOfAnotherCase() {
    assertThat(loop.apply(triaged(), EventHeader.id("e-2").of(CaseId.of("case-9")).by("owner-1",
        ActorRole.OWNER).at(hours(2))
        .acknowledged("hi")).getError()).containsExactly(new Problem(
            Problem.UNKNOWN, "caseId", "\"case-9\"",
            "must be the id of the case the event is applied to (case-1)"));
  }

  @Test
  void rejectsAnEventTheStateDoesNotAllow() {
    assertThat(loop.apply(triaged(), EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER)
        .at(hours(2))
        .resolved("done")).getError()).containsExactly(new Problem(
            FeedbackLoop.STATE_ORDER, "event", "\"RESOLVE\"", "must be one of [TRIAGE, ACKNOWLEDGE, "
                + "DECLINE, MERGE, REQUEST_INFO, PROVIDE_INFO, ESCALATE] in state TRIAGED"));
  }

  @Test
  void rejectsASecondSubmission() {
    assertThat(loop.apply(triaged(), LoopGen.event(15, "e-9", "client-1", ActorRole.SUBMITTER,
        hours(2), 0)).getError()).containsExactly(new Problem(Problem.DUPLICATE, "eventId", "\"e-9\"",
            "must not submit case case-1 again: it was submitted by event e-0"));
  }

  @Test
  void rejectsMalformedEvents() {
    assertThat(loop.apply(triaged(), EventHeader.id("e-2").of(CASE).by(" ", ActorRole.OWNER)
        .at(hours(2))
        .acknowledged("hi")).getError()).containsExactly(new Problem(Problem.BLANK,
            "actor", "\" \"", "must not be blank"), new Problem(Problem.FORBIDDEN, "actorRole",
            "\"OWNER\"", "actor   does not hold role OWNER in case case-1 (holds []): roles come "
                + "from the case and the directory, not from the event"));
    assertThat(loop.apply(triaged(), new CaseEvent.Acknowledged(EventId.of("e-2"), CASE, ActorId
        .of("owner-1"),
        ActorRole.OWNER, hours(2), "hi", -1)).getError()).containsExactly(new Problem(Problem.RANGE,
            "expectedVersion", "-1", "must be >= 0"));
    assertThat(loop.apply(triaged(), EventHeader.id("e-2").of(CASE).by("huifang", ActorRole.SYSTEM)
        .at(hours(2))
        .escalated(SlaClock.FIRST_RESPONSE, 0, ActorRole.SUPERVISOR, List.of()))
        .getError()).containsExactly(new Problem(Problem.RANGE, "level", "0", "must be >= 1"));
    assertThat(loop.open(EventHeader.id(" ").of(CASE).by("client-1", ActorRole.SUBMITTER)
        .at(T0).submitted()
        .source(CaseSource.CLIENT).priority(Urgency.URGENT).channel(Channel.CLIENT_PORTAL)
        .category(Category.NO_SHOW)
        .subject("s")
        .place("p")
        .description("d")
        .build()).getError()).containsExactly(new Problem(Problem.BLANK, "eventId", "\" \"",
            "must not be blank"));
  }

  @Test
  void opensOnlyForASubmitterAtVersionZero() {
    CaseEvent.Submitted s = LoopGen.submitted(CASE, Category.NO_SHOW, T0);
    assertThat(loop.open(new CaseEvent.Submitted(EventId.of("e-0"), CASE, ActorId.of("coord-1"),
        ActorRole.COORDINATOR,
        T0, s.source(), s.priority(), s.channel(), s.category(), s.subject(), s.place(),
        s.description(), s.proxies(), null)).getError()).containsExactly(new Problem(Problem.FORBIDDEN,
            "actorRole", "\"COORDINATOR\"",
            "actor coord-1 may not submit case case-1 as COORDINATOR: only a SUBMITTER other than "
                + "Huifang's own actor may"));
    assertThat(loop.open(new CaseEvent.Submitted(EventId.of("e-0"), CASE, ActorId.of("client-1"),
        ActorRole.SUBMITTER,
        T0, s.source(), s.priority(), s.channel(), s.category(), s.subject(), s.place(),
        s.description(), s.proxies(), 3)).getError()).containsExactly(new Problem(Problem.CONFLICT,
            "expectedVersion", "3", "must be 0 for a new case"));
  }

  @Test
  void replayGivesTheLiveCase() {
    FeedbackCase live = resolved();
    assertThat(loop.replay(live.events()).get()).isEqualTo(live);
  }

  @Test
  void verifiesASnapshotAgainstItsOwnLog() {
    FeedbackCase live = resolved();
    assertThat(loop.verify(live).get()).isSameAs(live);
    FeedbackCase.Builder tampered = FeedbackCase.builder();
    tampered.from(live);
    tampered.state(CaseState.CLOSED);
    assertThat(loop.verify(tampered.build()).getError()).containsExactly(new Problem(
        Problem.INCONSISTENT, "$", "\"case-1\"", "must equal the fold of its own events (state "
            + "RESOLVED, version 6), was state CLOSED, version 6"));
  }

  @Test
  void replayNeedsASubmittedCase() {
    List<CaseEvent> events = new ArrayList<>(resolved().events());
    events.remove(0);
    assertThat(loop.replay(events).getError()).containsExactly(new Problem(Problem.UNKNOWN,
        "events[0].caseId", "\"case-1\"",
        "must name a submitted case: the log does not start with a submitted event"));
    assertThat(loop.replay(List.of()).getError()).containsExactly(new Problem(Problem.REQUIRED,
        "events", null, "must start with the submitted event of a case"));
    List<CaseEvent> backwards = new ArrayList<>(resolved().events());
    backwards.add(EventHeader.id("e-9").of(CASE).by("client-1", ActorRole.SUBMITTER).at(T0)
        .confirmed("ok"));
    assertThat(loop.replay(backwards).getError().head().path()).isEqualTo("events[6].at");
  }

  @Test
  void replaysInterleavedLogsAndRejectsEventsOfUnknownCases() {
    CaseId other = CaseId.of("case-2");
    List<CaseEvent> events = new ArrayList<>(resolved().events());
    events.add(2, LoopGen.submitted(other, Category.SKILL_GAP, hours(1)));
    var all = loop.replayAll(events).get();
    assertThat(all.keySet()).containsExactly(CASE, other);
    assertThat(all.get(CASE)).isEqualTo(resolved());
    List<CaseEvent> orphan = List.of(EventHeader.id("x").of(other).by("owner-1", ActorRole.OWNER)
        .at(T0)
        .acknowledged("hi"));
    assertThat(loop.replayAll(orphan).getError()).containsExactly(new Problem(Problem.UNKNOWN,
        "events[0].caseId", "\"case-2\"", "must name a submitted case"));
  }

  @Test
  void pausesTimeLimitsWhileWaitingOnTheSubmitter() {
    FeedbackCase c = triaged();
    c = step(c, EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(10))
        .infoRequested("which shift was short?"));
    assertThat(c.isAwaitingSubmitter()).isTrue();
    assertThat(loop.clocks(c, hours(60)).get(0).status()).isEqualTo(ClockStatus.PAUSED);
    assertThat(loop.clocks(c, hours(60)).get(0).deadline()).isNull();
    assertThat(loop.apply(c, EventHeader.id("e-3").of(CASE).by("owner-1", ActorRole.OWNER)
        .at(hours(11))
        .infoRequested("again?")).getError().head().rule())
        .isEqualTo("needs one of the conditions [the submitter is not yet awaited] to hold in state TRIAGED");
    c = step(c, EventHeader.id("e-3").of(CASE).by("client-1", ActorRole.SUBMITTER).at(hours(40))
        .infoProvided("the night shift"));
    assertThat(c.pauses()).containsExactly(new Pause(hours(10), hours(40)));
    c = step(c, EventHeader.id("e-4").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(70))
        .acknowledged("sorry for the wait"));
    ClockReading first = loop.clocks(c, hours(70)).get(0);
    assertThat(first.elapsed()).isEqualTo(Duration.ofHours(40));
    assertThat(first.paused()).isEqualTo(Duration.ofHours(30));
    assertThat(first.status()).isEqualTo(ClockStatus.MET);
    assertThat(first.deadline()).isEqualTo(hours(78));
  }

  @Test
  void escalatesAnIgnoredCaseAlongTheLadderEachStepOnce() {
    FeedbackCase c = triaged();
    CaseAdvance early = loop.advance(c, hours(40)).get();
    assertThat(early.events()).isEmpty();
    assertThat(early.clocks().get(0).status()).isEqualTo(ClockStatus.DUE_SOON);
    assertThat(early.clocks().get(0).deadline()).isEqualTo(hours(48));

    CaseAdvance breach = loop.advance(c, hours(49)).get();
    assertThat(breach.clocks().get(0).status()).isEqualTo(ClockStatus.BREACHED);
    assertThat(breach.effects()).containsExactly(new Effect.Escalate(1, Recipient.actor("owner-1"),
        SlaClock.FIRST_RESPONSE, "step 1 of the escalation ladder (OWNER): first_response breached: "
            + "PT49H of PT48H business time used since " + T0
            + ", limit from default terms (no rule for priority URGENT, source CLIENT)",
        List.of(ActorId.of("owner-1"))));
    c = breach.feedbackCase();
    assertThat(loop.advance(c, hours(50)).get().events()).as("each step once").isEmpty();

    CaseAdvance second = loop.advance(c, hours(73)).get();
    assertThat(second.effects()).extracting(e -> ((Effect.Escalate) e).target())
        .containsExactly(Recipient.role(ActorRole.SUPERVISOR, Team.CUSTOMER_SUCCESS));
    c = second.feedbackCase();
    CaseAdvance third = loop.advance(c, hours(121)).get();
    assertThat(third.effects()).extracting(e -> ((Effect.Escalate) e).level()).containsExactly(3);
    c = third.feedbackCase();
    assertThat(c.escalations()).containsEntry(SlaClock.FIRST_RESPONSE, 3);
    assertThat(c.escalatedTo()).containsExactly(ActorRole.OWNER, ActorRole.SUPERVISOR,
        ActorRole.DIRECTOR);
    assertThat(loop.replay(c.events()).get()).isEqualTo(c);
    // an escalation target may now act as the owner
    assertThat(step(c, EventHeader.id("e-9").of(CASE).by("sup-1", ActorRole.SUPERVISOR)
        .at(hours(122))
        .acknowledged("taking over")).state()).isEqualTo(CaseState.ACKNOWLEDGED);
  }

  @Test
  void takesEveryDueStepAtOnceAfterALongSilence() {
    CaseAdvance late = loop.advance(triaged(), hours(200)).get();
    assertThat(late.events()).extracting(e -> ((CaseEvent.Escalated) e).target())
        .containsExactly(ActorRole.OWNER, ActorRole.SUPERVISOR, ActorRole.DIRECTOR);
  }

  @Test
  void closesASilentSubmittersCaseAfterTheConfirmationWindow() {
    FeedbackCase c = resolved();
    assertThat(loop.advance(c, hours(60 + 7 * 24)).get().events()).isEmpty();
    CaseAdvance late = loop.advance(c, hours(60 + 7 * 24 + 1)).get();
    assertThat(late.feedbackCase().state()).isEqualTo(CaseState.CLOSED);
    assertThat(late.events()).singleElement().isInstanceOf(CaseEvent.AutoClosed.class);
    assertThat(late.effects()).singleElement().extracting(e -> ((Effect.Notify) e).recipient())
        .isEqualTo(Recipient.actor("client-1"));
    assertThat(loop.replay(late.feedbackCase().events()).get()).isEqualTo(late.feedbackCase());
  }

  @Test
  void aClosedCaseAcceptsOnlyAReopen() {
    FeedbackCase closed = loop.advance(resolved(), hours(300)).get().feedbackCase();
    assertThat(loop.apply(closed, EventHeader.id("e-8").of(CASE).by("client-1", ActorRole.SUBMITTER)
        .at(hours(301))
        .confirmed("late")).getError().head().rule())
        .isEqualTo("must be one of [REOPEN] in state CLOSED");
    FeedbackCase reopened = step(closed, EventHeader.id("e-8").of(CASE).by("client-1",
        ActorRole.SUBMITTER).at(hours(302))
        .reopened("short again"));
    assertThat(reopened.state()).isEqualTo(CaseState.REOPENED);
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(reopened.resolvedAt()).isNull();
    assertThat(loop.clocks(reopened, hours(303)).get(1).startedAt()).isEqualTo(hours(302));
  }

  @Test
  void declinesWithAReasonAndMergesDuplicates() {
    FeedbackCase declined = step(triaged(), EventHeader.id("e-2").of(CASE).by("coord-1",
        ActorRole.COORDINATOR).at(hours(2))
        .declined("the client cancelled the order"));
    assertThat(declined.state()).isEqualTo(CaseState.WONT_FIX);
    assertThat(declined.wontFixReason()).isEqualTo("the client cancelled the order");
    FeedbackCase merged = step(triaged(), EventHeader.id("e-2").of(CASE).by("coord-1",
        ActorRole.COORDINATOR).at(hours(2))
        .merged(CaseId.of("case-0")));
    assertThat(merged.state()).isEqualTo(CaseState.MERGED_AS_DUPLICATE);
    assertThat(merged.duplicateOf()).isEqualTo(CaseId.of("case-0"));
    assertThat(loop.definition().finals()).isEmpty();
  }

  @Test
  void aRejectedFixStartsANewCycle() {
    FeedbackCase rejected = step(resolved(), EventHeader.id("e-6").of(CASE).by("client-1",
        ActorRole.SUBMITTER).at(hours(62))
        .rejected("still two short"));
    assertThat(rejected.state()).isEqualTo(CaseState.REJECTED_BY_SUBMITTER);
    assertThat(rejected.cycleStartedAt()).isEqualTo(hours(62));
    assertThat(loop.clocks(rejected, hours(63)).get(1).status()).isEqualTo(ClockStatus.RUNNING);
  }

  @Test
  void drawsTheCaseMachine() {
    assertThat(loop.definition().toMermaid()).startsWith("---\ntitle: feedback case\n---\n"
        + "stateDiagram-v2\n    [*] --> RECEIVED\n    RECEIVED --> TRIAGED : TRIAGE\n");
    assertThat(loop.definition().toMermaid()).contains(
        "    TRIAGED --> TRIAGED : REQUEST_INFO [the submitter is not yet awaited]\n",
        "    WONT_FIX --> REOPENED : REOPEN [contested within the window]\n");
    assertThat(loop.definition().toDot())
        .contains("\"CLOSED\" -> \"REOPENED\" [label=\"REOPEN [reopened within the window]\"];")
        .contains("  \"RECEIVED\" -> \"RECEIVED\" [label=\"REQUEST_INFO [the submitter is not yet "
            + "awaited]\\nPROVIDE_INFO [the submitter is awaited]\\nESCALATE [the time limit is broken "
            + "at this step now]\"];\n");
    assertThat(loop.definition().toDot().split("\"RECEIVED\" -> \"RECEIVED\"", -1))
        .as("one edge for the three self-loops").hasSize(2);
  }
}
