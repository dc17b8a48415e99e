package dev.huifang.closedloop;

/**
 * The events of the feedback-case state machine, one per kind of {@link CaseEvent} except
 * {@link CaseEvent.Submitted}, which creates the case instead of moving it.
 */
public enum CaseTrigger {
  /** {@link CaseEvent.Triaged}. */
  TRIAGE,
  /** {@link CaseEvent.Acknowledged}. */
  ACKNOWLEDGE,
  /** {@link CaseEvent.ActionPlanned}. */
  PLAN_ACTION,
  /** {@link CaseEvent.WorkStarted}. */
  START_WORK,
  /** {@link CaseEvent.Resolved}. */
  RESOLVE,
  /** {@link CaseEvent.Confirmed}. */
  CONFIRM,
  /** {@link CaseEvent.Rejected}. */
  REJECT,
  /** {@link CaseEvent.Closed}. */
  CLOSE,
  /** {@link CaseEvent.AutoClosed}. */
  AUTO_CLOSE,
  /** {@link CaseEvent.Reopened}. */
  REOPEN,
  /** {@link CaseEvent.Declined}. */
  DECLINE,
  /** {@link CaseEvent.Merged}. */
  MERGE,
  /** {@link CaseEvent.InfoRequested}. */
  REQUEST_INFO,
  /** {@link CaseEvent.InfoProvided}. */
  PROVIDE_INFO,
  /** {@link CaseEvent.Escalated}. */
  ESCALATE
}
