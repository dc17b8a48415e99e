package dev.huifang.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.json.HuifangJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stream time follows the events' own time, whatever the producers stamped on the records. */
class CaseEventTimeTest {

  private static final FeedbackLoop LOOP = FeedbackLoop.ofDefaults();
  private static final FeedbackLoop LIBRARY = FeedbackLoop.ofDefaults(CaseScenarios.STAFF);
  private static final long RECORD_TIME = Instant.parse("2026-12-01T00:00:00Z").toEpochMilli();
  private static final long PARTITION_TIME = Instant.parse("2026-05-01T00:00:00Z").toEpochMilli();

  @TempDir
  Path state;

  @Test
  void aRecordsTimeIsItsEventsAt() {
    CaseScenarios.Event first = (CaseScenarios.Event) CaseScenarios.staffingNoShow().get(0);
    assertThat(extract(HuifangSerdes.bytes(first.event()), RECORD_TIME))
        .isEqualTo(CaseScenarios.STAFFING_REVIEW.toEpochMilli());
    assertThat(extract(utf8("{\"x\":{\"at\":\"2020-01-01T00:00:00Z\"},\"at\":"
        + "\"2026-07-04T10:00:00.250Z\"}"), RECORD_TIME))
        .isEqualTo(Instant.parse("2026-07-04T10:00:00.250Z").toEpochMilli());
  }

  @Test
  void anUnreadableRecordKeepsItsRecordTimestampAndNeverThrows() {
    for (String json : List.of("{not json", "", "[1,2]", "\"at\"", "{\"at\":12}",
        "{\"at\":\"yesterday\"}", "{\"type\":\"submitted\"}", "{\"at\":null}",
        "{\"at\":\"1969-12-31T23:59:59Z\"}", "{\"at\":\"+999999999-12-31T23:59:59Z\"}")) {
      assertThat(extract(utf8(json), RECORD_TIME)).as(json).isEqualTo(RECORD_TIME);
    }
    assertThat(extract(new byte[] {(byte) 0xff, 0x00}, RECORD_TIME)).isEqualTo(RECORD_TIME);
    assertThat(extract(null, RECORD_TIME)).isEqualTo(RECORD_TIME);
    // a record without a usable timestamp would be dropped by Kafka Streams: partition time
    assertThat(extract(utf8("{not json"), -1)).isEqualTo(PARTITION_TIME);
  }

  @Test
  void timeLimitsAreBrokenOnEventTimeEvenWhenRecordTimestampsAreWrong() {
    List<CaseScenarios.Step> steps = CaseScenarios.headhuntingEscalation();
    LibraryRun library = LibraryRun.of(LIBRARY, steps);
    for (long wrong : new long[] {RECORD_TIME, 0L}) {
      try (CaseDriver driver = new CaseDriver(LOOP, state.resolve("wrong-" + wrong))) {
        for (CaseScenarios.Step step : steps) {
          if (step instanceof CaseScenarios.Event e) {
            // written months late (or stamped 1970) by a batch upload: the record time is wrong
            driver.events.pipeInput(e.event().caseId().value(), HuifangSerdes.bytes(e.event()),
                wrong);
          } else {
            driver.ticks.pipeInput("tick", new byte[0], step.at());
          }
        }
        List<CaseEffect> effects = driver.effects.readValuesToList();

        assertThat(effects).isEqualTo(library.effects);
        assertThat(effects).extracting(CaseEffect::effect)
            .filteredOn(Effect.Escalate.class::isInstance).hasSize(2);
        assertThat(driver.casesAsJson().values())
            .containsExactly(HuifangJson.write(library.cases.values().iterator().next()));
        assertThat(driver.deadLetters.isEmpty()).isTrue();
      }
    }
  }

  @Test
  void anUnreadableRecordStillLandsInTheDeadLetterTopicWithItsRecordTimestamp() {
    try (CaseDriver driver = new CaseDriver(LOOP, state)) {
      driver.events.pipeInput("case-x", utf8("{\"at\":\"soon\"}"), RECORD_TIME);
      DeadLetter letter = driver.deadLetters.readValue();
      assertThat(letter.stage()).isEqualTo(DeadLetter.READ);
      assertThat(letter.timestamp()).isEqualTo(Instant.ofEpochMilli(RECORD_TIME));
      assertThat(letter.problems()).isNotEmpty();
    }
  }

  private static long extract(byte[] value, long recordTime) {
    ConsumerRecord<Object, Object> record = new ConsumerRecord<>(CaseDriver.TOPICS.caseEvents(),
        0, 7L, recordTime, TimestampType.CREATE_TIME, 0, value == null ? 0 : value.length,
        "case-x", value, new RecordHeaders(), Optional.empty());
    return new CaseEventTime().extract(record, PARTITION_TIME);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
