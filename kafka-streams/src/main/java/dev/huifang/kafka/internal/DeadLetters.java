package dev.huifang.kafka.internal;

import dev.huifang.core.Problem;
import dev.huifang.kafka.DeadLetter;
import dev.huifang.kafka.HuifangSerdes;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jspecify.annotations.Nullable;

/** Builds the dead letter of a record, with where it came from and its Problems. */
public final class DeadLetters {

  private DeadLetters() {}

  /** The dead letter of {@code record}, read from the topic in the context's record metadata. */
  public static Record<String, byte[]> of(ProcessingContext context,
      Record<String, byte[]> record, String fallbackTopic, String stage, List<Problem> problems) {
    return new Record<>(record.key(), bytes(context, record.key(), record.value(),
        record.timestamp(), fallbackTopic, stage, problems), record.timestamp(), record.headers());
  }

  /** The JSON of the dead letter of a record with this key, value and timestamp. */
  public static byte[] bytes(ProcessingContext context, @Nullable String key,
      byte @Nullable [] value, long timestamp, String fallbackTopic, String stage,
      List<Problem> problems) {
    RecordMetadata metadata = context.recordMetadata().orElse(null);
    String topic = metadata == null ? fallbackTopic : metadata.topic();
    int partition = metadata == null ? -1 : metadata.partition();
    long offset = metadata == null ? -1 : metadata.offset();
    String text = value == null ? null : utf8(value);
    String encoding = value == null ? "none" : text != null ? "utf-8" : "base64";
    String kept = value == null ? null : text != null ? text : Base64.getEncoder().encodeToString(value);
    return HuifangSerdes.bytes(new DeadLetter(topic, partition, offset,
        Instant.ofEpochMilli(timestamp), key, kept, encoding, stage, problems));
  }

  private static @Nullable String utf8(byte[] data) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
    } catch (CharacterCodingException notText) {
      return null;
    }
  }
}
