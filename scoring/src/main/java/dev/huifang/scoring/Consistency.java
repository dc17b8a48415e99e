package dev.huifang.scoring;

/**
 * What AHP does with judgments whose consistency ratio is above
 * {@link WeightDerivation#MAX_CONSISTENCY_RATIO}: reject them (the default), or, when the host
 * opts in explicitly, return the weights with a warning that carries the same numbers.
 */
public enum Consistency {
  /** An inconsistent matrix is a {@code Problem} with λmax, CI, CR and the RI used in its data. */
  REJECT,
  /** An inconsistent matrix gives weights plus a warning with the same numbers. */
  WARN
}
