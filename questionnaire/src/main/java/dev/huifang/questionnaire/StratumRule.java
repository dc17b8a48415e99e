package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

/**
 * A rule of a stratification policy: the strata it applies to and the plan it gives them.
 *
 * @param id identifies the rule in selections, e.g. {@code promotion-end}
 * @param when the strata it applies to
 * @param plan the plan for them
 */
public record StratumRule(String id, Fit when, SelectionPlan plan) {

  /**
   * Creates a rule.
   *
   * @throws NullPointerException if an argument is null
   */
  public StratumRule {
    requireNonNull(id, "id is null");
    requireNonNull(when, "when is null");
    requireNonNull(plan, "plan is null");
  }
}
