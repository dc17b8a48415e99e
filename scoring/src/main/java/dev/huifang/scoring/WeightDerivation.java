package dev.huifang.scoring;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights derived rather than declared: from judgments (AHP) or from how the cohort's data vary
 * (entropy, CRITIC). Each returns {@link Weights} that sum to 1, ready for
 * {@link Aggregation#topsis}, {@link Aggregation#weightedGeometricMean} or
 * {@link ScoringScheme#normalize}.
 */
public final class WeightDerivation {

  /** The largest consistency ratio AHP accepts: 0.10. */
  public static final double MAX_CONSISTENCY_RATIO = 0.10;

  /** How far {@code a[i][j] × a[j][i]} may be from 1: reciprocals typed with three decimals. */
  public static final double RECIPROCAL_TOLERANCE = 0.005;

  private static final int ITERATIONS = 1000;
  private static final double CONVERGED = 1e-15;

  private WeightDerivation() {}

  /**
   * AHP with the default policy, {@link Consistency#REJECT}: see
   * {@link #ahp(double[][], RandomIndex, Consistency)}.
   */
  public static Validation<Seq<Problem>, AhpResult> ahp(double[][] matrix, RandomIndex table) {
    return ahp(matrix, table, Consistency.REJECT);
  }

  /**
   * AHP: the principal eigenvector of a positive reciprocal comparison matrix ({@code a[i][j]} says
   * how much more criterion i matters than j), found by power iteration; {@code lambdaMax} is the
   * mean of {@code (A w)_i / w_i}; {@code CI = (lambdaMax - n) / (n - 1)}; {@code CR = CI / RI}.
   *
   * <p>Reciprocals typed with three decimals (0.333 for 1/3, 0.143 for 1/7) are accepted: a pair
   * is reciprocal when {@code |a[i][j] × a[j][i] - 1| <= }{@value #RECIPROCAL_TOLERANCE} (a
   * judgment up to 9 rounded to three decimals is off by at most 0.0045). The judgment of each
   * pair that is at least 1 is kept and its partner taken as its exact reciprocal, so the matrix
   * computed on is exactly reciprocal.
   *
   * <p>A CR above {@value #MAX_CONSISTENCY_RATIO} is a {@link Problem#INCONSISTENT} at
   * {@code matrix} whose {@link Problem#data()} holds {@code n}, {@code lambdaMax},
   * {@code consistencyIndex}, {@code consistencyRatio}, {@code maxConsistencyRatio},
   * {@code randomIndex} (the RI used), {@code randomIndexTable} (its name) and
   * {@code randomIndexSource}; under {@link Consistency#WARN} the weights come back with that
   * Problem as a warning instead.
   *
   * @return the weights and consistency figures, or Problems: a non-square or empty matrix, an
   *     entry that is not positive and finite, a diagonal other than 1, a pair that is not
   *     reciprocal within the tolerance (all {@link Problem#FORMAT}/{@link Problem#INCONSISTENT}
   *     at {@code matrix[i][j]}), a size the RI table does not cover, or (under
   *     {@link Consistency#REJECT}) a CR above {@value #MAX_CONSISTENCY_RATIO}
   */
  public static Validation<Seq<Problem>, AhpResult> ahp(double[][] matrix, RandomIndex table,
      Consistency consistency) {
    int n = matrix.length;
    Checklist checks = Checklist.root()
        .require(n >= 1 && n <= table.maxSize(), Problem.RANGE, "matrix", n,
            "must have between 1 and " + table.maxSize() + " rows for " + table);
    for (int i = 0; i < n && checks.isClean(); i++) {
      checks.require(matrix[i].length == n, Problem.FORMAT, Problem.index("matrix", i),
          matrix[i].length, "must have " + n + " columns (the matrix is square)");
    }
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        String at = Problem.index(Problem.index("matrix", i), j);
        double a = matrix[i][j];
        if (!(Double.isFinite(a) && a > 0)) {
          checks.add(Problem.of(Problem.RANGE, at, a, "must be a positive finite judgment"));
        } else if (i == j) {
          checks.require(a == 1.0, Problem.INCONSISTENT, at, a, "must be 1 on the diagonal");
        } else if (i < j && Double.isFinite(matrix[j][i]) && matrix[j][i] > 0) {
          checks.require(Math.abs(a * matrix[j][i] - 1.0) <= RECIPROCAL_TOLERANCE,
              Problem.INCONSISTENT, at, a, "must be the reciprocal of matrix[" + j + "][" + i
                  + "] (" + matrix[j][i] + ") within " + RECIPROCAL_TOLERANCE);
        }
      }
    }
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      a[i][i] = 1.0;
      for (int j = i + 1; j < n; j++) {
        // keep the judgment that is at least 1 (the one typed as a whole number) and its exact
        // reciprocal
        if (matrix[i][j] >= 1) {
          a[i][j] = matrix[i][j];
          a[j][i] = 1.0 / matrix[i][j];
        } else {
          a[j][i] = matrix[j][i];
          a[i][j] = 1.0 / matrix[j][i];
        }
      }
    }
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0 / n);
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] next = multiply(a, w);
      double sum = 0;
      for (double x : next) {
        sum += x;
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        change = Math.max(change, Math.abs(next[i] - w[i]));
      }
      w = next;
      if (change < CONVERGED) {
        break;
      }
    }
    double[] aw = multiply(a, w);
    double lambda = 0;
    for (int i = 0; i < n; i++) {
      lambda += aw[i] / w[i];
    }
    lambda /= n;
    double ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
    double ri = table.of(n);
    double cr = n <= 2 ? 0 : ci / ri;
    List<Problem> warnings = new ArrayList<>();
    if (cr > MAX_CONSISTENCY_RATIO) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("n", n);
      data.put("lambdaMax", lambda);
      data.put("consistencyIndex", ci);
      data.put("consistencyRatio", cr);
      data.put("maxConsistencyRatio", MAX_CONSISTENCY_RATIO);
      data.put("randomIndex", ri);
      data.put("randomIndexTable", table.name());
      data.put("randomIndexSource", table.source());
      warnings.add(Problem.of(Problem.INCONSISTENT, "matrix", cr,
          "judgments must be consistent: CR must be <= " + MAX_CONSISTENCY_RATIO + " (λmax "
              + Normalization.number(lambda) + ", CI " + Normalization.number(ci) + ", RI " + ri
              + " for n = " + n + " from " + table + ")").withData(data));
      if (consistency == Consistency.REJECT) {
        return Validation.invalid(io.vavr.collection.List.ofAll(warnings));
      }
    }
    return Validation.valid(new AhpResult(Weights.of(w), lambda, ci, cr, table, ri, warnings));
  }

  /**
   * Entropy weights from cohort data ({@code data[worker][metric]}, non-negative, higher is more):
   * {@code p_ij = x_ij / Σ_i x_ij}; {@code e_j = -Σ_i p_ij ln p_ij / ln m}; {@code d_j = 1 - e_j};
   * {@code w_j = d_j / Σ d_j}. A metric that varies more carries more information and weight.
   *
   * @return the weights in metric order, or Problems: fewer than 2 workers, ragged rows, negative
   *     or non-finite values, a metric whose column sums to 0, or no variation at all
   */
  public static Validation<Seq<Problem>, Weights> entropy(double[][] data) {
    Checklist checks = checkData(data, true);
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    int m = data.length;
    int n = data[0].length;
    double[] d = new double[n];
    double total = 0;
    for (int j = 0; j < n; j++) {
      double sum = 0;
      for (double[] row : data) {
        sum += row[j];
      }
      if (sum == 0) {
        checks.add(Problem.of(Problem.INCONSISTENT, Problem.index("data[*]", j), 0,
            "must not be 0 for every worker"));
        continue;
      }
      if (constant(data, j)) {
        // no information by definition; in doubles 1 - ln m / ln m may come out as 2.2e-16
        continue;
      }
      double e = 0;
      for (double[] row : data) {
        double p = row[j] / sum;
        e -= p > 0 ? p * Math.log(p) : 0;
      }
      d[j] = Math.max(0, 1 - e / Math.log(m));
      total += d[j];
    }
    checks.require(total > 0, Problem.INCONSISTENT, "data", null,
        "must vary between workers for some metric");
    return weights(checks, d, total);
  }

  /**
   * CRITIC weights from cohort data ({@code data[worker][metric]}, already oriented so that higher
   * is better): each column is min-max normalised; {@code C_j = σ_j × Σ_k (1 - r_jk)} with σ the
   * standard deviation and r the Pearson correlation; {@code w_j = C_j / Σ C}. Metrics that vary
   * and disagree with the others carry more weight.
   *
   * @return the weights in metric order, or Problems like {@link #entropy}'s, and one for data
   *     with a single metric
   */
  public static Validation<Seq<Problem>, Weights> critic(double[][] data) {
    Checklist checks = checkData(data, false);
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    int m = data.length;
    int n = data[0].length;
    if (n < 2) {
      return Validation.invalid(io.vavr.collection.List.of(Problem.of(Problem.RANGE, "data[0]", n,
          "must hold at least 2 metrics: CRITIC weighs a metric by how much it disagrees with "
              + "the others")));
    }
    double[][] z = new double[n][m];
    double[] sigma = new double[n];
    for (int j = 0; j < n; j++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : data) {
        min = Math.min(min, row[j]);
        max = Math.max(max, row[j]);
      }
      double mean = 0;
      for (int i = 0; i < m; i++) {
        z[j][i] = max > min ? (data[i][j] - min) / (max - min) : 0;
        mean += z[j][i];
      }
      mean /= m;
      double var = 0;
      for (int i = 0; i < m; i++) {
        var += (z[j][i] - mean) * (z[j][i] - mean);
      }
      sigma[j] = Math.sqrt(var / (m - 1));
    }
    double[] c = new double[n];
    double total = 0;
    for (int j = 0; j < n; j++) {
      double conflict = 0;
      for (int k = 0; k < n; k++) {
        conflict += 1 - correlation(z[j], z[k]);
      }
      c[j] = sigma[j] * conflict;
      total += c[j];
    }
    checks.require(total > 0, Problem.INCONSISTENT, "data", null,
        "must vary between workers for some metric");
    return weights(checks, c, total);
  }

  /** True when every worker has the same value for metric {@code j}. */
  private static boolean constant(double[][] data, int j) {
    for (double[] row : data) {
      if (row[j] != data[0][j]) {
        return false;
      }
    }
    return true;
  }

  private static Validation<Seq<Problem>, Weights> weights(Checklist checks, double[] raw,
      double total) {
    double[] weights = new double[raw.length];
    for (int j = 0; j < raw.length; j++) {
      weights[j] = total > 0 ? raw[j] / total : 0;
    }
    return checks.toValidation(() -> Weights.of(weights));
  }

  private static Checklist checkData(double[][] data, boolean nonNegative) {
    Checklist checks = Checklist.root().require(data.length >= 2, Problem.REQUIRED, "data",
        data.length, "must hold at least 2 workers");
    if (!checks.isClean()) {
      return checks;
    }
    int n = data[0].length;
    checks.require(n >= 1, Problem.REQUIRED, "data[0]", n, "must hold at least one metric");
    for (int i = 0; i < data.length; i++) {
      String at = Problem.index("data", i);
      if (data[i].length != n) {
        checks.add(Problem.of(Problem.FORMAT, at, data[i].length, "must have " + n + " metrics"));
        continue;
      }
      for (int j = 0; j < n; j++) {
        double x = data[i][j];
        String cell = Problem.index(at, j);
        if (nonNegative) {
          checks.atLeast(cell, x, 0);
        } else {
          checks.finite(cell, x);
        }
      }
    }
    return checks;
  }

  private static double[] multiply(double[][] a, double[] w) {
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      double sum = 0;
      for (int j = 0; j < w.length; j++) {
        sum += a[i][j] * w[j];
      }
      out[i] = sum;
    }
    return out;
  }

  private static double correlation(double[] x, double[] y) {
    int m = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < m; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= m;
    my /= m;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < m; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }
}
