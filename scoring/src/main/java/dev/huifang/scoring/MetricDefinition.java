package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;

/**
 * One KPI: what it is called, whether more is better, how it is measured, which raw values are
 * possible and how they become a 0-100 score.
 *
 * <p>Its rules ({@link #problems(String)}): a valid id, a name in zh-CN and en, a finite range
 * with {@code min <= max}, and a normalisation consistent with the direction.
 *
 * @param id identifies the metric in worker values and schemes
 * @param name the name people read
 * @param category the family (quality, efficiency, cost, customer)
 * @param dimension the capability it speaks of, used by the Findings it produces
 * @param kind measured (hard) or rated (soft)
 * @param unit the unit of raw values, e.g. {@code ratio}, {@code hours}, {@code stars}
 * @param direction whether higher raw values are better
 * @param normalization how raw values become scores
 * @param min the smallest possible raw value
 * @param max the largest possible raw value
 */
public record MetricDefinition(
    MetricId id,
    LocalizedText name,
    MetricCategory category,
    Dimension dimension,
    MetricKind kind,
    String unit,
    Direction direction,
    Normalization normalization,
    double min,
    double max) {

  /**
   * Creates a definition.
   *
   * @throws NullPointerException if a reference is null
   */
  public MetricDefinition {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(category, "category is null");
    requireNonNull(dimension, "dimension is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(unit, "unit is null");
    requireNonNull(direction, "direction is null");
    requireNonNull(normalization, "normalization is null");
  }

  /** A share in [0, 1] such as a conversion or turnout rate. */
  public static MetricDefinition ratio(String id, LocalizedText name, MetricCategory category,
      Dimension dimension, Direction direction, Normalization normalization) {
    return new MetricDefinition(MetricId.of(id), name, category, dimension, MetricKind.HARD,
        "ratio", direction, normalization, 0.0, 1.0);
  }

  /** A 1-5 star rating, soft, normalised as stars. */
  public static MetricDefinition stars(String id, LocalizedText name, MetricCategory category,
      Dimension dimension) {
    return new MetricDefinition(MetricId.of(id), name, category, dimension, MetricKind.SOFT,
        "stars", Direction.HIGHER_IS_BETTER, new Normalization.Stars(), 1.0, 5.0);
  }

  /** The Problems of this definition under {@code path}. */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path)
        .id("id", id)
        .addAll("name", name.problems(""))
        .id("category", category)
        .id("dimension", dimension)
        .notBlank("unit", unit)
        .finite("min", min)
        .finite("max", max);
    if (Double.isFinite(min) && Double.isFinite(max)) {
      checks.require(min <= max, Problem.ORDER, "max", max, "must be >= min (" + min + ")");
    }
    checks.addAll("normalization", normalization.problems("", direction));
    return checks.problems();
  }

  /** The Problems of a raw value of this metric at {@code path}: finite and within the range. */
  public Seq<Problem> problemsOf(String path, double raw) {
    return Checklist.root().within(path, raw, min, max).problems();
  }
}
