package dev.huifang.benchmarks.closedloop.peer;

/** The events of the benchmark's case loop. */
public enum LoopEvent {
  TRIAGE, ACKNOWLEDGE, START, RESOLVE, CONFIRM, REOPEN;

  /**
   * The events that walk the loop once from TRIAGED back to TRIAGED: acknowledge, start, resolve
   * (guarded: only the owner), confirm, reopen.
   */
  public static final LoopEvent[] CYCLE = {ACKNOWLEDGE, START, RESOLVE, CONFIRM, REOPEN};
}
