package dev.huifang.benchmarks.closedloop.peer;

import dev.huifang.closedloop.machine.Guard;
import dev.huifang.closedloop.machine.Outcome;
import dev.huifang.closedloop.machine.StateMachineDefinition;
import io.vavr.control.Either;

/** The case loop on Huifang's kernel: a validated definition, fired through its public API. */
public final class HuifangLoop implements LoopMachine {

  /** The loop's definition; the context is whether the actor is the case owner. */
  public static final StateMachineDefinition<LoopState, LoopEvent, Boolean> DEFINITION = define();

  private static StateMachineDefinition<LoopState, LoopEvent, Boolean> define() {
    var definition = StateMachineDefinition.<LoopState, LoopEvent, Boolean>builder(LoopState.class, LoopEvent.class)
          .name("benchmark case loop")
          .initial(LoopState.RECEIVED)
          .transition("triage", LoopState.RECEIVED, LoopEvent.TRIAGE, LoopState.TRIAGED)
          .transition("acknowledge", LoopState.TRIAGED, LoopEvent.ACKNOWLEDGE, LoopState.ACKNOWLEDGED)
          .transition("start", LoopState.ACKNOWLEDGED, LoopEvent.START, LoopState.IN_PROGRESS)
          .transition("resolve", LoopState.IN_PROGRESS, LoopEvent.RESOLVE, LoopState.RESOLVED,
              Guard.<Boolean>of("actor is owner", owner -> owner))
          .transition("confirm", LoopState.RESOLVED, LoopEvent.CONFIRM, LoopState.CLOSED)
          .transition("reopen", LoopState.CLOSED, LoopEvent.REOPEN, LoopState.TRIAGED)
          .build();
    if (definition.isInvalid()) {
      throw new IllegalStateException(definition.getError().mkString("; "));
    }
    return definition.get();
  }

  private LoopState state = DEFINITION.initial();
  private final boolean targetOnly;

  /** A loop firing through {@code fire}: the full outcome with its reason and effects. */
  public HuifangLoop() {
    this(false);
  }

  /**
   * A loop firing through {@code fire}, or through {@code target} when {@code targetOnly}: the
   * next state alone, as the switch computes it.
   */
  public HuifangLoop(boolean targetOnly) {
    this.targetOnly = targetOnly;
  }

  @Override
  public LoopState fire(LoopEvent event, boolean actorIsOwner) {
    if (targetOnly) {
      LoopState next = DEFINITION.target(state, event, actorIsOwner);
      if (next != null) {
        state = next;
      }
      return state;
    }
    Either<?, Outcome<LoopState, LoopEvent>> outcome = DEFINITION.fire(state, event, actorIsOwner);
    if (outcome.isRight()) {
      state = outcome.get().to();
    }
    return state;
  }

  @Override
  public LoopState state() {
    return state;
  }
}
