package dev.huifang.questionnaire;

import dev.huifang.core.Problem;
import dev.huifang.questionnaire.internal.ConstrainedSelector;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Picks the right questions for a follow-up: an exact constrained choice over a bank under a
 * stratification policy, not a filter.
 *
 * <p>The hard constraints of the stratum's plan: every core indicator and every required question
 * that fits; between {@code minQuestions} and {@code maxQuestions} questions; at most
 * {@code maxSeconds}; between {@code minOpen} and {@code maxOpen} open questions; at least one
 * question on each required dimension; at most the quota of each dimension. A selection is
 * {@link Problem#INFEASIBLE} if and only if no set of fitting questions meets them all.
 *
 * <p>Among the questionnaires that do, the selector returns the best under this lexicographic
 * objective: (1) the fewest questions from the worker's recent follow-ups, so a recently asked
 * question comes back only when nothing else fits; (2) the highest total priority; (3) the highest
 * total seeded tie weight (the top 16 bits of SplitMix64 over the seed and the question id's hash;
 * fewer bits beyond 10,000 questions); an exact tie on all three keeps the first found. The same
 * bank, policy, request and seed always give the same questionnaire. Each chosen question says why
 * it is in, each fitting question left out names the limit that keeps it out. See
 * {@code docs/questionnaire-selection.md} for the search and its worst case.
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
    java.util.Set<dev.huifang.core.QuestionId> known = new java.util.HashSet<>();
    bank.questions().forEach(q -> known.add(q.id()));
    problems = problems.appendAll(unknownRequired("policy.fallback", policy.fallback(), known));
    for (int i = 0; i < policy.rules().size(); i++) {
      problems = problems.appendAll(unknownRequired(Problem.index("policy.rules", i) + ".plan",
          policy.rules().get(i).plan(), known));
    }
    return problems.isEmpty()
        ? Validation.valid(new ConstrainedSelector(bank, policy))
        : Validation.invalid(problems);
  }

  private static Seq<Problem> unknownRequired(String path, SelectionPlan plan,
      java.util.Set<dev.huifang.core.QuestionId> known) {
    Seq<Problem> problems = io.vavr.collection.List.empty();
    for (int i = 0; i < plan.requiredQuestions().size(); i++) {
      dev.huifang.core.QuestionId id = plan.requiredQuestions().get(i);
      if (!known.contains(id)) {
        problems = problems.append(Problem.of(Problem.UNKNOWN,
            Problem.index(path + ".requiredQuestions", i), id.value(),
            "must name a question of the bank"));
      }
    }
    return problems;
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
