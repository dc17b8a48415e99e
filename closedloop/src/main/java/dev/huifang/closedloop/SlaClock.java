package dev.huifang.closedloop;

/** The time limits that run on a case (see {@link SlaPolicy} for their defaults). */
public enum SlaClock {
  /** From submission to the owner's first answer ({@link CaseEvent.Acknowledged}). */
  FIRST_RESPONSE,
  /** From submission (or the last reopen) to a visible fix ({@link CaseEvent.Resolved}). */
  VISIBLE_ACTION,
  /** From a fix to the submitter's answer; a silent submitter's case then closes by itself. */
  CONFIRMATION
}
