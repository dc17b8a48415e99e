package dev.huifang.closedloop.machine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.machine.SixStateLoop.Context;
import dev.huifang.closedloop.machine.SixStateLoop.Event;
import dev.huifang.closedloop.machine.SixStateLoop.State;
import org.junit.jupiter.api.Test;

/**
 * The order transitions are declared in does not matter: a definition lists them by state, then
 * event, then priority, and a cell tries the lower priority number first.
 */
class DeclarationOrderTest {

  /**
   * The six-state loop declared backwards, the give-up before the rework it yields to, and a
   * reopen from VERIFIED declared first: its event comes before ARCHIVE but its state after DONE.
   */
  private static StateMachineDefinition<State, Event, Context> backwards() {
    StateMachineDefinition.Builder<State, Event, Context> b =
        StateMachineDefinition.builder(State.class, Event.class);
    return b.name("backwards loop").initial(State.NEW).finals(State.ARCHIVED)
        .transition(Transition.of("archive", State.VERIFIED, Event.ARCHIVE, State.ARCHIVED))
        .transition("reopen", State.VERIFIED, Event.REJECT, State.WORKING)
        .transition(Transition.<State, Event, Context>of("give_up", State.DONE, Event.REJECT,
            State.ARCHIVED).priority(1))
        .transition("rework", State.DONE, Event.REJECT, State.WORKING,
            SixStateLoop.FEW_REJECTIONS)
        .transition(Transition.of("verify", State.DONE, Event.VERIFY, State.VERIFIED))
        .transition("finish", State.WORKING, Event.FINISH, State.DONE)
        .transition("start", State.ASSIGNED, Event.START, State.WORKING)
        .transition("assign", State.NEW, Event.ASSIGN, State.ASSIGNED)
        .build().get();
  }

  @Test
  void transitionsAreListedByStateEventAndPriority() {
    assertThat(backwards().transitions()).extracting(Transition::name)
        .containsExactly("assign", "start", "finish", "verify", "rework", "give_up", "reopen",
            "archive");
  }

  @Test
  void theLowerPriorityNumberIsTriedFirstWhateverTheDeclarationOrder() {
    StateMachineDefinition<State, Event, Context> machine = backwards();
    assertThat(machine.fire(State.DONE, Event.REJECT, new Context(0)).get().transition())
        .isEqualTo("rework");
    assertThat(machine.fire(State.DONE, Event.REJECT, new Context(3)).get().transition())
        .isEqualTo("give_up");
    assertThat(machine.fire(State.DONE, Event.REJECT, new Context(1)).isRight()).isTrue();
  }

  @Test
  void aDefinitionNamesItselfAndItsSize() {
    StateMachineDefinition<State, Event, Context> machine = backwards();
    assertThat(machine.name()).isEqualTo("backwards loop");
    assertThat(machine).hasToString("StateMachineDefinition[backwards loop, 6 states, "
        + "8 transitions]");
    assertThat(SixStateLoop.definition().name()).isEqualTo("six-state loop");
  }
}
