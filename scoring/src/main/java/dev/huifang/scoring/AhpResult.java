package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Weights derived from a pairwise-comparison matrix by AHP, with the numbers that say whether the
 * judgments were consistent.
 *
 * @param weights the principal eigenvector, normalised to sum 1, in matrix order
 * @param lambdaMax the principal eigenvalue
 * @param consistencyIndex {@code CI = (lambdaMax - n) / (n - 1)}
 * @param consistencyRatio {@code CR = CI / RI(n)}; 0 for n ≤ 2
 * @param randomIndex the RI table used
 */
public record AhpResult(List<Double> weights, double lambdaMax, double consistencyIndex,
    double consistencyRatio, RandomIndex randomIndex) {

  /**
   * Creates a result; weights are copied.
   *
   * @throws NullPointerException if a reference is null
   */
  public AhpResult {
    weights = List.copyOf(weights);
    requireNonNull(randomIndex, "randomIndex is null");
  }
}
