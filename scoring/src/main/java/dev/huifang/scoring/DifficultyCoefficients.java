package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Difficulty coefficients per task type: a central-air-conditioner repair weighs more than a
 * fridge check, so workload counts orders weighted by difficulty.
 *
 * @param byTaskType the coefficient of each task type, {@code > 0}
 */
public record DifficultyCoefficients(SortedMap<String, Double> byTaskType) {

  /**
   * Creates the table; it is copied.
   *
   * @throws NullPointerException if the map, a type or a coefficient is null
   */
  public DifficultyCoefficients {
    byTaskType = Collections.unmodifiableSortedMap(new TreeMap<>(byTaskType));
  }

  /**
   * The difficulty-weighted number of {@code orders}: the sum of their types' coefficients.
   *
   * @return the weighted count, or Problems: a coefficient that is not positive, or an order of a
   *     type without a coefficient ({@link Problem#UNKNOWN} at {@code orders[i].taskType})
   */
  public Validation<Seq<Problem>, Double> weightedCount(List<ServiceOrder> orders) {
    Checklist checks = Checklist.root();
    byTaskType.forEach((type, coefficient) ->
        checks.greaterThan("byTaskType." + type, requireNonNull(coefficient), 0));
    double sum = 0;
    for (int i = 0; i < orders.size(); i++) {
      Double coefficient = byTaskType.get(orders.get(i).taskType());
      checks.require(coefficient != null, Problem.UNKNOWN, Problem.index("orders", i) + ".taskType",
          orders.get(i).taskType(), "must be one of " + byTaskType.keySet());
      sum += coefficient == null ? 0 : coefficient;
    }
    double total = sum;
    return checks.toValidation(() -> total);
  }
}
