package dev.huifang.kafka.internal;

import dev.huifang.closedloop.CaseAdvance;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseStep;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.Problem;
import dev.huifang.kafka.CaseEffect;
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
import java.util.List;
import java.util.Objects;
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
 */
public final class CaseProcessor implements Processor<String, byte[], String, byte[]> {

  private final FeedbackLoop loop;
  private final Topics topics;
  private final Duration tick;
  private final String caseStoreName;
  private final String deadlineStoreName;
  private final String directoryStoreName;
  private final String effectsSink;
  private final String deadLetterSink;
  private @Nullable ProcessorContext<String, byte[]> context;
  private @Nullable KeyValueStore<String, FeedbackCase> cases;
  private @Nullable KeyValueStore<String, String> deadlines;
  private @Nullable StreamDirectory directory;

  /** A processor over the named stores, forwarding to the named sinks. */
  public CaseProcessor(FeedbackLoop loop, Topics topics, Duration tick, String caseStore,
      String deadlineStore, String directoryStore, String effectsSink, String deadLetterSink) {
    this.loop = loop;
    this.topics = topics;
    this.tick = tick;
    this.caseStoreName = caseStore;
    this.deadlineStoreName = deadlineStore;
    this.directoryStoreName = directoryStore;
    this.effectsSink = effectsSink;
    this.deadLetterSink = deadLetterSink;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> ctx) {
    this.context = ctx;
    this.cases = ctx.getStateStore(caseStoreName);
    this.deadlines = ctx.getStateStore(deadlineStoreName);
    KeyValueStore<String, byte[]> staff = ctx.getStateStore(directoryStoreName);
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
    KeyValueStore<String, FeedbackCase> store = Objects.requireNonNull(cases, "not initialised");
    FeedbackCase current = store.get(record.key());
    Either<Problem, FeedbackLoop> withStaff =
        Objects.requireNonNull(directory, "not initialised").loopFor(event, current);
    if (withStaff.isLeft()) {
      deadLetter(record, DeadLetter.APPLY, List.of(withStaff.getLeft()));
      return;
    }
    FeedbackLoop eventLoop = withStaff.get();
    Validation<Seq<Problem>, CaseStep> step;
    if (current == null) {
      if (!(event instanceof CaseEvent.Submitted submitted)) {
        deadLetter(record, DeadLetter.APPLY, List.of(Problem.of(Problem.UNKNOWN, "caseId",
            event.caseId().value(), "must name a submitted case: no case " + event.caseId()
                + " was submitted")));
        return;
      }
      step = eventLoop.open(submitted);
    } else {
      current = catchUp(eventLoop, current, event.at());
      step = eventLoop.apply(current, event);
    }
    if (step.isInvalid()) {
      deadLetter(record, DeadLetter.APPLY, step.getError().asJava());
      return;
    }
    CaseStep taken = step.get();
    if (taken.ignored()) {
      return;
    }
    save(current, taken.feedbackCase());
    emit(current, taken.feedbackCase(), event.eventId(), event.at(), taken.effects(),
        record.timestamp());
  }

  /** Advances a case whose next limit is due by {@code at}, before an event of that time. */
  private FeedbackCase catchUp(FeedbackLoop withStaff, FeedbackCase current, Instant at) {
    Instant due = Deadlines.nextDue(loop, current);
    if (due == null || due.isAfter(at) || at.isBefore(current.lastEventAt())) {
      return current;
    }
    Validation<Seq<Problem>, CaseAdvance> advanced = withStaff.advance(current, at);
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
    KeyValueStore<String, String> index = Objects.requireNonNull(deadlines, "not initialised");
    KeyValueStore<String, FeedbackCase> store = Objects.requireNonNull(cases, "not initialised");
    Instant now = Instant.ofEpochMilli(streamTime);
    List<KeyValue<String, String>> due = new ArrayList<>();
    try (KeyValueIterator<String, String> it = index.range(Deadlines.first(), Deadlines.upTo(now))) {
      it.forEachRemaining(due::add);
    }
    for (KeyValue<String, String> entry : due) {
      index.delete(entry.key);
      FeedbackCase current = store.get(entry.value);
      if (current == null) {
        continue;
      }
      Either<Problem, FeedbackLoop> withStaff =
          Objects.requireNonNull(directory, "not initialised").loopFor(null, current);
      Validation<Seq<Problem>, CaseAdvance> advanced = withStaff.isLeft()
          ? Validation.invalid(io.vavr.collection.List.of(withStaff.getLeft()))
          : withStaff.get().advance(current, now);
      if (advanced.isInvalid() || advanced.get().events().isEmpty()) {
        // a stale entry, or an event time ahead of stream time: look again when it can be due
        Instant again = Deadlines.nextDue(loop, current);
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
    if (before != null) {
      Instant old = Deadlines.nextDue(loop, before);
      if (old != null) {
        index.delete(Deadlines.key(old, id));
      }
    }
    Instant next = Deadlines.nextDue(loop, after);
    if (next != null) {
      index.put(Deadlines.key(next, id), id);
    }
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
