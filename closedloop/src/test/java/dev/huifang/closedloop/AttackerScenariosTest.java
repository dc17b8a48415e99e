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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attacks of issue 14, each refused with a Problem that names the actor, the role and the
 * case, leaving the case as it was; and the identity-bound rules that replace trust in claims.
 */
class AttackerScenariosTest {

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

  private Problem refused(FeedbackCase c, CaseEvent e) {
    Validation<Seq<Problem>, CaseStep> step = loop.apply(c, e);
    assertThat(step.isInvalid()).as("%s must be refused", e).isTrue();
    return step.getError().head();
  }

  private FeedbackCase triaged() {
    return step(opened(), EventHeader.id("e-1").of(CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(hours(1))
        .triaged(Category.NO_SHOW, "owner-1"));
  }

  private FeedbackCase resolved() {
    FeedbackCase c = triaged();
    c = step(c, EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(2))
        .acknowledged("on it"));
    c = step(c, EventHeader.id("e-3").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(3))
        .actionPlanned("crew"));
    c = step(c, EventHeader.id("e-4").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(4))
        .workStarted("go"));
    return step(c, EventHeader.id("e-5").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(5))
        .resolved("done"));
  }

  @Test
  void theSubmitterCannotTakeItsOwnComplaintFromReceivedToClosedAlone() {
    FeedbackCase c = opened();
    // client-1 is listed as a coordinator in the directory, yet holds no such role on its case
    Problem triage = refused(c, EventHeader.id("x-1").of(CASE).by("client-1", ActorRole.COORDINATOR)
        .at(hours(1))
        .triaged(Category.NO_SHOW, "client-1"));
    assertThat(triage).isEqualTo(new Problem(Problem.FORBIDDEN, "actorRole", "\"COORDINATOR\"",
        "actor client-1 does not hold role COORDINATOR in case case-1 (holds [SUBMITTER]): roles "
            + "come from the case and the directory, not from the event"));
    Problem namedOwner = refused(c, EventHeader.id("x-1").of(CASE).by("coord-1",
        ActorRole.COORDINATOR).at(hours(1))
        .triaged(Category.NO_SHOW, "client-1"));
    assertThat(namedOwner.code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(namedOwner.path()).isEqualTo("owner");
    assertThat(namedOwner.rule()).contains("separation of duties");
    assertThat(refused(c, EventHeader.id("x-1").of(CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(hours(1))
        .triaged(Category.NO_SHOW, "proxy-1")).path()).isEqualTo("owner");
    FeedbackCase t = triaged();
    for (CaseEvent e : List.<CaseEvent>of(
        EventHeader.id("x-2").of(CASE).by("client-1", ActorRole.OWNER).at(hours(2))
            .acknowledged("ok"),
        EventHeader.id("x-2").of(CASE).by("client-1", ActorRole.OWNER).at(hours(2))
            .resolved("ok"),
        EventHeader.id("x-2").of(CASE).by("client-1", ActorRole.SYSTEM).at(hours(2))
            .autoClosed("x"),
        EventHeader.id("x-2").of(CASE).by("client-1", ActorRole.COORDINATOR).at(hours(2))
            .declined("x"))) {
      Problem p = refused(t, e);
      assertThat(p.code()).isEqualTo(Problem.FORBIDDEN);
      assertThat(p.rule()).contains("client-1", e.actorRole().name(), "case-1");
    }
    assertThat(t.version()).isEqualTo(2);
  }

  @Test
  void noOneClaimingSystemOrDirectorGainsThoseRights() {
    FeedbackCase t = triaged();
    assertThat(refused(t, EventHeader.id("x-2").of(CASE).by("stranger", ActorRole.SYSTEM)
        .at(hours(2))
        .escalated(SlaClock.FIRST_RESPONSE, 1, ActorRole.OWNER, List.of(ActorId
            .of("owner-1")))).rule())
        .isEqualTo("actor stranger does not hold role SYSTEM in case case-1 (holds []): roles "
            + "come from the case and the directory, not from the event");
    // Huifang's own id, but nothing is overdue: the rule behind an escalation does not hold
    Problem early = refused(t, EventHeader.id("system:x").of(CASE).by("huifang", ActorRole.SYSTEM)
        .at(hours(2))
        .escalated(SlaClock.FIRST_RESPONSE, 1, ActorRole.OWNER, List.of(ActorId.of("owner-1"))));
    assertThat(early.code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(early.rule()).contains("system:x", "escalate", "case-1");
    for (CaseEvent e : List.<CaseEvent>of(
        EventHeader.id("x-2").of(CASE).by("dir-1", ActorRole.DIRECTOR).at(hours(2))
            .acknowledged("ok"),
        EventHeader.id("x-2").of(CASE).by("dir-1", ActorRole.DIRECTOR).at(hours(2))
            .declined("no"))) {
      assertThat(refused(t, e).rule()).startsWith("actor dir-1 does not hold role DIRECTOR");
    }
  }

  @Test
  void noOneClaimingCoordinatorMergesDeclinesClosesOrReopens() {
    FeedbackCase t = triaged();
    for (CaseEvent e : List.<CaseEvent>of(
        EventHeader.id("x-2").of(CASE).by("stranger", ActorRole.COORDINATOR).at(hours(2))
            .merged(CaseId.of("case-0")),
        EventHeader.id("x-2").of(CASE).by("stranger", ActorRole.COORDINATOR).at(hours(2))
            .declined("x"),
        EventHeader.id("x-2").of(CASE).by("stranger", ActorRole.COORDINATOR).at(hours(2))
            .closed("x"),
        EventHeader.id("x-2").of(CASE).by("stranger", ActorRole.COORDINATOR).at(hours(2))
            .reopened("x"))) {
      assertThat(refused(t, e).rule()).startsWith(
          "actor stranger does not hold role COORDINATOR in case case-1");
    }
    // a coordinator of another team does not coordinate this case
    FeedbackLoop hrOnly = FeedbackLoop.ofDefaults(LoopGen.DIRECTORY.withCoordinator(Team.HR,
        "coord-hr"));
    FeedbackCase c = hrOnly.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    assertThat(c.routing().team()).isNotEqualTo(Team.HR);
    assertThat(hrOnly.apply(c, EventHeader.id("x-1").of(CASE).by("coord-hr", ActorRole.COORDINATOR)
        .at(hours(1))
        .triaged(Category.NO_SHOW, "owner-1")).getError().head().code())
        .isEqualTo(Problem.FORBIDDEN);
  }

  @Test
  void escalationNamesConcreteActorsAndOnlyTheyGainRights() {
    FeedbackCase t = triaged();
    CaseAdvance late = loop.advance(t, hours(49 + 24)).get();
    assertThat(late.events()).hasSize(2);
    CaseEvent.Escalated second = (CaseEvent.Escalated) late.events().get(1);
    assertThat(second.target()).isEqualTo(ActorRole.SUPERVISOR);
    // client-1 is listed as a supervisor but is the submitter: never an escalation target
    assertThat(second.targets()).containsExactly(ActorId.of("sup-1"));
    assertThat(late.effects().get(1)).isEqualTo(new dev.huifang.closedloop.machine.Effect.Escalate(
        2, Recipient.role(ActorRole.SUPERVISOR, t.routing().team()), SlaClock.FIRST_RESPONSE,
        ((dev.huifang.closedloop.machine.Effect.Escalate) late.effects().get(1)).reason(),
        List.of(ActorId.of("sup-1"))));
    assertThat(second.eventId().value()).startsWith(CaseEvent.SYSTEM_ID_PREFIX);
    FeedbackCase c = late.feedbackCase();
    assertThat(c.escalationTargets()).containsOnlyKeys(ActorId.of("sup-1"));
    assertThat(refused(c, EventHeader.id("x-9").of(CASE).by("dir-1", ActorRole.DIRECTOR)
        .at(hours(74))
        .acknowledged("ok")).code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(step(c, EventHeader.id("x-9").of(CASE).by("sup-1", ActorRole.SUPERVISOR)
        .at(hours(74))
        .acknowledged("ok")).state()).isEqualTo(CaseState.ACKNOWLEDGED);
    assertThat(loop.verify(c).isValid()).isTrue();
  }

  @Test
  void aForgedLogFailsVerifyNamingTheEvent() {
    FeedbackCase t = triaged();
    FeedbackCase forged = FeedbackCase.builder().from(t).state(CaseState.TRIAGED)
        .version(3).events(t.events().append(EventHeader.id("system:forged").of(CASE).by("huifang",
            ActorRole.SYSTEM).at(hours(3))
            .escalated(SlaClock.FIRST_RESPONSE, 1, ActorRole.OWNER, List.of(ActorId
                .of("owner-1")))))
        .build();
    Problem p = loop.verify(forged).getError().head();
    assertThat(p.code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(p.path()).isEqualTo("events[2].eventId");
    assertThat(p.rule()).contains("system:forged");
    FeedbackCase r = resolved();
    List<CaseEvent> early = new ArrayList<>(r.events());
    early.add(EventHeader.id("system:early").of(CASE).by("huifang", ActorRole.SYSTEM).at(hours(6))
        .autoClosed("silent"));
    assertThat(loop.replay(early).getError().head().rule()).contains("system:early",
        "the confirmation window ran out");
  }

  @Test
  void generatedIdsHaveTheirOwnNamespaceAndReusedIdsConflict() {
    FeedbackCase t = triaged();
    assertThat(refused(t, EventHeader.id("system:t:escalated:first_response:1:v2").of(CASE)
        .by("owner-1", ActorRole.OWNER).at(hours(2))
        .acknowledged("ok")).code())
        .isEqualTo(Problem.FORMAT);
    Problem reused = refused(t, EventHeader.id("e-1").of(CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(hours(2))
        .triaged(Category.SKILL_GAP, "owner-2"));
    assertThat(reused.code()).isEqualTo(Problem.CONFLICT);
    assertThat(reused.path()).isEqualTo("eventId");
    assertThat(refused(t, EventHeader.id("x-2").of(CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(hours(2))
        .merged(CASE)).rule()).contains("cannot be merged into itself");
    CaseAdvance once = loop.advance(t, hours(50)).get();
    assertThat(once.events()).hasSize(1);
    assertThat(loop.advance(once.feedbackCase(), hours(50)).get().events()).isEmpty();
  }

  @Test
  void declinesAndMergesCanBeContestedWithinTheWindow() {
    FeedbackCase declined = step(triaged(), EventHeader.id("e-2").of(CASE).by("owner-1",
        ActorRole.OWNER).at(hours(2))
        .declined("out of scope"));
    FeedbackCase reopened = step(declined, EventHeader.id("e-3").of(CASE).by("client-1",
        ActorRole.SUBMITTER).at(hours(2 + 24 * 13))
        .reopened("it is in scope"));
    assertThat(reopened.state()).isEqualTo(CaseState.REOPENED);
    assertThat(reopened.wontFixReason()).isNull();
    Problem late = refused(declined, EventHeader.id("e-3").of(CASE).by("client-1",
        ActorRole.SUBMITTER).at(hours(3 + 24 * 14))
        .reopened("too late"));
    assertThat(late.code()).isEqualTo(FeedbackLoop.STATE_ORDER);
    assertThat(late.rule()).contains("contested within the window");
    FeedbackCase merged = step(triaged(), EventHeader.id("e-2").of(CASE).by("coord-1",
        ActorRole.COORDINATOR).at(hours(2))
        .merged(CaseId.of("case-0")));
    assertThat(step(merged, EventHeader.id("e-3").of(CASE).by("proxy-1", ActorRole.PROXY)
        .at(hours(3))
        .reopened("not the same problem")).duplicateOf()).isNull();
  }

  @Test
  void closingNeedsTheSubmittersConfirmationOrTheWindow() {
    FeedbackCase r = resolved();
    assertThat(refused(r, EventHeader.id("e-6").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(6))
        .closed("done")).code()).isEqualTo(FeedbackLoop.STATE_ORDER);
    assertThat(loop.advance(r, hours(5 + 24 * 7 - 1)).get().events()).isEmpty();
    CaseAdvance closed = loop.advance(r, hours(5 + 24 * 7 + 1)).get();
    assertThat(closed.feedbackCase().state()).isEqualTo(CaseState.CLOSED);
    assertThat(closed.events().get(0)).isInstanceOf(CaseEvent.AutoClosed.class);
  }

  @Test
  void freeTextStaysOutOfToString() {
    FeedbackCase r = resolved();
    assertThat(r.toString()).doesNotContain("fewer workers came than promised", "turnout",
        "store-3", "crew").contains("case-1", "***");
    assertThat(r.events().get(0).toString()).doesNotContain("fewer workers")
        .contains("client-1", "description=***");
    // proxies are contact details: counted in the event, masked on the case
    assertThat(r.events().get(0).toString()).doesNotContain("proxy-1").contains("proxies=1 ids");
    assertThat(r.toString()).doesNotContain("submitter", "proxies=[", "proxy-1");
  }

  @Test
  void buildsEventsWithNamedStepsAndReportsEveryProblemAtOnce() {
    CaseEvent.Submitted built = EventHeader.id("e-0").of(CASE).by("client-1", ActorRole.SUBMITTER)
        .at(T0).submitted().source(CaseSource.CLIENT).priority(dev.huifang.core.Urgency.URGENT)
        .channel(dev.huifang.core.Channel.CLIENT_PORTAL).category(Category.NO_SHOW)
        .subject("turnout").place("store-3").description("fewer workers came than promised")
        .proxy("proxy-1").build();
    assertThat(built).isEqualTo(LoopGen.submitted(CASE, Category.NO_SHOW, T0));
    assertThat(built.header().submitted().source(CaseSource.CLIENT)
        .priority(dev.huifang.core.Urgency.URGENT).channel(dev.huifang.core.Channel.CLIENT_PORTAL)
        .category(Category.NO_SHOW).subject("turnout").place("store-3")
        .description("fewer workers came than promised").proxy("proxy-1").build())
        .isEqualTo(built);
    FeedbackCase t = triaged();
    CaseEvent bad = EventHeader.id("system:x").of(CASE).by("stranger", ActorRole.OWNER)
        .at(T0.minusSeconds(1)).expecting(7).acknowledged(" ");
    assertThat(loop.apply(t, bad).getError().map(Problem::code)).containsExactly(
        Problem.FORMAT, Problem.BLANK, Problem.CONFLICT, Problem.ORDER, Problem.FORBIDDEN);
    CaseEvent good = EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER).at(hours(2))
        .expecting(2).acknowledged("on it");
    assertThat(loop.apply(t, good).get().feedbackCase().state())
        .isEqualTo(CaseState.ACKNOWLEDGED);
    assertThat(loop.open(EventHeader.id("e-0").of(CASE).by("huifang",
        ActorRole.COORDINATOR).at(Instant.MAX).expecting(2).submitted().source(CaseSource.CLIENT)
        .priority(dev.huifang.core.Urgency.URGENT).channel(dev.huifang.core.Channel.CLIENT_PORTAL)
        .category(Category.NO_SHOW).subject("s").place("p").description("d").proxy("huifang")
        .build()).getError().map(Problem::code)).containsExactly(Problem.RANGE,
            Problem.FORBIDDEN, Problem.FORBIDDEN, Problem.CONFLICT);
  }
}
