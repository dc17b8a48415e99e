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
    for (int i = 0; i < order.length; i++) {
      order[i] = metrics.indexOf(summation.get(i));
    }
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
      return checks.toValidation(() -> null);
    }
    int workers = columns.length == 0 ? 0 : columns[0].length;
    for (int m = 0; m < columns.length; m++) {
      if (columns[m].length != workers) {
        checks.add(Problem.of(Problem.INCONSISTENT, Problem.index("columns", m), columns[m].length,
            "must hold one value per worker (" + workers + ")"));
      }
    }
    if (!checks.isClean()) {
      return checks.toValidation(() -> null);
    }
    double[] out = new double[workers];
    double @Nullable [] measured = measured(workers);
    // the values are checked as they are added (one read of each); only a failed check walks the
    // columns again, to word every Problem
    if (!accumulate(columns, out, measured, true)) {
      addValueProblems(columns, checks);
      return checks.toValidation(() -> null);
    }
    if (measured != null) {
      // measured weight is 0 exactly when a worker has no value at all (every weight is > 0)
      for (int w = 0; w < workers; w++) {
        if (measured[w] == 0) {
          checks.add(new Problem(Problem.REQUIRED, Problem.index("workers", w), null,
              "must have a value for at least one metric"));
        }
      }
    }
    if (!checks.isClean()) {
      return checks.toValidation(() -> null);
    }
    finish(out, measured, true);
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
    double @Nullable [] measured = measured(out.length);
    accumulate(columns, out, measured, false);
    finish(out, measured, true);
  }

  @Override
  public void computeUnroundedInto(double[][] columns, double[] out) {
    checkShape(columns, out);
    double @Nullable [] measured = measured(out.length);
    accumulate(columns, out, measured, false);
    finish(out, measured, false);
  }

  /** The array of measured weight when missing values are renormalised, else null. */
  private double @Nullable [] measured(int workers) {
    return missing == MissingValuePolicy.RENORMALIZE ? new double[workers] : null;
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

  /**
   * Adds each metric's weighted score into {@code out} (and its weight into {@code measured},
   * when missing values are renormalised), metrics in summation order, a block of workers at a
   * time so the block's totals stay in cache while every column passes over them. With
   * {@code check}, also checks every value against its metric's range (and, under
   * {@link MissingValuePolicy#REJECT}, that none is missing).
   *
   * @return false when a check failed (the totals are then meaningless)
   */
  private boolean accumulate(double[][] columns, double[] out, double @Nullable [] measured,
      boolean check) {
    int n = out.length;
    CohortStats[] stats = new CohortStats[definitions.length];
    for (int m = 0; m < definitions.length; m++) {
      stats[m] = definitions[m].normalization().needsCohort() ? stats(columns[m])
          : CohortStats.EMPTY;
    }
    boolean rejectMissing = missing == MissingValuePolicy.REJECT;
    boolean clean = true;
    for (int start = 0; start < n; start += BLOCK) {
      int end = Math.min(n, start + BLOCK);
      java.util.Arrays.fill(out, start, end, 0.0);
      if (measured != null) {
        java.util.Arrays.fill(measured, start, end, 0.0);
      }
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
              measured, start, end);
        } else {
          Direction direction = metric.direction();
          for (int w = start; w < end; w++) {
            double x = column[w];
            if (x == x) {
              out[w] += normalization.score(x, direction, stats[m]) * weight;
              if (measured != null) {
                measured[w] += weight;
              }
            }
          }
        }
      }
    }
    return clean;
  }

  /** Divides by the measured weight, clamps to [0, 100] and, when asked, rounds: one pass. */
  private void finish(double[] out, double @Nullable [] measured, boolean round) {
    for (int w = 0; w < out.length; w++) {
      double total = measured == null ? out[w] : (measured[w] > 0 ? out[w] / measured[w] : 0.0);
      total = total < 0 ? 0 : total > 100 ? 100 : total;
      out[w] = round ? precision.round(total) : total;
    }
  }

  /** {@link Normalization.Linear#score} inlined, the same operations in the same order. */
  private static void accumulateLinear(double[] column, double weight, double worst, double span,
      double[] out, double @Nullable [] measured, int start, int end) {
    if (measured == null) {
      for (int w = start; w < end; w++) {
        double x = column[w];
        if (x == x) {
          double s = 100.0 * (x - worst) / span;
          out[w] += (s < 0 ? 0 : s > 100 ? 100 : s) * weight;
        }
      }
    } else {
      for (int w = start; w < end; w++) {
        double x = column[w];
        if (x == x) {
          double s = 100.0 * (x - worst) / span;
          out[w] += (s < 0 ? 0 : s > 100 ? 100 : s) * weight;
          measured[w] += weight;
        }
      }
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
