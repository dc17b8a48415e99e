package dev.huifang.benchmarks.closedloop.peer;

/** The floor: the case loop as a hand-written switch over the current state and event. */
public final class SwitchLoop implements LoopMachine {

  private LoopState state = LoopState.RECEIVED;

  @Override
  public LoopState fire(LoopEvent event, boolean actorIsOwner) {
    LoopState next = next(state, event, actorIsOwner);
    if (next != null) {
      state = next;
    }
    return state;
  }

  /** The next state, or null when the event does not apply; a pure function, as the kernel's. */
  public static LoopState next(LoopState state, LoopEvent event, boolean actorIsOwner) {
    switch (state) {
      case RECEIVED:
        return event == LoopEvent.TRIAGE ? LoopState.TRIAGED : null;
      case TRIAGED:
        return event == LoopEvent.ACKNOWLEDGE ? LoopState.ACKNOWLEDGED : null;
      case ACKNOWLEDGED:
        return event == LoopEvent.START ? LoopState.IN_PROGRESS : null;
      case IN_PROGRESS:
        return event == LoopEvent.RESOLVE && actorIsOwner ? LoopState.RESOLVED : null;
      case RESOLVED:
        return event == LoopEvent.CONFIRM ? LoopState.CLOSED : null;
      case CLOSED:
        return event == LoopEvent.REOPEN ? LoopState.TRIAGED : null;
      default:
        throw new AssertionError(state);
    }
  }

  @Override
  public LoopState state() {
    return state;
  }
}
