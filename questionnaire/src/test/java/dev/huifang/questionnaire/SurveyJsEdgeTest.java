package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  @Test
  void commentsCarryTheImportsLengthLimit() {
    JsonNode why = SurveyJs.export(SurveyJsTest.small()).get("pages").get(0).get("elements").get(1);
    assertThat(why.get("type").asText()).isEqualTo("comment");
    assertThat(why.get("maxLength").asInt()).isEqualTo(QuestionnaireRun.MAX_TEXT_LENGTH);
    assertThat(why.get("validators").toString())
        .isEqualTo("[{\"type\":\"text\",\"maxLength\":2000}]");
  }

  @Test
  void importDataAndImportRunShareOneValidationAndOnePath() {
    for (double stars : new double[] {9, 2.5, 0}) {
      ObjectNode data = JsonNodeFactory.instance.objectNode().put("overall", stars);
      String expected = "data.overall: must be a whole number within [1, 5] for a STAR_RATING"
          + " question, was " + stars;
      assertThat(SurveyJs.importData(SurveyJsTest.small(), data).getError().map(Problem::message))
          .containsExactly(expected);
      assertThat(SurveyJs.importRun(SurveyJsTest.small(), data).getError().map(Problem::message))
          .containsExactly(expected);
    }
    ObjectNode tooLong = JsonNodeFactory.instance.objectNode().put("overall", 3)
        .put("why", "x".repeat(QuestionnaireRun.MAX_TEXT_LENGTH + 1));
    assertThat(SurveyJs.importRun(SurveyJsTest.small(), tooLong).getError().map(Problem::message))
        .containsExactly("data.why.text.length: must be <= 2000, was 2001");
    ObjectNode longest = JsonNodeFactory.instance.objectNode().put("overall", 3)
        .put("why", "x".repeat(QuestionnaireRun.MAX_TEXT_LENGTH));
    assertThat(SurveyJs.importRun(SurveyJsTest.small(), longest).get().answers()).hasSize(2);
  }

  @Test
  void aBlankOptionalCommentIsNoAnswerAsInSurveyCore() {
    ObjectNode data = JsonNodeFactory.instance.objectNode().put("overall", 3).put("why", "  \n ");
    assertThat(SurveyJs.importData(SurveyJsTest.small(), data).get()).containsOnlyKeys(
        QuestionId.of("overall"));
    QuestionnaireRun run = SurveyJs.importRun(SurveyJsTest.small(), data).get();
    assertThat(run.answers()).containsOnlyKeys(QuestionId.of("overall"));
    // required after a low rating: blank is unanswered, so the run is not complete
    ObjectNode low = JsonNodeFactory.instance.objectNode().put("overall", 2).put("why", " ");
    assertThat(SurveyJs.importRun(SurveyJsTest.small(), low).get().requiredUnanswered())
        .contains(QuestionId.of("why"));
  }

  @Test
  void deeplyNestedValuesAreProblemsNotExceptions() {
    String deep = "[".repeat(120) + "]".repeat(120);
    var result = SurveyJs.importData(SurveyJsTest.small(), "{\"overall\": " + deep + "}");
    assertThat(result.isInvalid()).isTrue();
  }
}
