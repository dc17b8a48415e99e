package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.questionnaire.internal.ConstrainedSelector;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The selector's seeded tie weight is the documented SplitMix64, and its ahead-of-time check
 * covers every role a rule names and skips strata left to the fallback.
 */
class SelectorChecksTest {

  /** SplitMix64 over the seed and the id's hash, written out from its definition. */
  static long splitMix64(long seed, int hash) {
    long z = seed + 0x9E3779B97F4A7C15L * (hash + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Test
  void theTieWeightIsTheTopBitsOfSplitMix64() {
    for (String id : List.of("a", "cust.satisfaction", "self.difficulty", "q17")) {
      for (long seed : new long[] {0, 1, 618, -42, Long.MAX_VALUE}) {
        long mixed = splitMix64(seed, id.hashCode());
        assertThat(ConstrainedSelector.tieWeight(seed, QuestionId.of(id), 8))
            .as("%s, seed %s", id, seed).isEqualTo(mixed >>> 48);
        assertThat(ConstrainedSelector.tieWeight(seed, QuestionId.of(id), 10_000))
            .isEqualTo(mixed >>> 49);
      }
    }
    // SplitMix64's first output from state 0 is a published constant
    assertThat(splitMix64(0, 0)).isEqualTo(0xE220A8397B1DCDAFL);
  }

  @Test
  void fewerTieBitsBeyondTenThousandQuestions() {
    assertThat(ConstrainedSelector.tieBits(0)).isEqualTo(16);
    assertThat(ConstrainedSelector.tieBits(1)).isEqualTo(16);
    assertThat(ConstrainedSelector.tieBits(8)).isEqualTo(16);
    assertThat(ConstrainedSelector.tieBits(8_000)).isEqualTo(16);
    assertThat(ConstrainedSelector.tieBits(10_000)).isEqualTo(15);
    assertThat(ConstrainedSelector.tieBits(8_800)).isEqualTo(16);
    assertThat(ConstrainedSelector.tieBits(9_000)).isEqualTo(15);
    assertThat(ConstrainedSelector.tieBits(100_000)).isEqualTo(5);
    // n² (100 n + 1) fills the 62 bits on its own
    assertThat(ConstrainedSelector.tieBits(300_000)).isZero();
    assertThat(ConstrainedSelector.tieWeight(7, QuestionId.of("a"), 300_000)).isZero();
  }

  @Test
  void theCheckCoversTheRolesRulesNameAndSkipsTheFallbacksStrata() {
    List<Question> two = List.of(SelectionBoundariesTest.star("s0", "x", 50, 8),
        SelectionBoundariesTest.star("s1", "x", 50, 8));
    Role crew = Role.of("crew");
    StratificationPolicy crewOnly = new StratificationPolicy(List.of(new StratumRule("crew",
        Fit.roles(crew), SelectionPlan.defaults())), SelectionPlan.defaults());
    List<Problem> problems = QuestionSelector.of(new QuestionBank("t", 1, two), crewOnly).get()
        .check().toJavaList();
    assertThat(problems).isNotEmpty().allSatisfy(p -> {
      assertThat(p.code()).isEqualTo(Problem.INFEASIBLE);
      assertThat(p.rule()).startsWith("stratum crew/").contains("(rule crew)");
    });
    // every stage, experience, perspective and urgency of the role, each named
    assertThat(problems.stream().map(Problem::rule).map(r -> r.substring(0, r.indexOf(" (rule")))
        .distinct().count()).isEqualTo((long) dev.huifang.core.TaskStage.values().length
            * dev.huifang.core.Experience.values().length
            * dev.huifang.core.Perspective.values().length
            * dev.huifang.core.Urgency.values().length);
    StratificationPolicy fallbackOnly = new StratificationPolicy(List.of(),
        SelectionPlan.defaults());
    assertThat(QuestionSelector.of(new QuestionBank("t", 1, two), fallbackOnly).get().check())
        .as("strata left to the fallback are not checked").isEmpty();
  }
}
