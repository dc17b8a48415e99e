package dev.huifang.benchmarks.closedloop.peer;

/** The six states of the benchmark's case loop. */
public enum LoopState {
  RECEIVED, TRIAGED, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED
}
