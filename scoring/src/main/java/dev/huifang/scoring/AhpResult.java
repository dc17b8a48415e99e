package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Problem;
import java.util.List;

/**
 * Weights derived from a pairwise-comparison matrix by AHP, with the numbers that say whether the
 * judgments were consistent and which random index they were judged by.
 *
 * @param weights the principal eigenvector, normalised to sum 1, in matrix order
 * @param lambdaMax the principal eigenvalue
 * @param consistencyIndex {@code CI = (lambdaMax - n) / (n - 1)}
 * @param consistencyRatio {@code CR = CI / RI(n)}; 0 for n &lt;= 2
 * @param randomIndex the RI table used
 * @param randomIndexValue the RI of the matrix's size in that table
 * @param warnings empty for consistent judgments; under {@link Consistency#WARN}, the Problem
 *     {@link Consistency#REJECT} would have returned, with the same data
 */
public record AhpResult(Weights weights, double lambdaMax, double consistencyIndex,
    double consistencyRatio, RandomIndex randomIndex, double randomIndexValue,
    List<Problem> warnings) {

  /**
   * Creates a result; warnings are copied.
   *
   * @throws NullPointerException if a reference is null
   */
  public AhpResult {
    requireNonNull(weights, "weights is null");
    requireNonNull(randomIndex, "randomIndex is null");
    warnings = List.copyOf(warnings);
  }

  /** Whether the consistency ratio is within {@link WeightDerivation#MAX_CONSISTENCY_RATIO}. */
  public boolean consistent() {
    return warnings.isEmpty();
  }
}
