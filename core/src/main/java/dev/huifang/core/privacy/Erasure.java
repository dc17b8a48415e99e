package dev.huifang.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What to erase in one kept record: the fields to blank, since when they are due, and the rule
 * that made them due. The record itself stays (its id, type, time and state change), so a case's
 * history replays to the same state; only the text and contact details go.
 *
 * @param recordId the record, as in {@link KeptRecord#id()}
 * @param fields the fields to blank, sorted
 * @param due the earliest moment one of these fields became due for erasure
 * @param rule why, e.g. {@code free text is kept for P365D, contact details for P180D}
 */
public record Erasure(String recordId, SortedSet<String> fields, Instant due, String rule) {

  /**
   * Creates an erasure; fields are copied and sorted.
   *
   * @throws NullPointerException if an argument or a field is null
   * @throws IllegalArgumentException if there are no fields
   */
  @JsonCreator
  public Erasure(@JsonProperty("recordId") String recordId,
      @JsonProperty("fields") SortedSet<String> fields,
      @JsonProperty("due") Instant due,
      @JsonProperty("rule") String rule) {
    this.recordId = requireNonNull(recordId, "recordId is null");
    this.due = requireNonNull(due, "due is null");
    this.rule = requireNonNull(rule, "rule is null");
    TreeSet<String> copy = new TreeSet<>();
    for (String field : requireNonNull(fields, "fields is null")) {
      copy.add(requireNonNull(field, "field is null"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("fields: must name at least one field");
    }
    this.fields = Collections.unmodifiableSortedSet(copy);
  }
}
