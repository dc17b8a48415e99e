package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.WorkerMetrics;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * Kafka serdes for Huifang's documents, written and read with {@link HuifangJson} as UTF-8 JSON.
 *
 * <p>Rules: the same model always gives the same bytes; {@link #read} never throws and returns
 * every Problem of a record (not UTF-8, not JSON, a wrong field, a broken invariant), which is how
 * the topologies read their input topics and route failures to the dead-letter topic. A serde's
 * deserializer is for Huifang's own stores and internal topics, whose records Huifang wrote: it
 * throws a {@link SerializationException} naming the Problems, as a corrupt store is a defect,
 * not bad input.
 */
public final class HuifangSerdes {

  /** Huifang's own mapper configuration, writing bytes without an intermediate string. */
  private static final ObjectWriter WRITER = HuifangJson.newMapper().writer();

  private HuifangSerdes() {}

  /** Case events ({@link CaseEvent}, with their {@code type}). */
  public static Serde<CaseEvent> caseEvents() {
    return json(CaseEvent.class);
  }

  /** Feedback cases, with their event log. */
  public static Serde<FeedbackCase> cases() {
    return json(FeedbackCase.class);
  }

  /** A worker's raw values for a period. */
  public static Serde<WorkerMetrics> workerMetrics() {
    return json(WorkerMetrics.class);
  }

  /** A worker's month-to-date figures with their team. */
  public static Serde<MetricsReport> metricsReports() {
    return json(MetricsReport.class);
  }

  /** Scorecards. */
  public static Serde<Scorecard> scorecards() {
    return json(Scorecard.class);
  }

  /** A month's scorecard with its team. */
  public static Serde<MonthlyScorecard> monthlyScorecards() {
    return json(MonthlyScorecard.class);
  }

  /** A team's ranking for a month. */
  public static Serde<CohortRanking> cohortRankings() {
    return json(CohortRanking.class);
  }

  /** What the case loop asks the host to do. */
  public static Serde<CaseEffect> caseEffects() {
    return json(CaseEffect.class);
  }

  /** Records that could not be read or applied. */
  public static Serde<DeadLetter> deadLetters() {
    return json(DeadLetter.class);
  }

  /** A team's staff, as on the directory topic. */
  public static Serde<TeamStaff> teamStaff() {
    return json(TeamStaff.class);
  }

  /**
   * A serde of any Huifang model; {@code null} is written as {@code null} (a tombstone).
   *
   * @throws NullPointerException if type is null
   */
  public static <T> Serde<T> json(Class<T> type) {
    requireNonNull(type, "type is null");
    Serializer<T> serializer = (topic, value) -> value == null ? null : bytes(value);
    Deserializer<T> deserializer = (topic, data) -> {
      if (data == null) {
        return null;
      }
      Validation<Seq<Problem>, T> read = read(data, type);
      if (read.isInvalid()) {
        throw new SerializationException("cannot read " + type.getSimpleName() + " from topic "
            + topic + ": " + read.getError().map(Problem::message).mkString("; "));
      }
      return read.get();
    };
    return Serdes.serdeFrom(serializer, deserializer);
  }

  /**
   * The UTF-8 JSON of a model: the text {@link HuifangJson#write(Object)} gives, written straight
   * to bytes.
   *
   * @throws IllegalArgumentException if the value is not a type Jackson can write (a programmer
   *     error; every Huifang model can be written)
   */
  public static byte[] bytes(Object value) {
    requireNonNull(value, "value is null");
    try {
      return WRITER.writeValueAsBytes(value);
    } catch (JsonProcessingException failure) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName(), failure);
    }
  }

  /**
   * Reads a record's value.
   *
   * @return the model, or Problems: {@link Problem#REQUIRED} at {@code $} for a missing value,
   *     {@link Problem#FORMAT} at {@code $} for bytes that are not UTF-8, and every Problem of
   *     {@link HuifangJson#read(String, Class)}
   */
  public static <T> Validation<Seq<Problem>, T> read(byte @Nullable [] data, Class<T> type) {
    if (data == null) {
      return Validation.invalid(List.of(Problem.of(Problem.REQUIRED, Problem.ROOT, null,
          "must be a JSON document, was an empty record (a tombstone)")));
    }
    String text = utf8(data);
    if (text == null) {
      return Validation.invalid(List.of(Problem.of(Problem.FORMAT, Problem.ROOT,
          data.length + " bytes", "must be UTF-8 text")));
    }
    return HuifangJson.read(text, type);
  }

  /** The bytes as UTF-8 text, or {@code null} when they are not UTF-8. */
  static @Nullable String utf8(byte[] data) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data)).toString();
    } catch (CharacterCodingException notText) {
      return null;
    }
  }
}
