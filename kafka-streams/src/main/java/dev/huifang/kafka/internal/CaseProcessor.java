package dev.huifang.kafka.internal;

import dev.huifang.closedloop.CaseAdvance;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseStep;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.Problem;
import dev.huifang.kafka.CaseEffect;
import dev.huifang.kafka.CaseLoopSettings;
import dev.huifang.kafka.DeadLetter;
import dev.huifang.kafka.HuifangSerdes;
import dev.huifang.kafka.Topics;
import io.vavr.collection.Seq;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Applies case events with a {@link FeedbackLoop}, keeps each case in a key-value store and each
 * case's next due instant in a deadline index, and advances due cases on stream time.
 *
 * <p>For each event: read it (else a dead letter at stage {@code read}); its key must be its case
 * id; a case whose next limit fell due at or before the
 * event's time is advanced to that time first (so the outcome does not depend on when a tick came);
 * then the loop, with the directory's staff of the
 * teams concerned, opens or applies it (a Problem becomes a dead letter at stage {@code apply}; a
 * repeated event id changes and emits nothing). On each stream-time punctuation, only the cases
 * whose index key is due are read and advanced.
 *
 * <p>Retention: a finished case whose reopen window is over ({@link Deadlines#evictAt}) is removed
 * from the store and the index, on the punctuation at or after that instant on stream time, or
 * before an event dated at or after it. An event for a case not in the store is a dead letter
 * ({@link Problem#UNKNOWN}), and so is a submission dated before stream time less the shortest
 * reopen window ({@link Problem#RANGE}), which may repeat a removed case's: no case is ever
 * brought back without its history.
 */
public final class CaseProcessor implements Processor<String, byte[], String, byte[]> {

  /**
   * How many cases a task holds as objects, most recently used first, in front of its case store:
   * the events of a case that come close together, and the punctuation that follows them, read
   * the case without reading its JSON again. Every change is written to the store all the same.
   */
  static final int HELD_CASES = 1_000;

  /** Deadline-store keys marking a broken directory record's dead letter as written. */
  static final String REPORTED = "~directory-dead-letter|";

  private final FeedbackLoop loop;
  private final Topics topics;
  private final Duration tick;
  private final Duration keepClosed;
  private final String caseStoreName;
  private final String deadlineStoreName;
  private final String directoryStoreName;
  private final String effectsSink;
  private final String deadLetterSink;
  private @Nullable ProcessorContext<String, byte[]> context;
  private @Nullable KeyValueStore<String, FeedbackCase> cases;
  private @Nullable KeyValueStore<String, String> deadlines;
  private @Nullable StreamDirectory directory;
  private @Nullable KeyValueStore<String, byte[]> staffStore;
  /** The cases read or written last, most recent last, with their index instants. */
  private final Map<String, Held> held = new LinkedHashMap<>(256, 0.75f, true);

  /** A processor over the named stores, forwarding to the named sinks. */
  public CaseProcessor(FeedbackLoop loop, Topics topics, CaseLoopSettings settings,
      String caseStore, String deadlineStore, String directoryStore, String effectsSink,
      String deadLetterSink) {
    this.loop = loop;
    this.topics = topics;
    this.tick = settings.tick();
    this.keepClosed = settings.keepClosed();
    this.caseStoreName = caseStore;
    this.deadlineStoreName = deadlineStore;
    this.directoryStoreName = directoryStore;
    this.effectsSink = effectsSink;
    this.deadLetterSink = deadLetterSink;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> ctx) {
    held.clear(); // a revived task restarts from its store: nothing held may be newer than it
    this.context = ctx;
    this.cases = ctx.getStateStore(caseStoreName);
    this.deadlines = ctx.getStateStore(deadlineStoreName);
    KeyValueStore<String, byte[]> staff = ctx.getStateStore(directoryStoreName);
    this.staffStore = staff;
    this.directory = new StreamDirectory(loop, staff::get);
    ctx.schedule(tick, PunctuationType.STREAM_TIME, this::tick);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    ProcessorContext<String, byte[]> ctx = Objects.requireNonNull(context, "not initialised");
    String topic = ctx.recordMetadata().map(RecordMetadata::topic).orElse(topics.caseEvents());
    if (topic.equals(topics.caseTicks())) {
      return; // a tick only moves stream time; the punctuation does the work
    }
    Validation<Seq<Problem>, CaseEvent> read = HuifangSerdes.read(record.value(), CaseEvent.class);
    if (read.isInvalid()) {
      deadLetter(record, DeadLetter.READ, read.getError().toJavaList());
      return;
    }
    CaseEvent event = read.get();
    if (!event.caseId().value().equals(record.key())) {
      deadLetter(record, DeadLetter.READ, List.of(Problem.of(Problem.INCONSISTENT, "key",
          record.key(), "must be the event's case id (" + event.caseId() + "), so that every "
              + "event of a case goes to the same partition")));
      return;
    }
    FeedbackCase current = load(record.key());
    if (current != null && evictable(current, event.at())) {
      evict(current); // finished and past its reopen window by this event's own time
      current = null;
    }
    if (current == null) {
      Problem unknown = unknownCase(event, ctx.currentStreamTimeMs());
      if (unknown != null) {
        deadLetter(record, DeadLetter.APPLY, List.of(unknown));
        return;
      }
    }
    Either<Problem, FeedbackLoop> withStaff =
        Objects.requireNonNull(directory, "not initialised").loopFor(event, current);
    if (withStaff.isLeft()) {
      deadLetter(record, DeadLetter.APPLY, List.of(withStaff.getLeft()));
      return;
    }
    FeedbackLoop eventLoop = withStaff.get();
    Validation<Seq<Problem>, CaseStep> step;
    if (current == null) {
      step = LoopDecisions.open(eventLoop, (CaseEvent.Submitted) event);
    } else {
      current = catchUp(eventLoop, current, event.at());
      step = LoopDecisions.apply(eventLoop, current, event);
    }
    if (step.isInvalid()) {
      deadLetter(record, DeadLetter.APPLY, step.getError().toJavaList());
      return;
    }
    CaseStep taken = step.get();
    if (taken.ignored()) {
      return;
    }
    save(current, taken.feedbackCase());
    emit(current, taken.feedbackCase(), event.eventId().value(), event.at(), taken.effects(),
        record.timestamp());
  }

  /** Advances a case whose next limit is due by {@code at}, before an event of that time. */
  private FeedbackCase catchUp(FeedbackLoop withStaff, FeedbackCase current, Instant at) {
    // the index instant is never after the next due one (it is the earlier of that and the
    // removal, which came first if due), and is held with the case: no clocks are read here
    Instant due = indexedOf(current);
    if (due == null || due.isAfter(at) || at.isBefore(current.lastEventAt())) {
      return current;
    }
    Validation<Seq<Problem>, CaseAdvance> advanced =
        LoopDecisions.advance(withStaff, current, at);
    if (advanced.isInvalid() || advanced.get().events().isEmpty()) {
      return current;
    }
    FeedbackCase next = advanced.get().feedbackCase();
    save(current, next);
    emit(current, next, CaseEffect.TICK, at, advanced.get().effects(), at.toEpochMilli());
    return next;
  }

  /** Advances every case due at or before stream time {@code streamTime}. */
  private void tick(long streamTime) {
    reportBrokenStaff(streamTime);
    KeyValueStore<String, String> index = Objects.requireNonNull(deadlines, "not initialised");
    KeyValueStore<String, FeedbackCase> store = Objects.requireNonNull(cases, "not initialised");
    Instant now = Instant.ofEpochMilli(streamTime);
    List<KeyValue<String, String>> due = new ArrayList<>();
    try (KeyValueIterator<String, String> it = index.range(Deadlines.first(), Deadlines.upTo(now))) {
      it.forEachRemaining(due::add);
    }
    for (KeyValue<String, String> entry : due) {
      index.delete(entry.key);
      FeedbackCase current = load(entry.value);
      if (current == null) {
        continue;
      }
      if (evictable(current, now)) {
        store.delete(entry.value);
        held.remove(entry.value);
        continue;
      }
      Either<Problem, FeedbackLoop> withStaff =
          Objects.requireNonNull(directory, "not initialised").loopFor(null, current);
      Validation<Seq<Problem>, CaseAdvance> advanced = withStaff.isLeft()
          ? Validation.invalid(io.vavr.collection.List.of(withStaff.getLeft()))
          : LoopDecisions.advance(withStaff.get(), current, now);
      if (advanced.isInvalid() || advanced.get().events().isEmpty()) {
        // a stale entry, or an event time ahead of stream time: look again when it can be due
        Instant again = Deadlines.indexed(loop, keepClosed, current);
        if (again != null) {
          if (!again.isAfter(now)) {
            Instant later = now.plus(tick);
            again = current.lastEventAt().isAfter(later) ? current.lastEventAt() : later;
          }
          index.put(Deadlines.key(again, entry.value), entry.value);
        }
        continue;
      }
      FeedbackCase next = advanced.get().feedbackCase();
      save(current, next);
      emit(current, next, CaseEffect.TICK, now, advanced.get().effects(), streamTime);
    }
  }

  private void save(@Nullable FeedbackCase before, FeedbackCase after) {
    KeyValueStore<String, String> index = Objects.requireNonNull(deadlines, "not initialised");
    String id = after.id().value();
    Objects.requireNonNull(cases, "not initialised").put(id, after);
    Instant old = before == null ? null : indexedOf(before);
    Instant next = Deadlines.indexed(loop, keepClosed, after);
    hold(new Held(after, next));
    if (old != null && old.equals(next)) {
      return;
    }
    if (old != null) {
      index.delete(Deadlines.key(old, id));
    }
    if (next != null) {
      index.put(Deadlines.key(next, id), id);
    }
  }

  /** The case from the cases held, else from the store; {@code null} when there is none. */
  private @Nullable FeedbackCase load(String id) {
    Held known = held.get(id);
    if (known != null) {
      return known.value();
    }
    FeedbackCase stored = Objects.requireNonNull(cases, "not initialised").get(id);
    if (stored != null) {
      hold(new Held(stored, Deadlines.indexed(loop, keepClosed, stored)));
    }
    return stored;
  }

  /** The instant {@code c} is indexed by: remembered when {@code c} is the case held. */
  private @Nullable Instant indexedOf(FeedbackCase c) {
    Held known = held.get(c.id().value());
    return known != null && known.value() == c ? known.indexed()
        : Deadlines.indexed(loop, keepClosed, c);
  }

  private void hold(Held c) {
    held.put(c.value().id().value(), c);
    if (held.size() > HELD_CASES) {
      Iterator<String> eldest = held.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  /** A case as in the store, and the instant it is indexed by ({@code null}: not indexed). */
  private record Held(FeedbackCase value, @Nullable Instant indexed) {}

  /**
   * Writes the dead letters of broken directory records (kept by {@link DirectoryProcessor} in the
   * global store) to the dead-letter topic, each once: only the task of partition 0 does it, and
   * it marks each as written in its deadline store (outside the range of due keys), so a restart
   * or a rebuilt global store writes none twice.
   */
  private void reportBrokenStaff(long streamTime) {
    ProcessorContext<String, byte[]> ctx = Objects.requireNonNull(context, "not initialised");
    KeyValueStore<String, byte[]> staff = Objects.requireNonNull(staffStore, "not initialised");
    KeyValueStore<String, String> index = Objects.requireNonNull(deadlines, "not initialised");
    if (ctx.taskId().partition() != 0) {
      return;
    }
    List<KeyValue<String, byte[]>> broken = new ArrayList<>();
    try (KeyValueIterator<String, byte[]> it =
        staff.prefixScan(DirectoryProcessor.DEAD_LETTER_PREFIX, new StringSerializer())) {
      it.forEachRemaining(broken::add);
    }
    for (KeyValue<String, byte[]> entry : broken) {
      String mark = REPORTED + entry.key.substring(DirectoryProcessor.DEAD_LETTER_PREFIX.length());
      if (index.get(mark) == null) {
        ctx.forward(new Record<>(DirectoryProcessor.keyOf(entry.key), entry.value, streamTime),
            deadLetterSink);
        index.put(mark, "");
      }
    }
  }

  /** True when {@code c} is finished and its reopen window is over at {@code at}. */
  private boolean evictable(FeedbackCase c, Instant at) {
    Instant evictAt = Deadlines.evictAt(loop.policy(), keepClosed, c);
    return evictAt != null && !evictAt.isAfter(at);
  }

  /** Removes a finished case from the store (a changelog tombstone) and from the index. */
  private void evict(FeedbackCase c) {
    String id = c.id().value();
    Objects.requireNonNull(cases, "not initialised").delete(id);
    Instant indexed = indexedOf(c);
    held.remove(id);
    if (indexed != null) {
      Objects.requireNonNull(deadlines, "not initialised").delete(Deadlines.key(indexed, id));
    }
  }

  /**
   * Why an event for a case not in the store is refused, or {@code null} for a submission that may
   * open it. An event other than a submission names no case: never submitted, or finished and
   * removed after its reopen window. A submission dated more than the shortest reopen window
   * before stream time may be a repeat of a case already removed: opening it again would bring
   * back a case without its history, so it is refused too.
   */
  private @Nullable Problem unknownCase(CaseEvent event, long streamTime) {
    Duration window = shortestWindow();
    if (!(event instanceof CaseEvent.Submitted)) {
      return Problem.of(Problem.UNKNOWN, "caseId", event.caseId().value(),
          "must name a case in the store: no case " + event.caseId() + " was submitted, or it "
              + "was finished and removed after its reopen window (closed cases are kept "
              + keepClosed + ", declined or merged ones the contest window of "
              + loop.policy().limits().contestWindow() + ")");
    }
    Instant earliest = Instant.ofEpochMilli(streamTime).minus(window);
    if (event.at().isBefore(earliest)) {
      return Problem.of(Problem.RANGE, "at", event.at(), "must not be before " + earliest
          + " (stream time " + Instant.ofEpochMilli(streamTime) + " less " + window + ", the "
          + "shortest reopen window): a case submitted earlier may have been finished and "
          + "removed, and would come back without its history");
    }
    return null;
  }

  private Duration shortestWindow() {
    Duration contest = loop.policy().limits().contestWindow();
    return contest.compareTo(keepClosed) < 0 ? contest : keepClosed;
  }

  private void emit(@Nullable FeedbackCase before, FeedbackCase after, String cause, Instant at,
      List<Effect> effects, long timestamp) {
    ProcessorContext<String, byte[]> ctx = Objects.requireNonNull(context, "not initialised");
    String id = after.id().value();
    for (Effect effect : effects) {
      CaseEffect out = new CaseEffect(after.id(), cause, at, after.state(), after.version(),
          CaseEffect.kindOf(effect), effect, effect.reason());
      ctx.forward(new Record<>(id, HuifangSerdes.bytes(out), timestamp), effectsSink);
    }
    boolean wasClosed = before != null && before.closedAt() != null;
    if (after.closedAt() != null && !wasClosed) {
      CaseEffect closed = new CaseEffect(after.id(), cause, at, after.state(), after.version(),
          "closed", null, after.lastReason());
      ctx.forward(new Record<>(id, HuifangSerdes.bytes(closed), timestamp), effectsSink);
    }
  }

  private void deadLetter(Record<String, byte[]> record, String stage, List<Problem> problems) {
    ProcessorContext<String, byte[]> ctx = Objects.requireNonNull(context, "not initialised");
    ctx.forward(DeadLetters.of(ctx, record, topics.caseEvents(), stage, problems), deadLetterSink);
  }
}
