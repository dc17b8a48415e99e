package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Perspective;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Template;
import dev.huifang.core.json.HuifangJson;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every way a question, bank, plan or policy can be wrong, with its exact Problem. */
class BadInputTest {

  static Question.Builder rating(String id) {
    return Question.builder().id(QuestionId.of(id)).text(Template.of("几星？", "How many stars?"))
        .type(QuestionType.STAR_RATING).dimension(Dimension.ATTITUDE);
  }

  @Test
  void questionsCheckOptionsTimesPrioritiesAndCoreRules() {
    var result = Question.builder().id(QuestionId.of("q")).text(Template.of("选{x", "Pick"))
        .type(QuestionType.SINGLE_CHOICE).dimension(Dimension.ATTITUDE).priority(101)
        .estimatedSeconds(0).addOptions(AnswerOption.of("a", "甲", "A"))
        .core(true).required(false)
        .visibleIf(AnswerCondition.compare("x", AnswerCondition.Operator.EQ, 1)).validate();
    assertThat(result.getError().map(Problem::message)).containsExactly(
        "text.zh-CN: must close every { with } (at 1), was \"选{x\"",
        "priority: must be within [0, 100], was 101",
        "estimatedSeconds: must be >= 1, was 0",
        "options: must hold at least 2 options for a SINGLE_CHOICE question, was 1",
        "visibleIf: must be absent: a core question is always shown, was \"x = 1\"",
        "required: must be true for a core question, was false");
    assertThat(rating("r").addOptions(AnswerOption.of("a", "甲", "A")).validate().getError()
        .map(Problem::message)).containsExactly("options: must be empty for a STAR_RATING question, was 1");
  }

  @Test
  void banksCheckIdsAndWhatConditionsRead() {
    Question first = rating("q1").build();
    Question choice = Question.builder().from(rating("q2").build()).type(QuestionType.SINGLE_CHOICE)
        .addOptions(AnswerOption.of("a", "甲", "A"), AnswerOption.of("b", "乙", "B")).build();
    Question readsLater = rating("q3").visibleIf(new AnswerCondition.And(List.of(
        AnswerCondition.compare("q4", AnswerCondition.Operator.LE, 2),
        AnswerCondition.compare("q2", AnswerCondition.Operator.GE, 1),
        new AnswerCondition.Selected(QuestionId.of("q2"), "z"),
        new AnswerCondition.Not(new AnswerCondition.Answered(QuestionId.of("ghost")))))).build();
    Question later = rating("q4").build();
    assertThat(QuestionBank.validate("b", 0, List.of(first, choice, readsLater, later, first))
        .getError().map(Problem::message)).containsExactly(
            "version: must be >= 1, was 0",
            "questions[2].visibleIf.conditions[0].question: must name a question placed before this one, was \"q4\"",
            "questions[2].visibleIf.conditions[1].question: must name a numeric question to compare, not a SINGLE_CHOICE one, was \"q2\"",
            "questions[2].visibleIf.conditions[2].option: must be an option of q2, was \"z\"",
            "questions[2].visibleIf.conditions[3].condition.question: must name a question of the bank, was \"ghost\"",
            "questions[4].id: must be unique (also at questions[0]), was \"q1\"");
  }

  @Test
  void requiredConditionsFollowTheRulesOfVisibilityConditions() {
    assertThat(rating("core").core(true)
        .requiredIf(AnswerCondition.compare("x", AnswerCondition.Operator.LE, 2)).validate()
        .getError().map(Problem::message)).containsExactly(
            "requiredIf: must be absent: a core question is always required, was \"x <= 2\"");
    Question first = rating("q1").build();
    Question choice = Question.builder().from(rating("q2").build()).type(QuestionType.MULTIPLE_CHOICE)
        .addOptions(AnswerOption.of("a", "甲", "A"), AnswerOption.of("b", "乙", "B")).build();
    Question readsLater = rating("q3")
        .visibleIf(new AnswerCondition.Answered(QuestionId.of("q1")))
        .requiredIf(new AnswerCondition.Or(List.of(
            AnswerCondition.compare("q3", AnswerCondition.Operator.LE, 2),
            AnswerCondition.compare("q2", AnswerCondition.Operator.GE, 1),
            new AnswerCondition.Selected(QuestionId.of("q2"), "z"),
            new AnswerCondition.And(List.of()),
            new AnswerCondition.Not(new AnswerCondition.Answered(QuestionId.of("ghost")))))).build();
    assertThat(QuestionBank.validate("b", 1, List.of(first, choice, readsLater))
        .getError().map(Problem::message)).containsExactly(
            "questions[2].requiredIf.conditions[0].question: must name a question placed before this one, was \"q3\"",
            "questions[2].requiredIf.conditions[1].question: must name a numeric question to compare, not a MULTIPLE_CHOICE one, was \"q2\"",
            "questions[2].requiredIf.conditions[2].option: must be an option of q2, was \"z\"",
            "questions[2].requiredIf.conditions[3].conditions: must hold at least one condition",
            "questions[2].requiredIf.conditions[4].condition.question: must name a question of the bank, was \"ghost\"");
  }

  @Test
  void aRequiredConditionRoundTripsThroughJson() {
    Question question = rating("q2").requiredIf(new AnswerCondition.Not(
        AnswerCondition.compare("q1", AnswerCondition.Operator.GT, 3))).build();
    String json = HuifangJson.write(question);
    assertThat(json).contains("\"requiredIf\":{\"type\":\"not\"");
    assertThat(HuifangJson.read(json, Question.class).get()).isEqualTo(question);
  }

  @Test
  void plansAndPoliciesThatContradictThemselvesAreInfeasible() {
    SelectionPlan plan = new SelectionPlan(List.of(Dimension.ATTITUDE), new TreeMap<>(
        java.util.Map.of(Dimension.ATTITUDE, 0)), 5, 4, 180, 3, 2);
    StratificationPolicy policy = new StratificationPolicy(List.of(new StratumRule("promotion/end",
        Fit.roles(dev.huifang.core.Role.PROMOTION), plan), new StratumRule("fallback", Fit.ANY,
        SelectionPlan.defaults())), SelectionPlan.defaults());
    assertThat(policy.validate().getError().map(Problem::message)).containsExactly(
        "rules[0].plan.maxQuestions: allows fewer questions than minQuestions (5), was 4",
        "rules[0].plan.minOpen: needs 3 open questions but allows at most 2, was 3",
        "rules[0].plan.quotas.attitude: must be >= 1, was 0",
        "rules[1].id: must not be the reserved id fallback, was \"fallback\"");
    assertThat(QuestionSelector.of(new QuestionBank(" ", 1, List.of()), policy).getError()
        .map(Problem::path)).startsWith("bank.id", "bank.questions", "policy.rules[0].plan.maxQuestions");
  }

  @Test
  void aCoreQuestionWithoutItsPlaceholderValueIsAProblem() {
    Question core = rating("core").text(Template.of("{product}几星？", "{product}: how many stars?"))
        .core(true).build();
    QuestionSelector selector = QuestionSelector.of(new QuestionBank("b", 1, List.of(core)),
        new StratificationPolicy(List.of(), SelectionPlan.defaults().withOpen(0, 2))).get();
    assertThat(selector.select(SelectionRequest.of(QuestionnaireGen.ENGAGEMENT, Perspective.SELF, 1))
        .getError().map(Problem::message)).startsWith(
            "questions.core.text: needs a value for placeholder product, was \"{product}\"");
  }

  @Test
  void malformedJsonConditionsAreProblems() {
    assertThat(HuifangJson.read("{\"type\":\"compare\",\"question\":\"q\",\"op\":\"ABOUT\",\"value\":1}",
        AnswerCondition.class).getError().head().message())
        .startsWith("op: must be one of [EQ, NE, LT, LE, GT, GE]");
    assertThat(HuifangJson.read("{\"type\":\"xor\"}", AnswerCondition.class).getError().head().code())
        .isEqualTo(Problem.FORMAT);
  }
}
