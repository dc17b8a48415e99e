package dev.huifang.closedloop;

/** How a time limit stands at a given instant. */
public enum ClockStatus {
  /** Running, with more time left than the warning period. */
  RUNNING,
  /** Running, with the deadline within the warning period. */
  DUE_SOON,
  /** Stopped while waiting on the submitter. */
  PAUSED,
  /** Running and past its limit. */
  BREACHED,
  /** Stopped within its limit. */
  MET,
  /** Stopped after its limit. */
  MET_LATE
}
