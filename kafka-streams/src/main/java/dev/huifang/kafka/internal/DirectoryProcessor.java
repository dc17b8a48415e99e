package dev.huifang.kafka.internal;

import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.Directory;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.core.Problem;
import dev.huifang.kafka.DeadLetter;
import dev.huifang.kafka.HuifangSerdes;
import dev.huifang.kafka.TeamStaff;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the global directory store equal to the valid records of the compacted directory topic: a
 * valid record puts the team's staff, a tombstone removes it, a broken record changes nothing.
 *
 * <p>Rules: a record is valid when it has a team code as its key (not starting with the reserved
 * {@link #DEAD_LETTER_PREFIX}) and its value is a {@link TeamStaff} whose actor ids the library's
 * {@link Directory} accepts for that team. A broken record (not JSON, a wrong field, an invalid or
 * reserved actor id, no key) leaves the team with its last valid staff, so escalation and
 * authorisation go on for every team; its dead letter (stage {@code read}, with its Problems) is
 * kept in the store under {@link #DEAD_LETTER_PREFIX}, from where the case processor of the first
 * task writes it, once, to the dead-letter topic (a global store cannot write to a topic).
 */
public final class DirectoryProcessor implements Processor<String, byte[], Void, Void> {

  /**
   * The keys of broken records' dead letters in the global store: this prefix, the partition (10
   * digits), {@code |}, the offset (19 digits), {@code |}, the record's key.
   */
  public static final String DEAD_LETTER_PREFIX = "\u0000dead-letter|";
  /** Where the record's key starts in a dead letter's key. */
  static final int KEY_START = DEAD_LETTER_PREFIX.length() + 10 + 1 + 19 + 1;

  private final FeedbackLoop loop;
  private final String storeName;
  private final String topic;
  private @Nullable ProcessorContext<Void, Void> context;
  private @Nullable KeyValueStore<String, byte[]> store;

  /** A processor writing to the global store {@code storeName}, reading {@code topic}. */
  public DirectoryProcessor(FeedbackLoop loop, String storeName, String topic) {
    this.loop = loop;
    this.storeName = storeName;
    this.topic = topic;
  }

  @Override
  public void init(ProcessorContext<Void, Void> ctx) {
    context = ctx;
    store = ctx.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    KeyValueStore<String, byte[]> target = store;
    ProcessorContext<Void, Void> ctx = context;
    if (target == null || ctx == null) {
      return;
    }
    String team = record.key();
    List<Problem> problems = problems(team, record.value());
    if (problems.isEmpty() && team != null) {
      if (record.value() == null) {
        target.delete(team);
      } else {
        target.put(team, record.value());
      }
      return;
    }
    RecordMetadata metadata = ctx.recordMetadata().orElse(null);
    int partition = metadata == null ? 0 : metadata.partition();
    long offset = metadata == null ? 0 : metadata.offset();
    String key = String.format(Locale.ROOT, "%s%010d|%019d|%s", DEAD_LETTER_PREFIX, partition,
        Math.max(0, offset), team == null ? "" : team);
    target.put(key, DeadLetters.bytes(ctx, team, record.value(), record.timestamp(), topic,
        DeadLetter.READ, problems));
  }

  /** The record's key (from a dead letter's key in the store). */
  static String keyOf(String deadLetterKey) {
    return deadLetterKey.substring(Math.min(KEY_START, deadLetterKey.length()));
  }

  private List<Problem> problems(@Nullable String team, byte @Nullable [] value) {
    if (team == null || team.isBlank()) {
      return List.of(Problem.of(Problem.REQUIRED, "key", team,
          "must be the team's code, so that the compacted topic keeps one record per team"));
    }
    if (team.startsWith(DEAD_LETTER_PREFIX.substring(0, 1))) {
      return List.of(Problem.of(Problem.FORMAT, "key", team,
          "must not start with a control character (reserved by Huifang)"));
    }
    if (value == null) {
      return List.of(); // a tombstone: the team has no staff from the topic any more
    }
    Validation<Seq<Problem>, TeamStaff> read = HuifangSerdes.read(value, TeamStaff.class);
    if (read.isInvalid()) {
      return read.getError().toJavaList();
    }
    TeamStaff staff = read.get();
    Validation<Seq<Problem>, Directory> checked = Directory.validate(
        loop.directory().systemActor(), single(team, staff.coordinators()),
        single(team, staff.supervisors()), single(team, staff.directors()));
    return checked.isInvalid() ? checked.getError().toJavaList() : List.of();
  }

  private static SortedMap<String, SortedSet<ActorId>> single(String team,
      SortedSet<ActorId> ids) {
    SortedMap<String, SortedSet<ActorId>> out = new TreeMap<>();
    if (!ids.isEmpty()) {
      out.put(team, ids);
    }
    return out;
  }
}
