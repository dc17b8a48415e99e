package dev.huifang.scoring;

/**
 * A table of random consistency indices (RI) by matrix size, the denominator of AHP's consistency
 * ratio {@code CR = CI / RI}; named, because published tables differ.
 */
public enum RandomIndex {
  /** Saaty (1980): 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for n = 1..10. */
  SAATY_1980(new double[] {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49}),
  /** Alonso and Lamata (2006): 0, 0, 0.5247, 0.8816, 1.1086, 1.2479, 1.3417, 1.4057, 1.4499, 1.4854. */
  ALONSO_LAMATA_2006(new double[] {0, 0, 0.5247, 0.8816, 1.1086, 1.2479, 1.3417, 1.4057, 1.4499,
      1.4854});

  private final double[] values;

  RandomIndex(double[] values) {
    this.values = values;
  }

  /** The largest matrix size the table covers. */
  public int maxSize() {
    return values.length;
  }

  /** The RI of an {@code n × n} matrix, 1 ≤ n ≤ {@link #maxSize()}. */
  public double of(int n) {
    return values[n - 1];
  }
}
