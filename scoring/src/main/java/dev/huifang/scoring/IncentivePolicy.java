package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Incentive rules and how their awards stack when several fire for one worker.
 *
 * @param rules the rules, in the order awards are listed
 * @param stacking how awards of the same kind combine
 * @param cap the most an award kind can total under {@link Stacking#CAP}, {@code > 0}
 */
public record IncentivePolicy(List<IncentiveRule> rules, Stacking stacking, double cap) {

  /**
   * Creates a policy; rules are copied.
   *
   * @throws NullPointerException if a reference is null
   */
  public IncentivePolicy {
    rules = List.copyOf(rules);
    requireNonNull(stacking, "stacking is null");
  }

  /** How awards of the same kind combine. */
  public enum Stacking {
    /** Every award is paid in full. */
    SUM,
    /** Only the largest award of each kind is paid. */
    MAX,
    /** Awards add up to at most the cap per kind; the last ones are cut. */
    CAP
  }

  /** A policy that pays every award in full. */
  public static IncentivePolicy summing(IncentiveRule... rules) {
    return new IncentivePolicy(List.of(rules), Stacking.SUM, Double.MAX_VALUE);
  }

  /**
   * Checks the policy against the scheme it applies to.
   *
   * @return the policy, or Problems: duplicate rule ids, unknown metrics, amounts out of range, a
   *     non-positive cap
   */
  public Validation<Seq<Problem>, IncentivePolicy> validate(ScoringScheme scheme) {
    Checklist checks = Checklist.root().greaterThan("cap", cap, 0);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      IncentiveRule rule = rules.get(i);
      String at = Problem.index("rules", i);
      checks.addAll(at, rule.problems("", scheme));
      checks.require(ids.add(rule.id()), Problem.DUPLICATE, at + ".id", rule.id(), "must be unique");
    }
    return checks.toValidation(() -> this);
  }

  /**
   * The awards {@code card} earns, stacked, in rule order.
   *
   * @throws IllegalArgumentException if a rule's condition is nested deeper than
   *     {@link dev.huifang.core.Limits#MAX_CONDITION_DEPTH}, which {@link #validate} refuses
   */
  public List<Award> awards(Scorecard card) {
    List<Award> fired = new ArrayList<>();
    for (IncentiveRule rule : rules) {
      if (rule.when().tooDeep()) {
        throw new IllegalArgumentException("rule " + rule.id()
            + ": condition nested too deep; validate the policy first");
      }
      TreeMap<String, Double> figures = new TreeMap<>();
      if (rule.when().test(card, figures)) {
        fired.add(new Award(card.workerId(), rule.id(), rule.kind(), rule.amount(),
            rule.when().describe(), figures));
      }
    }
    if (stacking == Stacking.SUM) {
      return List.copyOf(fired);
    }
    List<Award> stacked = new ArrayList<>();
    for (IncentiveRule.AwardKind kind : IncentiveRule.AwardKind.values()) {
      List<Award> ofKind = fired.stream().filter(a -> a.kind() == kind).toList();
      if (stacking == Stacking.MAX) {
        Award best = null;
        for (Award award : ofKind) {
          if (best == null || award.amount() > best.amount()) {
            best = award;
          }
        }
        if (best != null) {
          stacked.add(best);
        }
      } else {
        double left = cap;
        for (Award award : ofKind) {
          double paid = Math.min(left, award.amount());
          if (paid > 0) {
            stacked.add(new Award(award.workerId(), award.rule(), kind, paid, award.because()
                + (paid < award.amount() ? " (capped at " + Normalization.number(cap) + ")" : ""),
                award.figures()));
          }
          left -= paid;
        }
      }
    }
    return List.copyOf(stacked);
  }
}
