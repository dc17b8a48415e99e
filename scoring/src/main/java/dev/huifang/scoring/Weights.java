package dev.huifang.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.List;

/**
 * Criterion weights in criterion order, as every weight API of scoring speaks them: derived ones
 * ({@link WeightDerivation#entropy}, {@link WeightDerivation#critic}, {@link AhpResult#weights()})
 * go straight into {@link Aggregation#topsis} and {@link Aggregation#weightedGeometricMean}
 * without unboxing by hand. In JSON, an array of numbers.
 *
 * <p>Its rules ({@link #problems(String)}): at least one weight; each finite and {@code >= 0};
 * a positive sum. Whether they must also sum to 1 is the consumer's rule.
 *
 * @param values the weights, one per criterion
 */
public record Weights(List<Double> values) {

  /**
   * Creates weights; the list is copied.
   *
   * @throws NullPointerException if the list or a weight is null
   */
  @JsonCreator
  public Weights {
    values = List.copyOf(values);
  }

  /** Weights from an array. */
  public static Weights of(double... values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double value : values) {
      list.add(value);
    }
    return new Weights(list);
  }

  /** The weights as JSON writes them: the list. */
  @JsonValue
  public List<Double> values() {
    return values;
  }

  /** The number of criteria. */
  public int size() {
    return values.size();
  }

  /** The weight of criterion {@code index}. */
  public double get(int index) {
    return values.get(index);
  }

  /** The weights as a fresh array. */
  public double[] toArray() {
    double[] array = new double[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  /** The sum of the weights. */
  public double sum() {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }

  /** The weights divided by their sum, so they sum to 1; for weights that pass {@link #problems}. */
  public Weights normalized() {
    double sum = sum();
    List<Double> normalized = new ArrayList<>(values.size());
    for (double value : values) {
      normalized.add(value / sum);
    }
    return new Weights(normalized);
  }

  /** The Problems of these weights under {@code path}. */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path).require(!values.isEmpty(), Problem.REQUIRED, "", null,
        "must hold at least one weight");
    for (int i = 0; i < values.size(); i++) {
      checks.atLeast(Problem.index("", i), values.get(i), 0);
    }
    if (checks.isClean() && !values.isEmpty()) {
      checks.require(sum() > 0, Problem.INCONSISTENT, "", sum(), "must have a positive sum");
    }
    return checks.problems();
  }
}
