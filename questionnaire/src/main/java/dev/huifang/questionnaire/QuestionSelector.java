package dev.huifang.questionnaire;

import dev.huifang.core.Problem;
import dev.huifang.questionnaire.internal.ConstrainedSelector;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Picks the right questions for a follow-up: a constrained choice over a bank under a
 * stratification policy, not a filter.
 *
 * <p>The choice, in order: every core indicator that fits; then, for each required dimension not
 * yet covered, the best fitting question of it; then open questions up to the plan's minimum; then
 * the best of the rest while the count, time, open-question and quota limits allow. "Best" means
 * not asked in the worker's recent follow-ups, then higher priority, then the seed's order: a
 * recently asked question comes back only when nothing else fits. The
 * same bank, policy, request and seed always give the same questionnaire.
 */
public interface QuestionSelector {

  /**
   * A selector over a bank and a policy.
   *
   * @return the selector, or the Problems of the bank and the policy
   */
  static Validation<Seq<Problem>, QuestionSelector> of(QuestionBank bank, StratificationPolicy policy) {
    Validation<Seq<Problem>, StratificationPolicy> checkedPolicy = policy.validate();
    Seq<Problem> problems = bank.problems().map(p -> p.under("bank"));
    if (checkedPolicy.isInvalid()) {
      problems = problems.appendAll(checkedPolicy.getError().map(p -> p.under("policy")));
    }
    return problems.isEmpty()
        ? Validation.valid(new ConstrainedSelector(bank, policy))
        : Validation.invalid(problems);
  }

  /** The bank. */
  QuestionBank bank();

  /** The policy. */
  StratificationPolicy policy();

  /**
   * Selects the questionnaire for a follow-up.
   *
   * @return the questionnaire, or Problems: an invalid engagement, a core question whose
   *     placeholders have no value ({@link Problem#REQUIRED}), or a plan the bank cannot meet
   *     ({@link Problem#INFEASIBLE}, naming the stratum and the constraint)
   */
  Validation<Seq<Problem>, SelectedQuestionnaire> select(SelectionRequest request);

  /**
   * Checks the policy against the bank ahead of time: every stratum a rule covers must be
   * satisfiable.
   *
   * @return one {@link Problem#INFEASIBLE} per stratum and unmet constraint; empty when every
   *     covered stratum can be served
   */
  Seq<Problem> check();
}
