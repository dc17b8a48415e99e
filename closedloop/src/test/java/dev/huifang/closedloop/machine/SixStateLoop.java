package dev.huifang.closedloop.machine;

import dev.huifang.core.LocalizedText;
import java.util.List;

/** A six-state loop used by the kernel's tests (and the shape the benchmark compares). */
final class SixStateLoop {

  enum State { NEW, ASSIGNED, WORKING, DONE, VERIFIED, ARCHIVED }

  enum Event { ASSIGN, START, FINISH, VERIFY, REJECT, ARCHIVE }

  /** The context: how many times the work was rejected. */
  record Context(int rejections) {}

  static final Guard<Context> FEW_REJECTIONS = Guard.of("fewer than 3 rejections", c -> c.rejections() < 3);

  private SixStateLoop() {}

  static StateMachineDefinition.Builder<State, Event, Context> builder() {
    StateMachineDefinition.Builder<State, Event, Context> b =
        StateMachineDefinition.builder(State.class, Event.class);
    return b.name("six-state loop").initial(State.NEW).finals(State.ARCHIVED)
        .transition("assign", State.NEW, Event.ASSIGN, State.ASSIGNED)
        .transition("start", State.ASSIGNED, Event.START, State.WORKING)
        .transition(Transition.<State, Event, Context>of("finish", State.WORKING, Event.FINISH, State.DONE)
            .then(c -> List.of(new Effect.Notify(dev.huifang.closedloop.Recipient.actor("submitter"),
                LocalizedText.of("工作已完成，请确认。", "The work is done; please confirm."), "finish"))))
        .transition(Transition.of("verify", State.DONE, Event.VERIFY, State.VERIFIED))
        .transition("rework", State.DONE, Event.REJECT, State.WORKING, FEW_REJECTIONS)
        .transition(Transition.<State, Event, Context>of("give_up", State.DONE, Event.REJECT, State.ARCHIVED)
            .priority(1))
        .transition(Transition.of("archive", State.VERIFIED, Event.ARCHIVE, State.ARCHIVED));
  }

  static StateMachineDefinition<State, Event, Context> definition() {
    return builder().build().get();
  }
}
