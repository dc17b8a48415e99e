package dev.huifang.closedloop;

/**
 * Where a feedback case stands in its loop: problem → responsibility → solution → feedback.
 *
 * <p>The main path is {@code RECEIVED → TRIAGED → ACKNOWLEDGED → ACTION_PLANNED → IN_PROGRESS →
 * RESOLVED → CONFIRMED → CLOSED}; side paths reopen, reject, decline or merge. {@link #WONT_FIX}
 * and {@link #MERGED_AS_DUPLICATE} are final; a {@link #CLOSED} case accepts only a reopen.
 */
public enum CaseState {
  /** Submitted and routed (to an owner team or the triage queue), nobody has looked yet. */
  RECEIVED,
  /** A coordinator confirmed the category and assigned an owner. */
  TRIAGED,
  /** The owner answered the submitter: the first response. */
  ACKNOWLEDGED,
  /** The owner planned what will be done. */
  ACTION_PLANNED,
  /** The fix is under way. */
  IN_PROGRESS,
  /** The owner says it is fixed; the submitter is asked to confirm. */
  RESOLVED,
  /** The submitter confirmed the fix. */
  CONFIRMED,
  /** Done: confirmed and closed, or closed after a silent confirmation window. */
  CLOSED,
  /** Opened again after closing. */
  REOPENED,
  /** The submitter rejected the fix; the owner must act again. */
  REJECTED_BY_SUBMITTER,
  /** Declined with a reason; final. */
  WONT_FIX,
  /** Merged into another case; final. */
  MERGED_AS_DUPLICATE;

  /** True while the case needs work from the owner side (time limits run). */
  public boolean isOpen() {
    return this != RESOLVED && this != CONFIRMED && this != CLOSED && this != WONT_FIX
        && this != MERGED_AS_DUPLICATE;
  }
}
