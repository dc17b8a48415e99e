package dev.huifang.questionnaire;

import dev.huifang.core.Dimension;
import dev.huifang.core.QuestionId;
import dev.huifang.questionnaire.internal.ConstrainedSelector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The brute-force oracle of selection: every subset of the questions that fit a stratum, checked
 * against every hard constraint of the plan, scored by the documented lexicographic objective.
 */
final class SelectionOracle {

  private SelectionOracle() {}

  /** The objective of a questionnaire: fewest recent, then most priority, then most tie weight. */
  record Objective(int recent, int priority, long tie) implements Comparable<Objective> {
    @Override
    public int compareTo(Objective other) {
      if (recent != other.recent) {
        return Integer.compare(other.recent, recent);
      }
      if (priority != other.priority) {
        return Integer.compare(priority, other.priority);
      }
      return Long.compare(tie, other.tie);
    }
  }

  /** The objective of a chosen questionnaire. */
  static Objective objective(List<Question> chosen, Set<QuestionId> recent, long seed, int size) {
    int recentCount = 0;
    int priority = 0;
    long tie = 0;
    for (Question question : chosen) {
      recentCount += recent.contains(question.id()) ? 1 : 0;
      priority += question.priority();
      tie += ConstrainedSelector.tieWeight(seed, question.id(), size);
    }
    return new Objective(recentCount, priority, tie);
  }

  /** Whether a set of questions meets the plan. */
  static boolean valid(List<Question> chosen, List<Question> fitting, SelectionPlan plan) {
    int seconds = 0;
    int open = 0;
    Map<Dimension, Integer> perDimension = new HashMap<>();
    for (Question question : chosen) {
      seconds += question.seconds();
      open += question.type().isOpen() ? 1 : 0;
      perDimension.merge(question.dimension(), 1, Integer::sum);
    }
    for (Question question : fitting) {
      if ((question.core() || plan.requiredQuestions().contains(question.id()))
          && !chosen.contains(question)) {
        return false;
      }
    }
    if (chosen.size() < plan.minQuestions() || chosen.size() > plan.maxQuestions()
        || seconds > plan.maxSeconds() || open < plan.minOpen() || open > plan.maxOpen()) {
      return false;
    }
    for (Dimension dimension : plan.requiredDimensions()) {
      if (!perDimension.containsKey(dimension)) {
        return false;
      }
    }
    for (Map.Entry<Dimension, Integer> entry : perDimension.entrySet()) {
      if (entry.getValue() > plan.quota(entry.getKey())) {
        return false;
      }
    }
    return true;
  }

  /** The best objective of any valid questionnaire over {@code fitting}, or empty if none. */
  static Optional<Objective> best(List<Question> fitting, SelectionPlan plan,
      Set<QuestionId> recent, long seed) {
    int size = Math.min(plan.maxQuestions(), fitting.size());
    Objective[] best = {null};
    enumerate(fitting, 0, new ArrayList<>(), plan, chosen -> {
      if (valid(chosen, fitting, plan)) {
        Objective objective = objective(chosen, recent, seed, size);
        if (best[0] == null || objective.compareTo(best[0]) > 0) {
          best[0] = objective;
        }
      }
    });
    return Optional.ofNullable(best[0]);
  }

  private static void enumerate(List<Question> fitting, int from, List<Question> chosen,
      SelectionPlan plan, java.util.function.Consumer<List<Question>> visit) {
    visit.accept(chosen);
    if (chosen.size() == plan.maxQuestions()) {
      return;
    }
    for (int i = from; i < fitting.size(); i++) {
      chosen.add(fitting.get(i));
      enumerate(fitting, i + 1, chosen, plan, visit);
      chosen.remove(chosen.size() - 1);
    }
  }
}
