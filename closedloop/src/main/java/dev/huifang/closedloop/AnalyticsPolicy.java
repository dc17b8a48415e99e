package dev.huifang.closedloop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;

/**
 * The knobs of loop analytics: how far back a complaint counts as a repeat, the repeat-complaint
 * target, and how unequal channel response rates may be before the self-check flags them.
 *
 * <p>Rules: the window is strictly positive ({@link Problem#RANGE}); target and imbalance are
 * ratios in [0, 1] ({@link Problem#RANGE}).
 *
 * @param repeatWindow a complaint with the same fingerprint within this time of an earlier one is
 *     a repeat; default {@link #DEFAULT_REPEAT_WINDOW}
 * @param repeatTarget the repeat-complaint rate aimed at; default {@link #DEFAULT_REPEAT_TARGET}
 * @param maxImbalance the largest spread of channel response rates still called balanced;
 *     default {@link #DEFAULT_MAX_IMBALANCE}
 */
public record AnalyticsPolicy(Duration repeatWindow, double repeatTarget, double maxImbalance) {

  /** Thirty days: the same complaint from the same place within a month is a repeat. */
  public static final Duration DEFAULT_REPEAT_WINDOW = Duration.ofDays(30);
  /** 5%: the repeat-complaint rate reached (from 25%) once the loop was enforced. */
  public static final double DEFAULT_REPEAT_TARGET = 0.05;
  /** Channel response rates more than 20 points apart are unbalanced. */
  public static final double DEFAULT_MAX_IMBALANCE = 0.20;

  /**
   * Creates a policy.
   *
   * @throws dev.huifang.core.InvalidModelException if a rule is broken
   */
  @JsonCreator
  public AnalyticsPolicy(
      @JsonProperty("repeatWindow") Duration repeatWindow,
      @JsonProperty("repeatTarget") double repeatTarget,
      @JsonProperty("maxImbalance") double maxImbalance) {
    Checklist.root().positive("repeatWindow", repeatWindow)
        .within("repeatTarget", repeatTarget, Ratio.MIN, Ratio.MAX)
        .within("maxImbalance", maxImbalance, Ratio.MIN, Ratio.MAX)
        .throwIfAny("AnalyticsPolicy");
    this.repeatWindow = repeatWindow;
    this.repeatTarget = repeatTarget;
    this.maxImbalance = maxImbalance;
  }

  /** 30 days, 5%, 0.20. */
  public static AnalyticsPolicy defaults() {
    return new AnalyticsPolicy(DEFAULT_REPEAT_WINDOW, DEFAULT_REPEAT_TARGET,
        DEFAULT_MAX_IMBALANCE);
  }

  /** The policy, or every Problem of its rules. */
  public static Validation<Seq<Problem>, AnalyticsPolicy> validate(
      Duration repeatWindow, double repeatTarget, double maxImbalance) {
    return Validated.of(() -> new AnalyticsPolicy(repeatWindow, repeatTarget, maxImbalance));
  }
}
