package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.WorkerId;
import dev.huifang.scoring.internal.PlaceOrder;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * A cohort ranked by total: places with a declared tie rule, percentile ranks with a named
 * definition, top-N% selection with a declared boundary rule, and comparison with the team mean.
 *
 * <p>Workers are ordered by total, highest first, then by worker id, so equal inputs always give
 * the same order; ties share ranks as {@link TieRule} says. Totals are compared after rounding by
 * a {@link DecisionPrecision}, exactly: a tie, a place and the top-N% boundary never hinge on the
 * last bits of a double.
 *
 * @param workers the ranked workers, best first
 * @param tieRule how ties share ranks
 * @param percentileRule how percentile ranks are defined
 */
public record Ranking(List<RankedWorker> workers, TieRule tieRule, PercentileRule percentileRule) {

  /**
   * Creates a ranking; the list is copied.
   *
   * @throws NullPointerException if an argument is null
   */
  public Ranking {
    workers = List.copyOf(workers);
    requireNonNull(tieRule, "tieRule is null");
    requireNonNull(percentileRule, "percentileRule is null");
  }

  /**
   * Ranks scorecards by their total: the rounded total every decision uses (see
   * {@link Scorecard#total()}), compared exactly, so workers whose totals round to the same number
   * tie.
   *
   * @return the ranking, or the Problems of {@link #rank(List, Function, ToDoubleFunction,
   *     DecisionPrecision, TieRule, PercentileRule)}
   */
  public static Validation<Seq<Problem>, Ranking> of(
      List<Scorecard> scorecards, TieRule tieRule, PercentileRule percentileRule) {
    return ranked(scorecards, Scorecard::workerId, Scorecard::total, null, tieRule, percentileRule);
  }

  /**
   * Ranks any items by a 0-100 total, e.g. the totals of a {@link CompiledScheme}, after rounding
   * each by {@link DecisionPrecision#defaults()} (half up to 2 decimals).
   *
   * @return the ranking, or the Problems of {@link #rank(List, Function, ToDoubleFunction,
   *     DecisionPrecision, TieRule, PercentileRule)}
   */
  public static <T> Validation<Seq<Problem>, Ranking> rank(List<T> items,
      Function<T, WorkerId> worker, ToDoubleFunction<T> total, TieRule tieRule,
      PercentileRule percentileRule) {
    return rank(items, worker, total, DecisionPrecision.defaults(), tieRule, percentileRule);
  }

  /**
   * Ranks any items by a number rounded by {@code precision}: the rounded numbers are compared
   * exactly, so numbers that are mathematically equal but differ in their last bits
   * ({@code 62.99999999999999} and {@code 63.0}) tie; each worker's {@link RankedWorker#total()}
   * is the rounded number.
   *
   * @return the ranking, or Problems: an empty cohort ({@link Problem#REQUIRED}), a total that is
   *     not finite ({@link Problem#RANGE} at {@code workers[i].total}), an invalid precision (at
   *     {@code precision})
   */
  public static <T> Validation<Seq<Problem>, Ranking> rank(List<T> items,
      Function<T, WorkerId> worker, ToDoubleFunction<T> total, DecisionPrecision precision,
      TieRule tieRule, PercentileRule percentileRule) {
    return ranked(items, worker, total, requireNonNull(precision, "precision is null"), tieRule,
        percentileRule);
  }

  /** Ranks by totals rounded by {@code precision}, or taken as they are when it is null. */
  static <T> Validation<Seq<Problem>, Ranking> ranked(List<T> items,
      Function<T, WorkerId> worker, ToDoubleFunction<T> total, @Nullable DecisionPrecision precision,
      TieRule tieRule, PercentileRule percentileRule) {
    Checklist checks = Checklist.root().require(!items.isEmpty(), Problem.REQUIRED, "workers",
        null, "must hold at least one worker");
    if (precision != null) {
      checks.addAll("precision", precision.problems(""));
    }
    int n = items.size();
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      double value = total.applyAsDouble(items.get(i));
      if (!Double.isFinite(value)) {
        // the path is built only for a real Problem: cohorts run to 100,000 workers
        checks.finite(Problem.index("workers", i) + ".total", value);
      }
      // + 0.0 turns -0.0 into 0.0: the two tie
      values[i] = value + 0.0;
    }
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    WorkerId[] ids = new WorkerId[n];
    for (int i = 0; i < n; i++) {
      ids[i] = worker.apply(items.get(i));
      if (precision != null) {
        values[i] = precision.round(values[i]);
      }
    }
    int[] sorted = PlaceOrder.order(values, ids);
    RankedWorker[] ranked = new RankedWorker[n];
    int dense = 0;
    for (int start = 0; start < n; ) {
      double value = values[sorted[start]];
      int end = start;
      while (end + 1 < n && values[sorted[end + 1]] == value) {
        end++;
      }
      dense++;
      double rank = switch (tieRule) {
        case COMPETITION -> start + 1;
        case DENSE -> dense;
        case FRACTIONAL -> (start + 1 + end + 1) / 2.0;
      };
      // from the bottom: workers strictly below this total, and at or below it
      int below = n - 1 - end;
      int atOrBelow = n - start;
      double percentile = switch (percentileRule) {
        case PERCENT_RANK -> n == 1 ? 0.0 : (double) below / (n - 1);
        case CUME_DIST -> (double) atOrBelow / n;
      };
      for (int i = start; i <= end; i++) {
        ranked[i] = new RankedWorker(ids[sorted[i]], value, rank, percentile);
      }
      start = end + 1;
    }
    // List.of copies the array once; the constructor's copy of an unmodifiable list is free
    return Validation.valid(new Ranking(List.of(ranked), tieRule, percentileRule));
  }

  /**
   * The number of places a share of a cohort of {@code n} fills: {@code ceil(share × n)}, at least
   * 1 and at most {@code n}, computed exactly in decimal from the share as written
   * ({@link BigDecimal#valueOf(double)}): 30% of 10 is 3, never 4 by a last-bit excess.
   *
   * @param share within (0, 1]; outside it the result is clamped to [1, n]
   */
  public static int places(double share, int n) {
    if (n <= 0) {
      return 0;
    }
    if (!(share > 0)) {
      return 1;
    }
    if (share >= 1 || !Double.isFinite(share)) {
      return n;
    }
    int places = BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(n))
        .setScale(0, RoundingMode.CEILING).intValueExact();
    return Math.max(1, Math.min(n, places));
  }

  /**
   * The top {@code share} of the cohort (top 30% → a promotion list): {@link #places(double, int)}
   * places, that is {@code ceil(share × n)} and at least one, ties at the boundary resolved by
   * {@code boundary}. Any share in (0, 1] works, however small: 1e-12 of 10 workers is one place.
   *
   * @return the selected workers, best first, or a {@link Problem#RANGE} for a share outside (0, 1]
   */
  public Validation<Seq<Problem>, List<RankedWorker>> top(double share, BoundaryRule boundary) {
    Checklist checks = Checklist.root().require(Double.isFinite(share) && share > 0 && share <= 1,
        Problem.RANGE, "share", share, "must be within (0, 1]");
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    int places = places(share, workers.size());
    if (places >= workers.size()) {
      return Validation.valid(workers);
    }
    double last = workers.get(places - 1).total();
    boolean tiedAcross = workers.get(places).total() == last;
    List<RankedWorker> selected = new ArrayList<>();
    for (RankedWorker worker : workers) {
      boolean above = worker.total() > last;
      boolean atBoundary = worker.total() == last;
      if (above || (atBoundary && (!tiedAcross || boundary == BoundaryRule.INCLUDE_TIES))) {
        selected.add(worker);
      }
    }
    return Validation.valid(List.copyOf(selected));
  }

  /** The mean total of the cohort. */
  public double mean() {
    return workers.stream().mapToDouble(RankedWorker::total).average().orElse(0);
  }
}
