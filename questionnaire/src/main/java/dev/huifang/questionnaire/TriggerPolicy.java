package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Limits;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.util.List;

/**
 * What a completed run turns into: a phone interview when satisfaction is below
 * {@code phoneInterviewBelowPercent}, a deep-dive for every answered key question, the host app's
 * own triggers, and Findings from ratings (a strength at {@code strengthAtStars} or more, a
 * weakness at {@code weaknessAtOrBelowStars} or less).
 *
 * @param phoneInterviewBelowPercent satisfaction (0-100) below which a phone interview is asked
 *     for
 * @param deepDiveOnKeyAnswers whether answered key questions ask for a deep-dive
 * @param strengthAtStars the lowest rating that is a strength, in [1, 5]
 * @param weaknessAtOrBelowStars the highest rating that is a weakness, in [1, 5], below
 *     strengthAtStars
 * @param triggers the host app's own triggers
 */
public record TriggerPolicy(double phoneInterviewBelowPercent, boolean deepDiveOnKeyAnswers,
    double strengthAtStars, double weaknessAtOrBelowStars, List<Trigger> triggers) {

  /** Default: satisfaction below 60% asks for a phone interview. */
  public static final double DEFAULT_PHONE_INTERVIEW_BELOW_PERCENT = 60;
  /** Default: 5 stars is a strength. */
  public static final double DEFAULT_STRENGTH_AT_STARS = 5;
  /** Default: 2 stars or fewer is a weakness. */
  public static final double DEFAULT_WEAKNESS_AT_OR_BELOW_STARS = 2;

  /**
   * Creates a policy; triggers are copied.
   *
   * @throws NullPointerException if triggers is null
   */
  public TriggerPolicy {
    triggers = List.copyOf(requireNonNull(triggers, "triggers is null"));
  }

  /** The domain's defaults: below 60% → phone interview; key answers → deep-dive. */
  public static TriggerPolicy defaults() {
    return new TriggerPolicy(DEFAULT_PHONE_INTERVIEW_BELOW_PERCENT, true,
        DEFAULT_STRENGTH_AT_STARS, DEFAULT_WEAKNESS_AT_OR_BELOW_STARS, List.of());
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
    for (int i = 0; i < triggers.size(); i++) {
      String at = Problem.index("triggers", i);
      checks.notBlank(at + ".id", triggers.get(i).id())
          .nestedAtMost(at + ".when", triggers.get(i).when(), AnswerCondition::children,
              Limits.MAX_CONDITION_DEPTH);
    }
    return checks.problems();
  }
}
