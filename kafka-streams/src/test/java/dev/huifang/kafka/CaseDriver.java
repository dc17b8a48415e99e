package dev.huifang.kafka;

import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.core.json.HuifangJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The case-loop topology in a {@link TopologyTestDriver}: no broker, deterministic. */
final class CaseDriver implements AutoCloseable {

  static final Topics TOPICS = Topics.defaults();
  static final String CASES_CHANGELOG =
      StreamsSettings.CASES_APPLICATION_ID + "-" + CaseTopology.CASE_STORE + "-changelog";
  static final String DEADLINES_CHANGELOG =
      StreamsSettings.CASES_APPLICATION_ID + "-" + CaseTopology.DEADLINE_STORE + "-changelog";

  final TopologyTestDriver driver;
  final TestInputTopic<String, byte[]> events;
  final TestInputTopic<String, byte[]> ticks;
  final TestInputTopic<String, byte[]> directory;
  final TestOutputTopic<String, CaseEffect> effects;
  final TestOutputTopic<String, DeadLetter> deadLetters;

  CaseDriver(FeedbackLoop loop, Path stateDir) {
    this(loop, stateDir, CaseTopology.StoreKind.ROCKSDB);
  }

  CaseDriver(FeedbackLoop loop, Path stateDir, CaseTopology.StoreKind stores) {
    this(loop, stateDir, CaseLoopSettings.defaults().withStores(stores));
  }

  CaseDriver(FeedbackLoop loop, Path stateDir, CaseLoopSettings caseSettings) {
    Properties settings = StreamsSettings.exactlyOnce(StreamsSettings.CASES_APPLICATION_ID,
        "unused:9092");
    settings.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(
        CaseTopology.build(loop, TOPICS, caseSettings), settings,
        Instant.parse("2026-01-01T00:00:00Z"));
    events = driver.createInputTopic(TOPICS.caseEvents(), new StringSerializer(),
        new ByteArraySerializer());
    ticks = driver.createInputTopic(TOPICS.caseTicks(), new StringSerializer(),
        new ByteArraySerializer());
    directory = driver.createInputTopic(TOPICS.directory(), new StringSerializer(),
        new ByteArraySerializer());
    effects = driver.createOutputTopic(TOPICS.caseEffects(), new StringDeserializer(),
        HuifangSerdes.caseEffects().deserializer());
    deadLetters = driver.createOutputTopic(TOPICS.deadLetters(), new StringDeserializer(),
        HuifangSerdes.deadLetters().deserializer());
    CaseScenarios.directory().forEach((team, staff) ->
        directory.pipeInput(team, HuifangSerdes.bytes(staff)));
  }

  /** Pipes the steps: events keyed by case id at their own time, ticks on the ticks topic. */
  CaseDriver pipe(List<CaseScenarios.Step> steps) {
    for (CaseScenarios.Step step : steps) {
      if (step instanceof CaseScenarios.Event e) {
        events.pipeInput(e.event().caseId().value(), HuifangSerdes.bytes(e.event()), step.at());
      } else {
        ticks.pipeInput("tick", new byte[0], step.at());
      }
    }
    return this;
  }

  /** Pipes raw text as an event record. */
  void pipeRaw(String key, String json, Instant at) {
    events.pipeInput(key, json.getBytes(StandardCharsets.UTF_8), at);
  }

  KeyValueStore<String, FeedbackCase> caseStore() {
    return driver.getKeyValueStore(CaseTopology.CASE_STORE);
  }

  KeyValueStore<String, String> deadlineStore() {
    return driver.getKeyValueStore(CaseTopology.DEADLINE_STORE);
  }

  /** Every case in the store, by id, as JSON (so that comparisons show readable differences). */
  Map<String, String> casesAsJson() {
    Map<String, String> out = new TreeMap<>();
    try (KeyValueIterator<String, FeedbackCase> it = caseStore().all()) {
      it.forEachRemaining(kv -> out.put(kv.key, HuifangJson.write(kv.value)));
    }
    return out;
  }

  Map<String, String> deadlines() {
    Map<String, String> out = new TreeMap<>();
    try (KeyValueIterator<String, String> it = deadlineStore().all()) {
      it.forEachRemaining(kv -> out.put(kv.key, kv.value));
    }
    return out;
  }

  /** The records the driver wrote to a changelog topic, in order. */
  List<KeyValue<String, byte[]>> changelog(String topic) {
    return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer())
        .readKeyValuesToList();
  }

  /** Restores the stores as Kafka Streams does: changelog records, in order, into empty stores. */
  void restore(List<KeyValue<String, byte[]>> cases, List<KeyValue<String, byte[]>> deadlines) {
    for (KeyValue<String, byte[]> record : cases) {
      caseStore().put(record.key, record.value == null ? null
          : HuifangSerdes.cases().deserializer().deserialize("", record.value));
    }
    for (KeyValue<String, byte[]> record : deadlines) {
      deadlineStore().put(record.key, record.value == null ? null
          : new String(record.value, StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() {
    driver.close();
  }
}
