package dev.huifang.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One record a host app keeps (a case event, an answer sheet), described for retention only: its
 * id, when it was recorded and which of its fields hold personal information. It never holds the
 * values; an engine describes its own records this way and applies the {@link Erasure}s it gets
 * back.
 *
 * @param id the record's id, e.g. an event id
 * @param recordedAt when it was recorded; retention periods count from here
 * @param fields the fields that hold personal information, by name (e.g. {@code description}),
 *     sorted
 */
public record KeptRecord(String id, Instant recordedAt, SortedMap<String, PersonalField> fields) {

  /**
   * Creates a description; fields are copied and sorted.
   *
   * @throws NullPointerException if an argument, a field name or its class is null
   */
  @JsonCreator
  public KeptRecord(@JsonProperty("id") String id,
      @JsonProperty("recordedAt") Instant recordedAt,
      @JsonProperty("fields") SortedMap<String, PersonalField> fields) {
    this.id = requireNonNull(id, "id is null");
    this.recordedAt = requireNonNull(recordedAt, "recordedAt is null");
    TreeMap<String, PersonalField> copy = new TreeMap<>();
    requireNonNull(fields, "fields is null").forEach((name, kind) -> copy.put(
        requireNonNull(name, "field name is null"), requireNonNull(kind, "field class is null")));
    this.fields = Collections.unmodifiableSortedMap(copy);
  }

  /** A record with these personal fields. */
  public static KeptRecord of(String id, Instant recordedAt, Map<String, PersonalField> fields) {
    return new KeptRecord(id, recordedAt, new TreeMap<>(fields));
  }
}
