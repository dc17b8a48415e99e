package dev.huifang.scoring;

/**
 * A table of random consistency indices (RI) by matrix size, the denominator of AHP's consistency
 * ratio {@code CR = CI / RI}; named, because published tables differ, and each names its source
 * and the sizes it covers. RI is 0 for n = 1 and 2, where every reciprocal matrix is consistent.
 */
public enum RandomIndex {
  /**
   * Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill: n = 1 to 10; 0.58, 0.90, 1.12,
   * 1.24, 1.32, 1.41, 1.45, 1.49 for n = 3 to 10.
   */
  SAATY_1980("Saaty (1980), The Analytic Hierarchy Process", new double[] {0, 0, 0.58, 0.90, 1.12,
      1.24, 1.32, 1.41, 1.45, 1.49}),
  /**
   * Alonso and Lamata (2006), Consistency in the analytic hierarchy process: a new approach,
   * International Journal of Uncertainty, Fuzziness and Knowledge-Based Systems 14(4): n = 1 to
   * 10; 0.5247, 0.8816, 1.1086, 1.2479, 1.3417, 1.4057, 1.4499, 1.4854 for n = 3 to 10.
   */
  ALONSO_LAMATA_2006("Alonso and Lamata (2006)", new double[] {0, 0, 0.5247, 0.8816, 1.1086,
      1.2479, 1.3417, 1.4057, 1.4499, 1.4854}),
  /**
   * Donegan and Dodd (1991), A note on Saaty's random indexes, Mathematical and Computer
   * Modelling 15(10): 135-137, doi:10.1016/0895-7177(91)90098-R: n = 1 to 20; 0.4914, 0.8286,
   * 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969,
   * 1.5078, 1.5153, 1.5262, 1.5313, 1.5371 for n = 3 to 20: the default of the Python AHPy
   * library ({@code random_index='dd'}; values as in its {@code _compute_consistency_ratio}).
   */
  DONEGAN_DODD_1991("Donegan and Dodd (1991), doi:10.1016/0895-7177(91)90098-R", new double[] {0,
      0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643,
      1.4822, 1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371}),
  /**
   * Saaty (2005), Theory and Applications of the Analytic Network Process, RWS Publications, p. 31
   * (as AHPy quotes it, {@code random_index='saaty'}): n = 1 to 15; 0.52, 0.89, 1.11, 1.25, 1.35,
   * 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59 for n = 3 to 15.
   */
  SAATY_2005("Saaty (2005), Theory and Applications of the Analytic Network Process, p. 31",
      new double[] {0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58,
          1.59});

  private final String source;
  private final double[] values;

  RandomIndex(String source, double[] values) {
    this.source = source;
    this.values = values;
  }

  /** Where the table was published. */
  public String source() {
    return source;
  }

  /** The smallest matrix size the table covers: 1. */
  public int minSize() {
    return 1;
  }

  /** The largest matrix size the table covers. */
  public int maxSize() {
    return values.length;
  }

  /** The RI of an {@code n × n} matrix, 1 &lt;= n &lt;= {@link #maxSize()}. */
  public double of(int n) {
    return values[n - 1];
  }
}
