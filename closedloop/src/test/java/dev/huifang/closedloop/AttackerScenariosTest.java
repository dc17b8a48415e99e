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
    return step(opened(), new CaseEvent.Triaged("e-1", CASE, "coord-1", ActorRole.COORDINATOR,
        hours(1), Category.NO_SHOW, "owner-1", null));
  }

  private FeedbackCase resolved() {
    FeedbackCase c = triaged();
    c = step(c, new CaseEvent.Acknowledged("e-2", CASE, "owner-1", ActorRole.OWNER, hours(2),
        "on it", null));
    c = step(c, new CaseEvent.ActionPlanned("e-3", CASE, "owner-1", ActorRole.OWNER, hours(3),
        "crew", null));
    c = step(c, new CaseEvent.WorkStarted("e-4", CASE, "owner-1", ActorRole.OWNER, hours(4),
        "go", null));
    return step(c, new CaseEvent.Resolved("e-5", CASE, "owner-1", ActorRole.OWNER, hours(5),
        "done", null));
  }

  @Test
  void theSubmitterCannotTakeItsOwnComplaintFromReceivedToClosedAlone() {
    FeedbackCase c = opened();
    // client-1 is listed as a coordinator in the directory, yet holds no such role on its case
    Problem triage = refused(c, new CaseEvent.Triaged("x-1", CASE, "client-1",
        ActorRole.COORDINATOR, hours(1), Category.NO_SHOW, "client-1", null));
    assertThat(triage).isEqualTo(new Problem(Problem.FORBIDDEN, "actorRole", "\"COORDINATOR\"",
        "actor client-1 does not hold role COORDINATOR in case case-1 (holds [SUBMITTER]): roles "
            + "come from the case and the directory, not from the event"));
    Problem namedOwner = refused(c, new CaseEvent.Triaged("x-1", CASE, "coord-1",
        ActorRole.COORDINATOR, hours(1), Category.NO_SHOW, "client-1", null));
    assertThat(namedOwner.code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(namedOwner.path()).isEqualTo("owner");
    assertThat(namedOwner.rule()).contains("separation of duties");
    assertThat(refused(c, new CaseEvent.Triaged("x-1", CASE, "coord-1", ActorRole.COORDINATOR,
        hours(1), Category.NO_SHOW, "proxy-1", null)).path()).isEqualTo("owner");
    FeedbackCase t = triaged();
    for (CaseEvent e : List.<CaseEvent>of(
        new CaseEvent.Acknowledged("x-2", CASE, "client-1", ActorRole.OWNER, hours(2), "ok", null),
        new CaseEvent.Resolved("x-2", CASE, "client-1", ActorRole.OWNER, hours(2), "ok", null),
        new CaseEvent.AutoClosed("x-2", CASE, "client-1", ActorRole.SYSTEM, hours(2), "x", null),
        new CaseEvent.Declined("x-2", CASE, "client-1", ActorRole.COORDINATOR, hours(2), "x",
            null))) {
      Problem p = refused(t, e);
      assertThat(p.code()).isEqualTo(Problem.FORBIDDEN);
      assertThat(p.rule()).contains("client-1", e.actorRole().name(), "case-1");
    }
    assertThat(t.version()).isEqualTo(2);
  }

  @Test
  void noOneClaimingSystemOrDirectorGainsThoseRights() {
    FeedbackCase t = triaged();
    assertThat(refused(t, new CaseEvent.Escalated("x-2", CASE, "stranger", ActorRole.SYSTEM,
        hours(2), SlaClock.FIRST_RESPONSE, 1, ActorRole.OWNER, List.of("owner-1"), null)).rule())
        .isEqualTo("actor stranger does not hold role SYSTEM in case case-1 (holds []): roles "
            + "come from the case and the directory, not from the event");
    // Huifang's own id, but nothing is overdue: the rule behind an escalation does not hold
    Problem early = refused(t, new CaseEvent.Escalated("system:x", CASE, "huifang",
        ActorRole.SYSTEM, hours(2), SlaClock.FIRST_RESPONSE, 1, ActorRole.OWNER,
        List.of("owner-1"), null));
    assertThat(early.code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(early.rule()).contains("system:x", "escalate", "case-1");
    for (CaseEvent e : List.<CaseEvent>of(
        new CaseEvent.Acknowledged("x-2", CASE, "dir-1", ActorRole.DIRECTOR, hours(2), "ok", null),
        new CaseEvent.Declined("x-2", CASE, "dir-1", ActorRole.DIRECTOR, hours(2), "no", null))) {
      assertThat(refused(t, e).rule()).startsWith("actor dir-1 does not hold role DIRECTOR");
    }
  }

  @Test
  void noOneClaimingCoordinatorMergesDeclinesClosesOrReopens() {
    FeedbackCase t = triaged();
    for (CaseEvent e : List.<CaseEvent>of(
        new CaseEvent.Merged("x-2", CASE, "stranger", ActorRole.COORDINATOR, hours(2),
            CaseId.of("case-0"), null),
        new CaseEvent.Declined("x-2", CASE, "stranger", ActorRole.COORDINATOR, hours(2), "x",
            null),
        new CaseEvent.Closed("x-2", CASE, "stranger", ActorRole.COORDINATOR, hours(2), "x", null),
        new CaseEvent.Reopened("x-2", CASE, "stranger", ActorRole.COORDINATOR, hours(2), "x",
            null))) {
      assertThat(refused(t, e).rule()).startsWith(
          "actor stranger does not hold role COORDINATOR in case case-1");
    }
    // a coordinator of another team does not coordinate this case
    FeedbackLoop hrOnly = FeedbackLoop.ofDefaults(LoopGen.DIRECTORY.withCoordinator(Team.HR,
        "coord-hr"));
    FeedbackCase c = hrOnly.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    assertThat(c.routing().team()).isNotEqualTo(Team.HR);
    assertThat(hrOnly.apply(c, new CaseEvent.Triaged("x-1", CASE, "coord-hr",
        ActorRole.COORDINATOR, hours(1), Category.NO_SHOW, "owner-1", null)).getError().head().code())
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
    assertThat(second.targets()).containsExactly("sup-1");
    assertThat(late.effects().get(1)).isEqualTo(new dev.huifang.closedloop.machine.Effect.Escalate(
        2, Recipient.role(ActorRole.SUPERVISOR, t.routing().team()), SlaClock.FIRST_RESPONSE,
        ((dev.huifang.closedloop.machine.Effect.Escalate) late.effects().get(1)).reason(),
        List.of(ActorId.of("sup-1"))));
    assertThat(second.eventId()).startsWith(CaseEvent.SYSTEM_ID_PREFIX);
    FeedbackCase c = late.feedbackCase();
    assertThat(c.escalationTargets()).containsOnlyKeys("sup-1");
    assertThat(refused(c, new CaseEvent.Acknowledged("x-9", CASE, "dir-1", ActorRole.DIRECTOR,
        hours(74), "ok", null)).code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(step(c, new CaseEvent.Acknowledged("x-9", CASE, "sup-1", ActorRole.SUPERVISOR,
        hours(74), "ok", null)).state()).isEqualTo(CaseState.ACKNOWLEDGED);
    assertThat(loop.verify(c).isValid()).isTrue();
  }

  @Test
  void aForgedLogFailsVerifyNamingTheEvent() {
    FeedbackCase t = triaged();
    FeedbackCase forged = FeedbackCase.builder().from(t).state(CaseState.TRIAGED)
        .version(3).events(t.events().append(new CaseEvent.Escalated("system:forged", CASE,
            "huifang", ActorRole.SYSTEM, hours(3), SlaClock.FIRST_RESPONSE, 1,
            ActorRole.OWNER, List.of("owner-1"), null)))
        .build();
    Problem p = loop.verify(forged).getError().head();
    assertThat(p.code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(p.path()).isEqualTo("events[2].eventId");
    assertThat(p.rule()).contains("system:forged");
    FeedbackCase r = resolved();
    List<CaseEvent> early = new ArrayList<>(r.events());
    early.add(new CaseEvent.AutoClosed("system:early", CASE, "huifang", ActorRole.SYSTEM,
        hours(6), "silent", null));
    assertThat(loop.replay(early).getError().head().rule()).contains("system:early",
        "the confirmation window ran out");
  }

  @Test
  void generatedIdsHaveTheirOwnNamespaceAndReusedIdsConflict() {
    FeedbackCase t = triaged();
    assertThat(refused(t, new CaseEvent.Acknowledged("system:t:escalated:first_response:1:v2",
        CASE, "owner-1", ActorRole.OWNER, hours(2), "ok", null)).code())
        .isEqualTo(Problem.FORMAT);
    Problem reused = refused(t, new CaseEvent.Triaged("e-1", CASE, "coord-1",
        ActorRole.COORDINATOR, hours(2), Category.SKILL_GAP, "owner-2", null));
    assertThat(reused.code()).isEqualTo(Problem.CONFLICT);
    assertThat(reused.path()).isEqualTo("eventId");
    assertThat(refused(t, new CaseEvent.Merged("x-2", CASE, "coord-1", ActorRole.COORDINATOR,
        hours(2), CASE, null)).rule()).contains("cannot be merged into itself");
    CaseAdvance once = loop.advance(t, hours(50)).get();
    assertThat(once.events()).hasSize(1);
    assertThat(loop.advance(once.feedbackCase(), hours(50)).get().events()).isEmpty();
  }

  @Test
  void declinesAndMergesCanBeContestedWithinTheWindow() {
    FeedbackCase declined = step(triaged(), new CaseEvent.Declined("e-2", CASE, "owner-1",
        ActorRole.OWNER, hours(2), "out of scope", null));
    FeedbackCase reopened = step(declined, new CaseEvent.Reopened("e-3", CASE, "client-1",
        ActorRole.SUBMITTER, hours(2 + 24 * 13), "it is in scope", null));
    assertThat(reopened.state()).isEqualTo(CaseState.REOPENED);
    assertThat(reopened.wontFixReason()).isNull();
    Problem late = refused(declined, new CaseEvent.Reopened("e-3", CASE, "client-1",
        ActorRole.SUBMITTER, hours(3 + 24 * 14), "too late", null));
    assertThat(late.code()).isEqualTo(FeedbackLoop.STATE_ORDER);
    assertThat(late.rule()).contains("contested within the window");
    FeedbackCase merged = step(triaged(), new CaseEvent.Merged("e-2", CASE, "coord-1",
        ActorRole.COORDINATOR, hours(2), CaseId.of("case-0"), null));
    assertThat(step(merged, new CaseEvent.Reopened("e-3", CASE, "proxy-1", ActorRole.PROXY,
        hours(3), "not the same problem", null)).duplicateOf()).isNull();
  }

  @Test
  void closingNeedsTheSubmittersConfirmationOrTheWindow() {
    FeedbackCase r = resolved();
    assertThat(refused(r, new CaseEvent.Closed("e-6", CASE, "owner-1", ActorRole.OWNER,
        hours(6), "done", null)).code()).isEqualTo(FeedbackLoop.STATE_ORDER);
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
