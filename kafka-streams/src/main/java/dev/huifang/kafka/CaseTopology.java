package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.kafka.internal.CaseProcessor;
import dev.huifang.kafka.internal.DirectoryProcessor;
import java.time.Duration;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * The case-loop topology: case events keyed by case id, applied by a {@link FeedbackLoop}, each
 * case kept in a changelogged store, effects to the case-effects topic, failures to the
 * dead-letter topic.
 *
 * <p>Rules it enforces: every record of the case-events topic is applied, ignored as a repeat of
 * an event already in its case's log, or written to the dead-letter topic with its Problems (none
 * stops the stream thread); time limits are checked on stream time by a punctuation every
 * {@code tick} of stream time, reading only the cases whose next deadline is due from the deadline
 * index store, never the wall clock, so replaying the input gives the same escalations; each
 * event is authorised by the library with the loop's {@link dev.huifang.closedloop.Directory}
 * joined with the staff of the teams concerned, read from the directory topic (compacted, keyed by
 * team code, in the global store {@link #DIRECTORY_STORE}; see {@link TeamStaff}); a case-events
 * record's time is its event's own time ({@link CaseEventTime}), so stream time follows event
 * time; a finished case leaves the stores once stream time is past its reopen window
 * ({@link CaseLoopSettings}).
 */
public final class CaseTopology {

  /** The store of cases by case id (changelogged: {@code <application id>-huifang-cases-changelog}). */
  public static final String CASE_STORE = "huifang-cases";
  /** The deadline index, {@code <due epoch milli, 19 digits>|<case id>} to case id (changelogged). */
  public static final String DEADLINE_STORE = "huifang-case-deadlines";
  /** The global store of each team's staff, by team code (no changelog: the topic is one). */
  public static final String DIRECTORY_STORE = "huifang-directory";
  /** How much stream time passes between checks of the time limits by default. */
  public static final Duration DEFAULT_TICK = CaseLoopSettings.DEFAULT_TICK;

  /**
   * Where the stores keep their data; the case and deadline stores are changelogged either way,
   * the directory store is rebuilt from its topic.
   */
  public enum StoreKind {
    /** RocksDB on local disk: state larger than memory, quick restarts from local state. */
    ROCKSDB,
    /** On the heap: faster, but restored from the changelog topic on every start. */
    IN_MEMORY
  }

  private CaseTopology() {}

  /** The topology with {@link CaseLoopSettings#defaults()}. */
  public static Topology build(FeedbackLoop loop, Topics topics) {
    return build(loop, topics, CaseLoopSettings.defaults());
  }

  /**
   * The topology with RocksDB stores.
   *
   * @throws dev.huifang.core.InvalidModelException if tick is not positive
   */
  public static Topology build(FeedbackLoop loop, Topics topics, Duration tick) {
    return build(loop, topics, CaseLoopSettings.defaults().withTick(tick));
  }

  /**
   * The topology with these stores.
   *
   * @throws dev.huifang.core.InvalidModelException if tick is not positive
   */
  public static Topology build(FeedbackLoop loop, Topics topics, Duration tick,
      StoreKind stores) {
    return build(loop, topics, CaseLoopSettings.defaults().withTick(tick).withStores(stores));
  }

  /**
   * The topology.
   *
   * @param loop the loop that decides everything; its directory's system actor adds Huifang's own
   *     events, and its staff are joined with the directory topic's
   * @param topics the topic names
   * @param settings the tick, the stores and how long closed cases are kept
   * @throws NullPointerException if an argument is null
   */
  public static Topology build(FeedbackLoop loop, Topics topics, CaseLoopSettings settings) {
    requireNonNull(loop, "loop is null");
    requireNonNull(topics, "topics is null");
    requireNonNull(settings, "settings is null");
    StoreKind stores = settings.stores();
    Topology topology = new Topology();
    // from the earliest offset, Kafka Streams' own default: a new application reads every event
    topology.addSource(AutoOffsetReset.earliest(), "case-events", new CaseEventTime(),
        new StringDeserializer(), new ByteArrayDeserializer(), topics.caseEvents());
    topology.addSource("case-ticks", new StringDeserializer(), new ByteArrayDeserializer(),
        topics.caseTicks());
    topology.addProcessor("case-loop", () -> new CaseProcessor(loop, topics, settings, CASE_STORE,
        DEADLINE_STORE, DIRECTORY_STORE, "case-effects-sink", "dead-letters-sink"),
        "case-events", "case-ticks");
    topology.addStateStore(Stores.keyValueStoreBuilder(supplier(CASE_STORE, stores),
        Serdes.String(), HuifangSerdes.cases()), "case-loop");
    topology.addStateStore(Stores.keyValueStoreBuilder(supplier(DEADLINE_STORE, stores),
        Serdes.String(), Serdes.String()), "case-loop");
    topology.addSink("case-effects-sink", topics.caseEffects(), new StringSerializer(),
        new ByteArraySerializer(), "case-loop");
    topology.addSink("dead-letters-sink", topics.deadLetters(), new StringSerializer(),
        new ByteArraySerializer(), "case-loop");
    topology.addGlobalStore(Stores.keyValueStoreBuilder(
            supplier(DIRECTORY_STORE, stores), Serdes.String(), Serdes.ByteArray())
            .withLoggingDisabled(),
        "directory", new StringDeserializer(), new ByteArrayDeserializer(), topics.directory(),
        "directory-store", () -> new DirectoryProcessor(loop, DIRECTORY_STORE, topics.directory()));
    return topology;
  }

  private static KeyValueBytesStoreSupplier supplier(String name, StoreKind kind) {
    return kind == StoreKind.IN_MEMORY ? Stores.inMemoryKeyValueStore(name)
        : Stores.persistentKeyValueStore(name);
  }
}
