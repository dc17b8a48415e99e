package dev.huifang.core;

/**
 * Who answers a follow-up or is the source of an observation.
 *
 * <p>A fault must not be pinned on a worker from one perspective alone; engines keep the
 * perspective with every answer and Finding so that this can be checked.
 */
public enum Perspective {
  /** The worker themself: difficulties, career wishes. */
  SELF,
  /** The customer served: experience, product feedback. */
  CUSTOMER,
  /** The client company that ordered the work (a store chain, a hiring company). */
  CLIENT,
  /** An internal team such as the store manager or warehouse supervisor: collaboration. */
  INTERNAL_TEAM,
  /** Human resources: attitude and discipline. */
  HR,
  /** A business unit such as a sales or after-sales centre: skill fit. */
  BUSINESS_UNIT,
  /** A third-party agency such as a labour-dispatch firm: compliance. */
  AGENCY,
  /** Measured by a system rather than said by a person (KPIs, logs). */
  SYSTEM
}
