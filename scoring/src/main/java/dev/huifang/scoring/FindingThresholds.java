package dev.huifang.scoring;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;

/**
 * When a scorecard turns its strongest and weakest metrics into Findings: the strongest is a
 * strength when its score is at least {@code strengthAt}, the weakest a weakness when its score is
 * below {@code weaknessBelow}.
 *
 * @param strengthAt the lowest score of a strength, in [0, 100]
 * @param weaknessBelow the score a weakness is below, in [0, 100]
 */
public record FindingThresholds(double strengthAt, double weaknessBelow) {

  /** Default: a strength from 80 points. */
  public static final double DEFAULT_STRENGTH_AT = 80;
  /** Default: a weakness below 60 points (the domain's 60% line). */
  public static final double DEFAULT_WEAKNESS_BELOW = 60;

  /** The defaults: strengths from 80, weaknesses below 60. */
  public static FindingThresholds defaults() {
    return new FindingThresholds(DEFAULT_STRENGTH_AT, DEFAULT_WEAKNESS_BELOW);
  }

  /** The Problems of these thresholds under {@code path}. */
  public Seq<Problem> problems(String path) {
    return Checklist.at(path).within("strengthAt", strengthAt, 0, 100)
        .within("weaknessBelow", weaknessBelow, 0, 100).problems();
  }
}
