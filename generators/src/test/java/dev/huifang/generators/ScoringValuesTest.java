package dev.huifang.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import dev.huifang.generators.ScoringValues.Cohort;
import dev.huifang.generators.ScoringValues.CohortDefect;
import dev.huifang.generators.ScoringValues.SchemeDefect;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.WorkerMetrics;
import dev.huifang.testing.Invalid;
import dev.huifang.testing.JsonRoundTrip;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generated scoring values: valid ones score, invalid ones give exactly their Problem. */
class ScoringValuesTest {

  static final long SEED = 20261122L;
  static final int COUNT = 100;

  static void expectExactly(Seq<Problem> problems, Invalid<?> invalid) {
    assertThat(problems.toJavaList()).as("problems of %s", invalid.rule()).singleElement()
        .satisfies(p -> assertThat(invalid.expects(p)).as("%s expected at %s (%s)", p,
            invalid.path(), invalid.code()).isTrue());
  }

  @Test
  void validCohortsScore() {
    for (Cohort cohort : ScoringValues.cohorts().list(SEED, COUNT)) {
      assertThat(ScoringScheme.builder().from(cohort.scheme()).validate().isValid()).isTrue();
      var cards = Scorer.of(cohort.scheme()).scoreCohort(cohort.workers());
      assertThat(cards.isValid()).as("%s", cards).isTrue();
      assertThat(cards.get()).hasSameSizeAs(cohort.workers());
    }
  }

  @ParameterizedTest
  @EnumSource(SchemeDefect.class)
  void eachSchemeDefectGivesExactlyItsProblem(SchemeDefect defect) {
    for (Invalid<ScoringScheme.Builder> invalid :
        ScoringValues.invalidSchemes(defect).list(SEED, COUNT)) {
      expectExactly(invalid.value().validate().getError(), invalid);
    }
  }

  @ParameterizedTest
  @EnumSource(CohortDefect.class)
  void eachCohortDefectGivesExactlyItsProblem(CohortDefect defect) {
    for (Invalid<Cohort> invalid : ScoringValues.invalidCohorts(defect).list(SEED, COUNT)) {
      Cohort cohort = invalid.value();
      expectExactly(Scorer.of(cohort.scheme()).scoreCohort(cohort.workers()).getError(), invalid);
    }
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    assertThat(ScoringValues.cohorts().list(SEED, 20)).isEqualTo(ScoringValues.cohorts().list(SEED, 20))
        .isNotEqualTo(ScoringValues.cohorts().list(SEED + 1, 20));
  }

  @Test
  void schemesAndWorkersRoundTripThroughJson() {
    for (Cohort cohort : ScoringValues.cohorts().list(SEED, 30)) {
      JsonRoundTrip.check(cohort.scheme(), ScoringScheme.class);
      cohort.workers().forEach(w -> JsonRoundTrip.check(w, WorkerMetrics.class));
    }
  }
}
