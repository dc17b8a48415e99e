package dev.huifang.benchmarks.closedloop.peer;

import org.squirrelframework.foundation.fsm.AnonymousCondition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/** The case loop in squirrel-foundation, configured with its fluent builder and a condition. */
public final class SquirrelLoop implements LoopMachine {

  /** squirrel needs a machine class of its own; context is whether the actor is the owner. */
  public static final class Machine
      extends AbstractStateMachine<Machine, LoopState, LoopEvent, Boolean> {}

  private static final StateMachineBuilder<Machine, LoopState, LoopEvent, Boolean> BUILDER =
      builder();

  private final Machine machine;

  /** Creates and starts a machine from the shared, prepared builder. */
  public SquirrelLoop() {
    machine = BUILDER.newStateMachine(LoopState.RECEIVED);
    machine.start();
  }

  private static StateMachineBuilder<Machine, LoopState, LoopEvent, Boolean> builder() {
    StateMachineBuilder<Machine, LoopState, LoopEvent, Boolean> b = StateMachineBuilderFactory
        .create(Machine.class, LoopState.class, LoopEvent.class, Boolean.class);
    b.externalTransition().from(LoopState.RECEIVED).to(LoopState.TRIAGED).on(LoopEvent.TRIAGE);
    b.externalTransition().from(LoopState.TRIAGED).to(LoopState.ACKNOWLEDGED).on(LoopEvent.ACKNOWLEDGE);
    b.externalTransition().from(LoopState.ACKNOWLEDGED).to(LoopState.IN_PROGRESS).on(LoopEvent.START);
    b.externalTransition().from(LoopState.IN_PROGRESS).to(LoopState.RESOLVED).on(LoopEvent.RESOLVE)
        .when(new AnonymousCondition<Boolean>() {
          @Override
          public boolean isSatisfied(Boolean actorIsOwner) {
            return Boolean.TRUE.equals(actorIsOwner);
          }
        });
    b.externalTransition().from(LoopState.RESOLVED).to(LoopState.CLOSED).on(LoopEvent.CONFIRM);
    b.externalTransition().from(LoopState.CLOSED).to(LoopState.TRIAGED).on(LoopEvent.REOPEN);
    return b;
  }

  @Override
  public LoopState fire(LoopEvent event, boolean actorIsOwner) {
    machine.fire(event, actorIsOwner);
    return machine.getCurrentState();
  }

  @Override
  public LoopState state() {
    return machine.getCurrentState();
  }
}
