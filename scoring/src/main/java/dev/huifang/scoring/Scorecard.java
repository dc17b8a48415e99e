package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Finding;
import dev.huifang.core.MetricId;
import dev.huifang.core.WorkerId;
import java.util.List;
import java.util.Optional;

/**
 * One worker's score under one scheme, traceable down to every number: each metric's line, each
 * group's score, the weighted total, the adjustments, the final total, the coverage and the grade,
 * plus the Findings (strongest and weakest metric) that feedback scripts use.
 *
 * @param workerId the worker
 * @param scheme the scheme's id
 * @param lines one line per metric of the scheme, in the scheme's order
 * @param groups one score per weighted group (the dual assessment when the groups are the base
 *     service and the customer's satisfaction)
 * @param weightedTotal the weighted total before adjustments, in [0, 100]
 * @param adjustments points added or taken after weighting
 * @param total the total every decision uses (grade, rank, top-N%, incentives):
 *     {@code unroundedTotal} rounded by the scheme's {@link DecisionPrecision}, e.g. 60.0 for
 *     59.99999999999999
 * @param unroundedTotal {@code weightedTotal} plus adjustments, clamped to [0, 100], before
 *     rounding; for analysis, never for decisions
 * @param coverage the share of weight actually measured, in [0, 1]
 * @param grade the grade band of the (rounded) total
 * @param stars the star tier of the band
 * @param findings the strongest and weakest metrics as evidence-backed Findings
 */
public record Scorecard(
    WorkerId workerId,
    String scheme,
    List<ScoreLine> lines,
    List<GroupScore> groups,
    double weightedTotal,
    List<Adjustment> adjustments,
    double total,
    double unroundedTotal,
    double coverage,
    String grade,
    int stars,
    List<Finding> findings) {

  /**
   * Creates a scorecard; lists are copied.
   *
   * @throws NullPointerException if a reference is null
   */
  public Scorecard {
    requireNonNull(workerId, "workerId is null");
    requireNonNull(scheme, "scheme is null");
    lines = List.copyOf(lines);
    groups = List.copyOf(groups);
    adjustments = List.copyOf(adjustments);
    requireNonNull(grade, "grade is null");
    findings = List.copyOf(findings);
  }

  /** The line of {@code metric}, if the scheme has it. */
  public Optional<ScoreLine> line(MetricId metric) {
    return lines.stream().filter(line -> line.metric().equals(metric)).findFirst();
  }

  /** The score of the group {@code id}, if the scheme has it. */
  public Optional<GroupScore> group(String id) {
    return groups.stream().filter(group -> group.group().equals(id)).findFirst();
  }
}
