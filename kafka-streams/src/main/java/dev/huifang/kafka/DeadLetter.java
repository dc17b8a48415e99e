package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Problem;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record Huifang could not read or apply, kept on the dead-letter topic with its Problems so that
 * it never disappears and never stops the stream.
 *
 * <p>Rule: every record of an input topic ends either in Huifang's state or outputs, or here. The
 * value is kept as text when it is UTF-8 ({@code encoding = utf-8}), otherwise in Base64
 * ({@code encoding = base64}); a missing value (a tombstone) has {@code encoding = none}.
 *
 * @param topic the topic the record came from
 * @param partition its partition, or -1 when not known
 * @param offset its offset, or -1 when not known
 * @param timestamp its timestamp
 * @param key its key as text, or {@code null}
 * @param value its value as text or Base64, or {@code null}
 * @param encoding {@code utf-8}, {@code base64} or {@code none}
 * @param stage where it failed: {@code read} (not a valid document) or {@code apply} (a valid
 *     document the engine refused, e.g. {@code FORBIDDEN} or {@code ORDER})
 * @param problems why, with field path, bad value and rule
 */
public record DeadLetter(
    String topic,
    int partition,
    long offset,
    Instant timestamp,
    @Nullable String key,
    @Nullable String value,
    String encoding,
    String stage,
    List<Problem> problems) {

  /** The stage of a record that is not a valid document. */
  public static final String READ = "read";
  /** The stage of a valid document that the engine refused. */
  public static final String APPLY = "apply";

  /**
   * Creates a dead letter; the problems are copied.
   *
   * @throws NullPointerException if a non-nullable argument is null
   */
  public DeadLetter {
    requireNonNull(topic, "topic is null");
    requireNonNull(timestamp, "timestamp is null");
    requireNonNull(encoding, "encoding is null");
    requireNonNull(stage, "stage is null");
    problems = List.copyOf(problems);
  }
}
