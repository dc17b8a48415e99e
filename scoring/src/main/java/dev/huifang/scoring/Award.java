package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.WorkerId;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An incentive a worker earned, carrying the rule and the numbers that fired it.
 *
 * @param workerId the worker
 * @param rule the rule's id
 * @param kind what is awarded
 * @param amount how much, after stacking
 * @param because the condition that held, as text
 * @param figures the numbers the condition compared, by metric id or {@code total}
 */
public record Award(WorkerId workerId, String rule, IncentiveRule.AwardKind kind, double amount,
    String because, SortedMap<String, Double> figures) {

  /**
   * Creates an award; figures are copied.
   *
   * @throws NullPointerException if a reference is null
   */
  public Award {
    requireNonNull(workerId, "workerId is null");
    requireNonNull(rule, "rule is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(because, "because is null");
    figures = Collections.unmodifiableSortedMap(new TreeMap<>(figures));
  }
}
