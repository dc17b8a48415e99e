package dev.huifang.closedloop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.CaseId;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Urgency;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The small values of the loop as a host sees them: which states are open, which rule matches a
 * case, the order of teams and event ids, what recipients and events print, and the longest event
 * id accepted.
 */
class LoopValuesTest {

  @Test
  void onlyStatesThatNeedWorkFromTheOwnerSideAreOpen() {
    Set<CaseState> done = EnumSet.of(CaseState.RESOLVED, CaseState.CONFIRMED, CaseState.CLOSED,
        CaseState.WONT_FIX, CaseState.MERGED_AS_DUPLICATE);
    for (CaseState state : CaseState.values()) {
      assertThat(state.isOpen()).as("%s", state).isEqualTo(!done.contains(state));
    }
  }

  @Test
  void aRuleMatchesOnEveryFieldItNamesAndIgnoresTheOthers() {
    SlaTerms terms = SlaTerms.defaults();
    SlaRule any = new SlaRule(null, null, terms);
    SlaRule urgent = new SlaRule(Urgency.URGENT, null, terms);
    SlaRule fromClients = new SlaRule(null, CaseSource.CLIENT, terms);
    SlaRule urgentFromClients = new SlaRule(Urgency.URGENT, CaseSource.CLIENT, terms);
    for (Urgency priority : Urgency.values()) {
      for (CaseSource source : CaseSource.values()) {
        assertThat(any.matches(priority, source)).isTrue();
        assertThat(urgent.matches(priority, source)).isEqualTo(priority == Urgency.URGENT);
        assertThat(fromClients.matches(priority, source)).isEqualTo(source == CaseSource.CLIENT);
        assertThat(urgentFromClients.matches(priority, source))
            .isEqualTo(priority == Urgency.URGENT && source == CaseSource.CLIENT);
      }
    }
  }

  @Test
  void teamsAndEventIdsSortByTheirText() {
    assertThat(Team.HR.compareTo(Team.CUSTOMER_SUCCESS)).isPositive();
    assertThat(Team.CUSTOMER_SUCCESS.compareTo(Team.HR)).isNegative();
    assertThat(Team.HR.compareTo(Team.of("hr"))).isZero();
    assertThat(EventId.of("e-10").compareTo(EventId.of("e-9"))).isNegative();
    assertThat(EventId.of("e-9").compareTo(EventId.of("e-10"))).isPositive();
    assertThat(EventId.of("e-9").compareTo(EventId.of("e-9"))).isZero();
  }

  @Test
  void recipientsPrintAsTheyReadInANotice() {
    assertThat(Recipient.actor("owner-1")).hasToString("owner-1");
    assertThat(Recipient.role(ActorRole.SUPERVISOR, Team.HR)).hasToString("supervisor of hr");
  }

  @Test
  void anEscalationPrintsEveryFieldItCarries() {
    CaseEvent escalated = EventHeader.id("system:case-1:escalated:first_response:1:v2")
        .of(CaseId.of("case-1")).by("huifang", ActorRole.SYSTEM)
        .at(Instant.parse("2026-03-04T09:00:00Z"))
        .escalated(SlaClock.FIRST_RESPONSE, 1, ActorRole.OWNER, List.of(ActorId.of("owner-1")));
    assertThat(escalated).hasToString("Escalated[eventId=system:case-1:escalated:first_response:"
        + "1:v2, caseId=case-1, actor=huifang, actorRole=SYSTEM, at=2026-03-04T09:00:00Z, "
        + "expectedVersion=null, clock=FIRST_RESPONSE, level=1, target=OWNER, "
        + "targets=[owner-1]]");
  }

  @Test
  void everyEventPrintsItsKindAndHeaderButNotItsFreeText() {
    String secret = "call me on 13812345678";
    EventHeader h = EventHeader.id("e-1").of(CaseId.of("case-1")).by("owner-1", ActorRole.OWNER)
        .at(Instant.parse("2026-03-04T09:00:00Z"));
    List<CaseEvent> events = List.of(h.triaged(Category.NO_SHOW, "owner-1"),
        h.acknowledged(secret), h.actionPlanned(secret), h.workStarted(secret),
        h.resolved(secret), h.confirmed(secret), h.rejected(secret), h.closed(secret),
        h.autoClosed(secret), h.reopened(secret), h.declined(secret),
        h.merged(CaseId.of("case-0")), h.infoRequested(secret), h.infoProvided(secret));
    for (CaseEvent e : events) {
      String kind = e.getClass().getSimpleName();
      assertThat(e.toString()).as(kind)
          .startsWith(kind + "[eventId=e-1, caseId=case-1, actor=owner-1, actorRole=OWNER, "
              + "at=2026-03-04T09:00:00Z, expectedVersion=null")
          .endsWith("]")
          .doesNotContain(secret);
    }
  }

  @Test
  void anEventIdMayBeAsLongAsAnyOtherIdAndNoLonger() {
    String longest = "e".repeat(Checklist.MAX_ID_LENGTH);
    CaseEvent atLimit = EventHeader.id(longest).of(CaseId.of("case-1"))
        .by("owner-1", ActorRole.OWNER).at(Instant.parse("2026-03-04T09:00:00Z"))
        .acknowledged("on it");
    assertThat(atLimit.problems()).isEmpty();
    String tooLong = longest + "e";
    CaseEvent beyond = EventHeader.id(tooLong).of(CaseId.of("case-1"))
        .by("owner-1", ActorRole.OWNER).at(Instant.parse("2026-03-04T09:00:00Z"))
        .acknowledged("on it");
    assertThat(beyond.problems()).containsExactly(new Problem(Problem.RANGE, "eventId",
        "\"" + tooLong + "\"", "must be at most " + Checklist.MAX_ID_LENGTH
            + " characters long"));
  }
}
