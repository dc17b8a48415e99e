package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huifang.core.Engagement;
import dev.huifang.core.Perspective;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.json.HuifangJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SurveyJS export's shape and condition folding; its semantics are checked against
 * survey-core itself in the huifang-surveyjs-check module. */
class SurveyJsTest {

  static SelectedQuestionnaire customer() {
    Engagement e = DefaultBankTest.engagement(Role.TECHNICAL_SUPPORT, TaskStage.END, 1).build();
    return DefaultBankTest.SELECTOR.select(SelectionRequest.of(e, Perspective.CUSTOMER, 11)).get();
  }

  @Test
  void exportsCurrentPropertyNamesLocalizedTitlesAndGuardedConditions() {
    ObjectNode survey = SurveyJs.export(customer());
    String json = survey.toString();
    assertThat(json).contains("\"type\":\"rating\"", "\"rateMin\":1", "\"rateMax\":5",
        "\"zh-cn\":\"您对这次服务的整体满意度是几星？\"",
        "\"visibleIf\":\"({cust.satisfaction} notempty and {cust.satisfaction} <= 2)\"",
        "\"type\":\"comment\"")
        .doesNotContain("randomSeed", "choicesOrder", "questionsOrder", "maxTimeToFinish");
    assertThat(SurveyJs.export(customer()).toString()).as("deterministic").isEqualTo(json);
  }

  @Test
  void foldsConditionsOnQuestionsThatAreNotInTheQuestionnaire() {
    Map<QuestionId, Question> present = Map.of(QuestionId.of("q1"),
        BadInputTest.rating("q1").build());
    AnswerCondition absent = AnswerCondition.compare("gone", AnswerCondition.Operator.GE, 3);
    assertThat(SurveyJs.expression(absent, present)).isEqualTo(false);
    assertThat(SurveyJs.expression(new AnswerCondition.Not(absent), present)).isEqualTo(true);
    assertThat(SurveyJs.expression(new AnswerCondition.Or(List.of(absent,
        new AnswerCondition.Answered(QuestionId.of("q1")))), present)).isEqualTo("({q1} notempty)");
    assertThat(SurveyJs.expression(new AnswerCondition.And(List.of(absent,
        new AnswerCondition.Answered(QuestionId.of("q1")))), present)).isEqualTo(false);
  }

  @Test
  void importsDataAndRejectsWhatIsNotAnAnswer() throws Exception {
    SelectedQuestionnaire q = customer();
    String open = q.questions().stream().filter(s -> s.question().type() == QuestionType.OPEN_TEXT)
        .findFirst().get().question().id().value();
    var data = HuifangJson.newMapper().readTree(
        "{\"cust.satisfaction\": 2, \"" + open + "\": 3, \"cust.nobody\": true}");
    assertThat(SurveyJs.importData(q, data).getError().map(Problem::message)).containsExactly(
        "data." + open + ": must be text, was \"3\"",
        "data.cust.nobody: must be a question of this questionnaire, was \"cust.nobody\"");
    var good = HuifangJson.newMapper().readTree("{\"cust.satisfaction\": 2}");
    assertThat(SurveyJs.importData(q, good).get())
        .containsEntry(QuestionId.of("cust.satisfaction"), Answer.number(2));
  }
}
