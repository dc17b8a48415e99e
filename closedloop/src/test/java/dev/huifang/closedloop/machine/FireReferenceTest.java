package dev.huifang.closedloop.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.huifang.closedloop.Recipient;
import dev.huifang.closedloop.machine.SixStateLoop.Context;
import dev.huifang.closedloop.machine.SixStateLoop.Event;
import dev.huifang.closedloop.machine.SixStateLoop.State;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.testing.Theories;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code fire}, {@code target} and {@code transitionFor} answer as the declared transitions read
 * by hand: of the transitions from the state on the event, by priority, the first whose guard
 * holds (or that has none). The kernel answers from precomputed first outcomes and guards; random
 * machines with guarded, unguarded and acting transitions at every position of a cell pin that
 * this shortcut never changes an answer.
 */
class FireReferenceTest {

  @Test
  void fireAnswersAsTheDeclaredTransitionsReadByPriority() {
    Theories.qt().forAll(longs().all()).checkAssert(seed -> {
      List<Transition<State, Event, Context>> declared = randomTransitions(new Random(seed));
      StateMachineDefinition.Builder<State, Event, Context> builder =
          StateMachineDefinition.<State, Event, Context>builder(State.class, Event.class)
              .name("random").initial(State.NEW);
      declared.forEach(builder::transition);
      StateMachineDefinition<State, Event, Context> machine = builder.build().get();
      for (State state : State.values()) {
        for (Event event : Event.values()) {
          for (int rejections = 0; rejections <= 5; rejections++) {
            Context context = new Context(rejections);
            Transition<State, Event, Context> expected = byHand(declared, state, event, context);
            Either<Problem, Outcome<State, Event>> fired = machine.fire(state, event, context);
            if (expected == null) {
              assertThat(fired.isLeft()).as("%s on %s with %s", event, state, context).isTrue();
              assertThat(machine.target(state, event, context)).isNull();
              assertThat(machine.transitionFor(state, event, context)).isNull();
              continue;
            }
            assertThat(fired.isRight()).as("%s on %s with %s", event, state, context).isTrue();
            Outcome<State, Event> outcome = fired.get();
            assertThat(outcome.transition()).isEqualTo(expected.name());
            assertThat(outcome.from()).isEqualTo(state);
            assertThat(outcome.to()).isEqualTo(expected.to());
            assertThat(outcome.reason()).isEqualTo(expected.reason());
            assertThat(outcome.effects()).isEqualTo(expected.action().effects(context));
            assertThat(machine.target(state, event, context)).isEqualTo(expected.to());
            assertThat(machine.transitionFor(state, event, context)).isSameAs(expected);
          }
        }
      }
    });
  }

  private static @Nullable Transition<State, Event, Context> byHand(
      List<Transition<State, Event, Context>> declared, State state, Event event,
      Context context) {
    List<Transition<State, Event, Context>> cell = new ArrayList<>();
    for (Transition<State, Event, Context> t : declared) {
      if (t.from() == state && t.event() == event) {
        cell.add(t);
      }
    }
    cell.sort(Comparator.comparingInt(Transition::priority));
    for (Transition<State, Event, Context> t : cell) {
      Guard<Context> guard = t.guard();
      if (guard == null || guard.holds(context)) {
        return t;
      }
    }
    return null;
  }

  /**
   * A ring on ARCHIVE that reaches every state, and on the other events cells of up to three
   * transitions, each guarded or not (only the last by priority may be unguarded, or it would
   * shadow the rest), acting or not, declared in any order.
   */
  private static List<Transition<State, Event, Context>> randomTransitions(Random random) {
    List<Transition<State, Event, Context>> declared = new ArrayList<>();
    State[] states = State.values();
    for (State state : states) {
      declared.add(Transition.of("ring_" + state, state, Event.ARCHIVE,
          states[(state.ordinal() + 1) % states.length]));
      for (Event event : Event.values()) {
        if (event == Event.ARCHIVE) {
          continue;
        }
        int size = random.nextInt(4);
        List<Transition<State, Event, Context>> cell = new ArrayList<>();
        for (int priority = 0; priority < size; priority++) {
          Transition<State, Event, Context> t = Transition.<State, Event, Context>of(
              state + "_" + event + "_" + priority, state, event,
              states[random.nextInt(states.length)]).priority(priority);
          if (priority < size - 1 || random.nextBoolean()) {
            int bound = random.nextInt(6);
            t = random.nextBoolean()
                ? t.when(Guard.of("under " + bound, c -> c.rejections() < bound))
                : t.when(Guard.of("at least " + bound, c -> c.rejections() >= bound));
          }
          if (random.nextInt(3) == 0) {
            String reason = t.name();
            t = t.then(c -> List.of(new Effect.Notify(Recipient.actor("owner"),
                LocalizedText.of("第" + c.rejections() + "次", "rejection " + c.rejections()),
                reason)));
          }
          cell.add(t);
        }
        Collections.shuffle(cell, random);
        declared.addAll(cell);
      }
    }
    return declared;
  }
}
