package dev.huifang.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.huifang.core.Checklist;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How workers of one role are scored: the metrics, how each is normalised, and their weights in
 * weighted groups (workload 40% / quality 60%; satisfaction 30-50% of the total), with the
 * policy for missing values, the adjustments, the grade bands and the {@link DecisionPrecision}
 * decisions are taken at.
 *
 * <p>Its rules, checked when it is built: metric ids unique and valid; every weighted metric
 * defined and every defined metric weighted exactly once; every weight {@code > 0}; the group
 * weights, and the metric weights inside each group, sum to 1 within {@value #WEIGHT_TOLERANCE}
 * (nothing is rescaled silently: {@link #normalize(List)} does it on request); grade bands from the
 * highest total down. A broken rule reads like {@code groups[1].metrics[0].weight: must be > 0,
 * was -0.2}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScoringScheme.class)
@JsonDeserialize(as = ImmutableScoringScheme.class)
public abstract class ScoringScheme {

  /** How far a sum of weights may be from 1. */
  public static final double WEIGHT_TOLERANCE = 1e-9;

  ScoringScheme() {}

  /** A builder; id, name, metrics and groups are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The default grade bands: A from 90 (5 stars), B 80 (4), C 70 (3), D 60 (2), E below (1). */
  public static List<Grade> defaultGrades() {
    return List.of(new Grade("A", 90, 5), new Grade("B", 80, 4), new Grade("C", 70, 3),
        new Grade("D", 60, 2), new Grade("E", 0, 1));
  }

  /** Identifies the scheme, e.g. {@code after-sales-2026}. */
  public abstract String id();

  /** The name people read. */
  public abstract LocalizedText name();

  /** The metrics, in the order scorecards list them. */
  public abstract List<MetricDefinition> metrics();

  /** The weighted groups. */
  public abstract List<WeightGroup> groups();

  /** What a missing value does; {@link MissingValuePolicy#RENORMALIZE} unless set. */
  @Value.Default
  public MissingValuePolicy missingValues() {
    return MissingValuePolicy.RENORMALIZE;
  }

  /** Complaint penalties and referral bonuses; {@link Adjustments#defaults()} unless set. */
  @Value.Default
  public Adjustments adjustments() {
    return Adjustments.defaults();
  }

  /** Grade bands from the highest down; {@link #defaultGrades()} unless set. */
  @Value.Default
  public List<Grade> grades() {
    return defaultGrades();
  }

  /**
   * The precision every decision on a total or a group score is taken at;
   * {@link DecisionPrecision#defaults()} (half up to 2 decimals) unless set.
   */
  @Value.Default
  public DecisionPrecision precision() {
    return DecisionPrecision.defaults();
  }

  /** The definition of {@code metric}, if the scheme has it. */
  public Optional<MetricDefinition> metric(MetricId metric) {
    return metrics().stream().filter(m -> m.id().equals(metric)).findFirst();
  }

  /** The effective weight of every metric: group weight times metric weight, by metric. */
  public Map<MetricId, Double> effectiveWeights() {
    Map<MetricId, Double> weights = new java.util.LinkedHashMap<>();
    for (WeightGroup group : groups()) {
      for (WeightedMetric metric : group.metrics()) {
        weights.put(metric.metric(), group.weight() * metric.weight());
      }
    }
    return weights;
  }

  /**
   * Group weights, and the metric weights of each group, divided by their sums: the explicit way
   * to turn weights of 40 and 60 points into 0.4 and 0.6 before building a scheme, which never
   * rescales them silently.
   *
   * @return the normalised groups, or the Problems of weights that cannot be normalised (each must
   *     be {@code > 0}, at {@code groups[g].weight} and {@code groups[g].metrics[m].weight})
   */
  public static Validation<Seq<Problem>, List<WeightGroup>> normalize(List<WeightGroup> groups) {
    Checklist checks = Checklist.root().require(!groups.isEmpty(), Problem.REQUIRED, "groups",
        null, "must hold at least one weighted group");
    double groupSum = 0;
    for (int g = 0; g < groups.size(); g++) {
      WeightGroup group = groups.get(g);
      checks.greaterThan(Problem.index("groups", g) + ".weight", group.weight(), 0);
      groupSum += group.weight();
      checks.require(!group.metrics().isEmpty(), Problem.REQUIRED,
          Problem.index("groups", g) + ".metrics", null, "must hold at least one metric");
      for (int m = 0; m < group.metrics().size(); m++) {
        checks.greaterThan(Problem.index(Problem.index("groups", g) + ".metrics", m) + ".weight",
            group.metrics().get(m).weight(), 0);
      }
      double metricSum = group.metrics().stream().mapToDouble(WeightedMetric::weight).sum();
      checks.require(Double.isFinite(metricSum), Problem.RANGE,
          Problem.index("groups", g) + ".metrics", metricSum,
          "weights must add up to a finite number");
    }
    checks.require(Double.isFinite(groupSum), Problem.RANGE, "groups", groupSum,
        "weights must add up to a finite number");
    if (!checks.isClean()) {
      return checks.toValidation(() -> List.of());
    }
    List<WeightGroup> normalized = new ArrayList<>();
    for (WeightGroup group : groups) {
      double sum = group.metrics().stream().mapToDouble(WeightedMetric::weight).sum();
      List<WeightedMetric> metrics = new ArrayList<>();
      for (WeightedMetric metric : group.metrics()) {
        metrics.add(new WeightedMetric(metric.metric(), metric.weight() / sum));
      }
      normalized.add(new WeightGroup(group.id(), group.name(), group.weight() / groupSum, metrics));
    }
    return Validation.valid(List.copyOf(normalized));
  }

  @Value.Check
  final void check() {
    Checklist checks = Checklist.root().notBlank("id", id()).addAll("name", name().problems(""));
    checks.require(!metrics().isEmpty(), Problem.REQUIRED, "metrics", null,
        "must hold at least one metric");
    Set<MetricId> defined = new LinkedHashSet<>();
    for (int i = 0; i < metrics().size(); i++) {
      MetricDefinition metric = metrics().get(i);
      String at = Problem.index("metrics", i);
      checks.addAll(at, metric.problems(""));
      checks.require(defined.add(metric.id()), Problem.DUPLICATE, at + ".id", metric.id().value(),
          "must be unique");
    }
    checks.require(!groups().isEmpty(), Problem.REQUIRED, "groups", null,
        "must hold at least one weighted group");
    Map<MetricId, String> weighted = new HashMap<>();
    double groupSum = 0;
    Set<String> groupIds = new HashSet<>();
    for (int g = 0; g < groups().size(); g++) {
      WeightGroup group = groups().get(g);
      String at = Problem.index("groups", g);
      checks.notBlank(at + ".id", group.id()).addAll(at + ".name", group.name().problems(""));
      checks.require(groupIds.add(group.id()), Problem.DUPLICATE, at + ".id", group.id(),
          "must be unique");
      checks.greaterThan(at + ".weight", group.weight(), 0);
      groupSum += group.weight();
      checks.require(!group.metrics().isEmpty(), Problem.REQUIRED, at + ".metrics", null,
          "must hold at least one metric");
      double metricSum = 0;
      for (int m = 0; m < group.metrics().size(); m++) {
        WeightedMetric metric = group.metrics().get(m);
        String mat = Problem.index(at + ".metrics", m);
        checks.greaterThan(mat + ".weight", metric.weight(), 0);
        metricSum += metric.weight();
        checks.require(defined.contains(metric.metric()), Problem.UNKNOWN, mat + ".metric",
            metric.metric().value(), "must be one of the scheme's metrics");
        String previous = weighted.putIfAbsent(metric.metric(), mat);
        checks.require(previous == null, Problem.DUPLICATE, mat + ".metric",
            metric.metric().value(), "must be weighted once (already at " + previous + ")");
      }
      if (!group.metrics().isEmpty()) {
        checks.require(Math.abs(metricSum - 1.0) <= WEIGHT_TOLERANCE, Problem.INCONSISTENT,
            at + ".metrics", metricSum, "weights must sum to 1 (ScoringScheme.normalize rescales them)");
      }
    }
    if (!groups().isEmpty()) {
      checks.require(Math.abs(groupSum - 1.0) <= WEIGHT_TOLERANCE, Problem.INCONSISTENT, "groups",
          groupSum, "weights must sum to 1 (ScoringScheme.normalize rescales them)");
    }
    for (MetricId metric : defined) {
      checks.require(weighted.containsKey(metric), Problem.INCONSISTENT, "groups", metric.value(),
          "must weight every metric of the scheme");
    }
    checks.addAll("adjustments", adjustments().problems(""));
    checks.addAll("precision", precision().problems(""));
    checks.require(!grades().isEmpty(), Problem.REQUIRED, "grades", null,
        "must hold at least one grade band");
    for (int i = 0; i < grades().size(); i++) {
      Grade grade = grades().get(i);
      String at = Problem.index("grades", i);
      checks.notBlank(at + ".code", grade.code()).within(at + ".minTotal", grade.minTotal(), 0, 100)
          .require(grade.stars() >= 1 && grade.stars() <= 5, Problem.RANGE, at + ".stars",
              grade.stars(), "must be within [1, 5]");
      if (i > 0) {
        checks.require(grade.minTotal() < grades().get(i - 1).minTotal(), Problem.ORDER,
            at + ".minTotal", grade.minTotal(), "must be below the band before it");
      }
    }
    if (!grades().isEmpty()) {
      checks.require(grades().get(grades().size() - 1).minTotal() == 0, Problem.INCONSISTENT,
          "grades", grades().get(grades().size() - 1).minTotal(),
          "the last band must start at 0 so every total has a grade");
    }
    checks.throwIfAny("ScoringScheme");
  }

  /** Builds a scheme; {@link #validate()} returns every Problem instead of throwing. */
  public static final class Builder extends ImmutableScoringScheme.Builder {
    Builder() {}

    /** The scheme, or every Problem of its parts. */
    public Validation<Seq<Problem>, ScoringScheme> validate() {
      return Validated.of(this::build);
    }
  }
}
