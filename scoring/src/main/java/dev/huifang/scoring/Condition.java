package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.huifang.core.Checklist;
import dev.huifang.core.Limits;
import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Map;

/**
 * A condition over a scorecard, for incentive rules: comparisons of a metric's raw value or of the
 * total with a number, combined with all-of and any-of. A metric the worker has no value for makes
 * a comparison false. In JSON each node is an object with a {@code type} name.
 *
 * <p>Trees are nested at most {@link Limits#MAX_CONDITION_DEPTH} levels deep: {@link #problems}
 * checks the depth without recursing before it walks the tree, so a deeper tree, read from JSON
 * or built in Java, is a Problem ({@code when: must be nested at most 32 levels deep}) and is
 * never walked; {@link #describe} of such a tree says so instead of walking it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Condition.MetricAtLeast.class, name = "metric_at_least"),
    @JsonSubTypes.Type(value = Condition.MetricAtMost.class, name = "metric_at_most"),
    @JsonSubTypes.Type(value = Condition.TotalAtLeast.class, name = "total_at_least"),
    @JsonSubTypes.Type(value = Condition.All.class, name = "all"),
    @JsonSubTypes.Type(value = Condition.Any.class, name = "any")})
public sealed interface Condition {

  /**
   * Whether the condition holds for {@code card}; every number it compared is put into
   * {@code figures} (by metric id, or {@code total}) so an award can say what fired it.
   */
  boolean test(Scorecard card, Map<String, Double> figures);

  /** The Problems of this condition under {@code path}: unknown metrics, non-finite numbers. */
  Seq<Problem> problems(String path, ScoringScheme scheme);

  /** The condition as text, e.g. {@code satisfaction >= 4.5 and on_time_rate >= 1}. */
  String describe();

  /** The conditions this one combines: those of all-of and any-of, none for a comparison. */
  default List<Condition> children() {
    return List.of();
  }

  /** Whether this tree is nested deeper than {@link Limits#MAX_CONDITION_DEPTH}, found without recursing. */
  default boolean tooDeep() {
    return Limits.depthExceeds(this, Condition::children, Limits.MAX_CONDITION_DEPTH);
  }

  /**
   * The metric's raw value is at least {@code value}.
   *
   * @param metric the metric
   * @param value the threshold
   */
  record MetricAtLeast(MetricId metric, double value) implements Condition {

    /** Creates the node. */
    @JsonCreator
    public MetricAtLeast(@JsonProperty("metric") MetricId metric,
        @JsonProperty("value") double value) {
      this.metric = requireNonNull(metric, "metric is null");
      this.value = value;
    }

    @Override
    public boolean test(Scorecard card, Map<String, Double> figures) {
      return compareRaw(card, figures, metric, raw -> raw >= value);
    }

    @Override
    public Seq<Problem> problems(String path, ScoringScheme scheme) {
      return metricProblems(path, scheme, metric, value);
    }

    @Override
    public String describe() {
      return metric.value() + " >= " + Normalization.number(value);
    }
  }

  /**
   * The metric's raw value is at most {@code value}.
   *
   * @param metric the metric
   * @param value the threshold
   */
  record MetricAtMost(MetricId metric, double value) implements Condition {

    /** Creates the node. */
    @JsonCreator
    public MetricAtMost(@JsonProperty("metric") MetricId metric,
        @JsonProperty("value") double value) {
      this.metric = requireNonNull(metric, "metric is null");
      this.value = value;
    }

    @Override
    public boolean test(Scorecard card, Map<String, Double> figures) {
      return compareRaw(card, figures, metric, raw -> raw <= value);
    }

    @Override
    public Seq<Problem> problems(String path, ScoringScheme scheme) {
      return metricProblems(path, scheme, metric, value);
    }

    @Override
    public String describe() {
      return metric.value() + " <= " + Normalization.number(value);
    }
  }

  /**
   * The scorecard's total is at least {@code value}: the total rounded by the scheme's
   * {@link DecisionPrecision}, so 59.99999999999999 meets 60.
   *
   * @param value the threshold, in [0, 100]
   */
  record TotalAtLeast(double value) implements Condition {

    /** Creates the node. */
    @JsonCreator
    public TotalAtLeast(@JsonProperty("value") double value) {
      this.value = value;
    }

    @Override
    public boolean test(Scorecard card, Map<String, Double> figures) {
      figures.put("total", card.total());
      return card.total() >= value;
    }

    @Override
    public Seq<Problem> problems(String path, ScoringScheme scheme) {
      return Checklist.at(path).within("value", value, 0, 100).problems();
    }

    @Override
    public String describe() {
      return "total >= " + Normalization.number(value);
    }
  }

  /**
   * Every condition holds; all are evaluated, so every number is reported.
   *
   * @param conditions at least one
   */
  record All(List<Condition> conditions) implements Condition {

    /** Creates the node; conditions are copied. */
    @JsonCreator
    public All(@JsonProperty("conditions") List<Condition> conditions) {
      this.conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(Scorecard card, Map<String, Double> figures) {
      boolean all = true;
      for (Condition condition : conditions) {
        all &= condition.test(card, figures);
      }
      return all;
    }

    @Override
    public Seq<Problem> problems(String path, ScoringScheme scheme) {
      return nested(path, scheme, this);
    }

    @Override
    public List<Condition> children() {
      return conditions;
    }

    @Override
    public String describe() {
      return join(this, " and ");
    }
  }

  /**
   * At least one condition holds; all are evaluated, so every number is reported.
   *
   * @param conditions at least one
   */
  record Any(List<Condition> conditions) implements Condition {

    /** Creates the node; conditions are copied. */
    @JsonCreator
    public Any(@JsonProperty("conditions") List<Condition> conditions) {
      this.conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(Scorecard card, Map<String, Double> figures) {
      boolean any = false;
      for (Condition condition : conditions) {
        any |= condition.test(card, figures);
      }
      return any;
    }

    @Override
    public Seq<Problem> problems(String path, ScoringScheme scheme) {
      return nested(path, scheme, this);
    }

    @Override
    public List<Condition> children() {
      return conditions;
    }

    @Override
    public String describe() {
      return join(this, " or ");
    }
  }

  /** Compares the metric's raw value, recording it; false when the worker has none. */
  private static boolean compareRaw(Scorecard card, Map<String, Double> figures, MetricId metric,
      java.util.function.DoublePredicate holds) {
    Double raw = card.line(metric).map(ScoreLine::raw).orElse(null);
    if (raw == null) {
      return false;
    }
    figures.put(metric.value(), raw);
    return holds.test(raw);
  }

  private static Seq<Problem> metricProblems(String path, ScoringScheme scheme, MetricId metric,
      double value) {
    return Checklist.at(path)
        .require(scheme.metric(metric).isPresent(), Problem.UNKNOWN, "metric", metric.value(),
            "must be a metric of scheme " + scheme.id())
        .finite("value", value)
        .problems();
  }

  private static Seq<Problem> nested(String path, ScoringScheme scheme, Condition node) {
    List<Condition> conditions = node.children();
    Checklist checks = Checklist.at(path);
    checks.nestedAtMost("", node, Condition::children, Limits.MAX_CONDITION_DEPTH);
    if (!checks.isClean()) {
      return checks.problems();
    }
    checks.require(!conditions.isEmpty(), Problem.REQUIRED,
        "conditions", null, "must hold at least one condition");
    for (int i = 0; i < conditions.size(); i++) {
      checks.addAll(Problem.index("conditions", i), conditions.get(i).problems("", scheme));
    }
    return checks.problems();
  }

  private static String join(Condition node, String separator) {
    if (node.tooDeep()) {
      return "(a condition nested more than " + Limits.MAX_CONDITION_DEPTH + " levels deep)";
    }
    List<Condition> conditions = node.children();
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < conditions.size(); i++) {
      out.append(i == 0 ? "" : separator).append(conditions.get(i).describe());
    }
    return out.append(')').toString();
  }
}
