package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Dimension;
import dev.huifang.core.Limits;
import dev.huifang.core.Perspective;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a completed run turns into: a phone interview when the customer's or client's satisfaction
 * is below {@code phoneInterviewBelowPercent}, a phone interview or a deep-dive for every answered
 * key question ("biggest difficulty"), the host app's own triggers, and Findings from ratings (a
 * strength at {@code strengthAtStars} or more, a weakness at {@code weaknessAtOrBelowStars} or
 * less).
 *
 * <p><b>Satisfaction</b> is that of the people served: only a run answered from a perspective in
 * {@code satisfactionFrom} (by default the customer and the client) has one. It is the weighted
 * mean, on 0-100 ({@code (stars - 1) / 4 × 100}), of the visible answered star ratings whose
 * dimension is a satisfaction indicator in {@code satisfactionWeights}; a rating of any other
 * dimension is not an indicator. Computed as {@code 25 × Σ w·(stars - 1) / Σ w} with whole-number
 * weights, so that a SurveyJS front end, whose arithmetic rounds decimals, computes exactly the same
 * number. A worker's own ratings are never satisfaction: a low self-rating becomes a weakness
 * Finding from the {@code self} perspective, never a phone interview.
 *
 * <p><b>Hidden answers</b>: every trigger (satisfaction, key answers and the host's triggers)
 * reads only the answers of questions visible when the run is finished; an answer kept for a
 * question that became hidden counts as no answer (a host condition {@code not q answered} holds
 * for it). Visibility conditions, by contrast, read kept answers, as SurveyJS does.
 *
 * @param phoneInterviewBelowPercent satisfaction (0-100) below which a phone interview is asked
 *     for
 * @param deepDiveOnKeyAnswers whether answered key questions ask for a deep-dive (when
 *     {@code phoneInterviewOnKeyAnswers} is false)
 * @param strengthAtStars the lowest rating that is a strength, in [1, 5]
 * @param weaknessAtOrBelowStars the highest rating that is a weakness, in [1, 5], below
 *     strengthAtStars
 * @param triggers the host app's own triggers
 * @param satisfactionFrom the perspectives whose star ratings measure satisfaction
 * @param satisfactionWeights the satisfaction indicators: a star rating of one of these dimensions
 *     counts with this whole-number weight, in [1, 100]
 * @param phoneInterviewOnKeyAnswers whether an answered key question asks for a phone interview
 */
public record TriggerPolicy(double phoneInterviewBelowPercent, boolean deepDiveOnKeyAnswers,
    double strengthAtStars, double weaknessAtOrBelowStars, List<Trigger> triggers,
    Set<Perspective> satisfactionFrom, Map<Dimension, Integer> satisfactionWeights,
    boolean phoneInterviewOnKeyAnswers) {

  /** Default: satisfaction below 60% asks for a phone interview. */
  public static final double DEFAULT_PHONE_INTERVIEW_BELOW_PERCENT = 60;
  /** Default: 5 stars is a strength. */
  public static final double DEFAULT_STRENGTH_AT_STARS = 5;
  /** Default: 2 stars or fewer is a weakness. */
  public static final double DEFAULT_WEAKNESS_AT_OR_BELOW_STARS = 2;
  /** The heaviest weight of a satisfaction indicator. */
  public static final int MAX_WEIGHT = 100;
  /** Default: the customer's and the client's ratings are satisfaction. */
  public static final Set<Perspective> DEFAULT_SATISFACTION_FROM =
      Collections.unmodifiableSet(EnumSet.of(Perspective.CUSTOMER, Perspective.CLIENT));
  /**
   * Default satisfaction indicators: the overall satisfaction and the domain's mandatory core
   * indicators (response speed, professionalism) weigh 2; attitude, explanation of the product,
   * communication on urgent orders, handling of surprises, understanding of the requirement, match
   * precision and skill match weigh 1.
   */
  public static final Map<Dimension, Integer> DEFAULT_SATISFACTION_WEIGHTS = defaultWeights();

  /**
   * Creates a policy; triggers, perspectives and weights are copied.
   *
   * @throws NullPointerException if an argument or an element is null
   */
  public TriggerPolicy {
    triggers = List.copyOf(requireNonNull(triggers, "triggers is null"));
    requireNonNull(satisfactionFrom, "satisfactionFrom is null");
    satisfactionFrom = Collections.unmodifiableSet(satisfactionFrom.isEmpty()
        ? EnumSet.noneOf(Perspective.class) : EnumSet.copyOf(satisfactionFrom));
    satisfactionWeights = Collections.unmodifiableMap(new TreeMap<>(
        requireNonNull(satisfactionWeights, "satisfactionWeights is null")));
  }

  /**
   * A policy with the domain's satisfaction ({@link #DEFAULT_SATISFACTION_FROM},
   * {@link #DEFAULT_SATISFACTION_WEIGHTS}) and key answers asking for a deep-dive when
   * {@code deepDiveOnKeyAnswers}, not a phone interview.
   */
  public TriggerPolicy(double phoneInterviewBelowPercent, boolean deepDiveOnKeyAnswers,
      double strengthAtStars, double weaknessAtOrBelowStars, List<Trigger> triggers) {
    this(phoneInterviewBelowPercent, deepDiveOnKeyAnswers, strengthAtStars,
        weaknessAtOrBelowStars, triggers, DEFAULT_SATISFACTION_FROM, DEFAULT_SATISFACTION_WEIGHTS,
        false);
  }

  /**
   * The domain's defaults: the customer's or client's satisfaction below 60% asks for a phone
   * interview, and so does an answered key question ("biggest difficulty"); 5 stars is a strength,
   * 2 or fewer a weakness; no host triggers.
   */
  public static TriggerPolicy defaults() {
    return new TriggerPolicy(DEFAULT_PHONE_INTERVIEW_BELOW_PERCENT, false,
        DEFAULT_STRENGTH_AT_STARS, DEFAULT_WEAKNESS_AT_OR_BELOW_STARS, List.of(),
        DEFAULT_SATISFACTION_FROM, DEFAULT_SATISFACTION_WEIGHTS, true);
  }

  /** This policy with these host triggers. */
  public TriggerPolicy withTriggers(List<Trigger> hostTriggers) {
    return new TriggerPolicy(phoneInterviewBelowPercent, deepDiveOnKeyAnswers, strengthAtStars,
        weaknessAtOrBelowStars, hostTriggers, satisfactionFrom, satisfactionWeights,
        phoneInterviewOnKeyAnswers);
  }

  /** This policy with satisfaction measured from these perspectives with these indicators. */
  public TriggerPolicy withSatisfaction(Set<Perspective> from, Map<Dimension, Integer> weights) {
    return new TriggerPolicy(phoneInterviewBelowPercent, deepDiveOnKeyAnswers, strengthAtStars,
        weaknessAtOrBelowStars, triggers, from, weights, phoneInterviewOnKeyAnswers);
  }

  /** The weight of a star rating of {@code dimension} answered from {@code perspective}, or 0. */
  public int weight(Perspective perspective, Dimension dimension) {
    if (!satisfactionFrom.contains(perspective)) {
      return 0;
    }
    Integer weight = satisfactionWeights.get(dimension);
    return weight == null ? 0 : weight;
  }

  /** The Problems of this policy under {@code path}. */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path)
        .within("phoneInterviewBelowPercent", phoneInterviewBelowPercent, 0, 100)
        .within("strengthAtStars", strengthAtStars, 1, 5)
        .within("weaknessAtOrBelowStars", weaknessAtOrBelowStars, 1, 5)
        .require(weaknessAtOrBelowStars < strengthAtStars, Problem.INCONSISTENT,
            "weaknessAtOrBelowStars", weaknessAtOrBelowStars,
            "must be below strengthAtStars (" + strengthAtStars + ")");
    satisfactionWeights.forEach((dimension, weight) -> checks.require(
        weight != null && weight >= 1 && weight <= MAX_WEIGHT, Problem.RANGE,
        "satisfactionWeights." + dimension.code(), weight,
        "must be a whole number within [1, " + MAX_WEIGHT + "]"));
    Map<String, Integer> ids = new java.util.HashMap<>();
    for (int i = 0; i < triggers.size(); i++) {
      String at = Problem.index("triggers", i);
      Trigger trigger = triggers.get(i);
      checks.notBlank(at + ".id", trigger.id());
      Integer same = ids.putIfAbsent(trigger.id().toLowerCase(Locale.ROOT), i);
      checks.require(same == null, Problem.DUPLICATE, at + ".id", trigger.id(),
          "must differ from triggers[" + same + "] also ignoring case: the SurveyJS export names a"
              + " value after it");
      checks.require(QuestionBank.addressable(trigger.id()), Problem.FORMAT, at + ".id",
          trigger.id(), "must be a name SurveyJS can address: no braces, brackets or quotes,"
              + " not starting with $");
      if (Limits.depthExceeds(trigger.when(), AnswerCondition::children,
          Limits.MAX_CONDITION_DEPTH)) {
        checks.nestedAtMost(at + ".when", trigger.when(), AnswerCondition::children,
            Limits.MAX_CONDITION_DEPTH);
      } else {
        checks.addAll(at + ".when", QuestionBank.nodeProblems(trigger.when()));
      }
    }
    return checks.problems();
  }

  private static Map<Dimension, Integer> defaultWeights() {
    Map<Dimension, Integer> weights = new TreeMap<>();
    weights.put(Dimension.SATISFACTION, 2);
    weights.put(Dimension.RESPONSIVENESS, 2);
    weights.put(Dimension.PROFESSIONALISM, 2);
    for (Dimension one : List.of(Dimension.ATTITUDE, Dimension.PRODUCT_KNOWLEDGE,
        Dimension.COMMUNICATION_EFFICIENCY, Dimension.HANDLING_SURPRISES,
        Dimension.REQUIREMENT_UNDERSTANDING, Dimension.MATCH_PRECISION, Dimension.SKILL_MATCH)) {
      weights.put(one, 1);
    }
    return Collections.unmodifiableMap(weights);
  }
}
