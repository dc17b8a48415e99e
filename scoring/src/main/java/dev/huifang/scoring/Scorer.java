package dev.huifang.scoring;

import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import dev.huifang.scoring.internal.SchemeScorer;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;

/**
 * Applies one {@link ScoringScheme}: scores a worker against the cohort, scores a whole cohort,
 * and compiles the scheme for rescoring workforces at once.
 *
 * <p>A scorer is immutable and holds no state between calls; the same inputs always give the same
 * scorecard. Bad input comes back as Problems with their path, never as an exception or NaN.
 * Totals and group scores are rounded once, by the scheme's {@link DecisionPrecision}, and every
 * decision reads the rounded numbers; metrics are added in one order (by metric id), the same as
 * {@link CompiledScheme}'s.
 */
public interface Scorer {

  /** A scorer of {@code scheme} with the default {@link FindingThresholds}. */
  static Scorer of(ScoringScheme scheme) {
    return of(scheme, FindingThresholds.defaults());
  }

  /**
   * A scorer of {@code scheme} turning strongest and weakest metrics into Findings by
   * {@code thresholds}.
   *
   * @throws dev.huifang.core.InvalidModelException if the thresholds are out of range (a
   *     programmer error: validate them with {@link FindingThresholds#problems(String)})
   */
  static Scorer of(ScoringScheme scheme, FindingThresholds thresholds) {
    return new SchemeScorer(scheme, thresholds);
  }

  /** The scheme this scorer applies. */
  ScoringScheme scheme();

  /**
   * Scores one worker.
   *
   * @param cohort the cohort's statistics per metric, for cohort-relative normalisations and
   *     comparisons with the team mean (see {@link #cohortStats(List)}); may be empty when the
   *     scheme has no cohort-relative metric
   * @return the scorecard, or Problems: an invalid worker id, a value for a metric the scheme does
   *     not have ({@link Problem#UNKNOWN} at {@code values.<metric>}), a value that is NaN,
   *     infinite or outside its metric's range ({@link Problem#RANGE}), a missing value under
   *     {@link MissingValuePolicy#REJECT} or no value at all ({@link Problem#REQUIRED}), negative
   *     counts or more recovered complaints than complaints
   */
  Validation<Seq<Problem>, Scorecard> score(WorkerMetrics worker, Map<MetricId, CohortStats> cohort);

  /**
   * Scores every worker of a cohort against the cohort's own statistics.
   *
   * @return one scorecard per worker in input order, or every Problem of every worker under
   *     {@code workers[i]}, or a {@link Problem#REQUIRED} for an empty cohort, or a
   *     {@link Problem#DUPLICATE} for a worker listed twice
   */
  Validation<Seq<Problem>, List<Scorecard>> scoreCohort(List<WorkerMetrics> workers);

  /** The statistics of each metric over the workers' valid, finite values, by metric. */
  Map<MetricId, CohortStats> cohortStats(List<WorkerMetrics> workers);

  /** The scheme compiled for columnar, allocation-free totals. */
  CompiledScheme compile();
}
