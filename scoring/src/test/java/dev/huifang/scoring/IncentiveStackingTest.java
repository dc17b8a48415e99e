package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How awards of each kind stack: the largest, the first of equals, the cap and what it leaves. */
class IncentiveStackingTest {

  private static final Scorecard CARD = Scorer.of(AfterSales.scheme())
      .score(AfterSales.technicianA(), Map.of()).get();

  private static IncentiveRule points(String id, double amount) {
    return new IncentiveRule(id, LocalizedText.of(id, id), new Condition.TotalAtLeast(70),
        IncentiveRule.AwardKind.POINTS, amount);
  }

  private static IncentiveRule share(String id, double amount) {
    return new IncentiveRule(id, LocalizedText.of(id, id), new Condition.TotalAtLeast(70),
        IncentiveRule.AwardKind.BONUS_SHARE_OF_PAY, amount);
  }

  @Test
  void theLargestAwardOfEachKindIsPaidAndTheFirstOfEquals() {
    IncentivePolicy policy = new IncentivePolicy(List.of(points("a", 5), share("s1", 0.05),
        points("b", 8), points("c", 8), share("s2", 0.1)), IncentivePolicy.Stacking.MAX, 100);
    // kinds in their declared order: shares of pay, then points
    assertThat(policy.awards(CARD)).extracting(Award::rule, Award::amount).containsExactly(
        org.assertj.core.groups.Tuple.tuple("s2", 0.1),
        org.assertj.core.groups.Tuple.tuple("b", 8.0));
  }

  @Test
  void aCapPaysInRuleOrderUntilItIsUsedUp() {
    IncentivePolicy policy = new IncentivePolicy(List.of(points("a", 6), points("b", 4),
        points("c", 3)), IncentivePolicy.Stacking.CAP, 10);
    List<Award> awards = policy.awards(CARD);
    // 6, then 4 (exactly what is left: not capped), then nothing left for c
    assertThat(awards).extracting(Award::rule, Award::amount).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a", 6.0),
        org.assertj.core.groups.Tuple.tuple("b", 4.0));
    assertThat(awards.get(1).because()).isEqualTo("total >= 70");
    IncentivePolicy tight = new IncentivePolicy(List.of(points("a", 6), points("b", 4)),
        IncentivePolicy.Stacking.CAP, 7.5);
    assertThat(tight.awards(CARD)).extracting(Award::amount).containsExactly(6.0, 1.5);
    assertThat(tight.awards(CARD).get(1).because()).isEqualTo("total >= 70 (capped at 7.5)");
    assertThat(tight.awards(CARD).get(0).because()).isEqualTo("total >= 70");
    assertThat(tight.awards(CARD).get(1).figures()).containsEntry("total", 77.8);
  }

  @Test
  void aWholeMonthsPayIsTheLargestShareAndPointsMustBePositive() {
    assertThat(new IncentivePolicy(List.of(share("all", 1.0)), IncentivePolicy.Stacking.SUM, 1)
        .validate(AfterSales.scheme()).isValid()).isTrue();
    assertThat(new IncentivePolicy(List.of(share("none", 0), points("zero", 0)),
        IncentivePolicy.Stacking.SUM, Double.MIN_VALUE).validate(AfterSales.scheme()).getError()
        .map(Problem::message)).containsExactly(
            "rules[0].amount: must be a share of pay within (0, 1], was 0.0",
            "rules[1].amount: must be > 0.0, was 0.0");
    IncentivePolicy valid = IncentivePolicy.summing(points("a", 1));
    assertThat(valid.validate(AfterSales.scheme()).get()).isSameAs(valid);
    assertThat(valid.cap()).isEqualTo(Double.MAX_VALUE);
  }
}
