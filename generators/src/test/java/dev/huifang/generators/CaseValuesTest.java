package dev.huifang.generators;

import static dev.huifang.generators.ScoringValuesTest.COUNT;
import static dev.huifang.generators.ScoringValuesTest.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.CaseEvent;
import dev.huifang.core.Problem;
import dev.huifang.generators.CaseValues.CaseDefect;
import dev.huifang.generators.CaseValues.CaseHistory;
import dev.huifang.testing.Invalid;
import dev.huifang.testing.JsonRoundTrip;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generated case histories: valid ones replay, forged and stale ones are rejected. */
class CaseValuesTest {

  @Test
  void validHistoriesReplay() {
    for (CaseHistory history : CaseValues.histories().list(SEED, COUNT)) {
      var replayed = history.replay();
      assertThat(replayed.isValid()).as("%s", replayed).isTrue();
      assertThat(replayed.get().version()).isEqualTo(history.events().size());
    }
  }

  @ParameterizedTest
  @EnumSource(CaseDefect.class)
  void eachDefectIsRejectedWithItsProblem(CaseDefect defect) {
    for (Invalid<CaseHistory> invalid : CaseValues.invalidHistories(defect).list(SEED, COUNT)) {
      Seq<Problem> problems = invalid.value().replay().getError();
      assertThat(problems).hasSize(1);
      Problem problem = problems.head();
      assertThat(invalid.expects(problem)).as("%s, expected %s at %s", problem, invalid.code(),
          invalid.path()).isTrue();
    }
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    assertThat(CaseValues.histories().list(SEED, 20))
        .isEqualTo(CaseValues.histories().list(SEED, 20))
        .isNotEqualTo(CaseValues.histories().list(SEED + 1, 20));
  }

  @Test
  void eventsRoundTripThroughJson() {
    for (CaseHistory history : CaseValues.histories().list(SEED, 20)) {
      history.events().forEach(e -> JsonRoundTrip.check(e, CaseEvent.class));
    }
  }
}
