package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.EngagementId;
import dev.huifang.core.WorkerId;
import java.util.List;

/**
 * The questionnaire chosen for one follow-up, explaining itself: the stratum, the plan and rule
 * that applied (or the fallback), each chosen question with its reason, the notable questions
 * left out and why, and the estimated time.
 *
 * @param bank the bank's id
 * @param bankVersion the bank's version
 * @param engagement the engagement followed up
 * @param worker the worker followed up
 * @param stratum the stratum of the follow-up
 * @param plan the plan that applied and why
 * @param seed the seed that broke ties
 * @param questions the chosen questions, in the bank's order
 * @param leftOut fitting questions not chosen, with reasons
 */
public record SelectedQuestionnaire(String bank, int bankVersion, EngagementId engagement,
    WorkerId worker, Stratum stratum, PlanChoice plan, long seed, List<SelectedQuestion> questions,
    List<LeftOut> leftOut) {

  /**
   * Creates the questionnaire; lists are copied.
   *
   * @throws NullPointerException if a reference is null
   */
  public SelectedQuestionnaire {
    requireNonNull(bank, "bank is null");
    requireNonNull(engagement, "engagement is null");
    requireNonNull(worker, "worker is null");
    requireNonNull(stratum, "stratum is null");
    requireNonNull(plan, "plan is null");
    questions = List.copyOf(questions);
    leftOut = List.copyOf(leftOut);
  }

  /** The estimated answering time of every question, in seconds. */
  public int seconds() {
    return questions.stream().mapToInt(q -> q.question().seconds()).sum();
  }

  /** How many open questions it has. */
  public long openQuestions() {
    return questions.stream().filter(q -> q.question().type().isOpen()).count();
  }
}
