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
   * A problem rests on findings from one person's perspective only: confirm it from another source
   * (and rule out system causes) before raising it. The default composer never raises such a
   * problem (it keeps it {@link #TO_VERIFY}); a host's hand-built script may.
   */
  SINGLE_PERSPECTIVE,
  /** The resource catalogue had no entry for the dimension: its general fallback was used. */
  RESOURCE_FALLBACK,
  /**
   * A concern was seen from too few perspectives: it is not stated as a fault, but asked about
   * openly at the next follow-up.
   */
  TO_VERIFY
}
