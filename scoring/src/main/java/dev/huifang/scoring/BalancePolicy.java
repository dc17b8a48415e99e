package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.WorkerId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds workers who neglect one side: the percentile ranks ({@link PercentileRule#PERCENT_RANK})
 * of the workload group's score and of the quality group's score differ by more than
 * {@code gapAbove}; and names the best-balanced workers, whose lower percentile of the two is
 * highest.
 *
 * @param workloadGroup the id of the workload group of the scheme
 * @param qualityGroup the id of the quality group of the scheme
 * @param gapAbove the percentile gap that flags an imbalance, in (0, 1]
 */
public record BalancePolicy(String workloadGroup, String qualityGroup, double gapAbove) {

  /** Default gap: 0.5, half the cohort between the two ranks. */
  public static final double DEFAULT_GAP_ABOVE = 0.5;

  /**
   * Creates a policy.
   *
   * @throws NullPointerException if a group id is null
   */
  public BalancePolicy {
    requireNonNull(workloadGroup, "workloadGroup is null");
    requireNonNull(qualityGroup, "qualityGroup is null");
  }

  /**
   * Flags imbalanced and best-balanced workers of a cohort.
   *
   * @return the flags, imbalances in cohort order then best balance; or Problems: a gap out of
   *     range, a cohort of fewer than 2, or scorecards without the named groups
   */
  public Validation<Seq<Problem>, List<BalanceFlag>> flags(List<Scorecard> cohort) {
    Checklist checks = Checklist.root()
        .require(Double.isFinite(gapAbove) && gapAbove > 0 && gapAbove <= 1, Problem.RANGE,
            "gapAbove", gapAbove, "must be within (0, 1]")
        .require(cohort.size() >= 2, Problem.REQUIRED, "cohort", cohort.size(),
            "must hold at least 2 scorecards to compare");
    for (int i = 0; i < cohort.size(); i++) {
      Scorecard card = cohort.get(i);
      for (String group : List.of(workloadGroup, qualityGroup)) {
        checks.require(card.group(group).isPresent(), Problem.UNKNOWN,
            Problem.index("cohort", i) + ".groups", group, "must have the group " + group);
      }
    }
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    Map<WorkerId, Double> workload = percentiles(cohort, workloadGroup);
    Map<WorkerId, Double> quality = percentiles(cohort, qualityGroup);
    List<BalanceFlag> flags = new ArrayList<>();
    double bestLower = -1;
    for (Scorecard card : cohort) {
      double w = percentile(workload, card);
      double q = percentile(quality, card);
      bestLower = Math.max(bestLower, Math.min(w, q));
      String numbers = "workload percentile " + Normalization.number(w) + ", quality percentile "
          + Normalization.number(q) + ", gap " + Normalization.number(Math.abs(w - q)) + " > "
          + Normalization.number(gapAbove);
      int gap = gapOver(w, q, cohort.size());
      if (gap > 0) {
        flags.add(new BalanceFlag(card.workerId(), BalanceFlag.Kind.SPEED_OVER_QUALITY, w, q, numbers));
      } else if (gap < 0) {
        flags.add(new BalanceFlag(card.workerId(), BalanceFlag.Kind.QUALITY_OVER_SPEED, w, q, numbers));
      }
    }
    for (Scorecard card : cohort) {
      double w = percentile(workload, card);
      double q = percentile(quality, card);
      if (Math.min(w, q) == bestLower) {
        flags.add(new BalanceFlag(card.workerId(), BalanceFlag.Kind.BEST_BALANCE, w, q,
            "best lower percentile of workload and quality: " + Normalization.number(bestLower)));
      }
    }
    return Validation.valid(List.copyOf(flags));
  }

  /**
   * Whether the workload percentile exceeds the quality one by more than {@code gapAbove} (1), the
   * other way round (-1) or neither (0), exactly: a percent rank is {@code below / (n - 1)}, so the
   * gap is compared as whole workers against {@code gapAbove × (n - 1)} in decimal. A gap of
   * 0.8 - 0.3 is 0.5, not 0.5000000000000001, and does not exceed 0.5.
   */
  private int gapOver(double workload, double quality, int n) {
    long steps = Math.round(workload * (n - 1)) - Math.round(quality * (n - 1));
    BigDecimal bound = BigDecimal.valueOf(gapAbove).multiply(BigDecimal.valueOf(n - 1L));
    if (BigDecimal.valueOf(steps).compareTo(bound) > 0) {
      return 1;
    }
    return BigDecimal.valueOf(-steps).compareTo(bound) > 0 ? -1 : 0;
  }

  private static Map<WorkerId, Double> percentiles(List<Scorecard> cohort, String group) {
    // group scores are already rounded by their scheme's precision: ranked as they are
    Ranking ranking = Ranking.ranked(cohort, Scorecard::workerId,
        card -> card.group(group).get().score(), null, TieRule.COMPETITION,
        PercentileRule.PERCENT_RANK).get();
    Map<WorkerId, Double> byWorker = new HashMap<>();
    ranking.workers().forEach(worker -> byWorker.put(worker.workerId(), worker.percentile()));
    return byWorker;
  }

  /** The worker's percentile; {@link #percentiles} gives one to every card of the cohort. */
  private static double percentile(Map<WorkerId, Double> percentiles, Scorecard card) {
    return requireNonNull(percentiles.get(card.workerId()), "every card has a percentile");
  }
}
