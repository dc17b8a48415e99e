package dev.huifang.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.jspecify.annotations.Nullable;

/**
 * The time of a case-events record: the event's own time (its {@code at}), so that stream time,
 * and with it every time limit checked on stream time, follows when things happened rather than
 * when a producer wrote them.
 *
 * <p>Rules: only the top-level {@code at} field is read (an ISO-8601 instant, as Huifang writes
 * it), without reading the rest of the event. A record whose value is not a JSON object with a
 * readable {@code at} is never refused here: it keeps its record timestamp (or, when that is
 * negative, the partition's time, so that Kafka Streams does not drop it), flows on to the case
 * processor and lands on the dead-letter topic with its Problems. Never throws.
 */
public final class CaseEventTime implements TimestampExtractor {

  private static final JsonFactory JSON = new JsonFactory();

  /** The extractor. */
  public CaseEventTime() {}

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    Object value = record.value();
    if (value instanceof byte[] bytes) {
      Instant at = at(bytes);
      if (at != null) {
        return at.toEpochMilli();
      }
    }
    long timestamp = record.timestamp();
    return timestamp >= 0 ? timestamp : Math.max(partitionTime, 0);
  }

  /** The top-level {@code at} of a JSON object, or {@code null} when there is none to read. */
  static @Nullable Instant at(byte[] json) {
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME;
          token = parser.nextToken()) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("at".equals(field)) {
          if (value != JsonToken.VALUE_STRING) {
            return null;
          }
          Instant at = Instant.parse(parser.getText());
          return at.toEpochMilli() >= 0 ? at : null;
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException | DateTimeException | ArithmeticException unreadable) {
      return null;
    }
  }
}
