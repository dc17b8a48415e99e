package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.vavr.collection.HashMap;
import io.vavr.collection.Vector;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A case's event log: its accepted events in order, as a read-only {@link List} that appends in
 * constant time and answers "is this event id already in the log?" in constant time.
 *
 * <p>The log is persistent: {@link #append} returns a new log sharing the old one's structure, so
 * a case that is folded event by event, and every case it was folded from, stay immutable without
 * each event copying the whole log (which made a replay quadratic in the length of a case). It
 * equals any {@code List} with the same events in the same order; in JSON it is an array of
 * events. Event ids are meant to be unique; {@link #hasUniqueIds()} says whether they are, so
 * that a case read from tampered JSON can be told apart.
 */
public final class CaseLog extends AbstractList<CaseEvent> implements RandomAccess {

  private static final CaseLog EMPTY = new CaseLog(Vector.empty(), HashMap.empty());

  private final Vector<CaseEvent> events;
  private final HashMap<EventId, CaseEvent> eventIds;

  private CaseLog(Vector<CaseEvent> events, HashMap<EventId, CaseEvent> eventIds) {
    this.events = events;
    this.eventIds = eventIds;
  }

  /** The log with no events. */
  public static CaseLog empty() {
    return EMPTY;
  }

  /**
   * The log of these events, in this order.
   *
   * @throws NullPointerException if the list or an event is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CaseLog of(List<CaseEvent> events) {
    requireNonNull(events, "events is null");
    if (events instanceof CaseLog log) {
      return log;
    }
    CaseLog log = EMPTY;
    for (CaseEvent event : events) {
      log = log.append(event);
    }
    return log;
  }

  /**
   * This log with {@code event} added at the end; this log is unchanged.
   *
   * @throws NullPointerException if the event is null
   */
  public CaseLog append(CaseEvent event) {
    requireNonNull(event, "event is null");
    return new CaseLog(events.append(event), eventIds.put(event.eventId(), event));
  }

  /** True when an event with this id is in the log. */
  public boolean containsEventId(EventId eventId) {
    return eventIds.containsKey(eventId);
  }

  /** The event of the log with this id, or {@code null}. */
  public @Nullable CaseEvent eventWithId(EventId eventId) {
    return eventIds.get(eventId).getOrNull();
  }

  /** True when no two events of the log share an id. */
  public boolean hasUniqueIds() {
    return eventIds.size() == events.size();
  }

  @Override
  public CaseEvent get(int index) {
    return events.get(index);
  }

  @Override
  public int size() {
    return events.size();
  }

  @Override
  public Iterator<CaseEvent> iterator() {
    return events.iterator();
  }
}
