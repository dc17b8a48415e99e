package dev.huifang.benchmarks.closedloop.peer;

import java.util.EnumSet;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;

/** The case loop in Spring Statemachine, configured with its builder and a guard on RESOLVE. */
public final class SpringLoop implements LoopMachine {

  private static final String OWNER = "actorIsOwner";

  private final StateMachine<LoopState, LoopEvent> machine;

  /** Builds and starts the machine. */
  public SpringLoop() {
    try {
      StateMachineBuilder.Builder<LoopState, LoopEvent> builder = StateMachineBuilder.builder();
      builder.configureConfiguration().withConfiguration().autoStartup(false);
      builder.configureStates().withStates().initial(LoopState.RECEIVED)
          .states(EnumSet.allOf(LoopState.class));
      builder.configureTransitions()
          .withExternal().source(LoopState.RECEIVED).target(LoopState.TRIAGED).event(LoopEvent.TRIAGE).and()
          .withExternal().source(LoopState.TRIAGED).target(LoopState.ACKNOWLEDGED).event(LoopEvent.ACKNOWLEDGE).and()
          .withExternal().source(LoopState.ACKNOWLEDGED).target(LoopState.IN_PROGRESS).event(LoopEvent.START).and()
          .withExternal().source(LoopState.IN_PROGRESS).target(LoopState.RESOLVED).event(LoopEvent.RESOLVE)
              .guard(context -> Boolean.TRUE.equals(context.getMessageHeader(OWNER))).and()
          .withExternal().source(LoopState.RESOLVED).target(LoopState.CLOSED).event(LoopEvent.CONFIRM).and()
          .withExternal().source(LoopState.CLOSED).target(LoopState.TRIAGED).event(LoopEvent.REOPEN);
      machine = builder.build();
    } catch (Exception e) {
      throw new IllegalStateException("cannot configure Spring Statemachine", e);
    }
    machine.startReactively().block();
  }

  @Override
  @SuppressWarnings("deprecation")
  public LoopState fire(LoopEvent event, boolean actorIsOwner) {
    machine.sendEvent(MessageBuilder.withPayload(event).setHeader(OWNER, actorIsOwner).build());
    return machine.getState().getId();
  }

  @Override
  public LoopState state() {
    return machine.getState().getId();
  }
}
