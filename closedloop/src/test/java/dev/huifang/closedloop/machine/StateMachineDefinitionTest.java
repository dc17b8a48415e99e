package dev.huifang.closedloop.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.huifang.closedloop.machine.SixStateLoop.Context;
import dev.huifang.closedloop.machine.SixStateLoop.Event;
import dev.huifang.closedloop.machine.SixStateLoop.State;
import dev.huifang.core.Problem;
import dev.huifang.testing.Theories;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateMachineDefinitionTest {

  private final StateMachineDefinition<State, Event, Context> machine = SixStateLoop.definition();

  @Test
  void firesTheTransitionOfTheCellAndSaysWhy() {
    Outcome<State, Event> outcome = machine.fire(State.NEW, Event.ASSIGN, new Context(0)).get();
    assertThat(outcome.from()).isEqualTo(State.NEW);
    assertThat(outcome.to()).isEqualTo(State.ASSIGNED);
    assertThat(outcome.transition()).isEqualTo("assign");
    assertThat(outcome.reason()).isEqualTo("unguarded transition assign");
    assertThat(outcome.effects()).isEmpty();
    assertThat(outcome.changed()).isTrue();
  }

  @Test
  void sharesThePrebuiltOutcomeOfATransitionWithoutAction() {
    Either<Problem, Outcome<State, Event>> first = machine.fire(State.NEW, Event.ASSIGN, new Context(0));
    assertThat(machine.fire(State.NEW, Event.ASSIGN, new Context(7))).isSameAs(first);
    assertThat(machine.fire(State.WORKING, Event.FINISH, new Context(0)))
        .isNotSameAs(machine.fire(State.WORKING, Event.FINISH, new Context(0)));
    assertThat(Action.<Context>none()).isSameAs(Action.<String>none());
    assertThat(Action.<Context>none()).hasToString("Action.none()");
    assertThat(Action.<Context>none().effects(new Context(0))).isEmpty();
  }

  @Test
  void returnsTheEffectsOfTheActionAsData() {
    Outcome<State, Event> outcome = machine.fire(State.WORKING, Event.FINISH, new Context(0)).get();
    assertThat(outcome.effects()).singleElement().isInstanceOf(Effect.Notify.class)
        .extracting(Effect::reason).isEqualTo("finish");
  }

  @Test
  void triesGuardedTransitionsByPriority() {
    Outcome<State, Event> rework = machine.fire(State.DONE, Event.REJECT, new Context(2)).get();
    assertThat(rework.to()).isEqualTo(State.WORKING);
    assertThat(rework.reason()).isEqualTo("transition rework: guard 'fewer than 3 rejections' held");
    Outcome<State, Event> giveUp = machine.fire(State.DONE, Event.REJECT, new Context(3)).get();
    assertThat(giveUp.to()).isEqualTo(State.ARCHIVED);
    assertThat(giveUp.transition()).isEqualTo("give_up");
  }

  @Test
  void targetAndTransitionForAgreeWithFireWithoutBuildingAnOutcome() {
    for (State state : State.values()) {
      for (Event event : Event.values()) {
        for (int rejections = 0; rejections < 5; rejections++) {
          Context context = new Context(rejections);
          Either<Problem, Outcome<State, Event>> fired = machine.fire(state, event, context);
          assertThat(machine.target(state, event, context))
              .isEqualTo(fired.isRight() ? fired.get().to() : null);
          Transition<State, Event, Context> taken = machine.transitionFor(state, event, context);
          if (fired.isLeft()) {
            assertThat(taken).isNull();
          } else {
            assertThat(taken).isNotNull();
            assertThat(taken.name()).isEqualTo(fired.get().transition());
            assertThat(taken.from()).isEqualTo(fired.get().from());
            assertThat(taken.to()).isEqualTo(fired.get().to());
            assertThat(taken.reason()).isEqualTo(fired.get().reason());
          }
        }
      }
    }
  }

  @Test
  void rejectsAnEventWithoutTransitionListingTheAcceptedOnes() {
    Either<Problem, Outcome<State, Event>> fired = machine.fire(State.DONE, Event.START, new Context(0));
    assertThat(fired.getLeft()).isEqualTo(new Problem(Problem.INCONSISTENT, "event", "\"START\"",
        "must be one of [VERIFY, REJECT] in state DONE"));
  }

  @Test
  void rejectsAnEventWhoseGuardsAllFail() {
    StateMachineDefinition.Builder<State, Event, Context> b =
        StateMachineDefinition.builder(State.class, Event.class);
    StateMachineDefinition<State, Event, Context> guarded = b.initial(State.NEW)
        .finals(State.ASSIGNED, State.WORKING, State.DONE, State.VERIFIED, State.ARCHIVED)
        .transition(Transition.<State, Event, Context>of("a", State.NEW, Event.ASSIGN, State.ASSIGNED)
            .when(Guard.of("never", c -> false)))
        .transition(Transition.of("b", State.NEW, Event.START, State.WORKING))
        .transition(Transition.of("c", State.NEW, Event.FINISH, State.DONE))
        .transition(Transition.of("d", State.NEW, Event.VERIFY, State.VERIFIED))
        .transition(Transition.of("e", State.NEW, Event.ARCHIVE, State.ARCHIVED))
        .build().get();
    assertThat(guarded.fire(State.NEW, Event.ASSIGN, new Context(0)).getLeft())
        .isEqualTo(new Problem(Problem.INCONSISTENT, "event", "\"ASSIGN\"",
            "needs one of the conditions [never] to hold in state NEW"));
  }

  @Test
  void reportsUnreachableStatesAndStatesWithoutWayOut() {
    StateMachineDefinition.Builder<State, Event, Context> b =
        StateMachineDefinition.builder(State.class, Event.class);
    Seq<Problem> problems = b.initial(State.NEW).finals(State.ARCHIVED)
        .transition(Transition.of("assign", State.NEW, Event.ASSIGN, State.ASSIGNED))
        .transition(Transition.of("start", State.ASSIGNED, Event.START, State.WORKING))
        .transition(Transition.of("finish", State.WORKING, Event.FINISH, State.DONE))
        .transition(Transition.of("verify", State.DONE, Event.VERIFY, State.VERIFIED))
        .transition(Transition.of("skip", State.VERIFIED, Event.ARCHIVE, State.DONE))
        .build().getError();
    assertThat(problems).containsExactly(
        new Problem(Problem.INCONSISTENT, "states.ARCHIVED", "\"ARCHIVED\"",
            "must be reachable from the initial state NEW"));
    Seq<Problem> stuck = SixStateLoop.builder().finals(State.VERIFIED).build().getError();
    assertThat(stuck).containsExactly(new Problem(Problem.INCONSISTENT, "transitions[6]",
        "\"archive\"", "must not leave final state VERIFIED: a final state has no way out"));
  }

  @Test
  void reportsANonFinalStateWithNoWayOut() {
    StateMachineDefinition.Builder<State, Event, Context> b =
        StateMachineDefinition.builder(State.class, Event.class);
    Seq<Problem> problems = b.initial(State.NEW).finals(State.ARCHIVED)
        .transition(Transition.of("assign", State.NEW, Event.ASSIGN, State.ASSIGNED))
        .transition(Transition.of("start", State.ASSIGNED, Event.START, State.WORKING))
        .transition(Transition.of("finish", State.WORKING, Event.FINISH, State.DONE))
        .transition(Transition.of("verify", State.DONE, Event.VERIFY, State.VERIFIED))
        .transition(Transition.of("archive", State.DONE, Event.ARCHIVE, State.ARCHIVED))
        .build().getError();
    assertThat(problems).containsExactly(new Problem(Problem.INCONSISTENT, "states.VERIFIED",
        "\"VERIFIED\"", "must have a way out: it is not final and no transition leaves it"));
  }

  @Test
  void reportsAmbiguousTransitionsOfOneCell() {
    Seq<Problem> problems = SixStateLoop.builder()
        .transition(Transition.of("verify_again", State.DONE, Event.VERIFY, State.VERIFIED))
        .build().getError();
    assertThat(problems).containsExactly(new Problem(Problem.INCONSISTENT, "transitions[7]",
        "\"verify_again\"", "must not fire on VERIFY from DONE with the same priority 0 as "
            + "transitions[3] (verify): give them different priorities"));
  }

  @Test
  void reportsATransitionShadowedByAnUnguardedOne() {
    Seq<Problem> problems = SixStateLoop.builder()
        .transition(Transition.<State, Event, Context>of("late", State.DONE, Event.VERIFY, State.WORKING)
            .when(SixStateLoop.FEW_REJECTIONS).priority(5))
        .build().getError();
    assertThat(problems).containsExactly(new Problem(Problem.INCONSISTENT, "transitions[7]",
        "\"late\"", "never fires: unguarded transitions[3] (verify) is tried first on VERIFY from DONE"));
  }

  @Test
  void reportsMissingInitialBlankAndDuplicateNames() {
    StateMachineDefinition.Builder<State, Event, Context> b =
        StateMachineDefinition.builder(State.class, Event.class);
    Seq<Problem> problems = b.name(" ").finals(State.NEW, State.ASSIGNED, State.WORKING,
            State.DONE, State.VERIFIED, State.ARCHIVED)
        .build().getError();
    assertThat(problems).containsExactly(
        new Problem(Problem.BLANK, "name", "\" \"", "must not be blank"),
        Problem.required("initial"));
    Seq<Problem> names = SixStateLoop.builder()
        .transition(Transition.of(" ", State.VERIFIED, Event.REJECT, State.DONE))
        .transition(Transition.of("assign", State.ASSIGNED, Event.REJECT, State.NEW))
        .build().getError();
    assertThat(names).containsExactly(
        new Problem(Problem.BLANK, "transitions[7].name", "\" \"", "must not be blank"),
        new Problem(Problem.DUPLICATE, "transitions[8].name", "\"assign\"",
            "must be unique, already used by transitions[0]"));
  }

  @Test
  void exportsMermaidDeterministically() {
    assertThat(machine.toMermaid()).isEqualTo("""
        ---
        title: six-state loop
        ---
        stateDiagram-v2
            [*] --> NEW
            NEW --> ASSIGNED : ASSIGN
            ASSIGNED --> WORKING : START
            WORKING --> DONE : FINISH
            DONE --> VERIFIED : VERIFY
            DONE --> WORKING : REJECT [fewer than 3 rejections]
            DONE --> ARCHIVED : REJECT
            VERIFIED --> ARCHIVED : ARCHIVE
            ARCHIVED --> [*]
        """);
    assertThat(SixStateLoop.definition().toMermaid()).isEqualTo(machine.toMermaid());
  }

  @Test
  void exportsDotDeterministically() {
    assertThat(machine.toDot()).isEqualTo("""
        digraph "six-state loop" {
          rankdir=TB;
          nodesep=0.8;
          node [shape=box, style=rounded];
          "__start" [shape=point];
          "NEW";
          "ASSIGNED";
          "WORKING";
          "DONE";
          "VERIFIED";
          "ARCHIVED" [peripheries=2];
          "__start" -> "NEW";
          "NEW" -> "ASSIGNED" [label="ASSIGN"];
          "ASSIGNED" -> "WORKING" [label="START"];
          "WORKING" -> "DONE" [label="FINISH"];
          "DONE" -> "VERIFIED" [label="VERIFY"];
          "DONE" -> "WORKING" [label="REJECT [fewer than 3 rejections]"];
          "DONE" -> "ARCHIVED" [label="REJECT"];
          "VERIFIED" -> "ARCHIVED" [label="ARCHIVE"];
        }
        """);
  }

  @Test
  void describesItsShape() {
    assertThat(machine.initial()).isEqualTo(State.NEW);
    assertThat(machine.finals()).containsExactly(State.ARCHIVED);
    assertThat(machine.states()).containsExactly(State.values());
    assertThat(machine.eventsFrom(State.DONE)).containsExactly(Event.VERIFY, Event.REJECT);
    assertThat(machine.transitions()).extracting(Transition::name)
        .containsExactly("assign", "start", "finish", "verify", "rework", "give_up", "archive");
  }

  @Test
  void noSequenceOfEventsLeavesTheDefinitionOrTheFinalState() {
    Theories.qt().forAll(lists().of(integers().between(0, Event.values().length - 1))
            .ofSizeBetween(0, 40), integers().between(0, 5))
        .checkAssert((events, rejections) -> {
          State state = machine.initial();
          for (int e : events) {
            State before = state;
            Either<Problem, Outcome<State, Event>> fired =
                machine.fire(state, Event.values()[e], new Context(rejections));
            if (fired.isRight()) {
              assertThat(fired.get().from()).isEqualTo(before);
              assertThat(machine.transitions()).extracting(Transition::name)
                  .contains(fired.get().transition());
              state = fired.get().to();
            } else {
              assertThat(fired.getLeft().code()).isEqualTo(Problem.INCONSISTENT);
              assertThat(machine.eventsFrom(before)).doesNotContain(Event.values()[e]);
            }
            assertThat(machine.states()).contains(state);
            if (machine.finals().contains(before)) {
              assertThat(state).isEqualTo(before);
            }
          }
        });
  }

  @Test
  void outcomesCopyTheirEffects() {
    List<Effect> effects = new java.util.ArrayList<>();
    Outcome<State, Event> outcome = new Outcome<>(State.NEW, State.NEW, Event.ASSIGN, "x", "y", effects);
    effects.add(new Effect.ScheduleFollowUp(java.time.Instant.EPOCH, "p", "r"));
    assertThat(outcome.effects()).isEmpty();
    assertThat(outcome.changed()).isFalse();
  }
}
