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
import dev.huifang.scoring.DecisionPrecision;
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
  /** The weighted metrics in summation order: by metric id. */
  private final Term[] terms;

  /** A weighted metric with where it sits: its group and its place in the scheme's metrics. */
  private record Term(MetricDefinition definition, int group, String groupId, double metricWeight,
      double weight, int position) {}

  /** Creates the scorer. */
  public SchemeScorer(ScoringScheme scheme, FindingThresholds thresholds) {
    this.scheme = requireNonNull(scheme, "scheme is null");
    this.thresholds = requireNonNull(thresholds, "thresholds is null");
    Checklist.root().addAll("thresholds", thresholds.problems("")).throwIfAny("Scorer");
    for (MetricDefinition metric : scheme.metrics()) {
      definitions.put(metric.id(), metric);
      rules.put(metric.id(), metric.normalization().describe());
    }
    List<MetricId> positions = new ArrayList<>(definitions.keySet());
    List<Term> list = new ArrayList<>();
    for (int g = 0; g < scheme.groups().size(); g++) {
      WeightGroup group = scheme.groups().get(g);
      for (WeightedMetric weighted : group.metrics()) {
        list.add(new Term(requireNonNull(definitions.get(weighted.metric()), "weighted metric is defined"), g, group.id(), weighted.weight(),
            group.weight() * weighted.weight(), positions.indexOf(weighted.metric())));
      }
    }
    list.sort(java.util.Comparator.comparing(term -> term.definition().id().value()));
    terms = list.toArray(Term[]::new);
  }

  /**
   * The scheme's metrics in summation order, by metric id, for {@link ColumnarScheme}: both paths
   * add the same products in the same order.
   */
  static List<MetricId> summationOrder(ScoringScheme scheme) {
    List<MetricId> ids = new ArrayList<>();
    scheme.metrics().forEach(metric -> ids.add(metric.id()));
    ids.sort(java.util.Comparator.comparing(MetricId::value));
    return ids;
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
      return Validation.invalid(checks.problems());
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
      return Validation.invalid(checks.problems());
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
    int groupCount = scheme.groups().size();
    double[] groupSums = new double[groupCount];
    double[] groupWeights = new double[groupCount];
    double measured = 0;
    double sum = 0;
    ScoreLine[] lines = new ScoreLine[terms.length];
    // one summation order, the terms' (metric id) order, shared with ColumnarScheme: the totals are
    // the same bits whatever order the scheme lists its metrics or groups in
    for (Term term : terms) {
      Double value = worker.values().get(term.definition.id());
      double score = value == null ? 0.0 : term.definition.normalization().score(value,
          term.definition.direction(), cohort.getOrDefault(term.definition.id(), CohortStats.EMPTY));
      boolean counted = value != null || !renormalize;
      if (counted) {
        measured += term.weight;
        sum += score * term.weight;
        groupSums[term.group] += score * term.metricWeight;
        groupWeights[term.group] += term.metricWeight;
      }
      lines[term.position] = new ScoreLine(term.definition.id(), term.groupId, value, score,
          term.weight, 0.0, value == null ? "missing: " + scheme.missingValues()
              : requireNonNull(rules.get(term.definition.id()), "every metric has a rule"));
    }
    double coverage = Math.min(1.0, measured);
    double weightedTotal = Normalization.clamp(renormalize ? sum / measured : sum);
    double divisor = renormalize ? measured : 1.0;
    List<ScoreLine> ordered = new ArrayList<>(lines.length);
    for (ScoreLine line : lines) {
      boolean counted = line.raw() != null || !renormalize;
      ordered.add(new ScoreLine(line.metric(), line.group(), line.raw(), line.score(),
          line.weight(), counted ? line.score() * line.weight() / divisor : 0.0, line.rule()));
    }
    DecisionPrecision precision = scheme.precision();
    List<GroupScore> groups = new ArrayList<>(groupCount);
    for (int g = 0; g < groupCount; g++) {
      WeightGroup group = scheme.groups().get(g);
      double score = groupWeights[g] > 0 ? groupSums[g] / groupWeights[g] : 0.0;
      groups.add(new GroupScore(group.id(), precision.round(score), score, group.weight()));
    }
    List<Adjustment> adjustments = adjustments(worker, scheme.adjustments());
    double unrounded = weightedTotal;
    for (Adjustment adjustment : adjustments) {
      unrounded += adjustment.points();
    }
    unrounded = Normalization.clamp(unrounded);
    // the one place a decision's number is made: grades, ranks, top-N%, incentives and balance
    // rules all read this rounded total
    double total = precision.round(unrounded);
    Grade grade = grade(total);
    return new Scorecard(worker.workerId(), scheme.id(), ordered, groups, weightedTotal,
        adjustments, total, unrounded, coverage, grade.code(), grade.stars(),
        findings(worker, ordered, cohort));
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
    MetricDefinition metric = requireNonNull(definitions.get(line.metric()), "line of a defined metric");
    double raw = requireNonNull(line.raw(), "findings come from measured lines");
    Map<String, Double> figures = new TreeMap<>();
    figures.put("value", raw);
    figures.put("score", line.score());
    figures.put("weight", line.weight());
    CohortStats stats = cohort.get(metric.id());
    if (stats != null && stats.count() > 0) {
      figures.put("teamMean", stats.mean());
    }
    // Said as a person would: value in its unit and rounded, score out of 100; the exact value,
    // score, weight and team mean stay in the figures, the rule in the scorecard's line.
    LocalizedText value = MetricWording.value(raw, metric.unit());
    double teamMean = stats != null && stats.count() > 0 ? stats.mean() : Double.NaN;
    boolean hasMean = !Double.isNaN(teamMean);
    LocalizedText mean = MetricWording.value(hasMean ? teamMean : 0, metric.unit());
    boolean strength = polarity == Polarity.STRENGTH;
    LocalizedText summary = MetricWording.summary(metric.name(), strength, value, mean, hasMean,
        line.score());
    LocalizedText statement = MetricWording.statement(metric.name(), value, mean, hasMean);
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
