package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huifang.core.Dimension;
import dev.huifang.core.Experience;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import dev.huifang.core.json.HuifangJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SurveyJS export of each question type, of key answers and host triggers (which read a
 * question only while it is shown), of stratum nodes where survey-core's loose {@code =} could
 * disagree with Huifang's, and the import of each kind of value.
 */
class SurveyJsExpressionsTest {

  static final QuestionId GATE = QuestionId.of("gate");
  static final QuestionId WHY = QuestionId.of("why");
  static final QuestionId PICKS = QuestionId.of("picks");

  static SelectedQuestionnaire questionnaire(Stratum stratum, List<Question> questions) {
    return new SelectedQuestionnaire("b", 1, dev.huifang.core.EngagementId.of("e-1"),
        dev.huifang.core.WorkerId.of("w-1"), stratum,
        new PlanChoice("fallback", SelectionPlan.defaults(), true, "test"), 1,
        questions.stream().map(q -> new SelectedQuestion(q, q.text().text(), "test")).toList(),
        List.of());
  }

  static final Stratum STRATUM = new Stratum(Role.of("1.0"), TaskStage.MID, Experience.REPEAT,
      Perspective.CLIENT, Urgency.URGENT);

  /** A yes/no gate, a key open question shown after "yes", a multiple choice, and the others. */
  static SelectedQuestionnaire everyType() {
    Question gate = AnswerRulesTest.of("gate", QuestionType.YES_NO);
    Question why = Question.builder().from(AnswerRulesTest.of("why", QuestionType.OPEN_TEXT))
        .key(true).visibleIf(AnswerCondition.compare("gate", AnswerCondition.Operator.EQ, 1))
        .build();
    Question picks = AnswerRulesTest.of("picks", QuestionType.MULTIPLE_CHOICE);
    Question one = AnswerRulesTest.of("one", QuestionType.SINGLE_CHOICE);
    Question nps = AnswerRulesTest.of("nps", QuestionType.NPS);
    Question count = AnswerRulesTest.of("count", QuestionType.NUMBER);
    return questionnaire(STRATUM, List.of(gate, why, picks, one, nps, count));
  }

  static List<String> elements(ObjectNode survey) {
    List<String> out = new ArrayList<>();
    survey.get("pages").get(0).get("elements").forEach(e -> out.add(e.toString()));
    return out;
  }

  static String calculated(ObjectNode survey, String name) {
    for (JsonNode value : survey.get("calculatedValues")) {
      if (value.get("name").asText().equals(name)) {
        return value.get("expression").asText();
      }
    }
    return null;
  }

  @Test
  void eachQuestionTypeBecomesItsSurveyElement() {
    assertThat(elements(SurveyJs.export(everyType()))).containsExactly(
        "{\"type\":\"boolean\",\"name\":\"gate\",\"title\":{\"default\":\"Question gate\","
            + "\"zh-cn\":\"问题 gate\"},\"isRequired\":true,\"valueTrue\":1,\"valueFalse\":0}",
        "{\"type\":\"comment\",\"name\":\"why\",\"title\":{\"default\":\"Question why\","
            + "\"zh-cn\":\"问题 why\"},\"isRequired\":true,\"maxLength\":2000,\"validators\":"
            + "[{\"type\":\"text\",\"maxLength\":2000}],"
            + "\"visibleIf\":\"({gate} notempty and {gate} = 1)\"}",
        "{\"type\":\"checkbox\",\"name\":\"picks\",\"title\":{\"default\":\"Question picks\","
            + "\"zh-cn\":\"问题 picks\"},\"isRequired\":true,\"choices\":["
            + "{\"value\":\"a\",\"text\":{\"default\":\"A\",\"zh-cn\":\"甲\"}},"
            + "{\"value\":\"b\",\"text\":{\"default\":\"B\",\"zh-cn\":\"乙\"}}]}",
        "{\"type\":\"radiogroup\",\"name\":\"one\",\"title\":{\"default\":\"Question one\","
            + "\"zh-cn\":\"问题 one\"},\"isRequired\":true,\"choices\":["
            + "{\"value\":\"a\",\"text\":{\"default\":\"A\",\"zh-cn\":\"甲\"}},"
            + "{\"value\":\"b\",\"text\":{\"default\":\"B\",\"zh-cn\":\"乙\"}}]}",
        "{\"type\":\"rating\",\"name\":\"nps\",\"title\":{\"default\":\"Question nps\","
            + "\"zh-cn\":\"问题 nps\"},\"isRequired\":true,\"rateMin\":0,\"rateMax\":10}",
        "{\"type\":\"text\",\"name\":\"count\",\"title\":{\"default\":\"Question count\","
            + "\"zh-cn\":\"问题 count\"},\"isRequired\":true,\"inputType\":\"number\"}");
  }

  @Test
  void aKeyAnswerCountsOnlyWhileItsQuestionIsShownAndGoesWhereThePolicySays() {
    SelectedQuestionnaire q = everyType();
    String answered = "(({gate} notempty and {gate} = 1) and {why} notempty)";
    ObjectNode byDefault = SurveyJs.export(q);
    assertThat(calculated(byDefault, SurveyJs.PHONE_INTERVIEW_NEEDED)).isEqualTo(answered);
    assertThat(calculated(byDefault, SurveyJs.DEEP_DIVE_NEEDED)).isEqualTo("false");
    assertThat(calculated(byDefault, SurveyJs.SATISFACTION_PERCENT)).as("no rating").isNull();
    ObjectNode deepDive = SurveyJs.export(q, new TriggerPolicy(60, true, 5, 2, List.of()));
    assertThat(calculated(deepDive, SurveyJs.PHONE_INTERVIEW_NEEDED)).isEqualTo("false");
    assertThat(calculated(deepDive, SurveyJs.DEEP_DIVE_NEEDED)).isEqualTo(answered);
    ObjectNode neither = SurveyJs.export(q, new TriggerPolicy(60, false, 5, 2, List.of()));
    assertThat(calculated(neither, SurveyJs.DEEP_DIVE_NEEDED)).isEqualTo("false");
    assertThat(calculated(neither, SurveyJs.PHONE_INTERVIEW_NEEDED)).isEqualTo("false");
  }

  static Trigger trigger(String id, AnswerCondition when, FollowUpAction.Kind kind) {
    return new Trigger(id, when, kind, LocalizedText.of("跟进", "Follow up"));
  }

  @Test
  void hostTriggersReadAQuestionOnlyWhileItIsShown() {
    TriggerPolicy policy = new TriggerPolicy(60, false, 5, 2, List.of(
        trigger("said", new AnswerCondition.Contains(WHY, "late"), FollowUpAction.Kind.DEEP_DIVE),
        trigger("none", new AnswerCondition.Chosen(WHY, AnswerCondition.Operator.EQ, 0),
            FollowUpAction.Kind.PHONE_INTERVIEW),
        trigger("picked", new AnswerCondition.Selected(PICKS, "b"),
            FollowUpAction.Kind.PHONE_INTERVIEW),
        trigger("one", new AnswerCondition.Selected(QuestionId.of("one"), "a"),
            FollowUpAction.Kind.DEEP_DIVE)));
    ObjectNode survey = SurveyJs.export(everyType(), policy);
    assertThat(calculated(survey, "trigger_said"))
        .isEqualTo("(({gate} notempty and {gate} = 1) and ({why} contains 'late'))");
    assertThat(calculated(survey, "trigger_none"))
        .isEqualTo("(!(({gate} notempty and {gate} = 1)) or (iif({why} notempty, 1, 0) = 0))");
    assertThat(calculated(survey, "trigger_picked"))
        .isEqualTo("({picks} notempty and {picks} contains 'b')");
    assertThat(calculated(survey, "trigger_one")).isEqualTo("({one} = 'a')");
    assertThat(calculated(survey, SurveyJs.PHONE_INTERVIEW_NEEDED)).isEqualTo(
        "(!(({gate} notempty and {gate} = 1)) or (iif({why} notempty, 1, 0) = 0))"
            + " or ({picks} notempty and {picks} contains 'b')");
    assertThat(calculated(survey, SurveyJs.DEEP_DIVE_NEEDED)).isEqualTo(
        "(({gate} notempty and {gate} = 1) and ({why} contains 'late')) or ({one} = 'a')");
    assertThat(survey.get("calculatedValues").get(7).toString()).isEqualTo(
        "{\"name\":\"trigger_said\",\"expression\":\"(({gate} notempty and {gate} = 1) and"
            + " ({why} contains 'late'))\",\"includeIntoResult\":true}");
  }

  @Test
  void aTriggerThatAlwaysHoldsMakesItsFlagConstant() {
    TriggerPolicy policy = new TriggerPolicy(60, false, 5, 2, List.of(
        trigger("never", new AnswerCondition.Answered(QuestionId.of("gone")),
            FollowUpAction.Kind.DEEP_DIVE),
        trigger("always", new AnswerCondition.Not(new AnswerCondition.Answered(
            QuestionId.of("gone"))), FollowUpAction.Kind.DEEP_DIVE),
        trigger("later", new AnswerCondition.Answered(GATE), FollowUpAction.Kind.DEEP_DIVE)));
    ObjectNode survey = SurveyJs.export(everyType(), policy);
    assertThat(calculated(survey, "trigger_never")).isEqualTo("false");
    assertThat(calculated(survey, "trigger_always")).isEqualTo("true");
    assertThat(calculated(survey, SurveyJs.DEEP_DIVE_NEEDED)).isEqualTo("true");
  }

  @Test
  void aQuestionNeverShownNeitherCountsAsAKeyAnswerNorFeedsATrigger() {
    Question hidden = Question.builder().from(AnswerRulesTest.of("why", QuestionType.OPEN_TEXT))
        .key(true).visibleIf(new AnswerCondition.Answered(QuestionId.of("gone"))).build();
    Question picks = Question.builder().from(AnswerRulesTest.of("picks",
        QuestionType.MULTIPLE_CHOICE)).visibleIf(new AnswerCondition.Answered(QuestionId.of(
            "gone"))).build();
    TriggerPolicy policy = TriggerPolicy.defaults().withTriggers(List.of(
        trigger("said", new AnswerCondition.Contains(WHY, "x"), FollowUpAction.Kind.DEEP_DIVE),
        trigger("few", new AnswerCondition.Chosen(PICKS, AnswerCondition.Operator.LT, 1),
            FollowUpAction.Kind.DEEP_DIVE)));
    ObjectNode survey = SurveyJs.export(questionnaire(STRATUM, List.of(hidden, picks)), policy);
    assertThat(elements(survey).get(0)).contains("\"visible\":false").doesNotContain("visibleIf");
    assertThat(calculated(survey, SurveyJs.PHONE_INTERVIEW_NEEDED)).isEqualTo("false");
    assertThat(calculated(survey, "trigger_said")).isEqualTo("false");
    assertThat(calculated(survey, "trigger_few")).as("never shown: no option chosen")
        .isEqualTo("true");
  }

  @Test
  void stratumNodesFoldWhereSurveyCoresLooseEqualityCouldDisagree() {
    Map<QuestionId, Question> none = Map.of();
    assertThat(SurveyJs.expression(new AnswerCondition.StratumIs(
        AnswerCondition.StratumIs.Field.STAGE, "mid"), none)).as("no stratum known").isEqualTo(false);
    TriggerPolicy policy = new TriggerPolicy(60, false, 5, 2, List.of(
        trigger("stage", stratum(AnswerCondition.StratumIs.Field.STAGE, "early"),
            FollowUpAction.Kind.DEEP_DIVE),
        trigger("loose", stratum(AnswerCondition.StratumIs.Field.ROLE, " 1.0"),
            FollowUpAction.Kind.DEEP_DIVE),
        trigger("number", stratum(AnswerCondition.StratumIs.Field.ROLE, "1"),
            FollowUpAction.Kind.DEEP_DIVE),
        trigger("same", stratum(AnswerCondition.StratumIs.Field.ROLE, "1.0"),
            FollowUpAction.Kind.DEEP_DIVE),
        trigger("urgency", stratum(AnswerCondition.StratumIs.Field.URGENCY, "urgent"),
            FollowUpAction.Kind.DEEP_DIVE),
        trigger("experience", stratum(AnswerCondition.StratumIs.Field.EXPERIENCE, "first_time"),
            FollowUpAction.Kind.DEEP_DIVE),
        trigger("perspective", stratum(AnswerCondition.StratumIs.Field.PERSPECTIVE, "client"),
            FollowUpAction.Kind.DEEP_DIVE)));
    ObjectNode survey = SurveyJs.export(everyType(), policy);
    assertThat(calculated(survey, "trigger_stage")).isEqualTo("({stratumStage} = 'early')");
    assertThat(calculated(survey, "trigger_loose")).as("' 1.0' is not '1.0' in Huifang")
        .isEqualTo("false");
    assertThat(calculated(survey, "trigger_number")).as("'1' is not '1.0' in Huifang")
        .isEqualTo("false");
    assertThat(calculated(survey, "trigger_same")).isEqualTo("({stratumRole} = '1.0')");
    assertThat(calculated(survey, "trigger_urgency")).isEqualTo("({stratumUrgency} = 'urgent')");
    assertThat(calculated(survey, "trigger_experience"))
        .isEqualTo("({stratumExperience} = 'first_time')");
    assertThat(calculated(survey, "trigger_perspective"))
        .isEqualTo("({stratumPerspective} = 'client')");
    assertThat(calculated(survey, SurveyJs.ROLE)).isEqualTo("'1.0'");
    // no literal can hold an empty value or one ending with a backslash: folded to its value
    Question empty = Question.builder().from(AnswerRulesTest.of("e", QuestionType.NPS))
        .visibleIf(stratum(AnswerCondition.StratumIs.Field.ROLE, "")).build();
    Question backslash = Question.builder().from(AnswerRulesTest.of("s", QuestionType.NPS))
        .visibleIf(stratum(AnswerCondition.StratumIs.Field.ROLE, "1.0\\")).build();
    Question other = Question.builder().from(AnswerRulesTest.of("o", QuestionType.NPS))
        .visibleIf(stratum(AnswerCondition.StratumIs.Field.ROLE, "2")).build();
    List<String> folded = elements(SurveyJs.export(questionnaire(STRATUM, List.of(empty,
        backslash, other))));
    assertThat(folded.subList(0, 2)).allSatisfy(element -> assertThat(element)
        .contains("\"visible\":false").doesNotContain("visibleIf"));
    assertThat(folded.get(2)).contains("\"visibleIf\":\"({stratumRole} = '2')\"");
    Question loose = Question.builder().from(AnswerRulesTest.of("l", QuestionType.NPS))
        .visibleIf(stratum(AnswerCondition.StratumIs.Field.ROLE, "1.0 ")).build();
    assertThat(elements(SurveyJs.export(questionnaire(STRATUM, List.of(loose))))).singleElement()
        .asString().contains("\"visible\":false");
  }

  static AnswerCondition stratum(AnswerCondition.StratumIs.Field field, String value) {
    return new AnswerCondition.StratumIs(field, value);
  }

  @Test
  void aSatisfactionNodeIsFalseWithoutRatingsAndReadsThePercentageWithThem() {
    AnswerCondition low = new AnswerCondition.Satisfaction(AnswerCondition.Operator.LE, 40);
    TriggerPolicy policy = new TriggerPolicy(60, false, 5, 2, List.of(
        trigger("low", low, FollowUpAction.Kind.DEEP_DIVE)));
    assertThat(calculated(SurveyJs.export(everyType(), policy), "trigger_low")).isEqualTo("false");
    Question rating = Question.builder().from(AnswerRulesTest.of("r", QuestionType.STAR_RATING))
        .dimension(Dimension.SATISFACTION).build();
    ObjectNode rated = SurveyJs.export(questionnaire(STRATUM, List.of(rating)), policy);
    assertThat(calculated(rated, "trigger_low"))
        .isEqualTo("({satisfactionPercent} notempty and {satisfactionPercent} <= 40)");
    assertThat(calculated(rated, SurveyJs.SATISFACTION_PERCENT)).isEqualTo("iif(sum(iif({r}"
        + " notempty, 2)) > 0, (sum(iif({r} notempty, 2 * ({r} - 1))) * 25) / sum(iif({r}"
        + " notempty, 2)))");
    Question unweighted = AnswerRulesTest.of("u", QuestionType.STAR_RATING);
    assertThat(calculated(SurveyJs.export(questionnaire(STRATUM, List.of(unweighted)),
        TriggerPolicy.defaults().withSatisfaction(java.util.Set.of(Perspective.CLIENT),
            Map.of(Dimension.SATISFACTION, 1))), SurveyJs.SATISFACTION_PERCENT))
        .as("a rating of no indicator").isNull();
    Question neverShown = Question.builder().from(rating)
        .visibleIf(new AnswerCondition.Answered(QuestionId.of("gone"))).build();
    assertThat(calculated(SurveyJs.export(questionnaire(STRATUM, List.of(neverShown))),
        SurveyJs.SATISFACTION_PERCENT)).as("never shown").isNull();
  }

  @Test
  void importReadsEachKindOfValueAndSaysWhatIsWrongWithTheRest() throws Exception {
    JsonNode data = HuifangJson.newMapper().readTree("{\"count\": 2.5, \"nps\": 9,"
        + " \"one\": \"b\", \"picks\": [\"b\", \"a\"], \"why\": \"late\", \"gate\": true}");
    assertThat(SurveyJs.importData(everyType(), data).get()).containsExactly(
        Map.entry(GATE, Answer.number(1)), Map.entry(WHY, Answer.text("late")),
        Map.entry(PICKS, Answer.choices("b", "a")), Map.entry(QuestionId.of("one"),
            Answer.choice("b")), Map.entry(QuestionId.of("nps"), Answer.number(9)),
        Map.entry(QuestionId.of("count"), Answer.number(2.5)));
    assertThat(SurveyJs.importData(everyType(), HuifangJson.newMapper().readTree(
        "{\"gate\": false, \"why\": \"  \", \"picks\": []}")).get()).as("blank is no answer")
        .containsExactly(Map.entry(GATE, Answer.number(0)));
    JsonNode bad = HuifangJson.newMapper().readTree("{\"gate\": \"yes\", \"nps\": true,"
        + " \"one\": [\"a\", \"b\"], \"picks\": \"a\", \"count\": {\"n\": 1},"
        + " \"why\": [\"late\"]}");
    assertThat(SurveyJs.importData(everyType(), bad).getError().map(Problem::message))
        .containsExactly(
            "data.gate: must be a number, was \"\\\"yes\\\"\"",
            "data.nps: must be a number, was \"true\"",
            "data.one: must be one of the options [a, b], was \"an array of 2 item(s)\"",
            "data.picks: must be an array of options, was \"\\\"a\\\"\"",
            "data.count: must be a number, was \"an object of 1 field(s)\"",
            "data.why: must be text, was \"an array of 1 item(s)\"");
    assertThat(SurveyJs.importData(everyType(), HuifangJson.newMapper().readTree(
        "{\"picks\": [\"a\", 1, \"z\"], \"one\": \"z\"}")).getError().map(Problem::message))
        .containsExactly(
            "data.picks: must be one of the options [a, b], was \"1\"",
            "data.picks: must be one of the options [a, b], was \"\\\"z\\\"\"",
            "data.one: must be one of the options [a, b], was \"\\\"z\\\"\"");
    assertThat(SurveyJs.importData(everyType(), JsonNodeFactory.instance.textNode("x"))
        .getError().map(Problem::message)).containsExactly(
            "data: must be a JSON object, was \"string\"");
  }

  @Test
  void aKeyQuestionAlwaysShownCountsWheneverAnswered() {
    Question key = Question.builder().from(AnswerRulesTest.of("k", QuestionType.OPEN_TEXT))
        .key(true).build();
    assertThat(calculated(SurveyJs.export(questionnaire(STRATUM, List.of(key))),
        SurveyJs.PHONE_INTERVIEW_NEEDED)).isEqualTo("{k} notempty");
  }

  @Test
  void andAndOrJoinTheirPartsThatAreNotConstant() {
    Map<QuestionId, Question> present = Map.of(GATE, AnswerRulesTest.of("gate",
        QuestionType.YES_NO), PICKS, AnswerRulesTest.of("picks", QuestionType.MULTIPLE_CHOICE));
    AnswerCondition gate = new AnswerCondition.Answered(GATE);
    AnswerCondition picked = new AnswerCondition.Selected(PICKS, "a");
    assertThat(SurveyJs.expression(new AnswerCondition.And(List.of(gate, picked)), present))
        .isEqualTo("({gate} notempty and ({picks} notempty and {picks} contains 'a'))");
    assertThat(SurveyJs.expression(new AnswerCondition.Or(List.of(gate, picked,
        new AnswerCondition.Answered(QuestionId.of("gone")))), present))
        .isEqualTo("({gate} notempty or ({picks} notempty and {picks} contains 'a'))");
    assertThat(SurveyJs.expression(new AnswerCondition.Or(List.of(
        new AnswerCondition.Not(new AnswerCondition.Answered(QuestionId.of("gone"))), gate)),
        present)).isEqualTo(true);
    assertThat(SurveyJs.expression(new AnswerCondition.Not(gate), present))
        .isEqualTo("!({gate} notempty)");
  }

  @Test
  void optionTextsAreMaskedLikeTitles() {
    Question choice = Question.builder().from(AnswerRulesTest.of("c", QuestionType.SINGLE_CHOICE))
        .options(List.of(AnswerOption.of("a", "打 13812345678", "Call 13812345678"),
            AnswerOption.of("b", "不用", "No need"))).build();
    ObjectNode survey = SurveyJs.export(questionnaire(STRATUM, List.of(choice)));
    String choices = survey.get("pages").get(0).get("elements").get(0).get("choices").toString();
    assertThat(choices).doesNotContain("13812345678").contains("138****5678", "No need");
  }

  @Test
  void aTooLongValueInResultTextIsAProblemAtItsField() {
    String json = "{\"why\": \"" + "x".repeat(100_001) + "\"}";
    assertThat(SurveyJs.importData(everyType(), json).getError().map(Problem::path))
        .singleElement().asString().startsWith("data.why");
  }
}
