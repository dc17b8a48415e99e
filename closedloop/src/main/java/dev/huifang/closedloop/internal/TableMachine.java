package dev.huifang.closedloop.internal;

import dev.huifang.closedloop.machine.Action;
import dev.huifang.closedloop.machine.Guard;
import dev.huifang.closedloop.machine.Outcome;
import dev.huifang.closedloop.machine.StateMachineDefinition;
import dev.huifang.closedloop.machine.Transition;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A state machine compiled into a dense, flat table indexed by
 * {@code event ordinal * state count + state ordinal}, each cell the chain of its candidate
 * transitions by priority: firing is an array lookup, the guards of one cell and one outcome, with
 * no maps, streams or iterators on the way. Transitions without actions have their outcome built
 * once at compile time, so firing them allocates nothing.
 */
public final class TableMachine<S extends Enum<S>, E extends Enum<E>, C>
    implements StateMachineDefinition<S, E, C> {

  private final String name;
  private final S initial;
  private final Set<S> finals;
  private final List<S> states;
  private final List<Transition<S, E, C>> transitions;
  /** The first candidate of each cell at {@link #cell}; later ones via next. */
  private final @Nullable Compiled<S, E, C>[] table;
  private final int stateCount;
  private final List<List<E>> eventsFrom;
  /** What {@link #fire} reads first, by event ordinal: see {@link FirstByState}. */
  private final FirstByState<S, E, C>[] firstByEvent;

  private TableMachine(String name, S initial, Set<S> finals, List<S> states,
      List<Transition<S, E, C>> transitions, @Nullable Compiled<S, E, C>[] table,
      List<List<E>> eventsFrom) {
    this.name = name;
    this.initial = initial;
    this.finals = finals;
    this.states = states;
    this.transitions = transitions;
    this.table = table;
    this.eventsFrom = eventsFrom;
    this.stateCount = states.size();
    int eventCount = stateCount == 0 ? 0 : table.length / stateCount;
    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array; it never leaves this class
    FirstByState<S, E, C>[] rows = new FirstByState[eventCount];
    for (int event = 0; event < eventCount; event++) {
      rows[event] = new FirstByState<>(table, event * stateCount, stateCount);
    }
    this.firstByEvent = rows;
  }

  /** Validates the parts of a definition and compiles them; see the builder for the rules. */
  public static <S extends Enum<S>, E extends Enum<E>, C>
      Validation<Seq<Problem>, StateMachineDefinition<S, E, C>> compile(String name,
          Class<S> stateType, Class<E> eventType, @Nullable S initial, Set<S> finals,
          List<Transition<S, E, C>> declared) {
    S[] allStates = stateType.getEnumConstants();
    E[] allEvents = eventType.getEnumConstants();
    Checklist checks = Checklist.root().notBlank("name", name).present("initial", initial);
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      Transition<S, E, C> t = declared.get(i);
      String at = Problem.index("transitions", i);
      checks.notBlank(Problem.join(at, "name"), t.name());
      Integer first = names.putIfAbsent(t.name(), i);
      checks.require(first == null, Problem.DUPLICATE, Problem.join(at, "name"), t.name(),
          "must be unique, already used by transitions[" + first + "]");
      checks.require(!finals.contains(t.from()), Problem.INCONSISTENT, at, t.name(),
          "must not leave final state " + t.from() + ": a final state has no way out");
    }
    List<Transition<S, E, C>> sorted = new ArrayList<>(declared);
    sorted.sort(Comparator.<Transition<S, E, C>>comparingInt(t -> t.from().ordinal())
        .thenComparingInt(t -> t.event().ordinal())
        .thenComparingInt(Transition::priority));
    checkCells(declared, checks);
    if (initial != null) {
      checkGraph(allStates, initial, finals, declared, checks);
    }
    @SuppressWarnings({"unchecked", "rawtypes"}) // generic arrays cannot be created without a raw type
    @Nullable Compiled<S, E, C>[] table = new Compiled[allEvents.length * allStates.length];
    List<List<E>> eventsFrom = new ArrayList<>();
    for (S state : allStates) {
      List<E> events = new ArrayList<>();
      for (E event : allEvents) {
        List<Transition<S, E, C>> cell = new ArrayList<>();
        for (Transition<S, E, C> t : sorted) {
          if (t.from() == state && t.event() == event) {
            cell.add(t);
          }
        }
        Compiled<S, E, C> first = null;
        for (int i = cell.size() - 1; i >= 0; i--) {
          first = new Compiled<>(cell.get(i), first);
        }
        if (first != null) {
          table[cell(event.ordinal(), state.ordinal(), allStates.length)] = first;
          events.add(event);
        }
      }
      eventsFrom.add(List.copyOf(events));
    }
    if (initial == null) {
      // "initial" is already a Problem of the checklist
      return Validation.invalid(checks.problems());
    }
    S start = initial;
    return checks.toValidation(() -> new TableMachine<>(name, start, finals,
        List.of(allStates), List.copyOf(sorted), table,
        List.copyOf(eventsFrom)));
  }

  private static <S extends Enum<S>, E extends Enum<E>, C> void checkCells(
      List<Transition<S, E, C>> declared, Checklist checks) {
    for (int j = 0; j < declared.size(); j++) {
      Transition<S, E, C> later = declared.get(j);
      for (int i = 0; i < j; i++) {
        Transition<S, E, C> earlier = declared.get(i);
        if (earlier.from() != later.from() || earlier.event() != later.event()) {
          continue;
        }
        String at = Problem.index("transitions", j);
        if (earlier.priority() == later.priority()) {
          checks.add(Problem.of(Problem.INCONSISTENT, at, later.name(),
              "must not fire on " + later.event() + " from " + later.from()
                  + " with the same priority " + later.priority() + " as transitions[" + i
                  + "] (" + earlier.name() + "): give them different priorities"));
          continue;
        }
        Transition<S, E, C> first = earlier.priority() < later.priority() ? earlier : later;
        Transition<S, E, C> second = first == earlier ? later : earlier;
        if (first.guard() == null) {
          int shadowed = second == later ? j : i;
          int shadowing = second == later ? i : j;
          checks.add(Problem.of(Problem.INCONSISTENT, Problem.index("transitions", shadowed),
              second.name(), "never fires: unguarded transitions[" + shadowing + "] ("
                  + first.name() + ") is tried first on " + first.event() + " from "
                  + first.from()));
        }
      }
    }
  }

  private static <S extends Enum<S>, E extends Enum<E>, C> void checkGraph(S[] allStates,
      S initial, Set<S> finals, List<Transition<S, E, C>> declared, Checklist checks) {
    Class<S> type = initial.getDeclaringClass();
    EnumSet<S> reached = EnumSet.of(initial);
    Deque<S> todo = new ArrayDeque<>(List.of(initial));
    while (!todo.isEmpty()) {
      S state = todo.removeFirst();
      for (Transition<S, E, C> t : declared) {
        if (t.from() == state && reached.add(t.to())) {
          todo.addLast(t.to());
        }
      }
    }
    EnumSet<S> withExit = EnumSet.noneOf(type);
    for (Transition<S, E, C> t : declared) {
      withExit.add(t.from());
    }
    for (S state : allStates) {
      String at = Problem.join("states", state.name());
      checks.require(reached.contains(state), Problem.INCONSISTENT, at, state.name(),
          "must be reachable from the initial state " + initial);
      checks.require(finals.contains(state) || withExit.contains(state), Problem.INCONSISTENT,
          at, state.name(), "must have a way out: it is not final and no transition leaves it");
    }
  }

  /** The index of the cell of an event and a state in the table and its companions. */
  private static int cell(int event, int state, int stateCount) {
    return event * stateCount + state;
  }

  @Override
  public Either<Problem, Outcome<S, E>> fire(S state, E event, C context) {
    // the row depends on the event alone: in a replay, where each state waits for the one
    // before, it is read while that state is computed, leaving one array read on the way
    FirstByState<S, E, C> row = firstByEvent[event.ordinal()];
    int s = state.ordinal();
    Either<Problem, Outcome<S, E>> shared = row.outcome[s];
    if (shared != null) {
      Guard<C> guard = row.guard[s];
      if (guard == null || guard.holds(context)) {
        return shared;
      }
    }
    return beyondShared(state, event, context, shared != null);
  }

  /**
   * The outcome when the cell's first transition has an action or its guard failed
   * ({@code firstTried}), read from the rest of the cell; out of {@link #fire} so that its hot
   * path stays small enough for the JIT to inline into callers.
   */
  private Either<Problem, Outcome<S, E>> beyondShared(S state, E event, C context,
      boolean firstTried) {
    Compiled<S, E, C> first = table[cell(event.ordinal(), state.ordinal(), stateCount)];
    for (Compiled<S, E, C> t = first == null || !firstTried ? first : first.next; t != null;
        t = t.next) {
      Guard<C> guard = t.guard;
      if (guard == null || guard.holds(context)) {
        Either<Problem, Outcome<S, E>> shared = t.outcome;
        return shared != null ? shared : withEffects(t, state, event, context);
      }
    }
    return refusal(state, event);
  }

  /** The outcome of a transition whose action asks for effects, built for this firing. */
  private Either<Problem, Outcome<S, E>> withEffects(Compiled<S, E, C> t, S state, E event,
      C context) {
    return Either.right(new Outcome<>(state, t.to, event, t.name, t.reason,
        t.action.effects(context)));
  }

  /**
   * Why no transition of the cell of {@code state} and {@code event} was taken. Kept out of
   * {@link #fire} so that the hot path stays small enough for the JIT to inline into callers.
   */
  private Either<Problem, Outcome<S, E>> refusal(S state, E event) {
    Compiled<S, E, C> cell = table[cell(event.ordinal(), state.ordinal(), stateCount)];
    if (cell == null) {
      return Either.left(Problem.of(Problem.INCONSISTENT, "event", event.name(),
          "must be one of " + eventsFrom.get(state.ordinal()) + " in state " + state));
    }
    List<String> guards = new ArrayList<>();
    for (Compiled<S, E, C> c = cell; c != null; c = c.next) {
      Guard<C> guard = c.guard;
      guards.add(guard == null ? c.name : guard.name());
    }
    return Either.left(Problem.of(Problem.INCONSISTENT, "event", event.name(),
        "needs one of the conditions " + guards + " to hold in state " + state));
  }

  @Override
  public @Nullable S target(S state, E event, C context) {
    Compiled<S, E, C> taken = taken(state, event, context);
    return taken == null ? null : taken.to;
  }

  @Override
  public @Nullable Transition<S, E, C> transitionFor(S state, E event, C context) {
    Compiled<S, E, C> taken = taken(state, event, context);
    return taken == null ? null : taken.transition;
  }

  /** The first transition of the cell whose guard holds, or null. */
  private @Nullable Compiled<S, E, C> taken(S state, E event, C context) {
    for (Compiled<S, E, C> t = table[cell(event.ordinal(), state.ordinal(), stateCount)]; t != null;
        t = t.next) {
      Guard<C> guard = t.guard;
      if (guard == null || guard.holds(context)) {
        return t;
      }
    }
    return null;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public S initial() {
    return initial;
  }

  @Override
  public Set<S> finals() {
    return finals;
  }

  @Override
  public List<S> states() {
    return states;
  }

  @Override
  public List<Transition<S, E, C>> transitions() {
    return transitions;
  }

  @Override
  public List<E> eventsFrom(S state) {
    return eventsFrom.get(state.ordinal());
  }

  @Override
  public String toMermaid() {
    StringBuilder out = new StringBuilder("---\ntitle: ").append(name).append("\n---\n")
        .append("stateDiagram-v2\n")
        .append("    [*] --> ").append(initial.name()).append('\n');
    for (Transition<S, E, C> t : transitions) {
      out.append("    ").append(t.from().name()).append(" --> ").append(t.to().name())
          .append(" : ").append(label(t).replace(":", "&#58;")).append('\n');
    }
    for (S state : finals) {
      out.append("    ").append(state.name()).append(" --> [*]\n");
    }
    return out.toString();
  }

  @Override
  public String toDot() {
    StringBuilder out = new StringBuilder("digraph ").append(quote(name)).append(" {\n")
        // top to bottom: self-loop labels then sit beside their state, not over its neighbours
        .append("  rankdir=TB;\n")
        .append("  nodesep=0.8;\n")
        .append("  node [shape=box, style=rounded];\n")
        .append("  \"__start\" [shape=point];\n");
    for (S state : states) {
      out.append("  ").append(quote(state.name()))
          .append(finals.contains(state) ? " [peripheries=2];\n" : ";\n");
    }
    out.append("  \"__start\" -> ").append(quote(initial.name())).append(";\n");
    // one edge per pair of states, its events one per line: parallel edges and stacked
    // self-loops make a rendering unreadable
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (Transition<S, E, C> t : transitions) {
      edges.computeIfAbsent(quote(t.from().name()) + " -> " + quote(t.to().name()),
          k -> new ArrayList<>()).add(label(t));
    }
    edges.forEach((edge, labels) -> {
      StringJoiner label = new StringJoiner("\\n", "\"", "\"");
      labels.forEach(l -> label.add(escape(l)));
      out.append("  ").append(edge).append(" [label=").append(label).append("];\n");
    });
    return out.append("}\n").toString();
  }

  @Override
  public String toString() {
    return "StateMachineDefinition[" + name + ", " + states.size() + " states, "
        + transitions.size() + " transitions]";
  }

  /**
   * For one event, by state ordinal, the outcome of the cell's first transition when that
   * transition has no action (so it fires the same way whenever its guard holds) and that
   * transition's guard. {@link #fire} answers from these two slots when they suffice, and walks
   * the cell only when the first transition has an action or its guard fails.
   */
  private static final class FirstByState<S extends Enum<S>, E extends Enum<E>, C> {
    final @Nullable Either<Problem, Outcome<S, E>>[] outcome;
    final @Nullable Guard<C>[] guard;

    @SuppressWarnings({"unchecked", "rawtypes"}) // generic arrays; they never leave this class
    FirstByState(@Nullable Compiled<S, E, C>[] table, int offset, int stateCount) {
      outcome = new Either[stateCount];
      guard = new Guard[stateCount];
      for (int state = 0; state < stateCount; state++) {
        Compiled<S, E, C> first = table[offset + state];
        if (first != null) {
          outcome[state] = first.outcome;
          guard[state] = first.guard;
        }
      }
    }
  }

  /**
   * A transition as the table holds it: fields read directly and the reason text built once, so
   * firing allocates nothing but its outcome.
   */
  private static final class Compiled<S extends Enum<S>, E extends Enum<E>, C> {
    final Transition<S, E, C> transition;
    final S to;
    final String name;
    final String reason;
    final @Nullable Guard<C> guard;
    final Action<C> action;
    final @Nullable Compiled<S, E, C> next;
    /** The outcome, built once, when the action is {@link Action#none()}; it is immutable. */
    final @Nullable Either<Problem, Outcome<S, E>> outcome;

    Compiled(Transition<S, E, C> t, @Nullable Compiled<S, E, C> next) {
      this.transition = t;
      this.next = next;
      this.outcome = t.action() == NoAction.<C>instance()
          ? Either.right(new Outcome<>(t.from(), t.to(), t.event(), t.name(), t.reason(),
              List.of()))
          : null;
      this.to = t.to();
      this.name = t.name();
      this.reason = t.reason();
      this.guard = t.guard();
      this.action = t.action();
    }
  }

  private static String label(Transition<?, ?, ?> t) {
    return t.guard() == null ? t.event().name() : t.event().name() + " [" + t.guard().name() + "]";
  }

  private static String quote(String text) {
    return '"' + escape(text) + '"';
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
