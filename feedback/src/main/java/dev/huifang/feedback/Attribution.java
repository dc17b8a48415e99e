package dev.huifang.feedback;

/**
 * To whom a concern (a weakness or risk in one dimension) is attributed before anything is said
 * about it.
 *
 * <p>Rule: a fault is never pinned on a worker from one perspective alone. A concern goes to
 * {@link #WORKER} only when {@link AttributionPolicy}'s corroboration rule holds; a concern whose
 * evidence names a system cause goes to {@link #SYSTEM}; every other concern is {@link #TO_VERIFY}.
 */
public enum Attribution {
  /** Corroborated: a development area of the worker, raised in the script and the report. */
  WORKER,
  /** Seen from too few perspectives: asked about openly at the next follow-up, never stated. */
  TO_VERIFY,
  /** The evidence names a system cause (outage, stock-out, scheduling, training clash). */
  SYSTEM
}
