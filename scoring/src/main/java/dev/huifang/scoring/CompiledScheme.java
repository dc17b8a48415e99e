package dev.huifang.scoring;

import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/**
 * A scheme compiled to primitive arrays for rescoring a whole workforce at once: the same weighted
 * totals as {@link Scorer#score} (before adjustments), computed column by column with no boxing,
 * no maps and no allocation per metric.
 *
 * <p>The same totals means the same bits: both paths add the metrics' products in one order (by
 * metric id) whatever order the scheme lists them in, and round by the scheme's
 * {@link DecisionPrecision} in the same place. For a scheme without adjustments a total here
 * equals the scorecard's {@link Scorecard#total()}, and an unrounded one its
 * {@link Scorecard#unroundedTotal()}.
 *
 * <p>Input is columnar: {@code columns[m][w]} is worker {@code w}'s raw value of the {@code m}-th
 * metric of {@link #metrics()}; {@code NaN} marks a missing value, handled by the scheme's
 * {@link MissingValuePolicy}. Cohort-relative normalisations read the statistics of the columns
 * themselves.
 */
public interface CompiledScheme {

  /** The metrics in column order: the scheme's metric order. */
  List<MetricId> metrics();

  /** The precision the totals are rounded to: the scheme's. */
  DecisionPrecision precision();

  /**
   * The weighted totals of every worker, after checking the columns.
   *
   * @return one total per worker in [0, 100], rounded by {@link #precision()}, or Problems: a wrong number of columns or ragged
   *     columns ({@link Problem#INCONSISTENT}), infinite values or values outside a metric's range
   *     ({@link Problem#RANGE} at {@code columns[m][w]}), missing values under
   *     {@link MissingValuePolicy#REJECT}, or a worker with no value at all under
   *     {@link MissingValuePolicy#RENORMALIZE} ({@link Problem#REQUIRED})
   */
  Validation<Seq<Problem>, double[]> totals(double[][] columns);

  /**
   * Computes the weighted totals, rounded by {@link #precision()}, into {@code out} without
   * checking: for columns that already passed {@link #totals(double[][])} or come from trusted
   * code. The hot path.
   *
   * @throws IllegalArgumentException if the shapes do not match (a programmer error)
   */
  void computeInto(double[][] columns, double[] out);

  /**
   * Like {@link #computeInto}, without the rounding: the numbers for analysis, never for
   * decisions.
   *
   * @throws IllegalArgumentException if the shapes do not match (a programmer error)
   */
  void computeUnroundedInto(double[][] columns, double[] out);
}
