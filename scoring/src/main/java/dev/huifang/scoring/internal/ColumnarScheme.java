package dev.huifang.scoring.internal;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import dev.huifang.scoring.CohortStats;
import dev.huifang.scoring.CompiledScheme;
import dev.huifang.scoring.DecisionPrecision;
import dev.huifang.scoring.Direction;
import dev.huifang.scoring.MetricDefinition;
import dev.huifang.scoring.MissingValuePolicy;
import dev.huifang.scoring.Normalization;
import dev.huifang.scoring.ScoringScheme;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scheme as primitive arrays, evaluated column by column: one tight loop per metric that the JIT
 * can unroll, linear and star normalisations inlined, no boxing and no allocation but the output
 * (and, when missing values are renormalised, one array of measured weight).
 */
final class ColumnarScheme implements CompiledScheme {

  private final List<MetricId> metrics;
  private final MetricDefinition[] definitions;
  private final double[] weights;
  private final MissingValuePolicy missing;
  private final DecisionPrecision precision;
  /** Workers per block: a block's totals and measured weights (32 KB) stay in cache. */
  private static final int BLOCK = 2048;

  /** Column indices in summation order (by metric id), the order {@link SchemeScorer} adds in. */
  private final int[] order;
  /** Every metric's weight added in summation order: what a worker with no missing value measured. */
  private final double fullWeight;

  ColumnarScheme(ScoringScheme scheme) {
    Map<MetricId, Double> effective = scheme.effectiveWeights();
    List<MetricId> ids = new ArrayList<>();
    definitions = new MetricDefinition[scheme.metrics().size()];
    weights = new double[definitions.length];
    for (int m = 0; m < definitions.length; m++) {
      MetricDefinition definition = scheme.metrics().get(m);
      definitions[m] = definition;
      weights[m] = requireNonNull(effective.get(definition.id()), "every metric is weighted");
      ids.add(definition.id());
    }
    metrics = List.copyOf(ids);
    missing = scheme.missingValues();
    precision = scheme.precision();
    List<MetricId> summation = SchemeScorer.summationOrder(scheme);
    order = new int[summation.size()];
    double full = 0;
    for (int i = 0; i < order.length; i++) {
      order[i] = metrics.indexOf(summation.get(i));
      full += weights[order[i]];
    }
    fullWeight = full;
  }

  @Override
  public DecisionPrecision precision() {
    return precision;
  }

  @Override
  public List<MetricId> metrics() {
    return metrics;
  }

  @Override
  public Validation<Seq<Problem>, double[]> totals(double[][] columns) {
    Checklist checks = Checklist.root();
    if (columns.length != definitions.length) {
      checks.add(Problem.of(Problem.INCONSISTENT, "columns", columns.length,
          "must hold one column per metric " + metrics));
      return Validation.invalid(checks.problems());
    }
    int workers = columns.length == 0 ? 0 : columns[0].length;
    for (int m = 0; m < columns.length; m++) {
      if (columns[m].length != workers) {
        checks.add(Problem.of(Problem.INCONSISTENT, Problem.index("columns", m), columns[m].length,
            "must hold one value per worker (" + workers + ")"));
      }
    }
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    double[] out = new double[workers];
    CohortStats[] stats = stats(columns);
    // the values are checked as they are added (one read of each); only a failed check walks the
    // columns again, to word every Problem
    if (!accumulate(columns, stats, out, true)) {
      addValueProblems(columns, checks);
      return checks.toValidation(() -> null);
    }
    finish(columns, stats, out, true, checks);
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    return Validation.valid(out);
  }

  private void addValueProblems(double[][] columns, Checklist checks) {
    for (int m = 0; m < columns.length; m++) {
      double[] column = columns[m];
      String at = Problem.index("columns", m);
      MetricDefinition metric = definitions[m];
      double min = metric.min();
      double max = metric.max();
      for (int w = 0; w < column.length; w++) {
        double x = column[w];
        if (!(x >= min && x <= max)) {
          if (Double.isNaN(x)) {
            if (missing == MissingValuePolicy.REJECT) {
              checks.add(Problem.required(Problem.index(at, w)));
            }
          } else {
            checks.add(Problem.of(Problem.RANGE, Problem.index(at, w), x,
                "must be within [" + min + ", " + max + "] for " + metric.id().value()));
          }
        }
      }
    }
  }

  @Override
  public void computeInto(double[][] columns, double[] out) {
    checkShape(columns, out);
    CohortStats[] stats = stats(columns);
    accumulate(columns, stats, out, false);
    finish(columns, stats, out, true, null);
  }

  @Override
  public void computeUnroundedInto(double[][] columns, double[] out) {
    checkShape(columns, out);
    CohortStats[] stats = stats(columns);
    accumulate(columns, stats, out, false);
    finish(columns, stats, out, false, null);
  }

  private void checkShape(double[][] columns, double[] out) {
    if (columns.length != definitions.length) {
      throw new IllegalArgumentException("expected " + definitions.length + " columns, got "
          + columns.length);
    }
    for (int m = 0; m < columns.length; m++) {
      if (columns[m].length != out.length) {
        throw new IllegalArgumentException("column " + m + " has " + columns[m].length
            + " values, expected " + out.length);
      }
    }
  }

  private CohortStats[] stats(double[][] columns) {
    CohortStats[] stats = new CohortStats[definitions.length];
    for (int m = 0; m < definitions.length; m++) {
      stats[m] = definitions[m].normalization().needsCohort() ? stats(columns[m])
          : CohortStats.EMPTY;
    }
    return stats;
  }

  /**
   * Adds each metric's weighted score into {@code out}, metrics in summation order, a block of
   * workers at a time so the block's totals stay in cache while every column passes over them. A
   * missing value (NaN) is not skipped here: it makes the worker's sum NaN, which
   * {@link #finish} recognises and recomputes one worker at a time. So the loop over a column has
   * no branch for the rare case and the common one pays nothing for it. With {@code check}, also
   * checks every value against its metric's range (and, under {@link MissingValuePolicy#REJECT},
   * that none is missing).
   *
   * @return false when a check failed (the totals are then meaningless)
   */
  private boolean accumulate(double[][] columns, CohortStats[] stats, double[] out,
      boolean check) {
    int n = out.length;
    boolean rejectMissing = missing == MissingValuePolicy.REJECT;
    boolean clean = true;
    for (int start = 0; start < n; start += BLOCK) {
      int end = Math.min(n, start + BLOCK);
      java.util.Arrays.fill(out, start, end, 0.0);
      for (int m : order) {
        double[] column = columns[m];
        MetricDefinition metric = definitions[m];
        if (check) {
          double min = metric.min();
          double max = metric.max();
          for (int w = start; w < end; w++) {
            double x = column[w];
            if (!(x >= min && x <= max) && (x == x || rejectMissing)) {
              clean = false;
            }
          }
        }
        double weight = weights[m];
        Normalization normalization = metric.normalization();
        if (normalization instanceof Normalization.Linear linear) {
          accumulateLinear(column, weight, linear.worst(), linear.best() - linear.worst(), out,
              start, end);
        } else {
          Direction direction = metric.direction();
          for (int w = start; w < end; w++) {
            double x = column[w];
            out[w] += x == x ? normalization.score(x, direction, stats[m]) * weight : x;
          }
        }
      }
    }
    return clean;
  }

  /**
   * Renormalises by the measured weight, clamps to [0, 100] and, when asked, rounds: one pass. A
   * worker with every value present has measured the scheme's whole weight, added in summation
   * order as {@link SchemeScorer} adds it, so one division by that precomputed sum gives the same
   * bits; a worker whose sum is NaN has a missing value and is summed again alone, skipping it.
   * With {@code checks}, a worker with no value at all is a Problem under renormalisation.
   */
  private void finish(double[][] columns, CohortStats[] stats, double[] out, boolean round,
      @Nullable Checklist checks) {
    boolean renormalize = missing == MissingValuePolicy.RENORMALIZE;
    for (int w = 0; w < out.length; w++) {
      double total = out[w];
      if (total != total) {
        total = withMissing(columns, stats, w, renormalize, checks);
      } else if (renormalize) {
        total = total / fullWeight;
      }
      total = total < 0 ? 0 : total > 100 ? 100 : total;
      out[w] = round ? precision.round(total) : total;
    }
  }

  /** One worker's total with some value missing, in the order and operations of the fast path. */
  private double withMissing(double[][] columns, CohortStats[] stats, int w, boolean renormalize,
      @Nullable Checklist checks) {
    double sum = 0;
    double measured = 0;
    for (int m : order) {
      double x = columns[m][w];
      if (x == x) {
        MetricDefinition metric = definitions[m];
        sum += metric.normalization().score(x, metric.direction(), stats[m]) * weights[m];
        measured += weights[m];
      }
    }
    if (!renormalize) {
      return sum;
    }
    // measured weight is 0 exactly when a worker has no value at all (every weight is > 0)
    if (measured == 0 && checks != null) {
      checks.add(new Problem(Problem.REQUIRED, Problem.index("workers", w), null,
          "must have a value for at least one metric"));
    }
    return measured > 0 ? sum / measured : 0.0;
  }

  /**
   * {@link Normalization.Linear#score} inlined, the same operations in the same order; a NaN value
   * stays NaN through the clamp and marks the worker's sum.
   */
  private static void accumulateLinear(double[] column, double weight, double worst, double span,
      double[] out, int start, int end) {
    for (int w = start; w < end; w++) {
      double s = 100.0 * (column[w] - worst) / span;
      out[w] += (s < 0 ? 0 : s > 100 ? 100 : s) * weight;
    }
  }

  private static CohortStats stats(double[] column) {
    int count = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (double x : column) {
      if (x == x) {
        count++;
        min = Math.min(min, x);
        max = Math.max(max, x);
        sum += x;
      }
    }
    return count == 0 ? CohortStats.EMPTY : new CohortStats(count, min, max, sum / count);
  }
}
