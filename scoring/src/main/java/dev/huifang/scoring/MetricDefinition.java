package dev.huifang.scoring;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.huifang.core.Checklist;
import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.immutables.value.Value;

/**
 * One KPI: what it is called, whether more is better, how it is measured, which raw values are
 * possible and how they become a 0-100 score. Built with {@link #builder()} (or the shortcuts
 * {@link #ratio} and {@link #stars}); a metric's range of raw values is declared once, here: a
 * normalisation that implies a range ({@link Normalization.Stars}: 1 to 5) supplies it when the
 * builder is given none, and may not be contradicted.
 *
 * <p>Its rules ({@link #problems(String)}): a valid id, a name in zh-CN and en, a finite range
 * with {@code min <= max} (required unless the normalisation implies it), a normalisation
 * consistent with the direction and with the range it implies.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMetricDefinition.class)
@JsonDeserialize(as = ImmutableMetricDefinition.class)
@JsonPropertyOrder({"id", "name", "category", "dimension", "kind", "unit", "direction",
    "normalization", "min", "max"})
public abstract class MetricDefinition {

  MetricDefinition() {}

  /**
   * A builder; id, name, category, dimension, unit and normalisation are required, the range too
   * unless the normalisation implies it; kind defaults to {@link MetricKind#HARD} and direction
   * to {@link Direction#HIGHER_IS_BETTER}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A share in [0, 1] such as a conversion or turnout rate: hard, unit {@code ratio}. */
  public static MetricDefinition ratio(String id, LocalizedText name, MetricCategory category,
      Dimension dimension, Direction direction, Normalization normalization) {
    return builder().id(id).name(name).category(category).dimension(dimension)
        .kind(MetricKind.HARD).unit("ratio").direction(direction).normalization(normalization)
        .range(0.0, 1.0).build();
  }

  /** A 1-5 star rating, soft, normalised as stars (which gives the range 1 to 5). */
  public static MetricDefinition stars(String id, LocalizedText name, MetricCategory category,
      Dimension dimension) {
    return builder().id(id).name(name).category(category).dimension(dimension)
        .kind(MetricKind.SOFT).unit("stars").normalization(new Normalization.Stars()).build();
  }

  /** Identifies the metric in worker values and schemes. */
  public abstract MetricId id();

  /** The name people read. */
  public abstract LocalizedText name();

  /** The family (quality, efficiency, cost, customer). */
  public abstract MetricCategory category();

  /** The capability it speaks of, used by the Findings it produces. */
  public abstract Dimension dimension();

  /** Measured (hard) or rated (soft); {@link MetricKind#HARD} unless set. */
  @Value.Default
  public MetricKind kind() {
    return MetricKind.HARD;
  }

  /** The unit of raw values, e.g. {@code ratio}, {@code hours}, {@code stars}. */
  public abstract String unit();

  /** Whether higher raw values are better; {@link Direction#HIGHER_IS_BETTER} unless set. */
  @Value.Default
  public Direction direction() {
    return Direction.HIGHER_IS_BETTER;
  }

  /** How raw values become scores. */
  public abstract Normalization normalization();

  /** The smallest possible raw value; the normalisation's when it implies a range, else NaN. */
  @Value.Default
  public double min() {
    return normalization() instanceof Normalization.Stars ? Normalization.Stars.LOWEST : Double.NaN;
  }

  /** The largest possible raw value; the normalisation's when it implies a range, else NaN. */
  @Value.Default
  public double max() {
    return normalization() instanceof Normalization.Stars ? Normalization.Stars.HIGHEST
        : Double.NaN;
  }

  /** The Problems of this definition under {@code path}. */
  public Seq<Problem> problems(String path) {
    double min = min();
    double max = max();
    Checklist checks = Checklist.at(path)
        .id("id", id())
        .addAll("name", name().problems(""))
        .id("category", category())
        .id("dimension", dimension())
        .notBlank("unit", unit());
    if (Double.isNaN(min) && Double.isNaN(max)) {
      checks.require(false, Problem.REQUIRED, "min", null,
          "a range (min, max) is required for a " + normalization().describe() + " metric");
    } else {
      checks.finite("min", min).finite("max", max);
    }
    if (Double.isFinite(min) && Double.isFinite(max)) {
      checks.require(min <= max, Problem.ORDER, "max", max, "must be >= min (" + min + ")");
    }
    if (normalization() instanceof Normalization.Stars) {
      checks.require(min == Normalization.Stars.LOWEST && max == Normalization.Stars.HIGHEST,
          Problem.INCONSISTENT, "min", min, "must be 1 with max 5 (" + max
              + "): a stars normalisation rates 1 to 5 stars");
    }
    checks.addAll("normalization", normalization().problems("", direction()));
    return checks.problems();
  }

  /** The Problems of a raw value of this metric at {@code path}: finite and within the range. */
  public Seq<Problem> problemsOf(String path, double raw) {
    return Checklist.root().within(path, raw, min(), max()).problems();
  }

  /** Builds a definition; {@link #validate()} returns every Problem instead of throwing. */
  public static final class Builder extends ImmutableMetricDefinition.Builder {
    Builder() {}

    /** The id, from text. */
    public Builder id(String id) {
      return id(MetricId.of(id));
    }

    /** The range of raw values, {@code min <= max}: declared once, here. */
    public Builder range(double min, double max) {
      return min(min).max(max);
    }

    /** The definition, or every Problem of it. */
    public Validation<Seq<Problem>, MetricDefinition> validate() {
      return Validated.of(this::build).flatMap(metric -> {
        Seq<Problem> problems = metric.problems("");
        return problems.isEmpty() ? Validation.valid(metric) : Validation.invalid(problems);
      });
    }
  }
}
