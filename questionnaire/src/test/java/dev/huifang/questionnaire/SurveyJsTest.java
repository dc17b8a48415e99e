package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  /**
   * A rating, a probe shown and required after a low rating, a yes/no whose required condition
   * reads a question left out of the questionnaire, and a rating shown only after "yes".
   */
  static SelectedQuestionnaire small() {
    Question overall = BadInputTest.rating("overall").core(true).build();
    Question why = Question.builder().id(QuestionId.of("why")).text(dev.huifang.core.Template.of(
        "哪里没做好？", "What went wrong?")).type(QuestionType.OPEN_TEXT)
        .dimension(dev.huifang.core.Dimension.ATTITUDE)
        .visibleIf(AnswerCondition.compare("overall", AnswerCondition.Operator.LE, 3))
        .requiredIf(AnswerCondition.compare("overall", AnswerCondition.Operator.LE, 2)).build();
    Question again = Question.builder().id(QuestionId.of("again")).text(dev.huifang.core.Template
        .of("还会再来吗？", "Would you come again?")).type(QuestionType.YES_NO)
        .dimension(dev.huifang.core.Dimension.ATTITUDE)
        .requiredIf(new AnswerCondition.Answered(QuestionId.of("left.out"))).build();
    Question speed = BadInputTest.rating("speed").estimatedSeconds(12)
        .visibleIf(AnswerCondition.compare("again", AnswerCondition.Operator.EQ, 1)).build();
    List<SelectedQuestion> questions = List.of(overall, why, again, speed).stream()
        .map(q -> new SelectedQuestion(q, q.text().text(), "test")).toList();
    return new SelectedQuestionnaire("small", 2, dev.huifang.core.EngagementId.of("e-1"),
        dev.huifang.core.WorkerId.of("w-1"), new Stratum(Role.of("it's"), TaskStage.END,
            dev.huifang.core.Experience.REPEAT, Perspective.CUSTOMER, dev.huifang.core.Urgency.URGENT),
        new PlanChoice("fallback", SelectionPlan.defaults(), true, "test"), 1, questions,
        List.of());
  }

  @Test
  void exportsRequiredConditionsTheStratumAndTheResultsAsCalculatedValues() {
    TriggerPolicy policy = new TriggerPolicy(50, true, 5, 2, List.of());
    assertThat(SurveyJs.export(small(), policy).toString()).isEqualTo("{"
        + "\"title\":\"small v2\",\"clearInvisibleValues\":\"none\",\"calculatedValues\":["
        + "{\"name\":\"stratumRole\",\"expression\":\"'it\\\\'s'\"},"
        + "{\"name\":\"stratumStage\",\"expression\":\"'end'\"},"
        + "{\"name\":\"stratumExperience\",\"expression\":\"'repeat'\"},"
        + "{\"name\":\"stratumPerspective\",\"expression\":\"'customer'\"},"
        + "{\"name\":\"stratumUrgency\",\"expression\":\"'urgent'\"},"
        + "{\"name\":\"satisfactionPercent\",\"expression\":\"iif(sum("
        + "iif({overall} notempty, 1), "
        + "iif(({speed} notempty and ({again} notempty and {again} = 1)), 1)) > 0, (sum("
        + "iif({overall} notempty, 1 * ({overall} - 1)), "
        + "iif(({speed} notempty and ({again} notempty and {again} = 1)), 1 * ({speed} - 1)))"
        + " * 25) / sum(iif({overall} notempty, 1), "
        + "iif(({speed} notempty and ({again} notempty and {again} = 1)), 1)))"
        + "\",\"includeIntoResult\":true},"
        + "{\"name\":\"phoneInterviewNeeded\",\"expression\":"
        + "\"({satisfactionPercent} notempty and {satisfactionPercent} < 50)\","
        + "\"includeIntoResult\":true},"
        + "{\"name\":\"deepDiveNeeded\",\"expression\":\"false\",\"includeIntoResult\":true}],"
        + "\"pages\":[{\"name\":\"follow-up\",\"elements\":["
        + "{\"type\":\"rating\",\"name\":\"overall\",\"title\":{\"default\":\"How many stars?\","
        + "\"zh-cn\":\"几星？\"},\"isRequired\":true,\"rateMin\":1,\"rateMax\":5,\"rateType\":\"stars\"},"
        + "{\"type\":\"comment\",\"name\":\"why\",\"title\":{\"default\":\"What went wrong?\","
        + "\"zh-cn\":\"哪里没做好？\"},\"requiredIf\":\"({overall} notempty and {overall} <= 2)\","
        + "\"maxLength\":2000,\"validators\":[{\"type\":\"text\",\"maxLength\":2000}],"
        + "\"visibleIf\":\"({overall} notempty and {overall} <= 3)\"},"
        + "{\"type\":\"boolean\",\"name\":\"again\",\"title\":{\"default\":\"Would you come again?\","
        + "\"zh-cn\":\"还会再来吗？\"},\"isRequired\":false,\"valueTrue\":1,\"valueFalse\":0},"
        + "{\"type\":\"rating\",\"name\":\"speed\",\"title\":{\"default\":\"How many stars?\","
        + "\"zh-cn\":\"几星？\"},\"isRequired\":true,\"rateMin\":1,\"rateMax\":5,\"rateType\":\"stars\","
        + "\"visibleIf\":\"({again} notempty and {again} = 1)\"}]}]}");
    assertThat(SurveyJs.export(small()).get("calculatedValues").get(6).get("expression").asText())
        .as("the default policy's threshold").endsWith("< 60)");
  }

  @Test
  void aQuestionnaireWithoutRatingsHasNoSatisfactionAndAFoldedRequiredIfIsPlain() {
    SelectedQuestionnaire small = small();
    SelectedQuestionnaire unrated = new SelectedQuestionnaire(small.bank(), small.bankVersion(),
        small.engagement(), small.worker(), small.stratum(), small.plan(), small.seed(),
        List.of(small.questions().get(2)), List.of());
    ObjectNode survey = SurveyJs.export(unrated);
    assertThat(survey.get("calculatedValues")).extracting(v -> v.get("name").asText())
        .containsExactly(SurveyJs.ROLE, SurveyJs.STAGE, SurveyJs.EXPERIENCE, SurveyJs.PERSPECTIVE,
            SurveyJs.URGENCY, SurveyJs.PHONE_INTERVIEW_NEEDED, SurveyJs.DEEP_DIVE_NEEDED);
    assertThat(survey.get("calculatedValues").get(5).get("expression").asText())
        .as("no rating, no key question, no host trigger: a constant").isEqualTo("false");
    Question always = Question.builder().from(small.questions().get(2).question())
        .requiredIf(new AnswerCondition.Not(new AnswerCondition.Answered(QuestionId.of("gone"))))
        .build();
    SelectedQuestionnaire folded = new SelectedQuestionnaire(small.bank(), small.bankVersion(),
        small.engagement(), small.worker(), small.stratum(), small.plan(), small.seed(),
        List.of(new SelectedQuestion(always, small.questions().get(2).text(), "test")), List.of());
    assertThat(SurveyJs.export(folded).get("pages").get(0).get("elements").get(0).toString())
        .contains("\"isRequired\":true").doesNotContain("requiredIf");
  }

  @Test
  void keepsHuifangMetadataBesideTheSurvey() {
    assertThat(SurveyJs.metadata(small()).toString()).isEqualTo("{\"bank\":\"small\","
        + "\"bankVersion\":2,\"engagement\":\"e-1\",\"worker\":\"w-1\","
        + "\"stratum\":\"it's/end/repeat/customer/urgent\",\"seconds\":"
        + small().seconds() + ",\"questions\":{"
        + "\"overall\":{\"version\":1,\"dimension\":\"attitude\",\"seconds\":"
        + QuestionType.STAR_RATING.defaultSeconds() + "},"
        + "\"why\":{\"version\":1,\"dimension\":\"attitude\",\"seconds\":"
        + QuestionType.OPEN_TEXT.defaultSeconds() + "},"
        + "\"again\":{\"version\":1,\"dimension\":\"attitude\",\"seconds\":"
        + QuestionType.YES_NO.defaultSeconds() + "},"
        + "\"speed\":{\"version\":1,\"dimension\":\"attitude\",\"seconds\":12}}}");
    assertThat(SurveyJs.export(small()).toString()).doesNotContain("dimension", "seconds");
  }

  @Test
  void rejectsQuestionsNamedLikeItsVariablesAndInvalidPolicies() {
    SelectedQuestionnaire small = small();
    Question clash = BadInputTest.rating(SurveyJs.SATISFACTION_PERCENT).build();
    SelectedQuestionnaire clashing = new SelectedQuestionnaire(small.bank(), small.bankVersion(),
        small.engagement(), small.worker(), small.stratum(), small.plan(), small.seed(),
        List.of(new SelectedQuestion(clash, small.questions().get(0).text(), "test")), List.of());
    assertThatThrownBy(() -> SurveyJs.export(clashing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("questions.satisfactionPercent: must not be named like a variable");
    assertThatThrownBy(() -> SurveyJs.export(small, new TriggerPolicy(120, true, 5, 2, List.of())))
        .isInstanceOf(dev.huifang.core.InvalidModelException.class)
        .hasMessageContaining("policy.phoneInterviewBelowPercent");
    SelectedQuestionnaire backslash = new SelectedQuestionnaire(small.bank(), small.bankVersion(),
        small.engagement(), small.worker(), new Stratum(Role.of("crew\\"), TaskStage.END,
            dev.huifang.core.Experience.REPEAT, Perspective.CUSTOMER, dev.huifang.core.Urgency.URGENT),
        small.plan(), small.seed(), small.questions(), List.of());
    assertThatThrownBy(() -> SurveyJs.export(backslash))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("stratum.role: must not end with"
            + " a backslash: a SurveyJS string literal cannot hold it, was \"crew\\\\\"");
  }

  @Test
  void importSkipsTheCalculatedValuesASurveyIncludesIntoItsResult() throws Exception {
    var data = HuifangJson.newMapper().readTree("{\"overall\": 2, \"why\": \"late\","
        + " \"satisfactionPercent\": 25, \"phoneInterviewNeeded\": true}");
    assertThat(SurveyJs.importData(small(), data).get()).containsExactly(
        Map.entry(QuestionId.of("overall"), Answer.number(2)),
        Map.entry(QuestionId.of("why"), Answer.text("late")));
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

  @Test
  void malformedResultTextIsAProblemUnderDataNotAnException() {
    var broken = SurveyJs.importData(customer(), "{\"cust.satisfaction\": ");
    assertThat(broken.isInvalid()).isTrue();
    assertThat(broken.getError()).allSatisfy(p -> {
      assertThat(p.code()).isEqualTo(dev.huifang.core.Problem.FORMAT);
      assertThat(p.path()).startsWith("data");
    });
    var read = SurveyJs.importData(customer(), "{\"cust.satisfaction\": 4}");
    assertThat(read.get()).containsEntry(QuestionId.of("cust.satisfaction"), Answer.number(4));
    assertThat(SurveyJs.importData(customer(), "[1]").getError().map(dev.huifang.core.Problem::path))
        .containsExactly("data");
  }
}
