package dev.huifang.scoring.internal;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import dev.huifang.scoring.Adjustment;
import dev.huifang.scoring.Adjustments;
import dev.huifang.scoring.CohortStats;
import dev.huifang.scoring.CompiledScheme;
import dev.huifang.scoring.FindingThresholds;
import dev.huifang.scoring.Grade;
import dev.huifang.scoring.GroupScore;
import dev.huifang.scoring.MetricDefinition;
import dev.huifang.scoring.MissingValuePolicy;
import dev.huifang.scoring.Normalization;
import dev.huifang.scoring.ScoreLine;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.WeightGroup;
import dev.huifang.scoring.WeightedMetric;
import dev.huifang.scoring.WorkerMetrics;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The scorer of one scheme: validation at the boundary, then plain arithmetic. */
public final class SchemeScorer implements Scorer {

  private final ScoringScheme scheme;
  private final FindingThresholds thresholds;
  private final Map<MetricId, MetricDefinition> definitions = new LinkedHashMap<>();
  /** Each metric's rule text, built once: every scorecard line repeats it. */
  private final Map<MetricId, String> rules = new HashMap<>();

  /** Creates the scorer. */
  public SchemeScorer(ScoringScheme scheme, FindingThresholds thresholds) {
    this.scheme = requireNonNull(scheme, "scheme is null");
    this.thresholds = requireNonNull(thresholds, "thresholds is null");
    Checklist.root().addAll("thresholds", thresholds.problems("")).throwIfAny("Scorer");
    for (MetricDefinition metric : scheme.metrics()) {
      definitions.put(metric.id(), metric);
      rules.put(metric.id(), metric.normalization().describe());
    }
  }

  @Override
  public ScoringScheme scheme() {
    return scheme;
  }

  @Override
  public Validation<Seq<Problem>, Scorecard> score(
      WorkerMetrics worker, Map<MetricId, CohortStats> cohort) {
    requireNonNull(worker, "worker is null");
    requireNonNull(cohort, "cohort is null");
    Checklist checks = check(worker);
    if (!checks.isClean()) {
      return checks.toValidation(() -> null);
    }
    return Validation.valid(compute(worker, cohort));
  }

  @Override
  public Validation<Seq<Problem>, List<Scorecard>> scoreCohort(List<WorkerMetrics> workers) {
    requireNonNull(workers, "workers is null");
    Checklist checks = Checklist.root().require(!workers.isEmpty(), Problem.REQUIRED, "workers",
        null, "must hold at least one worker");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < workers.size(); i++) {
      WorkerMetrics worker = workers.get(i);
      String at = Problem.index("workers", i);
      checks.addAll(at, check(worker).problems());
      checks.require(seen.add(worker.workerId().value()), Problem.DUPLICATE, at + ".workerId",
          worker.workerId().value(), "must appear once in a cohort");
    }
    if (!checks.isClean()) {
      return checks.toValidation(() -> null);
    }
    Map<MetricId, CohortStats> stats = cohortStats(workers);
    List<Scorecard> scorecards = new ArrayList<>(workers.size());
    for (WorkerMetrics worker : workers) {
      scorecards.add(compute(worker, stats));
    }
    return Validation.valid(List.copyOf(scorecards));
  }

  @Override
  public Map<MetricId, CohortStats> cohortStats(List<WorkerMetrics> workers) {
    Map<MetricId, CohortStats> stats = new TreeMap<>();
    for (MetricDefinition metric : scheme.metrics()) {
      double[] values = workers.stream()
          .map(worker -> worker.values().get(metric.id()))
          .filter(value -> value != null && Double.isFinite(value)
              && value >= metric.min() && value <= metric.max())
          .mapToDouble(Double::doubleValue).toArray();
      stats.put(metric.id(), CohortStats.of(values));
    }
    return stats;
  }

  @Override
  public CompiledScheme compile() {
    return new ColumnarScheme(scheme);
  }

  private Checklist check(WorkerMetrics worker) {
    Checklist checks = Checklist.root().id("workerId", worker.workerId());
    worker.values().forEach((metric, value) -> {
      String at = "values." + metric.value();
      MetricDefinition definition = definitions.get(metric);
      if (definition == null) {
        checks.add(Problem.of(Problem.UNKNOWN, at, value,
            "must be a metric of scheme " + scheme.id() + " " + definitions.keySet()));
      } else {
        checks.addAll("", definition.problemsOf(at, value));
      }
    });
    boolean anyMeasured = false;
    for (MetricDefinition metric : scheme.metrics()) {
      boolean present = worker.values().containsKey(metric.id());
      anyMeasured |= present;
      if (!present && scheme.missingValues() == MissingValuePolicy.REJECT) {
        checks.add(Problem.required("values." + metric.id().value()));
      }
    }
    if (!anyMeasured && scheme.missingValues() == MissingValuePolicy.RENORMALIZE) {
      checks.add(new Problem(Problem.REQUIRED, "values", null,
          "must hold a value for at least one metric of scheme " + scheme.id()));
    }
    checks.atLeast("complaints", worker.complaints(), 0)
        .atLeast("recoveredComplaints", worker.recoveredComplaints(), 0)
        .require(worker.recoveredComplaints() <= worker.complaints(), Problem.INCONSISTENT,
            "recoveredComplaints", worker.recoveredComplaints(),
            "must be <= complaints (" + worker.complaints() + ")")
        .atLeast("referrals", worker.referrals(), 0);
    return checks;
  }

  private Scorecard compute(WorkerMetrics worker, Map<MetricId, CohortStats> cohort) {
    boolean renormalize = scheme.missingValues() == MissingValuePolicy.RENORMALIZE;
    double measured = 0;
    double sum = 0;
    List<double[]> raw = new ArrayList<>();
    for (WeightGroup group : scheme.groups()) {
      for (WeightedMetric weighted : group.metrics()) {
        MetricDefinition metric = definitions.get(weighted.metric());
        Double value = worker.values().get(weighted.metric());
        double weight = group.weight() * weighted.weight();
        double score = value == null ? 0.0 : metric.normalization().score(value,
            metric.direction(), cohort.getOrDefault(metric.id(), CohortStats.EMPTY));
        if (value != null || !renormalize) {
          measured += weight;
          sum += score * weight;
        }
        raw.add(new double[] {score, weight});
      }
    }
    double coverage = Math.min(1.0, measured);
    double weightedTotal = Normalization.clamp(renormalize ? sum / measured : sum);
    double divisor = renormalize ? measured : 1.0;

    List<ScoreLine> lines = new ArrayList<>();
    List<GroupScore> groups = new ArrayList<>();
    int index = 0;
    for (WeightGroup group : scheme.groups()) {
      double groupSum = 0;
      double groupWeight = 0;
      for (WeightedMetric weighted : group.metrics()) {
        double[] scoreAndWeight = raw.get(index++);
        MetricDefinition metric = definitions.get(weighted.metric());
        Double value = worker.values().get(weighted.metric());
        boolean counted = value != null || !renormalize;
        lines.add(new ScoreLine(metric.id(), group.id(), value, scoreAndWeight[0],
            scoreAndWeight[1], counted ? scoreAndWeight[0] * scoreAndWeight[1] / divisor : 0.0,
            value == null ? "missing: " + scheme.missingValues() : rules.get(metric.id())));
        if (counted) {
          groupSum += scoreAndWeight[0] * weighted.weight();
          groupWeight += weighted.weight();
        }
      }
      groups.add(new GroupScore(group.id(), groupWeight > 0 ? groupSum / groupWeight : 0.0,
          group.weight()));
    }
    List<Adjustment> adjustments = adjustments(worker, scheme.adjustments());
    double total = weightedTotal;
    for (Adjustment adjustment : adjustments) {
      total += adjustment.points();
    }
    total = Normalization.clamp(total);
    Grade grade = grade(total);
    List<ScoreLine> ordered = orderedLikeMetrics(lines);
    return new Scorecard(worker.workerId(), scheme.id(), ordered, groups, weightedTotal,
        adjustments, total, coverage, grade.code(), grade.stars(),
        findings(worker, ordered, cohort));
  }

  private List<ScoreLine> orderedLikeMetrics(List<ScoreLine> lines) {
    List<ScoreLine> ordered = new ArrayList<>(lines.size());
    for (MetricId metric : definitions.keySet()) {
      for (ScoreLine line : lines) {
        if (line.metric().equals(metric)) {
          ordered.add(line);
        }
      }
    }
    return ordered;
  }

  private static List<Adjustment> adjustments(WorkerMetrics worker, Adjustments rules) {
    List<Adjustment> adjustments = new ArrayList<>();
    int unrecovered = worker.complaints() - worker.recoveredComplaints();
    if (unrecovered > 0 && rules.complaintPenalty() > 0) {
      adjustments.add(new Adjustment(unrecovered + " complaint(s) × " + rules.complaintPenalty()
          + " points", -unrecovered * rules.complaintPenalty()));
    }
    if (worker.recoveredComplaints() > 0 && rules.complaintPenalty() > 0) {
      adjustments.add(new Adjustment(worker.recoveredComplaints() + " recovered complaint(s) × "
          + rules.complaintPenalty() + " points × " + rules.recoveredFraction(),
          -worker.recoveredComplaints() * rules.complaintPenalty() * rules.recoveredFraction()));
    }
    if (worker.referrals() > 0 && rules.referralBonus() > 0) {
      double bonus = Math.min(rules.referralCap(), worker.referrals() * rules.referralBonus());
      adjustments.add(new Adjustment(worker.referrals() + " referral(s) × "
          + rules.referralBonus() + " points, capped at " + rules.referralCap(), bonus));
    }
    return adjustments;
  }

  private Grade grade(double total) {
    for (Grade grade : scheme.grades()) {
      if (total >= grade.minTotal()) {
        return grade;
      }
    }
    return scheme.grades().get(scheme.grades().size() - 1);
  }

  private List<Finding> findings(
      WorkerMetrics worker, List<ScoreLine> lines, Map<MetricId, CohortStats> cohort) {
    ScoreLine strongest = null;
    ScoreLine weakest = null;
    for (ScoreLine line : lines) {
      if (line.raw() == null) {
        continue;
      }
      if (strongest == null || line.score() > strongest.score()) {
        strongest = line;
      }
      if (weakest == null || line.score() < weakest.score()) {
        weakest = line;
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (strongest != null && strongest.score() >= thresholds.strengthAt()) {
      findings.add(finding(worker, strongest, Polarity.STRENGTH, cohort));
    }
    if (weakest != null && weakest != strongest && weakest.score() < thresholds.weaknessBelow()) {
      findings.add(finding(worker, weakest, Polarity.WEAKNESS, cohort));
    }
    return findings;
  }

  private Finding finding(WorkerMetrics worker, ScoreLine line, Polarity polarity,
      Map<MetricId, CohortStats> cohort) {
    MetricDefinition metric = definitions.get(line.metric());
    double raw = line.raw();
    Map<String, Double> figures = new TreeMap<>();
    figures.put("value", raw);
    figures.put("score", line.score());
    figures.put("weight", line.weight());
    CohortStats stats = cohort.get(metric.id());
    if (stats != null && stats.count() > 0) {
      figures.put("teamMean", stats.mean());
    }
    String value = Normalization.number(raw);
    String score = Normalization.number(Math.round(line.score() * 10) / 10.0);
    boolean strength = polarity == Polarity.STRENGTH;
    LocalizedText summary = LocalizedText.of(
        metric.name().zhCn() + (strength ? "表现突出：" : "有待提升：") + value + "（得分 " + score + "）",
        metric.name().en() + (strength ? " stands out: " : " needs work: ") + value + " (score "
            + score + ")");
    LocalizedText statement = LocalizedText.of(
        metric.name().zhCn() + " 为 " + value + "，按规则「" + line.rule() + "」得 " + score + " 分",
        metric.name().en() + " was " + value + ", scored " + score + " by " + line.rule());
    return Finding.builder()
        .workerId(worker.workerId())
        .dimension(metric.dimension())
        .polarity(polarity)
        .magnitude(Ratio.of(strength ? line.score() / 100.0 : (100.0 - line.score()) / 100.0))
        .perspective(Perspective.SYSTEM)
        .summary(summary)
        .addEvidence(Evidence.of("metric:" + metric.id().value(), statement, figures))
        .build();
  }
}
