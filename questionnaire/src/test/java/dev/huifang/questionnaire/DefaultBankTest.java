package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Period;
import dev.huifang.core.Perspective;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import dev.huifang.core.WorkerId;
import dev.huifang.feedback.PhraseLint;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in bank and policy on the domain's strata. */
class DefaultBankTest {

  static final QuestionSelector SELECTOR =
      QuestionSelector.of(QuestionBank.defaults(), StratificationPolicy.defaults()).get();

  static Engagement.Builder engagement(Role role, TaskStage stage, int prior) {
    return Engagement.builder().id(EngagementId.of("e-" + role.code())).workerId(WorkerId.of("w-1"))
        .role(role).stage(stage).priorEngagements(prior)
        .period(Period.of(Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-18T14:00:00Z")))
        .putContext("product", "冰箱").putContext("feature", "节能模式");
  }

  static Set<String> ids(SelectedQuestionnaire questionnaire) {
    return questionnaire.questions().stream().map(q -> q.question().id().value())
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  @Test
  void theDefaultPolicyCanServeEveryStratumItCovers() {
    assertThat(SELECTOR.check()).isEmpty();
  }

  @Test
  void aFirstTimePromoterAfterThe618SaleIsAskedAboutTrainingNotStrategy() {
    SelectedQuestionnaire first = SELECTOR.select(SelectionRequest.of(
        engagement(Role.PROMOTION, TaskStage.END, 0).build(), Perspective.SELF, 618)).get();
    SelectedQuestionnaire repeat = SELECTOR.select(SelectionRequest.of(
        engagement(Role.PROMOTION, TaskStage.END, 3).build(), Perspective.SELF, 618)).get();

    assertThat(first.plan().rule()).isEqualTo("promotion-first-time");
    assertThat(ids(first)).contains("self.overall", "self.training_useful",
        "promo.product_confidence", "promo.policy_accuracy")
        .doesNotContain("self.strategy", "self.strategy_rating");
    assertThat(repeat.plan().rule()).isEqualTo("promotion-repeat");
    assertThat(ids(repeat)).contains("self.strategy_rating").doesNotContain("self.training_useful");
    for (SelectedQuestionnaire q : List.of(first, repeat)) {
      assertThat(q.questions()).hasSizeBetween(5, 8);
      assertThat(q.seconds()).isLessThanOrEqualTo(180);
      assertThat(q.openQuestions()).isBetween(1L, 2L);
    }
    assertThat(first.questions().get(0).reason()).isEqualTo("core indicator (always asked)");
  }

  @Test
  void situationalQuestionsAreFilledFromTheEngagement() {
    SelectedQuestionnaire q = SELECTOR.select(SelectionRequest.of(
        engagement(Role.PROMOTION, TaskStage.MID, 0).build(), Perspective.SELF, 7)).get();
    String all = q.questions().stream().map(s -> s.text().zhCn()).collect(Collectors.joining("\n"));
    assertThat(all).doesNotContain("{");
    SelectedQuestionnaire noContext = SELECTOR.select(SelectionRequest.of(
        engagement(Role.PROMOTION, TaskStage.MID, 0).context(java.util.Map.of()).build(),
        Perspective.SELF, 7)).get();
    assertThat(noContext.leftOut()).extracting(LeftOut::question).contains(
        QuestionId.of("promo.selling_points"), QuestionId.of("promo.objection.price"));
  }

  @Test
  void anInstallerMidTaskIsAskedAboutProcedureAndSafety() {
    SelectedQuestionnaire q = SELECTOR.select(SelectionRequest.of(
        engagement(Role.TECHNICAL_SUPPORT, TaskStage.MID, 2).build(), Perspective.SELF, 1)).get();
    assertThat(ids(q)).contains("tech.procedure", "tech.safety").doesNotContain("promo.policy_accuracy");
  }

  @Test
  void aHeadhuntingClientOnA24HourOrderGetsCommunicationEfficiency() {
    Engagement order = engagement(Role.of("headhunting_consultant"), TaskStage.END, 1)
        .urgency(Urgency.ULTRA_URGENT).build();
    SelectedQuestionnaire urgent = SELECTOR.select(SelectionRequest.of(order, Perspective.CLIENT, 24)).get();
    SelectedQuestionnaire longer = SELECTOR.select(SelectionRequest.of(
        Engagement.builder().from(order).urgency(Urgency.ROUTINE).build(), Perspective.CLIENT, 24)).get();

    assertThat(urgent.plan().rule()).isEqualTo("headhunting-urgent");
    assertThat(ids(urgent)).contains("client.response_speed", "client.professionalism",
        "client.urgent.updates", "client.pleased", "client.improve")
        .containsAnyOf("client.urgent.surprise", "client.urgent.surprise_rating")
        .doesNotContain("client.match");
    assertThat(ids(longer)).contains("client.requirement", "client.match")
        .doesNotContain("client.urgent.updates");
  }

  @Test
  void staffingClientsAreAskedAboutTurnoutSkillMatchAndAttitude() {
    SelectedQuestionnaire q = SELECTOR.select(SelectionRequest.of(
        engagement(Role.PROMOTION, TaskStage.END, 0).build(), Perspective.CLIENT, 3)).get();
    assertThat(ids(q)).contains("client.turnout", "client.skill_match", "client.attitude");
  }

  @Test
  void unmatchedStrataUseTheDeclaredFallbackAndSaySo() {
    var hr = SELECTOR.select(SelectionRequest.of(
        engagement(Role.PROMOTION, TaskStage.END, 0).build(), Perspective.HR, 3));
    assertThat(hr.getError().map(dev.huifang.core.Problem::message)).containsExactly(
        "plan.minQuestions: stratum promotion/end/first_time/hr/routine (rule fallback) needs at"
            + " least 5 questions but only 0 fit the stratum, was 5");
    QuestionSelector noRules = QuestionSelector.of(QuestionBank.defaults(),
        new StratificationPolicy(List.of(), SelectionPlan.defaults())).get();
    SelectedQuestionnaire q = noRules.select(SelectionRequest.of(
        engagement(Role.PROMOTION, TaskStage.END, 0).build(), Perspective.SELF, 3)).get();
    assertThat(q.plan().fallback()).isTrue();
    assertThat(q.plan().reason()).isEqualTo(
        "no rule matches promotion/end/first_time/self/routine; the declared fallback applies");
  }

  @Test
  void everyBuiltInTextPassesThePhraseLint() {
    PhraseLint lint = PhraseLint.defaults();
    for (Question question : QuestionBank.defaults().questions()) {
      assertThat(lint.check(question.id().value(), question.text())).isEmpty();
    }
    assertThat(QuestionBank.defaults().problems()).isEmpty();
    assertThat(StratificationPolicy.defaults().validate().isValid()).isTrue();
  }

  @Test
  void rotatesAwayFromRecentlyAskedQuestions() {
    Engagement e = engagement(Role.LOGISTICS, TaskStage.END, 0).build();
    SelectedQuestionnaire fresh = SELECTOR.select(SelectionRequest.of(e, Perspective.SELF, 5)).get();
    Set<QuestionId> asked = fresh.questions().stream().map(s -> s.question().id())
        .filter(id -> !id.value().equals("self.overall")).collect(Collectors.toSet());
    SelectedQuestionnaire next = SELECTOR.select(SelectionRequest.of(e, Perspective.SELF, 5)
        .withRecentlyAsked(asked)).get();
    assertThat(next.questions()).hasSizeBetween(5, 8);
    Set<QuestionId> repeated = next.questions().stream().map(s -> s.question().id())
        .filter(asked::contains).collect(Collectors.toSet());
    assertThat(repeated).as("only what nothing else can replace comes back")
        .hasSizeLessThan(asked.size());
    assertThat(next.questions()).filteredOn(s -> asked.contains(s.question().id()))
        .allSatisfy(s -> assertThat(s.reason()).containsAnyOf("though asked recently",
            "covers required dimension", "open question"));
  }
}
