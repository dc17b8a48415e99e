package dev.huifang.closedloop.machine;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.internal.TableMachine;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, validated state machine over enum states {@code S} and enum events {@code E},
 * whose guards and actions read a context {@code C}.
 *
 * <p>The rules a definition enforces when built ({@link Builder#build()}): an initial state is
 * given; every state is reachable from it; every state that is not final has a way out; a final
 * state has none; transition names are unique; and in each (state, event) cell the kernel can
 * always tell which transition fires: no two transitions share a priority, and nothing is shadowed
 * by an unguarded transition tried before it. Every broken rule is a {@link Problem}.
 *
 * <p>Firing ({@link #fire}) looks the cell up in a table indexed by the enum ordinals and never
 * mutates anything; the caller keeps the returned state.
 *
 * @param <S> the state enum
 * @param <E> the event enum
 * @param <C> the context read by guards and actions
 */
public interface StateMachineDefinition<S extends Enum<S>, E extends Enum<E>, C> {

  /**
   * A builder for a machine over every constant of {@code states} and {@code events}.
   *
   * @throws NullPointerException if either class is null
   */
  static <S extends Enum<S>, E extends Enum<E>, C> Builder<S, E, C> builder(
      Class<S> states, Class<E> events) {
    return new Builder<>(states, events);
  }

  /** The name of the machine, used as the title of diagrams. */
  String name();

  /** The state every run starts in. */
  S initial();

  /** The final states, in ordinal order. */
  Set<S> finals();

  /** Every state, in ordinal order. */
  List<S> states();

  /** Every transition, ordered by source state, event and priority. */
  List<Transition<S, E, C>> transitions();

  /** The events that have at least one transition out of {@code state}, in ordinal order. */
  List<E> eventsFrom(S state);

  /**
   * Fires {@code event} in {@code state}: the first transition of that cell (by priority) whose
   * guard holds in {@code context} is taken.
   *
   * @return the outcome, or a {@link Problem#INCONSISTENT} Problem at path {@code event} when no
   *     transition of the definition leaves {@code state} on {@code event} (the rule lists the
   *     events it accepts there) or when no guard of that cell holds (the rule names the guards)
   */
  Either<Problem, Outcome<S, E>> fire(S state, E event, C context);

  /**
   * The state {@code event} leads to from {@code state}, without building an outcome or running
   * actions: the allocation-free path for hot loops that only need the next state (a simulation,
   * a benchmark, a check of what a button would do).
   *
   * @return the target state of the first transition of the cell whose guard holds, or
   *     {@code null} when none does (call {@link #fire} to learn why)
   */
  @Nullable S target(S state, E event, C context);

  /**
   * The transition {@code event} takes from {@code state}, without running its action: for folds
   * that need the target and the transition's reason but not its effects, such as rebuilding a
   * case from its event log, where the effects were carried out when the events first came.
   *
   * @return the first transition of the cell whose guard holds, or {@code null} when none does
   *     (call {@link #fire} to learn why)
   */
  @Nullable Transition<S, E, C> transitionFor(S state, E event, C context);

  /** The machine as a Mermaid {@code stateDiagram-v2}; the same definition gives the same text. */
  String toMermaid();

  /**
   * The machine as a Graphviz DOT digraph; the same definition gives the same text. Transitions
   * between the same two states share one edge whose label lists them one per line.
   */
  String toDot();

  /**
   * Collects the parts of a definition; {@link #build()} validates and compiles them.
   *
   * @param <S> the state enum
   * @param <E> the event enum
   * @param <C> the context type
   */
  final class Builder<S extends Enum<S>, E extends Enum<E>, C> {
    private final Class<S> stateType;
    private final Class<E> eventType;
    private String name = "machine";
    private @Nullable S initial;
    private final EnumSet<S> finals;
    private final List<Transition<S, E, C>> transitions = new ArrayList<>();

    Builder(Class<S> states, Class<E> events) {
      this.stateType = requireNonNull(states, "states is null");
      this.eventType = requireNonNull(events, "events is null");
      this.finals = EnumSet.noneOf(states);
    }

    /** Names the machine; {@code machine} unless set. */
    public Builder<S, E, C> name(String value) {
      this.name = requireNonNull(value, "name is null");
      return this;
    }

    /** The state every run starts in; required. */
    public Builder<S, E, C> initial(S state) {
      this.initial = requireNonNull(state, "state is null");
      return this;
    }

    /** Declares final states: states a run may end in, with no way out. */
    @SafeVarargs
    public final Builder<S, E, C> finals(S... states) {
      for (S state : states) {
        finals.add(requireNonNull(state, "state is null"));
      }
      return this;
    }

    /** Adds an unguarded transition without effects, priority 0. */
    public Builder<S, E, C> transition(String name, S from, E event, S to) {
      return transition(Transition.of(name, from, event, to));
    }

    /** Adds a transition that fires only when {@code guard} holds, without effects, priority 0. */
    public Builder<S, E, C> transition(String name, S from, E event, S to, Guard<C> guard) {
      return transition(Transition.<S, E, C>of(name, from, event, to).when(guard));
    }

    /** Adds a transition. */
    public Builder<S, E, C> transition(Transition<S, E, C> transition) {
      transitions.add(requireNonNull(transition, "transition is null"));
      return this;
    }

    /**
     * Validates and compiles the definition.
     *
     * @return the definition, or every Problem: {@link Problem#REQUIRED} {@code initial};
     *     {@link Problem#BLANK} {@code name} or {@code transitions[i].name};
     *     {@link Problem#DUPLICATE} {@code transitions[i].name};
     *     {@link Problem#INCONSISTENT} {@code states.X} for a state unreachable from the initial
     *     one or a non-final state with no way out, {@code transitions[i]} for a transition out of
     *     a final state, one that is ambiguous with another of the same cell and priority, or one
     *     shadowed by an unguarded transition tried before it
     */
    public Validation<Seq<Problem>, StateMachineDefinition<S, E, C>> build() {
      return TableMachine.compile(name, stateType, eventType, initial,
          Collections.unmodifiableSet(EnumSet.copyOf(finals)),
          List.copyOf(transitions));
    }
  }
}
