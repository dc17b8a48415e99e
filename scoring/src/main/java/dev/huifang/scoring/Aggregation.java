package dev.huifang.scoring;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * Ways to combine normalised scores other than the weighted sum, for ranking a cohort: the
 * weighted geometric mean, which punishes one weak side harder, and TOPSIS, the relative closeness
 * to the ideal worker.
 */
public final class Aggregation {

  private Aggregation() {}

  /** How TOPSIS normalises each metric's column before weighting. */
  public enum TopsisNormalization {
    /** Vector normalisation: {@code x_ij / sqrt(Σ_i x_ij²)}, Hwang and Yoon's original. */
    VECTOR,
    /** Min-max normalisation: {@code (x_ij - min_j) / (max_j - min_j)}, 0 when a column is flat. */
    MIN_MAX
  }

  /** Whether weights must already sum to 1, or are divided by their sum first. */
  public enum WeightSum {
    /** The weights must sum to 1 within {@link ScoringScheme#WEIGHT_TOLERANCE}; nothing is rescaled. */
    REQUIRE_ONE,
    /** The weights (40 and 60 points, say) are divided by their sum: the explicit opt-in. */
    NORMALIZE
  }

  /**
   * The weighted geometric mean (weighted product) of scores in [0, 100] with weights that sum to
   * 1, e.g. derived ones: see {@link #weightedGeometricMean(double[], double[])}.
   */
  public static Validation<Seq<Problem>, Double> weightedGeometricMean(double[] scores,
      Weights weights) {
    return weightedGeometricMean(scores, weights.toArray());
  }

  /**
   * The weighted geometric mean of scores in [0, 100]: {@code Π s_j ^ w_j} with weights summing to
   * 1; any score of 0 with a positive weight makes it 0; a weight of 0 leaves its score out.
   *
   * @return the mean, or Problems: mismatched lengths, scores outside [0, 100], weights negative
   *     or not summing to 1 within {@link ScoringScheme#WEIGHT_TOLERANCE}
   */
  public static Validation<Seq<Problem>, Double> weightedGeometricMean(double[] scores,
      double[] weights) {
    Checklist checks = Checklist.root().require(scores.length == weights.length && scores.length > 0,
        Problem.INCONSISTENT, "weights", weights.length,
        "must hold one weight per score (" + scores.length + ")");
    double sum = 0;
    for (int j = 0; j < Math.min(scores.length, weights.length); j++) {
      checks.within(Problem.index("scores", j), scores[j], 0, 100)
          .atLeast(Problem.index("weights", j), weights[j], 0);
      sum += weights[j];
    }
    checks.require(Math.abs(sum - 1) <= ScoringScheme.WEIGHT_TOLERANCE, Problem.INCONSISTENT,
        "weights", sum, "must sum to 1");
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    double log = 0;
    for (int j = 0; j < scores.length; j++) {
      if (weights[j] == 0) {
        continue;
      }
      if (scores[j] == 0) {
        return Validation.valid(0.0);
      }
      log += weights[j] * Math.log(scores[j]);
    }
    return Validation.valid(Math.exp(log));
  }

  /**
   * TOPSIS with weights that must sum to 1 ({@link WeightSum#REQUIRE_ONE}): see
   * {@link #topsis(double[][], Weights, List, TopsisNormalization, WeightSum)}.
   */
  public static Validation<Seq<Problem>, List<Double>> topsis(double[][] matrix, double[] weights,
      List<Direction> directions, TopsisNormalization normalization) {
    return topsis(matrix, Weights.of(weights), directions, normalization, WeightSum.REQUIRE_ONE);
  }

  /**
   * TOPSIS with weights that must sum to 1, e.g. derived ones ({@link WeightDerivation#entropy},
   * {@link WeightDerivation#critic}, {@link AhpResult#weights()}): see
   * {@link #topsis(double[][], Weights, List, TopsisNormalization, WeightSum)}.
   */
  public static Validation<Seq<Problem>, List<Double>> topsis(double[][] matrix, Weights weights,
      List<Direction> directions, TopsisNormalization normalization) {
    return topsis(matrix, weights, directions, normalization, WeightSum.REQUIRE_ONE);
  }

  /**
   * TOPSIS closeness of each worker ({@code matrix[worker][metric]}, raw values): columns are
   * normalised, weighted; the ideal takes each column's best (max for higher-is-better, min
   * otherwise) and the anti-ideal its worst; closeness is {@code D- / (D+ + D-)} with Euclidean
   * distances, 1 for a worker at the ideal, 0 at the anti-ideal; 0.5 when every worker is equal.
   * Weights that do not sum to 1 are accepted only with {@link WeightSum#NORMALIZE}, which divides
   * them by their sum; a weight of 0 leaves its metric out.
   *
   * @return one closeness per worker in input order, or Problems: fewer than 2 workers, ragged
   *     rows, non-finite values, mismatched weights or directions, negative weights, weights not
   *     summing to 1 under {@link WeightSum#REQUIRE_ONE}
   */
  public static Validation<Seq<Problem>, List<Double>> topsis(double[][] matrix, Weights given,
      List<Direction> directions, TopsisNormalization normalization, WeightSum weightSum) {
    double[] weights = given.toArray();
    Checklist checks = Checklist.root().require(matrix.length >= 2, Problem.REQUIRED, "matrix",
        matrix.length, "must hold at least 2 workers");
    int n = weights.length;
    checks.require(directions.size() == n, Problem.INCONSISTENT, "directions", directions.size(),
        "must hold one direction per weight (" + n + ")");
    double sum = 0;
    for (int j = 0; j < n; j++) {
      checks.atLeast(Problem.index("weights", j), weights[j], 0);
      sum += weights[j];
    }
    if (weightSum == WeightSum.REQUIRE_ONE) {
      checks.require(Math.abs(sum - 1) <= ScoringScheme.WEIGHT_TOLERANCE, Problem.INCONSISTENT,
          "weights", sum, "must sum to 1 (or pass WeightSum.NORMALIZE to divide them by their sum)");
    } else {
      checks.require(sum > 0 && Double.isFinite(sum), Problem.INCONSISTENT, "weights", sum,
          "must have a positive sum");
    }
    for (int i = 0; i < matrix.length; i++) {
      if (matrix[i].length != n) {
        checks.add(Problem.of(Problem.FORMAT, Problem.index("matrix", i), matrix[i].length,
            "must have " + n + " metrics"));
        continue;
      }
      for (int j = 0; j < n; j++) {
        checks.finite(Problem.index(Problem.index("matrix", i), j), matrix[i][j]);
      }
    }
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    if (weightSum == WeightSum.NORMALIZE) {
      for (int j = 0; j < n; j++) {
        weights[j] /= sum;
      }
    }
    int m = matrix.length;
    double[][] v = new double[m][n];
    for (int j = 0; j < n; j++) {
      double norm = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : matrix) {
        norm += row[j] * row[j];
        min = Math.min(min, row[j]);
        max = Math.max(max, row[j]);
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < m; i++) {
        double r = normalization == TopsisNormalization.VECTOR
            ? (norm == 0 ? 0 : matrix[i][j] / norm)
            : (max == min ? 0 : (matrix[i][j] - min) / (max - min));
        v[i][j] = weights[j] * r;
      }
    }
    double[] ideal = new double[n];
    double[] anti = new double[n];
    for (int j = 0; j < n; j++) {
      boolean higher = directions.get(j) == Direction.HIGHER_IS_BETTER;
      ideal[j] = higher ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      anti[j] = higher ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      for (double[] row : v) {
        ideal[j] = higher ? Math.max(ideal[j], row[j]) : Math.min(ideal[j], row[j]);
        anti[j] = higher ? Math.min(anti[j], row[j]) : Math.max(anti[j], row[j]);
      }
    }
    List<Double> closeness = new ArrayList<>();
    for (double[] row : v) {
      double plus = 0;
      double minus = 0;
      for (int j = 0; j < n; j++) {
        plus += (row[j] - ideal[j]) * (row[j] - ideal[j]);
        minus += (row[j] - anti[j]) * (row[j] - anti[j]);
      }
      plus = Math.sqrt(plus);
      minus = Math.sqrt(minus);
      closeness.add(plus + minus == 0 ? 0.5 : minus / (plus + minus));
    }
    return Validation.valid(List.copyOf(closeness));
  }
}
