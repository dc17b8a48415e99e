package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a worker's periodic scorecards (oldest first) for direction: the least-squares slope of
 * every metric's score per period, and an alert when the quality group's score fell while the
 * workload group's rose in each of the last {@code consecutive} period-on-period steps.
 *
 * @param workloadGroup the id of the workload group
 * @param qualityGroup the id of the quality group
 * @param consecutive how many consecutive steps make an alert, {@code >= 1}
 */
public record TrendPolicy(String workloadGroup, String qualityGroup, int consecutive) {

  /** Default: two consecutive steps (three periods). */
  public static final int DEFAULT_CONSECUTIVE = 2;

  /**
   * Creates a policy.
   *
   * @throws NullPointerException if a group id is null
   */
  public TrendPolicy {
    requireNonNull(workloadGroup, "workloadGroup is null");
    requireNonNull(qualityGroup, "qualityGroup is null");
  }

  /**
   * The slope of each metric's score per period, by metric, over the periods where it was measured.
   *
   * @return the slopes, or Problems: fewer than 2 scorecards, or scorecards of different workers
   */
  public Validation<Seq<Problem>, Map<MetricId, Double>> slopes(List<Scorecard> periods) {
    Checklist checks = check(periods);
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    Map<MetricId, Double> slopes = new TreeMap<>();
    for (ScoreLine line : periods.get(0).lines()) {
      double[] y = periods.stream().mapToDouble(card -> card.line(line.metric())
          .map(ScoreLine::score).orElse(Double.NaN)).toArray();
      slopes.put(line.metric(), slope(y));
    }
    return Validation.valid(slopes);
  }

  /**
   * The alert for these periods, if quality fell while volume rose in each of the last
   * {@code consecutive} steps.
   *
   * @return the alert or empty, or Problems as {@link #slopes} plus a missing group
   */
  public Validation<Seq<Problem>, Optional<TrendAlert>> alert(List<Scorecard> periods) {
    Checklist checks = check(periods).atLeast("consecutive", consecutive, 1);
    for (int i = 0; i < periods.size(); i++) {
      for (String group : List.of(workloadGroup, qualityGroup)) {
        checks.require(periods.get(i).group(group).isPresent(), Problem.UNKNOWN,
            Problem.index("periods", i) + ".groups", group, "must have the group " + group);
      }
    }
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    double[] quality = periods.stream().mapToDouble(c -> c.group(qualityGroup).get().score()).toArray();
    double[] volume = periods.stream().mapToDouble(c -> c.group(workloadGroup).get().score()).toArray();
    int streak = 0;
    for (int i = quality.length - 1; i > 0 && quality[i] < quality[i - 1] && volume[i] > volume[i - 1]; i--) {
      streak++;
    }
    if (streak < consecutive) {
      return Validation.valid(Optional.empty());
    }
    double q = slope(quality);
    double v = slope(volume);
    return Validation.valid(Optional.of(new TrendAlert(periods.get(0).workerId(), streak, q, v,
        "quality fell and volume rose in each of the last " + streak + " period(s) (>= "
            + consecutive + "); quality slope " + Normalization.number(q) + ", volume slope "
            + Normalization.number(v) + " points per period")));
  }

  private static Checklist check(List<Scorecard> periods) {
    Checklist checks = Checklist.root().require(periods.size() >= 2, Problem.REQUIRED, "periods",
        periods.size(), "must hold at least 2 scorecards");
    for (int i = 1; i < periods.size(); i++) {
      checks.require(periods.get(i).workerId().equals(periods.get(0).workerId()),
          Problem.INCONSISTENT, Problem.index("periods", i) + ".workerId",
          periods.get(i).workerId().value(), "must be the worker of periods[0] ("
              + periods.get(0).workerId() + ")");
    }
    return checks;
  }

  /** Least-squares slope over x = 0, 1, 2, ...; NaN values are skipped; 0 with fewer than 2. */
  static double slope(double[] y) {
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int x = 0; x < y.length; x++) {
      if (Double.isNaN(y[x])) {
        continue;
      }
      n++;
      sx += x;
      sy += y[x];
      sxx += (double) x * x;
      sxy += x * y[x];
    }
    double denominator = n * sxx - sx * sx;
    return n < 2 || denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
  }
}
