package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Channel;
import dev.huifang.core.Period;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The feedback system's quarterly look at itself (plan-do-check-act): are channels answered
 * equally, are questions left unanswered, are time limits kept.
 *
 * @param quarter the period checked
 * @param responseRates answered out of invited, per channel
 * @param imbalance the spread between the best and the worst channel's response rate (0 when
 *     fewer than two channels were used)
 * @param balanced true when the spread is at most the policy's maximum
 * @param lowest the channel with the lowest response rate, if any was used
 * @param highest the channel with the highest response rate, if any was used
 * @param neverAnswered questions never answered, out of questions asked
 * @param timeLimitCompliance time limits met on time, out of decided limits, over cases
 *     submitted in the quarter
 * @param findings what needs attention, in words with the numbers
 */
public record SelfCheck(
    Period quarter,
    SortedMap<Channel, Rate> responseRates,
    double imbalance,
    boolean balanced,
    @Nullable Channel lowest,
    @Nullable Channel highest,
    Rate neverAnswered,
    Rate timeLimitCompliance,
    List<String> findings) {

  /**
   * Creates a self-check.
   *
   * @throws NullPointerException if a non-nullable argument is null
   */
  public SelfCheck {
    requireNonNull(quarter, "quarter is null");
    responseRates = Collections.unmodifiableSortedMap(new TreeMap<>(responseRates));
    requireNonNull(neverAnswered, "neverAnswered is null");
    requireNonNull(timeLimitCompliance, "timeLimitCompliance is null");
    findings = List.copyOf(findings);
  }
}
