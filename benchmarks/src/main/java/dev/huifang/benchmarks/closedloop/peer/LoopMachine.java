package dev.huifang.benchmarks.closedloop.peer;

/**
 * One implementation of the benchmark's case loop: RECEIVED -TRIAGE-> TRIAGED -ACKNOWLEDGE->
 * ACKNOWLEDGED -START-> IN_PROGRESS -RESOLVE [actor is owner]-> RESOLVED -CONFIRM-> CLOSED
 * -REOPEN-> TRIAGED. An event with no transition, or whose guard fails, leaves the state as it is.
 */
public interface LoopMachine {

  /** Fires {@code event} by {@code actorIsOwner}'s actor; returns the state afterwards. */
  LoopState fire(LoopEvent event, boolean actorIsOwner);

  /** The current state. */
  LoopState state();
}
