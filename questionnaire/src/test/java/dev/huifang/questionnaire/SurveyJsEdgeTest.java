package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers in exported expressions are canonical decimals; non-finite ones never reach export. */
class SurveyJsEdgeTest {

  @Test
  void numbersAreWrittenAsPlainDecimalsSurveyCoreCanRead() {
    assertThat(AnswerCondition.canonical(1e-5)).isEqualTo("0.00001");
    assertThat(AnswerCondition.canonical(1e20)).isEqualTo("100000000000000000000");
    assertThat(AnswerCondition.canonical(4.0)).isEqualTo("4");
    assertThat(AnswerCondition.canonical(-0.0)).isEqualTo("0");
    assertThat(AnswerCondition.canonical(2.5)).isEqualTo("2.5");
    assertThat(AnswerCondition.compare("q", AnswerCondition.Operator.LE, 1e-5).describe())
        .isEqualTo("q <= 0.00001");
  }

  @Test
  void nonFiniteComparisonValuesAreBankProblems() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.parseDouble("1e400")}) {
      QuestionBank bank = new QuestionBank("b", 1, List.of(BadInputTest.rating("a").build(),
          BadInputTest.rating("b").visibleIf(AnswerCondition.compare("a",
              AnswerCondition.Operator.GE, bad)).build()));
      assertThat(bank.problems().map(Problem::message)).containsExactly(
          "questions[1].visibleIf.value: must be a finite number, was \"" + bad + "\"");
    }
    assertThat(QuestionId.of("a")).isNotNull();
  }
}
