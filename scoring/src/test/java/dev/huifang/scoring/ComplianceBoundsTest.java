package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Finding;
import dev.huifang.core.MetricId;
import dev.huifang.core.WorkerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A compliance risk exactly at its two bounds, and the cases that are none. */
class ComplianceBoundsTest {

  private static final MetricId HARD = MetricId.of("conversion_rate");
  private static final MetricId SOFT = MetricId.of("promise_accuracy");
  private static final Map<MetricId, CohortStats> TEAM = Map.of(HARD,
      new CohortStats(4, 0.1, 1.0, 0.4));

  private static Scorecard card(String worker, Double conversion, Double accuracy) {
    List<ScoreLine> lines = new ArrayList<>();
    lines.add(new ScoreLine(HARD, "all", conversion, 50, 0.7, 35, "linear"));
    lines.add(new ScoreLine(SOFT, "all", accuracy, 50, 0.3, 15, "stars"));
    return new Scorecard(WorkerId.of(worker), "promo", lines, List.of(), 50, List.of(), 50, 50,
        1.0, "E", 1, List.of());
  }

  private static List<String> risky(CompliancePolicy policy, Scorecard... cards) {
    return policy.risks(List.of(cards), TEAM).get().stream()
        .map(finding -> finding.workerId().value()).toList();
  }

  @Test
  void exactlyAtBothBoundsIsARisk() {
    // 0.5 against a mean of 0.4 is exactly 25% above it; a rating of exactly 2.5
    CompliancePolicy policy = new CompliancePolicy(HARD, SOFT, 0.25, 2.5);
    assertThat(CompliancePolicy.relativeToMean(card("a", 0.5, 2.5), HARD, TEAM.get(HARD)))
        .contains(0.25);
    assertThat(risky(policy, card("at", 0.5, 2.5), card("rated-higher", 0.5, 2.6),
        card("closer-to-mean", 0.49, 2.0), card("unrated", 0.9, null),
        card("unmeasured", null, 1.0))).containsExactly("at");
  }

  @Test
  void aRiskFarAboveTheMeanHasTheLargestMagnitude() {
    CompliancePolicy policy = new CompliancePolicy(HARD, SOFT, 0.25, 2.5);
    Finding far = policy.risks(List.of(card("far", 1.0, 1.5)), TEAM).get().get(0);
    // 150% above the mean: a magnitude of 1, the figures keep the 1.5
    assertThat(far.magnitude().value()).isEqualTo(1.0);
    assertThat(far.evidence().get(0).figures()).containsEntry("aboveMean", 1.5)
        .containsEntry("teamMean", 0.4).containsEntry("value", 1.0)
        .containsEntry("softRating", 1.5);
    assertThat(far.summary().en()).isEqualTo("Results 150% above the team average, but the "
        + "related behaviour was rated only 1.5: a compliance risk to look into");
    Finding near = policy.risks(List.of(card("near", 0.6, 1.5)), TEAM).get().get(0);
    assertThat(near.magnitude().value()).isEqualTo(0.6 / 0.4 - 1);
  }

  @Test
  void noMeanOrNoCardsIsNoRisk() {
    CompliancePolicy policy = new CompliancePolicy(HARD, SOFT, 0.25, 2.5);
    assertThat(CompliancePolicy.relativeToMean(card("a", 0.5, 2.0), HARD,
        new CohortStats(2, 0, 0, 0))).isEmpty();
    assertThat(policy.risks(List.of(card("a", 0.5, 2.0)), Map.of()).get()).isEmpty();
    assertThat(policy.risks(List.of(), TEAM).get()).isEmpty();
  }
}
