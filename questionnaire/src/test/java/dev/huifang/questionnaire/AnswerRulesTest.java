package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an answer must be for each question type, exactly at the ends of each range, and how a
 * run follows its answers: visibility, required-ness and time left.
 */
class AnswerRulesTest {

  static Question of(String id, QuestionType type) {
    Question.Builder builder = Question.builder().id(QuestionId.of(id))
        .text(Template.of("问题 " + id, "Question " + id)).type(type).dimension(Dimension.ATTITUDE);
    if (type.hasOptions()) {
      builder.addOptions(AnswerOption.of("a", "甲", "A"), AnswerOption.of("b", "乙", "B"));
    }
    return builder.build();
  }

  static List<String> problems(QuestionType type, Answer answer) {
    return QuestionnaireRun.answerProblems(of("q", type), answer, "answers.q")
        .map(Problem::message).toJavaList();
  }

  @Test
  void ratingsScoresAndYesNoAreWholeNumbersWithinTheirScale() {
    for (double ok : new double[] {1, 5}) {
      assertThat(problems(QuestionType.STAR_RATING, Answer.number(ok))).as("%s stars", ok)
          .isEmpty();
    }
    assertThat(problems(QuestionType.STAR_RATING, Answer.number(0))).containsExactly(
        "answers.q: must be a whole number within [1, 5] for a STAR_RATING question, was 0.0");
    assertThat(problems(QuestionType.STAR_RATING, Answer.number(5.5))).containsExactly(
        "answers.q: must be a whole number within [1, 5] for a STAR_RATING question, was 5.5");
    assertThat(problems(QuestionType.STAR_RATING, Answer.number(6))).hasSize(1);
    for (double ok : new double[] {0, 10}) {
      assertThat(problems(QuestionType.NPS, Answer.number(ok))).isEmpty();
    }
    assertThat(problems(QuestionType.NPS, Answer.number(-1))).containsExactly(
        "answers.q: must be a whole number within [0, 10] for a NPS question, was -1.0");
    assertThat(problems(QuestionType.NPS, Answer.number(11))).hasSize(1);
    assertThat(problems(QuestionType.YES_NO, Answer.yesNo(false))).isEmpty();
    assertThat(problems(QuestionType.YES_NO, Answer.yesNo(true))).isEmpty();
    assertThat(problems(QuestionType.YES_NO, Answer.number(2))).containsExactly(
        "answers.q: must be a whole number within [0, 1] for a YES_NO question, was 2.0");
    assertThat(problems(QuestionType.STAR_RATING, Answer.choice("a"))).containsExactly(
        "answers.q: must be a whole number within [1, 5] for a STAR_RATING question, was"
            + " \"number=null, options=[a], text=null\"",
        "answers.q: must hold only the kind of answer a STAR_RATING question takes, was"
            + " \"number=null, options=[a], text=null\"");
    assertThat(problems(QuestionType.NPS, new Answer(3.0, List.of(), "x"))).containsExactly(
        "answers.q: must hold only the kind of answer a NPS question takes, was"
            + " \"number=3.0, options=[], text=\\\"x\\\"\"");
  }

  @Test
  void numbersAreAnyFiniteNumber() {
    assertThat(problems(QuestionType.NUMBER, Answer.number(-1e300))).isEmpty();
    assertThat(problems(QuestionType.NUMBER, Answer.number(0.25))).isEmpty();
    assertThat(problems(QuestionType.NUMBER, Answer.number(Double.NaN))).containsExactly(
        "answers.q: must be a finite number, was NaN");
    assertThat(problems(QuestionType.NUMBER, Answer.number(Double.NEGATIVE_INFINITY)))
        .containsExactly("answers.q: must be a finite number, was -Infinity");
    assertThat(problems(QuestionType.NUMBER, Answer.text("3"))).containsExactly(
        "answers.q: must be a finite number, was \"number=null, options=[], text=\\\"3\\\"\"",
        "answers.q: must hold only the kind of answer a NUMBER question takes, was"
            + " \"number=null, options=[], text=\\\"3\\\"\"");
  }

  @Test
  void choicesHoldKnownOptionsOnceAndNothingElse() {
    assertThat(problems(QuestionType.SINGLE_CHOICE, Answer.choice("a"))).isEmpty();
    assertThat(problems(QuestionType.SINGLE_CHOICE, Answer.choices())).containsExactly(
        "answers.q.options: must hold exactly one option, was []");
    assertThat(problems(QuestionType.MULTIPLE_CHOICE, Answer.choices("a", "b"))).isEmpty();
    assertThat(problems(QuestionType.MULTIPLE_CHOICE, Answer.choice("b"))).isEmpty();
    assertThat(problems(QuestionType.MULTIPLE_CHOICE, Answer.choices())).containsExactly(
        "answers.q.options: must hold at least one option, was []");
    assertThat(problems(QuestionType.MULTIPLE_CHOICE, Answer.choices("a", "a", "c")))
        .containsExactly("answers.q.options: must be unique, was \"a\"",
            "answers.q.options: must be one of [a, b], was \"c\"");
    assertThat(problems(QuestionType.SINGLE_CHOICE, new Answer(1.0, List.of("a"), null)))
        .containsExactly("answers.q: must hold only the kind of answer a SINGLE_CHOICE question"
            + " takes, was \"number=1.0, options=[a], text=null\"");
    assertThat(problems(QuestionType.MULTIPLE_CHOICE, new Answer(null, List.of("a"), "why")))
        .hasSize(1);
  }

  @Test
  void openAnswersAreNotBlankAndAtMostTwoThousandCharacters() {
    assertThat(problems(QuestionType.OPEN_TEXT, Answer.text("x".repeat(2000)))).isEmpty();
    assertThat(problems(QuestionType.OPEN_TEXT, Answer.text("x".repeat(2001)))).containsExactly(
        "answers.q.text.length: must be <= 2000, was 2001");
    assertThat(problems(QuestionType.OPEN_TEXT, Answer.text(" "))).containsExactly(
        "answers.q.text: must not be blank, was \" \"");
    assertThat(problems(QuestionType.OPEN_TEXT, Answer.number(1))).containsExactly(
        "answers.q.text: is required",
        "answers.q: must hold only the kind of answer a OPEN_TEXT question takes, was"
            + " \"number=1.0, options=[], text=null\"");
    assertThat(problems(QuestionType.OPEN_TEXT, new Answer(null, List.of("a"), "why")))
        .containsExactly("answers.q: must hold only the kind of answer a OPEN_TEXT question"
            + " takes, was \"number=null, options=[a], text=\\\"why\\\"\"");
  }

  /** A rating, a question shown after 2 stars or fewer, one required after 3 or fewer. */
  static SelectedQuestionnaire branching() {
    Question overall = of("overall", QuestionType.STAR_RATING);
    Question low = Question.builder().from(of("low", QuestionType.SINGLE_CHOICE))
        .visibleIf(AnswerCondition.compare("overall", AnswerCondition.Operator.LE, 2)).build();
    Question improve = Question.builder().from(of("improve", QuestionType.OPEN_TEXT))
        .requiredIf(AnswerCondition.compare("overall", AnswerCondition.Operator.LE, 3)).build();
    Question extra = Question.builder().from(of("extra", QuestionType.NPS)).required(false)
        .build();
    return ConditionKindsTest.questionnaire(List.of(overall, low, improve, extra));
  }

  static List<String> ids(List<?> items) {
    List<String> out = new ArrayList<>();
    for (Object item : items) {
      out.add(item instanceof Question q ? q.id().value() : ((QuestionId) item).value());
    }
    return out;
  }

  @Test
  void aRunFollowsItsConditionsExactlyAtTheirConstants() {
    QuestionnaireRun run = QuestionnaireRun.start(branching());
    QuestionId overall = QuestionId.of("overall");
    QuestionId low = QuestionId.of("low");
    QuestionId improve = QuestionId.of("improve");
    assertThat(ids(run.visible())).containsExactly("overall", "improve", "extra");
    assertThat(ids(run.requiredUnanswered())).containsExactly("overall");
    assertThat(run.secondsLeft()).isEqualTo(8 + 45 + 8);
    assertThat(run.isComplete()).isFalse();

    QuestionnaireRun two = run.answer(overall, Answer.number(2)).get();
    assertThat(ids(two.visible())).containsExactly("overall", "low", "improve", "extra");
    assertThat(ids(two.requiredUnanswered())).containsExactly("low", "improve");
    assertThat(two.secondsLeft()).isEqualTo(10 + 45 + 8);
    assertThat(two.isRequired(low)).isTrue();

    QuestionnaireRun three = two.answer(overall, Answer.number(3)).get();
    assertThat(three.isVisible(low)).isFalse();
    assertThat(three.isRequired(low)).isFalse();
    assertThat(ids(three.requiredUnanswered())).containsExactly("improve");
    QuestionnaireRun four = three.answer(overall, Answer.number(4)).get();
    assertThat(ids(four.requiredUnanswered())).isEmpty();
    assertThat(four.isComplete()).isTrue();
    assertThat(four.isRequired(improve)).isFalse();
    assertThat(four.isVisible(QuestionId.of("nope"))).isFalse();
    assertThat(four.secondsLeft()).isEqualTo(45 + 8);
    QuestionnaireRun all = four.answer(improve, Answer.text("更快"))
        .flatMap(r -> r.answer(QuestionId.of("extra"), Answer.number(10))).get();
    assertThat(all.secondsLeft()).isZero();
    assertThat(all.answers()).containsOnlyKeys(overall, improve, QuestionId.of("extra"));
    assertThat(QuestionnaireRun.restore(branching(), Map.of(overall, Answer.number(2))).get()
        .requiredUnanswered()).extracting(QuestionId::value).containsExactly("low", "improve");
  }

  @Test
  void aHiddenQuestionCannotBeAnsweredAndSaysWhichConditionHidesIt() {
    QuestionnaireRun run = QuestionnaireRun.start(branching());
    assertThat(run.answer(QuestionId.of("low"), Answer.choice("z")).getError()
        .map(Problem::message)).containsExactly(
            "answers.low: must be visible to be answered (overall <= 2 does not hold), was"
                + " \"low\"",
            "answers.low.options: must be one of [a, b], was \"z\"");
  }

  @Test
  void satisfactionReadersFollowEveryAnswerThatChangesTheSatisfaction() {
    Question overall = Question.builder().from(of("overall", QuestionType.STAR_RATING))
        .dimension(Dimension.SATISFACTION).build();
    Question manner = of("manner", QuestionType.STAR_RATING);
    Question why = Question.builder().from(of("why", QuestionType.OPEN_TEXT))
        .visibleIf(new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, 60)).build();
    Question call = Question.builder().from(of("call", QuestionType.YES_NO)).required(false)
        .requiredIf(new AnswerCondition.Satisfaction(AnswerCondition.Operator.GE, 50)).build();
    SelectedQuestionnaire questionnaire =
        ConditionKindsTest.questionnaire(List.of(overall, manner, why, call));
    QuestionnaireRun run = QuestionnaireRun.start(questionnaire);
    assertThat(run.isVisible(why.id())).isFalse();
    assertThat(run.isRequired(call.id())).isFalse();
    // default weights: satisfaction 2, attitude 1; 3 stars alone give 50%
    run = run.answer(overall.id(), Answer.number(3)).get();
    assertThat(run.satisfactionPercent()).isEqualTo(50.0);
    assertThat(run.isVisible(why.id())).isTrue();
    assertThat(run.isRequired(call.id())).isTrue();
    run = run.answer(manner.id(), Answer.number(5)).get();
    assertThat(run.satisfactionPercent()).isEqualTo(25.0 * (2 * 2 + 4) / 3);
    assertThat(run.isVisible(why.id())).isFalse();
    run = run.answer(manner.id(), Answer.number(1)).get();
    assertThat(run.satisfactionPercent()).isEqualTo(25.0 * 4 / 3);
    assertThat(run.isVisible(why.id())).isTrue();
    assertThat(run.isRequired(call.id())).isFalse();
    QuestionnaireRun restored = QuestionnaireRun.restore(questionnaire, run.answers()).get();
    assertThat(restored.visible()).isEqualTo(run.visible());
    assertThat(restored.requiredUnanswered()).isEqualTo(run.requiredUnanswered());
  }
}
