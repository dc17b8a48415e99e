package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.Team;
import dev.huifang.scoring.Scorecard;

/**
 * One worker's scorecard for one month, on the scorecards topic keyed by worker id.
 *
 * <p>Rule: the scorecard is the library's, scored against the worker's team cohort of that month
 * ({@link dev.huifang.scoring.Scorer#scoreCohort}).
 *
 * @param team the team whose cohort the worker was scored in
 * @param month the month, e.g. {@code 2026-03}
 * @param scorecard the scorecard
 */
public record MonthlyScorecard(Team team, String month, Scorecard scorecard) {

  /**
   * Creates a monthly scorecard.
   *
   * @throws NullPointerException if an argument is null
   */
  public MonthlyScorecard {
    requireNonNull(team, "team is null");
    requireNonNull(month, "month is null");
    requireNonNull(scorecard, "scorecard is null");
  }
}
