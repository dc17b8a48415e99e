package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

/**
 * The plan a policy chose for a stratum, and why.
 *
 * @param rule the id of the rule that matched, or {@code fallback}
 * @param plan the plan
 * @param fallback true when no rule matched and the policy's fallback was used
 * @param reason why this plan: the most specific matching rule, or the fallback
 */
public record PlanChoice(String rule, SelectionPlan plan, boolean fallback, String reason) {

  /**
   * Creates the choice.
   *
   * @throws NullPointerException if a reference is null
   */
  public PlanChoice {
    requireNonNull(rule, "rule is null");
    requireNonNull(plan, "plan is null");
    requireNonNull(reason, "reason is null");
  }
}
