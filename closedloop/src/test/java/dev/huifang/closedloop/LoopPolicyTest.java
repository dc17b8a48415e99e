package dev.huifang.closedloop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.core.Urgency;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.testing.JsonRoundTrip;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LoopPolicyTest {

  @Test
  void defaultsCarryTheDomainsNumbers() {
    SlaTerms terms = SlaPolicy.defaults().terms();
    assertThat(terms.firstResponse()).isEqualTo(Duration.ofHours(48));
    assertThat(terms.visibleAction()).isEqualTo(Duration.ofDays(14));
    assertThat(terms.confirmationWindow()).isEqualTo(Duration.ofDays(7));
    assertThat(EscalationLadder.defaults().steps()).extracting(EscalationStep::target)
        .containsExactly(ActorRole.OWNER, ActorRole.SUPERVISOR, ActorRole.DIRECTOR);
    assertThat(LoopPolicy.defaults().calendar().isAlwaysOpen()).isTrue();
  }

  @Test
  void appliesTheFirstMatchingRule() {
    SlaTerms urgent = new SlaTerms(Duration.ofHours(4), Duration.ofDays(2), Duration.ofDays(3));
    SlaPolicy policy = SlaPolicy.defaults().withRule(new SlaRule(Urgency.ULTRA_URGENT, null, urgent));
    assertThat(policy.termsFor(Urgency.ULTRA_URGENT, CaseSource.CLIENT)).isEqualTo(urgent);
    assertThat(policy.ruleFor(Urgency.ULTRA_URGENT, CaseSource.CLIENT))
        .isEqualTo("rules[0] (priority ULTRA_URGENT, source CLIENT)");
    assertThat(policy.termsFor(Urgency.ROUTINE, CaseSource.CLIENT)).isEqualTo(SlaTerms.defaults());
    assertThat(urgent.limit(SlaClock.CONFIRMATION)).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void rejectsZeroAndNegativeLimits() {
    assertThat(SlaTerms.validate(Duration.ZERO, Duration.ofDays(-1), Duration.ofDays(7))
        .getError()).containsExactly(
            new Problem(Problem.RANGE, "firstResponse", "PT0S", "must be > PT0S"),
            new Problem(Problem.RANGE, "visibleAction", "PT-24H", "must be > PT0S"));
    assertThat(SlaTerms.validate(Duration.ofHours(1), Duration.ofHours(1), null).getError())
        .containsExactly(Problem.required("confirmationWindow"));
  }

  @Test
  void everyNonPositiveLimitIsARangeProblemAtItsField() {
    dev.huifang.testing.Theories.qt().forAll(LoopGen.nonPositiveDurations(), LoopGen.limits(),
            org.quicktheories.generators.SourceDSL.integers().between(0, 2))
        .checkAssert((bad, good, slot) -> {
          var result = SlaTerms.validate(slot == 0 ? bad : good, slot == 1 ? bad : good,
              slot == 2 ? bad : good);
          String field = List.of("firstResponse", "visibleAction", "confirmationWindow").get(slot);
          assertThat(result.getError()).containsExactly(
              new Problem(Problem.RANGE, field, bad.toString(), "must be > PT0S"));
        });
  }

  @Test
  void rejectsANegativeWarningPeriod() {
    assertThat(SlaPolicy.validate(SlaTerms.defaults(), List.of(), Duration.ofHours(-1))
        .getError()).containsExactly(new Problem(Problem.RANGE, "warningBefore", "PT-1H",
            "must be >= PT0S"));
  }

  @Test
  void readsBadLimitsFromJsonAsProblems() {
    var read = HuifangJson.read("{\"terms\":{\"firstResponse\":\"PT0S\",\"visibleAction\":"
        + "\"P14D\",\"confirmationWindow\":\"P7D\"},\"rules\":[],\"warningBefore\":\"PT12H\"}",
        SlaPolicy.class);
    assertThat(read.getError()).extracting(Problem::code, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Problem.RANGE, "must be > PT0S"));
  }

  @Test
  void rejectsUnknownRolesInJson() {
    var read = HuifangJson.read("{\"steps\":[{\"target\":\"JANITOR\",\"after\":\"PT0S\"}]}",
        EscalationLadder.class);
    assertThat(read.getError()).extracting(Problem::code).containsExactly(Problem.FORMAT);
  }

  @Test
  void rejectsABrokenLadder() {
    assertThat(EscalationLadder.validate(List.of(
        new EscalationStep(ActorRole.SUBMITTER, Duration.ofHours(1)),
        new EscalationStep(ActorRole.SUPERVISOR, Duration.ofHours(1)),
        new EscalationStep(ActorRole.DIRECTOR, Duration.ofHours(-2)))).getError()).containsExactly(
            new Problem(Problem.UNKNOWN, "steps[0].target", "\"SUBMITTER\"",
                "must be one of [OWNER, SUPERVISOR, DIRECTOR]"),
            new Problem(Problem.ORDER, "steps[1].after", "PT1H",
                "must be later than steps[0].after (PT1H)"),
            new Problem(Problem.RANGE, "steps[2].after", "PT-2H", "must be >= PT0S"),
            new Problem(Problem.ORDER, "steps[2].after", "PT-2H",
                "must be later than steps[1].after (PT1H)"));
    assertThat(EscalationLadder.validate(List.of()).getError()).containsExactly(
        new Problem(Problem.RANGE, "steps", "0", "must be >= 1"));
  }

  @Test
  void rejectsABrokenRoutingTable() {
    TreeMap<Category, Route> routes = new TreeMap<>();
    routes.put(Category.of(" "), new Route(Team.HR, List.of(""), LocalizedText.of("人", "HR")));
    routes.put(Category.SKILL_GAP, new Route(Team.TRIAGE_QUEUE, List.of(),
        LocalizedText.of("分诊", "triage")));
    assertThat(RoutingTable.validate(routes, Team.TRIAGE_QUEUE).getError()).containsExactly(
        new Problem(Problem.BLANK, "routes", "\" \"", "must not be blank"),
        new Problem(Problem.BLANK, "routes. .resources[0]", "\"\"", "must not be blank"),
        new Problem(Problem.INCONSISTENT, "routes.skill_gap.team", "\"triage_queue\"",
            "must be an owning team, not the triage queue"));
    assertThat(RoutingTable.validate(RoutingTable.defaults().routes(), Team.of("")).getError())
        .containsExactly(new Problem(Problem.BLANK, "triageQueue", "\"\"", "must not be blank"));
  }

  @Test
  void rejectsATamperedCase() {
    FeedbackCase c = LoopGen.loop()
        .open(LoopGen.submitted(LoopGen.CASE, Category.NO_SHOW, LoopGen.T0)).get().feedbackCase();
    FeedbackCase.Builder b = FeedbackCase.builder();
    b.from(c);
    b.version(3);
    assertThat(b.validate().getError()).containsExactly(new Problem(Problem.INCONSISTENT,
        "version", "3", "must equal the number of events (1)"));
  }

  @Test
  void policiesAndEffectsRoundTripThroughJson() {
    JsonRoundTrip.check(SlaPolicy.defaults().withRule(new SlaRule(null, CaseSource.WORKER,
        SlaTerms.defaults())), SlaPolicy.class);
    JsonRoundTrip.check(EscalationLadder.defaults(), EscalationLadder.class);
    JsonRoundTrip.check(RoutingTable.defaults(), RoutingTable.class);
    JsonRoundTrip.check(LoopPolicy.defaults(), LoopPolicy.class);
    JsonRoundTrip.check(new Effect.Escalate(2, Recipient.role(ActorRole.SUPERVISOR, Team.HR),
        SlaClock.FIRST_RESPONSE, "late"), Effect.class);
    JsonRoundTrip.check(new Effect.Escalate(1, Recipient.actor("owner-1"),
        SlaClock.VISIBLE_ACTION, "late", java.util.List.of(ActorId.of("owner-1"))), Effect.class);
    JsonRoundTrip.check(new Effect.ScheduleFollowUp(Instant.EPOCH, "p", "r"), Effect.class);
    JsonRoundTrip.check(new Effect.Notify(Recipient.actor("x"), LocalizedText.of("你好", "hello"),
        "r"), Effect.class);
    JsonRoundTrip.check(new Effect.Notify(Recipient.role(ActorRole.COORDINATOR, Team.HR),
        LocalizedText.of("你好", "hello"), "r"), Effect.class);
  }

  @Test
  void readsAnUnknownEventTypeAsAProblem() {
    assertThat(HuifangJson.read("{\"type\":\"teleported\"}", CaseEvent.class).getError())
        .extracting(Problem::code).containsExactly(Problem.FORMAT);
  }
}
