package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How well the loop works over a set of cases, each figure with its counts and definition.
 *
 * @param at the instant the report describes
 * @param cases how many cases were analysed
 * @param firstResponseOnTime cases answered within the first-response limit, out of those whose
 *     limit is decided (answered, or past the deadline without an answer)
 * @param meanTimeToResolution mean time from submission to the first resolution, in business
 *     time of the loop's calendar with waiting periods included; {@code null} when none resolved
 * @param p90TimeToResolution the 90th percentile of the same times, by nearest rank: the value at
 *     position ⌈0.9·n⌉ of the n times sorted ascending; {@code null} when none resolved
 * @param reopenRate cases reopened at least once, out of cases resolved at least once
 * @param closureRate cases in {@link CaseState#CLOSED}, out of all cases
 * @param repeatComplaintRate cases that repeat an earlier case's fingerprint within the window,
 *     out of all cases
 * @param repeatTargetMet true when the repeat-complaint rate is at or below the policy's target
 * @param repeats each repeat and the case it repeats
 * @param heatMap case counts by category and owning team, for a heat map
 * @param notes the definitions and numbers behind the figures, in words
 *
 * <p>Its {@code toString()} shows the figures, the repeats by case id and the heat map, and of
 * the notes only how many there are, so a log line never quotes a case's text.
 */
public record LoopReport(
    Instant at,
    int cases,
    Rate firstResponseOnTime,
    @Nullable Duration meanTimeToResolution,
    @Nullable Duration p90TimeToResolution,
    Rate reopenRate,
    Rate closureRate,
    Rate repeatComplaintRate,
    boolean repeatTargetMet,
    List<RepeatComplaint> repeats,
    SortedMap<Category, SortedMap<Team, Integer>> heatMap,
    List<String> notes) {

  /**
   * Creates a report.
   *
   * @throws NullPointerException if a non-nullable argument is null
   */
  public LoopReport {
    requireNonNull(at, "at is null");
    requireNonNull(firstResponseOnTime, "firstResponseOnTime is null");
    requireNonNull(reopenRate, "reopenRate is null");
    requireNonNull(closureRate, "closureRate is null");
    requireNonNull(repeatComplaintRate, "repeatComplaintRate is null");
    repeats = List.copyOf(repeats);
    TreeMap<Category, SortedMap<Team, Integer>> copy = new TreeMap<>();
    heatMap.forEach((category, row) ->
        copy.put(category, Collections.unmodifiableSortedMap(new TreeMap<>(row))));
    heatMap = Collections.unmodifiableSortedMap(copy);
    notes = List.copyOf(notes);
  }

  /** The figures and ids, with the notes counted, not quoted. */
  @Override
  public String toString() {
    return "LoopReport[at=" + at + ", cases=" + cases + ", firstResponseOnTime="
        + firstResponseOnTime + ", meanTimeToResolution=" + meanTimeToResolution
        + ", p90TimeToResolution=" + p90TimeToResolution + ", reopenRate=" + reopenRate
        + ", closureRate=" + closureRate + ", repeatComplaintRate=" + repeatComplaintRate
        + ", repeatTargetMet=" + repeatTargetMet + ", repeats=" + repeats + ", heatMap="
        + heatMap + ", notes=" + notes.size() + " notes]";
  }
}
