package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.Seq;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a {@link Finding} rests on: where it came from, what was seen, and the numbers behind it.
 *
 * <p>{@link #problems(String)} requires a non-blank source, a statement in zh-CN and en, and finite
 * figures. Figures are kept sorted by name so that output is the same byte for byte.
 *
 * @param source where the evidence comes from, e.g. {@code metric:conversion_rate} or
 *     {@code question:promo.objection.price}
 * @param statement what was observed, in words a supervisor can repeat to the worker
 * @param figures the numbers behind the statement by name, e.g. {@code value=0.42,
 *     teamMean=0.35}
 */
public record Evidence(String source, LocalizedText statement, SortedMap<String, Double> figures) {

  /**
   * Creates evidence; the figures are copied and sorted by name.
   *
   * @throws NullPointerException if any argument, a figure's name or value is null
   */
  @JsonCreator
  public Evidence(
      @JsonProperty("source") String source,
      @JsonProperty("statement") LocalizedText statement,
      @JsonProperty("figures") SortedMap<String, Double> figures) {
    this.source = requireNonNull(source, "source is null");
    this.statement = requireNonNull(statement, "statement is null");
    TreeMap<String, Double> copy = new TreeMap<>();
    requireNonNull(figures, "figures is null").forEach((name, value) ->
        copy.put(requireNonNull(name, "figure name is null"), requireNonNull(value, "figure is null")));
    this.figures = Collections.unmodifiableSortedMap(copy);
  }

  /** Evidence with these figures. */
  public static Evidence of(String source, LocalizedText statement, Map<String, Double> figures) {
    return new Evidence(source, statement, new TreeMap<>(figures));
  }

  /** The Problems of this evidence under {@code path}. */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path)
        .notBlank("source", source)
        .addAll("statement", statement.problems(""));
    figures.forEach((name, value) -> checks.finite("figures." + name, value));
    return checks.problems();
  }
}
