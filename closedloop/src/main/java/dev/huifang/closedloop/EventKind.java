package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.huifang.core.Problem;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One kind of {@link CaseEvent}, declared once beside its record (its {@code KIND} constant): the
 * state-machine trigger it fires (and through it who may send it, {@link CaseTrigger#senders()}),
 * the checks it adds to authorisation, how it changes the case, and the words its notifications
 * give as the reason.
 *
 * <p>The loop reads only these declarations: its fold, its authorisation and the machine's
 * notification texts have no switch over event types and no downcast, so a new kind of event is a
 * new record with its {@code KIND} (plus its transitions in the table and its name in JSON).
 *
 * @param <E> the event record of this kind
 */
public final class EventKind<E extends CaseEvent> {

  /** How an event of one kind changes the case, on top of what every accepted event changes. */
  @FunctionalInterface
  interface Change<E> {
    void apply(E event, FeedbackCase before, FeedbackCase.Builder after, LoopPolicy policy);
  }

  /** Problems an event of one kind adds to authorisation, read from the case and the policy. */
  @FunctionalInterface
  interface Admission<E> {
    List<Problem> problems(E event, FeedbackCase c, LoopPolicy policy, Directory directory);
  }

  private final Class<E> type;
  private final String name;
  private final @Nullable CaseTrigger trigger;
  private final Function<E, String> says;
  private final Admission<E> admission;
  private final Change<E> change;

  private EventKind(Class<E> type, @Nullable CaseTrigger trigger, Function<E, String> says,
      Admission<E> admission, Change<E> change) {
    this.type = type;
    this.name = jsonName(type);
    this.trigger = trigger;
    this.says = says;
    this.admission = admission;
    this.change = change;
  }

  static <E extends CaseEvent> EventKind<E> of(Class<E> type, @Nullable CaseTrigger trigger,
      Function<E, String> says, Change<E> change) {
    return new EventKind<>(type, trigger, says, (e, c, p, d) -> List.of(), change);
  }

  static <E extends CaseEvent> EventKind<E> of(Class<E> type, @Nullable CaseTrigger trigger,
      Function<E, String> says, Admission<E> admission, Change<E> change) {
    return new EventKind<>(type, trigger, says, admission, change);
  }

  /** The name of this kind in JSON, the {@code type} of each event (e.g. {@code resolved}). */
  public String name() {
    return name;
  }

  /** The event record of this kind. */
  public Class<E> type() {
    return type;
  }

  /** The state-machine trigger it fires, or {@code null} for a submission, which creates cases. */
  public @Nullable CaseTrigger trigger() {
    return trigger;
  }

  /** The event's own words (a reason, a resolution, a question), which the notifications it causes quote. */
  public String says(CaseEvent event) {
    return says.apply(narrow(event));
  }

  /**
   * The Problems this kind adds to authorisation for {@code event} on case {@code c}: e.g. a
   * triage names an owner who must not be the submitter's side, and a category the routing knows.
   */
  public List<Problem> admissionProblems(CaseEvent event, FeedbackCase c, LoopPolicy policy,
      Directory directory) {
    return admission.problems(narrow(event), c, policy, directory);
  }

  /**
   * Applies what an accepted {@code event} of this kind changes in the case to {@code after},
   * a builder already holding {@code before} with the new state, version and log.
   */
  public void change(CaseEvent event, FeedbackCase before, FeedbackCase.Builder after,
      LoopPolicy policy) {
    change.apply(narrow(event), before, after, policy);
  }

  /**
   * {@code event} as an event of this kind; the only place where a case event is narrowed to its
   * record, so that readers of a kind never cast.
   *
   * @throws IllegalArgumentException if the event is of another kind (a programmer error)
   */
  public E narrow(CaseEvent event) {
    requireNonNull(event, "event is null");
    if (!type.isInstance(event)) {
      throw new IllegalArgumentException("event " + event.eventId() + " is " + event.kind()
          + ", not " + name);
    }
    return type.cast(event);
  }

  @Override
  public String toString() {
    return name;
  }

  /** The kind's JSON name, as {@link CaseEvent}'s list of types declares it for Jackson. */
  private static String jsonName(Class<?> type) {
    JsonSubTypes subtypes = CaseEvent.class.getAnnotation(JsonSubTypes.class);
    for (JsonSubTypes.Type t : subtypes.value()) {
      if (t.value() == type) {
        return t.name();
      }
    }
    throw new IllegalStateException(type.getSimpleName() + " has no JSON name in CaseEvent");
  }
}
