package dev.huifang.core;

/** Whether a {@link Finding} speaks for the worker, against them, or of a risk to watch. */
public enum Polarity {
  /** A strength, worth praising with its evidence. */
  STRENGTH,
  /** A weakness, a development area with an impact. */
  WEAKNESS,
  /** A risk (e.g. compliance): numbers that look good but a behaviour that needs watching. */
  RISK
}
