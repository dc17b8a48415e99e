package dev.huifang.questionnaire;

import dev.huifang.core.Checklist;
import dev.huifang.core.Dimension;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import io.vavr.collection.Seq;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a questionnaire for one stratum must look like: the dimensions it must cover, at most how
 * many questions per dimension, and its budget: between {@code minQuestions} and
 * {@code maxQuestions} questions, at most {@code maxSeconds} seconds, between {@code minOpen} and
 * {@code maxOpen} open questions. Core indicators are always in, and so is every question the plan
 * requires ({@code requiredQuestions}) whenever it fits the stratum: how a policy guarantees the
 * domain's questions (what pleased the customer most, what should improve) rather than leaving
 * them to priorities.
 *
 * <p>The domain's defaults ({@link #defaults(Dimension...)}): 5-8 questions, 180 s (under three
 * minutes), 1-2 open questions. A plan that contradicts itself is a Problem, e.g. {@code minOpen:
 * needs 3 open questions but allows at most 2}.
 *
 * @param requiredDimensions dimensions that must each get at least one question
 * @param quotas the most questions per dimension; a dimension not listed has no quota
 * @param minQuestions the fewest questions, {@code >= 1}
 * @param maxQuestions the most questions
 * @param maxSeconds the longest estimated answering time, in seconds
 * @param minOpen the fewest open questions
 * @param maxOpen the most open questions
 * @param requiredQuestions questions asked whenever they fit the stratum, like core indicators;
 *     each must name a question of the bank
 */
public record SelectionPlan(List<Dimension> requiredDimensions, SortedMap<Dimension, Integer> quotas,
    int minQuestions, int maxQuestions, int maxSeconds, int minOpen, int maxOpen,
    List<QuestionId> requiredQuestions) {

  /** Default: at least 5 questions. */
  public static final int DEFAULT_MIN_QUESTIONS = 5;
  /** Default: at most 8 questions. */
  public static final int DEFAULT_MAX_QUESTIONS = 8;
  /** Default: at most 180 seconds, under three minutes. */
  public static final int DEFAULT_MAX_SECONDS = 180;
  /** Default: at least 1 open question. */
  public static final int DEFAULT_MIN_OPEN = 1;
  /** Default: at most 2 open questions. */
  public static final int DEFAULT_MAX_OPEN = 2;
  /** Default quota: at most 2 questions per dimension. */
  public static final int DEFAULT_QUOTA = 2;

  /**
   * Creates a plan; lists and maps are copied.
   *
   * @throws NullPointerException if a reference is null
   */
  public SelectionPlan {
    requiredDimensions = List.copyOf(requiredDimensions);
    quotas = Collections.unmodifiableSortedMap(new TreeMap<>(quotas));
    // absent from JSON written before required questions existed
    requiredQuestions = requiredQuestions == null ? List.of() : List.copyOf(requiredQuestions);
  }

  /**
   * Creates a plan without required questions.
   *
   * @throws NullPointerException if a reference is null
   */
  public SelectionPlan(List<Dimension> requiredDimensions, SortedMap<Dimension, Integer> quotas,
      int minQuestions, int maxQuestions, int maxSeconds, int minOpen, int maxOpen) {
    this(requiredDimensions, quotas, minQuestions, maxQuestions, maxSeconds, minOpen, maxOpen,
        List.of());
  }

  /** A plan with the domain's budget, covering these dimensions, with no quotas. */
  public static SelectionPlan defaults(Dimension... required) {
    return new SelectionPlan(List.of(required), new TreeMap<>(), DEFAULT_MIN_QUESTIONS,
        DEFAULT_MAX_QUESTIONS, DEFAULT_MAX_SECONDS, DEFAULT_MIN_OPEN, DEFAULT_MAX_OPEN);
  }

  /** This plan with at most {@code quota} questions for {@code dimension}. */
  public SelectionPlan withQuota(Dimension dimension, int quota) {
    TreeMap<Dimension, Integer> changed = new TreeMap<>(quotas);
    changed.put(dimension, quota);
    return new SelectionPlan(requiredDimensions, changed, minQuestions, maxQuestions, maxSeconds,
        minOpen, maxOpen, requiredQuestions);
  }

  /** This plan with other open-question limits. */
  public SelectionPlan withOpen(int min, int max) {
    return new SelectionPlan(requiredDimensions, quotas, minQuestions, maxQuestions, maxSeconds,
        min, max, requiredQuestions);
  }

  /** This plan also asking these questions whenever they fit the stratum. */
  public SelectionPlan withRequiredQuestions(QuestionId... questions) {
    List<QuestionId> all = new java.util.ArrayList<>(requiredQuestions);
    for (QuestionId question : questions) {
      if (!all.contains(question)) {
        all.add(question);
      }
    }
    return new SelectionPlan(requiredDimensions, quotas, minQuestions, maxQuestions, maxSeconds,
        minOpen, maxOpen, all);
  }

  /** The quota of {@code dimension}, or {@link Integer#MAX_VALUE} when it has none. */
  public int quota(Dimension dimension) {
    return quotas.getOrDefault(dimension, Integer.MAX_VALUE);
  }

  /** The Problems of this plan under {@code path}, naming the stratum in the words of the rule. */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path)
        .atLeast("minQuestions", minQuestions, 1)
        .atLeast("maxSeconds", maxSeconds, 1)
        .atLeast("minOpen", minOpen, 0)
        .require(maxQuestions >= minQuestions, Problem.INFEASIBLE, "maxQuestions", maxQuestions,
            "allows fewer questions than minQuestions (" + minQuestions + ")")
        .require(maxOpen >= minOpen, Problem.INFEASIBLE, "minOpen", minOpen,
            "needs " + minOpen + " open questions but allows at most " + maxOpen)
        .require(minOpen <= maxQuestions, Problem.INFEASIBLE, "minOpen", minOpen,
            "needs more open questions than maxQuestions (" + maxQuestions + ")")
        .require(requiredDimensions.size() <= maxQuestions, Problem.INFEASIBLE,
            "requiredDimensions", requiredDimensions.size(),
            "needs more dimensions than maxQuestions (" + maxQuestions + ") can cover");
    quotas.forEach((dimension, quota) -> checks.atLeast("quotas." + dimension.code(), quota,
        requiredDimensions.contains(dimension) ? 1 : 0));
    java.util.Set<QuestionId> seen = new java.util.HashSet<>();
    for (int i = 0; i < requiredQuestions.size(); i++) {
      checks.require(seen.add(requiredQuestions.get(i)), Problem.DUPLICATE,
          Problem.index("requiredQuestions", i), requiredQuestions.get(i).value(), "must be unique");
    }
    return checks.problems();
  }
}
