package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.WorkerId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A cohort ranked by total: places with a declared tie rule, percentile ranks with a named
 * definition, top-N% selection with a declared boundary rule, and comparison with the team mean.
 *
 * <p>Workers are ordered by total, highest first, then by worker id, so equal inputs always give
 * the same order; ties share ranks as {@link TieRule} says.
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

  /** Ranks scorecards by their total. */
  public static Validation<Seq<Problem>, Ranking> of(
      List<Scorecard> scorecards, TieRule tieRule, PercentileRule percentileRule) {
    return rank(scorecards, Scorecard::workerId, Scorecard::total, tieRule, percentileRule);
  }

  /**
   * Ranks any items by a number, e.g. the totals of a {@link CompiledScheme}.
   *
   * @return the ranking, or Problems: an empty cohort ({@link Problem#REQUIRED}) or a total that is
   *     not finite ({@link Problem#RANGE} at {@code workers[i].total})
   */
  public static <T> Validation<Seq<Problem>, Ranking> rank(List<T> items,
      java.util.function.Function<T, WorkerId> worker, ToDoubleFunction<T> total,
      TieRule tieRule, PercentileRule percentileRule) {
    Checklist checks = Checklist.root().require(!items.isEmpty(), Problem.REQUIRED, "workers",
        null, "must hold at least one worker");
    for (int i = 0; i < items.size(); i++) {
      double value = total.applyAsDouble(items.get(i));
      if (!Double.isFinite(value)) {
        // the path is built only for a real Problem: cohorts run to 100,000 workers
        checks.finite(Problem.index("workers", i) + ".total", value);
      }
    }
    if (!checks.isClean()) {
      return checks.toValidation(() -> null);
    }
    List<T> sorted = new ArrayList<>(items);
    // + 0.0 turns -0.0 into 0.0: the two tie (==), so their workers are ordered by id alone
    sorted.sort(Comparator.<T>comparingDouble(item -> total.applyAsDouble(item) + 0.0).reversed()
        .thenComparing(item -> worker.apply(item).value()));
    int n = sorted.size();
    List<RankedWorker> ranked = new ArrayList<>(n);
    int dense = 0;
    for (int start = 0; start < n; ) {
      double value = total.applyAsDouble(sorted.get(start));
      int end = start;
      while (end + 1 < n && total.applyAsDouble(sorted.get(end + 1)) == value) {
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
        T item = sorted.get(i);
        ranked.add(new RankedWorker(worker.apply(item), value, rank, percentile));
      }
      start = end + 1;
    }
    return Validation.valid(new Ranking(ranked, tieRule, percentileRule));
  }

  /**
   * The top {@code share} of the cohort (top 30% → a promotion list): {@code ceil(share × n)}
   * places, ties at the boundary resolved by {@code boundary}.
   *
   * @return the selected workers, best first, or a {@link Problem#RANGE} for a share outside (0, 1]
   */
  public Validation<Seq<Problem>, List<RankedWorker>> top(double share, BoundaryRule boundary) {
    Checklist checks = Checklist.root().require(Double.isFinite(share) && share > 0 && share <= 1, Problem.RANGE, "share",
        share, "must be within (0, 1]");
    if (!checks.isClean()) {
      return checks.toValidation(() -> null);
    }
    int places = (int) Math.ceil(share * workers.size() - 1e-9);
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
