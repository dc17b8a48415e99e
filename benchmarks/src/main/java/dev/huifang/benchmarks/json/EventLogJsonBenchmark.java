package dev.huifang.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.huifang.benchmarks.closedloop.ReplayBenchmark;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.core.CaseId;
import dev.huifang.core.json.HuifangJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing and reading back the event logs of 10,000 feedback cases (ten events each: submitted,
 * triaged, acknowledged, planned, started, resolved, confirmed, closed, reopened, acknowledged;
 * 100,000 events) as one JSON array of arrays: through Huifang's mapper into validated
 * {@link CaseEvent}s ({@code huifang}) against plain Jackson on a sealed interface of records with
 * the same fields, type names and ISO instants, and no validation ({@code plain_jackson}).
 *
 * <p>Run: {@code mvn -q -B -Pbench -DskipTests -Dbench.include=EventLogJsonBenchmark package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventLogJsonBenchmark {

  /**
   * 1,000 cases of 10 events (about 3 MB of JSON): HuifangJson refuses documents over
   * {@link dev.huifang.core.Limits#MAX_DOCUMENT_LENGTH} (4 MiB), which 10,000 cases exceed.
   */
  static final int CASES = 1_000;
  static final int EVENTS_PER_CASE = 10;

  /** The plain twin of a case event: the same JSON shape, no validation. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = PlainSubmitted.class, name = "submitted"),
      @JsonSubTypes.Type(value = PlainTriaged.class, name = "triaged"),
      @JsonSubTypes.Type(value = PlainAcknowledged.class, name = "acknowledged"),
      @JsonSubTypes.Type(value = PlainActionPlanned.class, name = "action_planned"),
      @JsonSubTypes.Type(value = PlainWorkStarted.class, name = "work_started"),
      @JsonSubTypes.Type(value = PlainResolved.class, name = "resolved"),
      @JsonSubTypes.Type(value = PlainConfirmed.class, name = "confirmed"),
      @JsonSubTypes.Type(value = PlainClosed.class, name = "closed"),
      @JsonSubTypes.Type(value = PlainReopened.class, name = "reopened")
  })
  public sealed interface PlainEvent {}

  /** Plain twin. */
  public record PlainSubmitted(String eventId, String caseId, String actor, String actorRole,
      Instant at, String source, String priority, String channel, String category,
      String subject, String place, String description, List<String> proxies,
      Integer expectedVersion) implements PlainEvent {}

  /** Plain twin. */
  public record PlainTriaged(String eventId, String caseId, String actor, String actorRole,
      Instant at, String category, String owner, Integer expectedVersion) implements PlainEvent {}

  /** Plain twin. */
  public record PlainAcknowledged(String eventId, String caseId, String actor, String actorRole,
      Instant at, String note, Integer expectedVersion) implements PlainEvent {}

  /** Plain twin. */
  public record PlainActionPlanned(String eventId, String caseId, String actor, String actorRole,
      Instant at, String plan, Integer expectedVersion) implements PlainEvent {}

  /** Plain twin. */
  public record PlainWorkStarted(String eventId, String caseId, String actor, String actorRole,
      Instant at, String note, Integer expectedVersion) implements PlainEvent {}

  /** Plain twin. */
  public record PlainResolved(String eventId, String caseId, String actor, String actorRole,
      Instant at, String resolution, Integer expectedVersion) implements PlainEvent {}

  /** Plain twin. */
  public record PlainConfirmed(String eventId, String caseId, String actor, String actorRole,
      Instant at, String comment, Integer expectedVersion) implements PlainEvent {}

  /** Plain twin. */
  public record PlainClosed(String eventId, String caseId, String actor, String actorRole,
      Instant at, String note, Integer expectedVersion) implements PlainEvent {}

  /** Plain twin. */
  public record PlainReopened(String eventId, String caseId, String actor, String actorRole,
      Instant at, String reason, Integer expectedVersion) implements PlainEvent {}

  @Param({"huifang", "plain_jackson"})
  public String implementation;

  private List<List<CaseEvent>> logs;
  private List<List<PlainEvent>> plain;
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final TypeReference<List<List<CaseEvent>>> logList = new TypeReference<>() {};
  private final TypeReference<List<List<PlainEvent>>> plainList = new TypeReference<>() {};
  // a writer for the declared type, or the root list's erasure would drop each event's "type"
  private final ObjectWriter plainWriter = mapper.writerFor(plainList);

  @Setup
  public void setUp() throws java.io.IOException {
    logs = new ArrayList<>(CASES);
    for (int c = 0; c < CASES; c++) {
      logs.add(ReplayBenchmark.log(CaseId.of("case-" + c),
          Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(c)), EVENTS_PER_CASE));
    }
    // the twins are read from Huifang's own JSON, so both sides hold the same documents
    String json = HuifangJson.write(logs, logList);
    plain = mapper.readValue(json, plainList);
    String again = plainWriter.writeValueAsString(plain);
    if (!mapper.readTree(again).equals(mapper.readTree(json)) || roundTrip() != CASES) {
      throw new IllegalStateException("the plain twins do not write the same JSON as Huifang");
    }
  }

  @Benchmark
  public int roundTrip() {
    try {
      if (implementation.equals("huifang")) {
        String json = HuifangJson.write(logs, logList);
        return HuifangJson.read(json, logList).get().size();
      }
      String json = plainWriter.writeValueAsString(plain);
      return mapper.readValue(json, plainList).size();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
