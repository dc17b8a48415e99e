package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.core.Limits;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Condition trees deeper than the limit are Problems, checked before any recursion. */
class ConditionDepthTest {

  private static final Condition LEAF = new Condition.MetricAtLeast(MetricId.of("satisfaction"), 4.5);

  private static Condition nested(int levels, boolean any) {
    Condition tree = LEAF;
    for (int i = 1; i < levels; i++) {
      tree = any ? new Condition.Any(List.of(tree)) : new Condition.All(List.of(LEAF, tree));
    }
    return tree;
  }

  private static IncentiveRule rule(Condition when) {
    return new IncentiveRule("deep", LocalizedText.of("深", "Deep"), when,
        IncentiveRule.AwardKind.POINTS, 10);
  }

  @Test
  void aTenThousandLevelTreeBuiltInJavaIsAProblemNotAStackOverflow() {
    for (boolean any : new boolean[] {true, false}) {
      Condition deep = nested(10_000, any);
      var result = IncentivePolicy.summing(rule(deep)).validate(AfterSales.scheme());
      assertThat(result.getError().map(Problem::message))
          .containsExactly("rules[0].when: must be nested at most 32 levels deep");
      assertThat(deep.problems("", AfterSales.scheme()).map(Problem::message))
          .containsExactly("$: must be nested at most 32 levels deep");
      assertThat(deep.tooDeep()).isTrue();
      assertThat(deep.describe()).isEqualTo("(a condition nested more than 32 levels deep)");
      assertThatThrownBy(() -> IncentivePolicy.summing(rule(deep))
          .awards(Scorer.of(AfterSales.scheme()).score(AfterSales.technicianA(), java.util.Map.of()).get()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void treesExactlyAtTheLimitPassAndOneMoreLevelDoesNot() {
    Condition atLimit = nested(Limits.MAX_CONDITION_DEPTH, false);
    assertThat(atLimit.tooDeep()).isFalse();
    assertThat(IncentivePolicy.summing(rule(atLimit)).validate(AfterSales.scheme()).isValid())
        .isTrue();
    assertThat(IncentivePolicy.summing(rule(new Condition.All(List.of(atLimit))))
        .validate(AfterSales.scheme()).getError().map(Problem::message))
        .containsExactly("rules[0].when: must be nested at most 32 levels deep");
  }

  @Test
  void aDeepTreeFromJsonIsProblemsNeverAnOverflow() {
    Condition deep = nested(60, true);
    String json = "{\"type\":\"any\",\"conditions\":[".repeat(59)
        + HuifangJson.write(LEAF)
        + "]}".repeat(59);
    var read = HuifangJson.read(json, Condition.class);
    if (read.isValid()) {
      assertThat(read.get()).isEqualTo(deep);
      assertThat(IncentivePolicy.summing(rule(read.get())).validate(AfterSales.scheme())
          .getError().map(Problem::message))
          .containsExactly("rules[0].when: must be nested at most 32 levels deep");
    }
    String tooDeepJson = "{\"type\":\"any\",\"conditions\":[".repeat(5_000) + "]}".repeat(5_000);
    assertThat(HuifangJson.read(tooDeepJson, Condition.class).isInvalid()).isTrue();
  }
}
