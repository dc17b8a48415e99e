package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import dev.huifang.core.WorkerId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Star workers, replacement candidates and rework, each exactly at its bound. */
class WorkforceBoundsTest {

  private static WorkforceAssessment assess(int promised, int arrived, int services,
      double rating) {
    return WorkforcePolicy.defaults().assess(List.of(new WorkerRecord(WorkerId.of("w"), promised,
        arrived, services, rating))).get().get(0);
  }

  @Test
  void aStarNeedsExactlyTheServicesAndRatingTheRuleNames() {
    WorkforceAssessment star = assess(5, 5, 3, 4.5);
    assertThat(star.starWorker()).isTrue();
    assertThat(star.replacementCandidate()).isFalse();
    assertThat(star.reasons()).containsExactly("star: 3 services >= 3 and rating 4.5 >= 4.5");
    assertThat(assess(5, 5, 2, 4.5).starWorker()).isFalse();
    assertThat(assess(5, 5, 3, 4.49).starWorker()).isFalse();
    // not rated yet: neither a star nor a low rating
    WorkforceAssessment unrated = assess(5, 5, 9, 0);
    assertThat(unrated.starWorker()).isFalse();
    assertThat(unrated.replacementCandidate()).isFalse();
    assertThat(unrated.reasons()).isEmpty();
  }

  @Test
  void aReplacementCandidateIsStrictlyBelowTheBounds() {
    // 4 of 5 is a turnout of exactly 0.8: not below it
    assertThat(assess(5, 4, 3, 4.0).replacementCandidate()).isFalse();
    assertThat(assess(5, 4, 3, 4.0).turnout().value()).isEqualTo(0.8);
    assertThat(assess(5, 5, 3, 3.5).replacementCandidate()).isFalse();
    WorkforceAssessment low = assess(5, 5, 3, 3.4);
    assertThat(low.replacementCandidate()).isTrue();
    assertThat(low.reasons()).containsExactly("replacement: rating 3.4 < 3.5");
    // nothing promised: a turnout of 1
    assertThat(assess(0, 0, 0, 0).turnout().value()).isEqualTo(1.0);
    assertThat(assess(0, 0, 0, 0).replacementCandidate()).isFalse();
  }

  @Test
  void ratingsOfOneAndFiveAndAllArrivalsAreValid() {
    assertThat(WorkforcePolicy.defaults().assess(List.of(
        new WorkerRecord(WorkerId.of("a"), 3, 3, 0, 1),
        new WorkerRecord(WorkerId.of("b"), 3, 0, 0, 5))).isValid()).isTrue();
    assertThat(WorkforcePolicy.defaults().assess(List.of(
        new WorkerRecord(WorkerId.of("a"), -1, -1, 0, 0.5))).getError().map(Problem::message))
        .containsExactly("workers[0].promised: must be >= 0, was -1",
            "workers[0].arrived: must be within [0, promised (-1)], was -1",
            "workers[0].averageRating: must be 0 (none yet) or within [1, 5], was 0.5");
    assertThat(new WorkforcePolicy(0, 5.5, 1.5, 0.5).assess(List.of()).getError()
        .map(Problem::message)).containsExactly("policy.starMinServices: must be >= 1, was 0",
            "policy.starMinRating: must be within [1.0, 5.0], was 5.5",
            "policy.replacementTurnoutBelow: must be within [0.0, 1.0], was 1.5",
            "policy.replacementRatingBelow: must be within [1.0, 5.0], was 0.5");
    assertThat(new WorkforcePolicy(1, 1, 0, 1).problems("p")).isEmpty();
  }

  @Test
  void anOrderFailingAgainExactlyAtTheWindowsEndIsRework() {
    ServiceOrder atEnd = new ServiceOrder("o-1", "fridge_repair", DomainRulesTest.T0,
        DomainRulesTest.T0.plus(Duration.ofDays(7)));
    ServiceOrder after = new ServiceOrder("o-2", "fridge_repair", DomainRulesTest.T0,
        DomainRulesTest.T0.plus(Duration.ofDays(7)).plusNanos(1));
    ServiceOrder sameInstant = new ServiceOrder("o-3", "fridge_repair", DomainRulesTest.T0,
        DomainRulesTest.T0);
    ServiceOrder fine = new ServiceOrder("o-4", "fridge_repair", DomainRulesTest.T0, null);
    assertThat(ReworkPolicy.defaults().rate(List.of(atEnd, after, sameInstant, fine)).get()
        .value()).isEqualTo(0.5);
  }
}
