package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Template;
import dev.huifang.core.json.HuifangJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Conditions that read open text, count chosen options, read the satisfaction and the stratum:
 * their meaning in a run, their Problems, their SurveyJS expressions and their JSON.
 */
class ConditionKindsTest {

  static final QuestionId TEXT = QuestionId.of("text");
  static final QuestionId PICKS = QuestionId.of("picks");

  static Question text() {
    return Question.builder().id(TEXT).text(Template.of("说说看", "Tell us"))
        .type(QuestionType.OPEN_TEXT).dimension(Dimension.ATTITUDE).build();
  }

  static Question picks() {
    return Question.builder().id(PICKS).text(Template.of("选几项", "Pick some"))
        .type(QuestionType.MULTIPLE_CHOICE).dimension(Dimension.ATTITUDE)
        .addOptions(AnswerOption.of("a", "甲", "A"), AnswerOption.of("b", "乙", "B"),
            AnswerOption.of("c", "丙", "C")).build();
  }

  @Test
  void containsIgnoresCaseAsSurveyCoreDoesAndIsFalseWithoutAnAnswer() {
    AnswerCondition late = new AnswerCondition.Contains(TEXT, "LATE");
    assertThat(late.test(id -> Answer.text("He was late again"))).isTrue();
    assertThat(late.test(id -> Answer.text("on time"))).isFalse();
    assertThat(late.test(id -> null)).isFalse();
    assertThat(new AnswerCondition.Not(late).test(id -> null)).as("notcontains").isTrue();
    assertThat(new AnswerCondition.Contains(TEXT, "迟到").test(id -> Answer.text("他又迟到了")))
        .isTrue();
  }

  @Test
  void chosenCountsOptionsAndIsZeroWithoutAnAnswer() {
    AnswerCondition twoOrMore = new AnswerCondition.Chosen(PICKS, AnswerCondition.Operator.GE, 2);
    assertThat(twoOrMore.test(id -> Answer.choices("a", "c"))).isTrue();
    assertThat(twoOrMore.test(id -> Answer.choices("b"))).isFalse();
    AnswerCondition none = new AnswerCondition.Chosen(PICKS, AnswerCondition.Operator.EQ, 0);
    assertThat(none.test(id -> null)).isTrue();
  }

  @Test
  void satisfactionAndStratumConditionsReadTheRunNotAPlainLookup() {
    AnswerCondition low = new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, 60);
    AnswerCondition customer =
        new AnswerCondition.StratumIs(AnswerCondition.StratumIs.Field.PERSPECTIVE, "customer");
    assertThat(low.test(id -> null)).isFalse();
    assertThat(customer.test(id -> null)).isFalse();
    QuestionnaireRun run = QuestionnaireRunTest.customerRun()
        .answer(QuestionnaireRunTest.SATISFACTION, Answer.number(2)).get();
    Answers context = new Answers() {
      @Override
      public Answer get(QuestionId question) {
        return run.answers().get(question);
      }

      @Override
      public Double satisfactionPercent() {
        return run.satisfactionPercent();
      }

      @Override
      public Stratum stratum() {
        return run.questionnaire().stratum();
      }
    };
    assertThat(low.test(context)).isTrue();
    assertThat(customer.test(context)).isTrue();
    Trigger unhappy = new Trigger("unhappy-customer", new AnswerCondition.And(List.of(low, customer)),
        FollowUpAction.Kind.DEEP_DIVE, LocalizedText.of("回访", "Call back"));
    QuestionnaireRun done = QuestionnaireRunTest.answerEverything(run, 2);
    assertThat(done.finish(TriggerPolicy.defaults().withTriggers(List.of(unhappy))).get().actions())
        .extracting(FollowUpAction::trigger).contains("satisfaction-below", "unhappy-customer");
  }

  @Test
  void aQuestionShownOnLowSatisfactionFollowsTheRatingsInARunAndInItsSurvey() {
    Question overall = BadInputTest.rating("overall").dimension(Dimension.SATISFACTION).build();
    Question why = Question.builder().from(text()).visibleIf(
        new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, 60)).build();
    SelectedQuestionnaire questionnaire = questionnaire(List.of(overall, why));
    QuestionnaireRun run = QuestionnaireRun.start(questionnaire);
    assertThat(run.isVisible(TEXT)).isFalse();
    run = run.answer(overall.id(), Answer.number(2)).get();
    assertThat(run.isVisible(TEXT)).isTrue();
    run = run.answer(overall.id(), Answer.number(5)).get();
    assertThat(run.isVisible(TEXT)).isFalse();
    assertThat(SurveyJs.export(questionnaire).get("pages").get(0).get("elements").get(1)
        .get("visibleIf").asText())
        .isEqualTo("({satisfactionPercent} notempty and {satisfactionPercent} < 60)");
  }

  @Test
  void surveyJsExpressionsOfTheNewNodes() {
    Map<QuestionId, Question> present = Map.of(TEXT, text(), PICKS, picks());
    assertThat(SurveyJs.expression(new AnswerCondition.Contains(TEXT, "it's"), present))
        .isEqualTo("({text} contains 'it\\'s')");
    assertThat(SurveyJs.expression(
        new AnswerCondition.Chosen(PICKS, AnswerCondition.Operator.GE, 2), present))
        .isEqualTo("({picks.length} >= 2)");
    assertThat(SurveyJs.expression(
        new AnswerCondition.Chosen(QuestionId.of("gone"), AnswerCondition.Operator.LT, 1),
        present)).as("absent: no option chosen").isEqualTo(true);
  }

  @Test
  void badNodesAreBankProblems() {
    Question rating = BadInputTest.rating("stars").build();
    Question readsSatisfaction = BadInputTest.rating("again").visibleIf(
        new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, 60)).build();
    Question badText = Question.builder().from(text()).id(QuestionId.of("other")).visibleIf(new AnswerCondition.And(List.of(
        new AnswerCondition.Contains(QuestionId.of("stars"), "x"),
        new AnswerCondition.Chosen(QuestionId.of("stars"), AnswerCondition.Operator.GE, 1),
        new AnswerCondition.StratumIs(AnswerCondition.StratumIs.Field.STAGE, "later"))))
        .build();
    Question badKeyword = Question.builder().from(picks()).visibleIf(new AnswerCondition.Or(List.of(
        new AnswerCondition.Contains(TEXT, " "), new AnswerCondition.Contains(TEXT, "a\\"))))
        .build();
    assertThat(new QuestionBank("b", 1, List.of(rating, readsSatisfaction, text(), badText,
        badKeyword)).problems().map(Problem::message)).containsExactly(
            "questions[1].visibleIf: must not be read by a star rating's visibleIf: the"
                + " satisfaction depends on which star ratings are visible, was"
                + " \"satisfaction < 60\"",
            "questions[3].visibleIf.conditions[0].question: must name an OPEN_TEXT question to"
                + " look for a keyword, not a STAR_RATING one, was \"stars\"",
            "questions[3].visibleIf.conditions[1].question: must name a choice question to count"
                + " its options, not a STAR_RATING one, was \"stars\"",
            "questions[3].visibleIf.conditions[2].value: must be one of [early, mid, end], was"
                + " \"later\"",
            "questions[4].visibleIf.conditions[0].keyword: must not be blank, was \" \"",
            "questions[4].visibleIf.conditions[1].keyword: must not end with a backslash: a"
                + " SurveyJS string literal cannot hold it, was \"a\\\\\"");
  }

  @Test
  void hostTriggerIdsAreSurveyJsNamesAndTheirConditionsWellFormed() {
    LocalizedText note = LocalizedText.of("跟进", "Follow up");
    TriggerPolicy policy = TriggerPolicy.defaults().withTriggers(List.of(
        new Trigger("late", new AnswerCondition.Contains(TEXT, ""), FollowUpAction.Kind.DEEP_DIVE,
            note),
        new Trigger("LATE", new AnswerCondition.Answered(TEXT), FollowUpAction.Kind.DEEP_DIVE, note),
        new Trigger("a{b}", new AnswerCondition.Answered(TEXT), FollowUpAction.Kind.DEEP_DIVE,
            note)));
    assertThat(policy.problems("").map(Problem::path)).containsExactly(
        "triggers[0].when.keyword", "triggers[1].id", "triggers[2].id");
    assertThat(TriggerPolicy.defaults().withSatisfaction(java.util.Set.of(),
        Map.of(Dimension.SATISFACTION, 0)).problems("").map(Problem::message)).containsExactly(
            "satisfactionWeights.satisfaction: must be a whole number within [1, 100], was 0");
  }

  @Test
  void theNewNodesRoundTripThroughJson() {
    AnswerCondition tree = new AnswerCondition.And(List.of(
        new AnswerCondition.Contains(TEXT, "迟到"),
        new AnswerCondition.Chosen(PICKS, AnswerCondition.Operator.GE, 2),
        new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, 62.5),
        new AnswerCondition.StratumIs(AnswerCondition.StratumIs.Field.ROLE, "promotion")));
    String json = HuifangJson.write(tree);
    assertThat(json).contains("\"type\":\"contains\"", "\"type\":\"chosen\"",
        "\"type\":\"satisfaction\"", "\"type\":\"stratum\"");
    assertThat(HuifangJson.read(json, AnswerCondition.class).get()).isEqualTo(tree);
  }

  @Test
  void aTriggerPolicyRoundTripsThroughJson() {
    TriggerPolicy policy = TriggerPolicy.defaults().withTriggers(List.of(new Trigger("late",
        new AnswerCondition.Contains(TEXT, "迟到"), FollowUpAction.Kind.DEEP_DIVE,
        LocalizedText.of("跟进", "Follow up"))));
    String json = HuifangJson.write(policy);
    assertThat(json).contains("\"satisfactionWeights\":{", "\"professionalism\":2",
        "\"satisfactionFrom\":[\"CUSTOMER\",\"CLIENT\"]");
    assertThat(HuifangJson.read(json, TriggerPolicy.class).get()).isEqualTo(policy);
  }

  static SelectedQuestionnaire questionnaire(List<Question> questions) {
    SelectedQuestionnaire small = SurveyJsTest.small();
    return new SelectedQuestionnaire(small.bank(), small.bankVersion(), small.engagement(),
        small.worker(), small.stratum(), small.plan(), small.seed(), questions.stream()
            .map(q -> new SelectedQuestion(q, q.text().text(), "test")).toList(), List.of());
  }
}
