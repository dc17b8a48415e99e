package dev.huifang.feedback;

/** An explicit fallback a script or report had to take; hosts may show or review them. */
public enum ScriptFlag {
  /** No evidence-backed strength was found: the praise acknowledges effort and attendance. */
  WEAK_PRAISE,
  /**
   * No weakness or risk was found: the problem part is a stretch goal built on the weakest
   * strength rather than a fault.
   */
  STRETCH_CONCERN,
  /**
   * A problem rests on findings from one perspective only: confirm it from another source (and rule
   * out system causes) before raising it.
   */
  SINGLE_PERSPECTIVE,
  /** The resource catalogue had no entry for the dimension: its general fallback was used. */
  RESOURCE_FALLBACK
}
