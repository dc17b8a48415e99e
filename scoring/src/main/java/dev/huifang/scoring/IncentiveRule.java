package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Limits;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;

/**
 * An incentive as data: when the condition holds for a scorecard, the worker earns the award,
 * e.g. satisfaction >= 90% and on-time rate = 100% → a bonus of 10% of monthly pay.
 *
 * @param id identifies the rule in awards
 * @param name the name people read
 * @param when the condition over the scorecard
 * @param kind what is awarded
 * @param amount how much: a share of monthly pay in (0, 1] for {@link AwardKind#BONUS_SHARE_OF_PAY},
 *     points otherwise
 */
public record IncentiveRule(String id, LocalizedText name, Condition when, AwardKind kind,
    double amount) {

  /**
   * Creates a rule.
   *
   * @throws NullPointerException if a reference is null
   */
  public IncentiveRule {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(when, "when is null");
    requireNonNull(kind, "kind is null");
  }

  /** What an incentive rule awards. */
  public enum AwardKind {
    /** A bonus as a share of monthly pay. */
    BONUS_SHARE_OF_PAY,
    /** Points towards a higher commission or a promotion. */
    POINTS
  }

  /** The Problems of this rule under {@code path}, against the scheme it applies to. */
  public Seq<Problem> problems(String path, ScoringScheme scheme) {
    Checklist checks = Checklist.at(path).notBlank("id", id).addAll("name", name.problems(""));
    // the depth first, without recursing: a deeper tree is never walked
    if (Limits.depthExceeds(when, Condition::children, Limits.MAX_CONDITION_DEPTH)) {
      checks.nestedAtMost("when", when, Condition::children, Limits.MAX_CONDITION_DEPTH);
    } else {
      checks.addAll("when", when.problems("", scheme));
    }
    if (kind == AwardKind.BONUS_SHARE_OF_PAY) {
      checks.require(Double.isFinite(amount) && amount > 0 && amount <= 1, Problem.RANGE,
          "amount", amount, "must be a share of pay within (0, 1]");
    } else {
      checks.greaterThan("amount", amount, 0);
    }
    return checks.problems();
  }
}
