package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.MetricId;
import dev.huifang.core.WorkerId;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One worker's raw values for a scoring period, plus the counts the adjustments need.
 *
 * <p>Values are checked against the scheme when scored (unknown metrics, NaN, infinity and values
 * outside a metric's range are Problems), not here, so that one bad value is reported with all the
 * others.
 *
 * @param workerId the worker
 * @param values raw value per metric, sorted by metric id
 * @param complaints customer complaints in the period
 * @param recoveredComplaints of those, the ones recovered (the customer turned satisfied)
 * @param referrals referrals and pieces of good word of mouth
 */
public record WorkerMetrics(
    WorkerId workerId,
    SortedMap<MetricId, Double> values,
    int complaints,
    int recoveredComplaints,
    int referrals) {

  /**
   * Creates the record; values are copied.
   *
   * @throws NullPointerException if a reference, a metric id or a value is null
   */
  @JsonCreator
  public WorkerMetrics(
      @JsonProperty("workerId") WorkerId workerId,
      @JsonProperty("values") SortedMap<MetricId, Double> values,
      @JsonProperty("complaints") int complaints,
      @JsonProperty("recoveredComplaints") int recoveredComplaints,
      @JsonProperty("referrals") int referrals) {
    this.workerId = requireNonNull(workerId, "workerId is null");
    TreeMap<MetricId, Double> copy = new TreeMap<>();
    requireNonNull(values, "values is null").forEach((metric, value) ->
        copy.put(requireNonNull(metric, "metric is null"), requireNonNull(value, "value is null")));
    this.values = Collections.unmodifiableSortedMap(copy);
    this.complaints = complaints;
    this.recoveredComplaints = recoveredComplaints;
    this.referrals = referrals;
  }

  /** A worker with these values and no complaints or referrals. */
  public static WorkerMetrics of(String workerId, Map<String, Double> values) {
    TreeMap<MetricId, Double> typed = new TreeMap<>();
    values.forEach((metric, value) -> typed.put(MetricId.of(metric), value));
    return new WorkerMetrics(WorkerId.of(workerId), typed, 0, 0, 0);
  }

  /** This worker with these complaint and referral counts. */
  public WorkerMetrics withCounts(int complaints, int recoveredComplaints, int referrals) {
    return new WorkerMetrics(workerId, values, complaints, recoveredComplaints, referrals);
  }

  /** This worker with {@code metric} set to {@code value}. */
  public WorkerMetrics with(MetricId metric, double value) {
    TreeMap<MetricId, Double> changed = new TreeMap<>(values);
    changed.put(metric, value);
    return new WorkerMetrics(workerId, changed, complaints, recoveredComplaints, referrals);
  }
}
