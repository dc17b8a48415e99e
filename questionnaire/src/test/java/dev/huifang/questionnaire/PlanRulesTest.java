package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Experience;
import dev.huifang.core.Perspective;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A plan's own rules exactly at their bounds, which rule of a policy a stratum gets and why, and
 * which strata a fit matches.
 */
class PlanRulesTest {

  static final Dimension X = Dimension.of("x");
  static final Dimension Y = Dimension.of("y");

  static SelectionPlan plan(int min, int max, int seconds, int minOpen, int maxOpen,
      Dimension... required) {
    return new SelectionPlan(List.of(required), new TreeMap<>(), min, max, seconds, minOpen,
        maxOpen);
  }

  @Test
  void aPlanExactlyAtEachOfItsBoundsIsValid() {
    assertThat(plan(1, 1, 1, 0, 0).problems("")).isEmpty();
    assertThat(plan(2, 2, 180, 2, 2, X, Y).problems("")).as("two open questions fill the plan")
        .isEmpty();
    assertThat(plan(1, 8, 180, 0, 0, X).withQuota(X, 1).withQuota(Y, 0).problems("")).isEmpty();
  }

  @Test
  void aPlanOneStepPastEachBoundSaysWhich() {
    assertThat(plan(0, 8, 0, -1, 2).problems("fallback").map(Problem::message)).containsExactly(
        "fallback.minQuestions: must be >= 1, was 0",
        "fallback.maxSeconds: must be >= 1, was 0",
        "fallback.minOpen: must be >= 0, was -1");
    assertThat(plan(3, 2, 180, 0, 0).problems("").map(Problem::message)).containsExactly(
        "maxQuestions: allows fewer questions than minQuestions (3), was 2");
    assertThat(plan(1, 8, 180, 2, 1).problems("").map(Problem::message)).containsExactly(
        "minOpen: needs 2 open questions but allows at most 1, was 2");
    assertThat(plan(1, 2, 180, 3, 3).problems("").map(Problem::message)).containsExactly(
        "minOpen: needs more open questions than maxQuestions (2), was 3");
    assertThat(plan(1, 1, 180, 0, 0, X, Y).problems("").map(Problem::message)).containsExactly(
        "requiredDimensions: needs more dimensions than maxQuestions (1) can cover, was 2");
    assertThat(plan(1, 8, 180, 0, 0, X).withQuota(X, 0).withQuota(Y, -1).problems("")
        .map(Problem::message)).containsExactly("quotas.x: must be >= 1, was 0",
            "quotas.y: must be >= 0, was -1");
    assertThat(plan(1, 8, 180, 0, 0).withRequiredQuestions(QuestionId.of("a"))
        .withRequiredQuestions(QuestionId.of("a"), QuestionId.of("b")).requiredQuestions())
        .extracting(QuestionId::value).containsExactly("a", "b");
    SelectionPlan twice = new SelectionPlan(List.of(), new TreeMap<>(), 1, 8, 180, 0, 0,
        List.of(QuestionId.of("a"), QuestionId.of("b"), QuestionId.of("a")));
    assertThat(twice.problems("").map(Problem::message)).containsExactly(
        "requiredQuestions[2]: must be unique, was \"a\"");
  }

  @Test
  void theDomainsDefaultPlanAndItsQuotas() {
    SelectionPlan defaults = SelectionPlan.defaults(X);
    assertThat(List.of(defaults.minQuestions(), defaults.maxQuestions(), defaults.maxSeconds(),
        defaults.minOpen(), defaults.maxOpen())).containsExactly(5, 8, 180, 1, 2);
    assertThat(defaults.requiredDimensions()).containsExactly(X);
    assertThat(defaults.quota(X)).isEqualTo(Integer.MAX_VALUE);
    SelectionPlan narrowed = defaults.withQuota(X, 2).withOpen(0, 1);
    assertThat(narrowed.quota(X)).isEqualTo(2);
    assertThat(narrowed.quota(Y)).isEqualTo(Integer.MAX_VALUE);
    assertThat(List.of(narrowed.minOpen(), narrowed.maxOpen())).containsExactly(0, 1);
    assertThat(narrowed.withRequiredQuestions(QuestionId.of("q")).withQuota(Y, 1)
        .requiredQuestions()).extracting(QuestionId::value).containsExactly("q");
    assertThat(defaults.quotas()).isEmpty();
  }

  static final Stratum STRATUM = new Stratum(Role.PROMOTION, TaskStage.MID, Experience.FIRST_TIME,
      Perspective.SELF, Urgency.URGENT);

  @Test
  void theMostSpecificMatchingRuleWinsAndTheFirstAmongEquals() {
    SelectionPlan a = plan(1, 8, 180, 0, 2);
    SelectionPlan b = plan(2, 8, 180, 0, 2);
    SelectionPlan c = plan(3, 8, 180, 0, 2);
    StratificationPolicy policy = new StratificationPolicy(List.of(
        new StratumRule("promo", Fit.roles(Role.PROMOTION), a),
        new StratumRule("promo-mid", Fit.roles(Role.PROMOTION).withStages(TaskStage.MID), b),
        new StratumRule("self-urgent", Fit.perspectives(Perspective.SELF)
            .withUrgencies(Urgency.URGENT), c),
        new StratumRule("other", Fit.roles(Role.LOGISTICS), a)), plan(4, 8, 180, 0, 2));
    PlanChoice choice = policy.planFor(STRATUM);
    assertThat(choice.rule()).isEqualTo("promo-mid");
    assertThat(choice.plan()).isEqualTo(b);
    assertThat(choice.fallback()).isFalse();
    assertThat(choice.reason()).isEqualTo("rule promo-mid matches"
        + " promotion/mid/first_time/self/urgent naming 2 dimension(s), the most specific of 3"
        + " matching rules");
    Stratum early = new Stratum(Role.PROMOTION, TaskStage.EARLY, Experience.FIRST_TIME,
        Perspective.CUSTOMER, Urgency.URGENT);
    assertThat(policy.planFor(early).reason()).isEqualTo("rule promo matches"
        + " promotion/early/first_time/customer/urgent naming 1 dimension(s)");
    Stratum none = new Stratum(Role.TECHNICAL_SUPPORT, TaskStage.EARLY, Experience.REPEAT,
        Perspective.CUSTOMER, Urgency.URGENT);
    PlanChoice fallback = policy.planFor(none);
    assertThat(fallback.rule()).isEqualTo(StratificationPolicy.FALLBACK);
    assertThat(fallback.fallback()).isTrue();
    assertThat(fallback.plan().minQuestions()).isEqualTo(4);
    assertThat(fallback.reason()).isEqualTo("no rule matches"
        + " technical_support/early/repeat/customer/urgent; the declared fallback applies");
  }

  @Test
  void aPolicysRuleIdsAreUniqueNotBlankAndNotTheFallbacks() {
    SelectionPlan ok = plan(1, 8, 180, 0, 2);
    StratificationPolicy policy = new StratificationPolicy(List.of(
        new StratumRule("a", Fit.ANY, ok), new StratumRule("a", Fit.ANY, ok),
        new StratumRule(" ", Fit.ANY, ok), new StratumRule("fallback", Fit.ANY, plan(0, 8, 180, 0, 2))),
        plan(1, 8, 180, 3, 2));
    assertThat(policy.validate().getError().map(Problem::message)).containsExactly(
        "fallback.minOpen: needs 3 open questions but allows at most 2, was 3",
        "rules[1].id: must be unique, was \"a\"",
        "rules[2].id: must not be blank, was \" \"",
        "rules[3].id: must not be the reserved id fallback, was \"fallback\"",
        "rules[3].plan.minQuestions: must be >= 1, was 0");
    assertThat(new StratificationPolicy(List.of(new StratumRule("a", Fit.ANY, ok)), ok)
        .validate().isValid()).isTrue();
  }

  @Test
  void aFitMatchesAStratumOnlyWhenEveryNamedDimensionMatches() {
    assertThat(Fit.ANY.matches(STRATUM)).isTrue();
    assertThat(Fit.ANY.specificity()).isZero();
    Fit all = Fit.roles(Role.PROMOTION).withStages(TaskStage.MID)
        .withExperiences(Experience.FIRST_TIME).withPerspectives(Perspective.SELF)
        .withUrgencies(Urgency.URGENT);
    assertThat(all.matches(STRATUM)).isTrue();
    assertThat(all.specificity()).isEqualTo(5);
    assertThat(Fit.roles(Role.LOGISTICS).matches(STRATUM)).isFalse();
    assertThat(Fit.ANY.withStages(TaskStage.END).matches(STRATUM)).isFalse();
    assertThat(Fit.ANY.withExperiences(Experience.REPEAT).matches(STRATUM)).isFalse();
    assertThat(Fit.perspectives(Perspective.CLIENT).matches(STRATUM)).isFalse();
    assertThat(Fit.ANY.withUrgencies(Urgency.ULTRA_URGENT).matches(STRATUM)).isFalse();
    assertThat(Fit.ANY.withStages(TaskStage.MID, TaskStage.END).matches(STRATUM)).isTrue();
    assertThat(Fit.ANY.withExperiences(Experience.FIRST_TIME).specificity()).isEqualTo(1);
  }
}
