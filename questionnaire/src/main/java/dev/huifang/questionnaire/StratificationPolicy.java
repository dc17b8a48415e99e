package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps strata to selection plans: the most specific matching rule wins (the one that names the
 * most stratum dimensions; among equally specific ones, the first declared), and when no rule
 * matches, the declared fallback applies and the choice says so.
 *
 * @param rules the rules, in declared order
 * @param fallback the plan for strata no rule matches
 */
public record StratificationPolicy(List<StratumRule> rules, SelectionPlan fallback) {

  /** The id a {@link PlanChoice} carries when the fallback was used. */
  public static final String FALLBACK = "fallback";

  /**
   * Creates a policy; rules are copied.
   *
   * @throws NullPointerException if a reference is null
   */
  public StratificationPolicy {
    rules = List.copyOf(rules);
    requireNonNull(fallback, "fallback is null");
  }

  /**
   * Huifang's built-in policy over {@link QuestionBank#defaults()}: per role and experience for the
   * worker's own follow-up, per perspective for customers and internal teams, per urgency for
   * headhunting clients, and turnout, skill match and attitude for staffing clients; every plan
   * with the domain's budget (5-8 questions, 180 s, 1-2 open questions).
   */
  public static StratificationPolicy defaults() {
    return dev.huifang.questionnaire.internal.DefaultPolicy.policy();
  }

  /** The policy, or every Problem of its rules and plans. */
  public Validation<Seq<Problem>, StratificationPolicy> validate() {
    Checklist checks = Checklist.root().addAll("fallback", fallback.problems(""));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      StratumRule rule = rules.get(i);
      String at = Problem.index("rules", i);
      checks.notBlank(at + ".id", rule.id())
          .require(ids.add(rule.id()), Problem.DUPLICATE, at + ".id", rule.id(), "must be unique")
          .require(!rule.id().equals(FALLBACK), Problem.FORMAT, at + ".id", rule.id(),
              "must not be the reserved id " + FALLBACK)
          .addAll(at + ".plan", rule.plan().problems(""));
    }
    return checks.toValidation(() -> this);
  }

  /** The plan for {@code stratum}, with the rule that gave it and why. */
  public PlanChoice planFor(Stratum stratum) {
    StratumRule best = null;
    int matches = 0;
    for (StratumRule rule : rules) {
      if (rule.when().matches(stratum)) {
        matches++;
        if (best == null || rule.when().specificity() > best.when().specificity()) {
          best = rule;
        }
      }
    }
    if (best == null) {
      return new PlanChoice(FALLBACK, fallback, true,
          "no rule matches " + stratum.describe() + "; the declared fallback applies");
    }
    return new PlanChoice(best.id(), best.plan(), false, "rule " + best.id() + " matches "
        + stratum.describe() + " naming " + best.when().specificity() + " dimension(s)"
        + (matches > 1 ? ", the most specific of " + matches + " matching rules" : ""));
  }
}
