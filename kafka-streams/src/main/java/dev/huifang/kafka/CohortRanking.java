package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.Team;
import dev.huifang.scoring.Ranking;

/**
 * The ranking of one team's cohort for one month, on the rankings topic keyed by team.
 *
 * <p>Rule: the ranking is {@link Ranking#of} over the cohort's scorecards, with the tie and
 * percentile rules of the scoring topology.
 *
 * @param team the team
 * @param month the month, e.g. {@code 2026-03}
 * @param scheme the id of the scheme the cohort was scored with
 * @param ranking the ranking
 */
public record CohortRanking(Team team, String month, String scheme, Ranking ranking) {

  /**
   * Creates a cohort ranking.
   *
   * @throws NullPointerException if an argument is null
   */
  public CohortRanking {
    requireNonNull(team, "team is null");
    requireNonNull(month, "month is null");
    requireNonNull(scheme, "scheme is null");
    requireNonNull(ranking, "ranking is null");
  }
}
