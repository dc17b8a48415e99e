package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bank's and a question's rules, each with the exact Problem: names SurveyJS can address,
 * conditions that read only earlier questions of the right type, priorities and times exactly at
 * their bounds, option ids SurveyJS would confuse.
 */
class BankRulesTest {

  static Question rating(String id) {
    return BadInputTest.rating(id).build();
  }

  static List<String> problems(Question... questions) {
    return new QuestionBank("b", 1, List.of(questions)).problems().map(Problem::message)
        .toJavaList();
  }

  @Test
  void everyCharacterSurveyJsCannotAddressIsRefused() {
    for (String bad : List.of("a{", "a}", "a[", "a]", "a'", "a\"", "$a")) {
      assertThat(problems(rating(bad))).as(bad).singleElement().asString().endsWith(
          ": must be a name SurveyJS can address: no braces, brackets or quotes, not starting with"
              + " $, was " + Problem.render(bad));
    }
    assertThat(problems(rating("a$b"), rating("a.b-c_d"))).isEmpty();
  }

  @Test
  void namesLikeTheExportsVariablesOrTriggersAreRefusedIgnoringCase() {
    assertThat(problems(rating("DeepDiveNeeded"))).containsExactly(
        "questions[0].id: must not be named like a variable the SurveyJS export declares"
            + " [stratumRole, stratumStage, stratumExperience, stratumPerspective, stratumUrgency,"
            + " satisfactionPercent, phoneInterviewNeeded, deepDiveNeeded], ignoring case, was"
            + " \"DeepDiveNeeded\"");
    assertThat(problems(rating("Trigger_late"))).containsExactly(
        "questions[0].id: must not start with trigger_, ignoring case: the SurveyJS export names"
            + " the host's triggers so, was \"Trigger_late\"");
    assertThat(problems(rating("triggers"), rating("deepDive"))).isEmpty();
  }

  @Test
  void aBankNeedsAQuestionAnIdAndAVersion() {
    assertThat(new QuestionBank(" ", 0, List.of()).problems().map(Problem::message))
        .containsExactly("id: must not be blank, was \" \"", "version: must be >= 1, was 0",
            "questions: must hold at least one question");
    assertThat(QuestionBank.validate("b", 1, List.of(rating("q"))).get().question(
        QuestionId.of("q"))).isPresent();
    assertThat(QuestionBank.validate("b", 1, List.of(rating("q"))).get().question(
        QuestionId.of("p"))).isEmpty();
  }

  @Test
  void aConditionMayNotReadItsOwnQuestion() {
    Question self = BadInputTest.rating("q").visibleIf(
        AnswerCondition.compare("q", AnswerCondition.Operator.GE, 1)).build();
    assertThat(problems(self)).containsExactly("questions[0].visibleIf.question: must name a"
        + " question placed before this one, was \"q\"");
  }

  @Test
  void eachLeafMustReadAQuestionOfItsKind() {
    Question open = AnswerRulesTest.of("open", QuestionType.OPEN_TEXT);
    Question choice = AnswerRulesTest.of("choice", QuestionType.SINGLE_CHOICE);
    Question picks = AnswerRulesTest.of("picks", QuestionType.MULTIPLE_CHOICE);
    Question star = rating("star");
    Question nps = AnswerRulesTest.of("nps", QuestionType.NPS);
    Question reader = BadInputTest.rating("reader").visibleIf(new AnswerCondition.And(List.of(
        AnswerCondition.compare("open", AnswerCondition.Operator.GE, 1),
        AnswerCondition.compare("nps", AnswerCondition.Operator.GE, 9),
        new AnswerCondition.Contains(QuestionId.of("choice"), "x"),
        new AnswerCondition.Contains(QuestionId.of("open"), "x"),
        new AnswerCondition.Chosen(QuestionId.of("star"), AnswerCondition.Operator.GE, 1),
        new AnswerCondition.Chosen(QuestionId.of("picks"), AnswerCondition.Operator.GE, 1),
        new AnswerCondition.Chosen(QuestionId.of("choice"), AnswerCondition.Operator.GE, 1),
        new AnswerCondition.Selected(QuestionId.of("picks"), "b"),
        new AnswerCondition.Answered(QuestionId.of("star")),
        new AnswerCondition.Or(List.of(new AnswerCondition.StratumIs(
            AnswerCondition.StratumIs.Field.ROLE, " "), new AnswerCondition.StratumIs(
            AnswerCondition.StratumIs.Field.ROLE, "crew")))))).build();
    assertThat(problems(open, choice, picks, star, nps, reader)).containsExactly(
        "questions[5].visibleIf.conditions[0].question: must name a numeric question to compare,"
            + " not a OPEN_TEXT one, was \"open\"",
        "questions[5].visibleIf.conditions[2].question: must name an OPEN_TEXT question to look"
            + " for a keyword, not a SINGLE_CHOICE one, was \"choice\"",
        "questions[5].visibleIf.conditions[4].question: must name a choice question to count its"
            + " options, not a STAR_RATING one, was \"star\"",
        "questions[5].visibleIf.conditions[9].conditions[0].value: must be a role code, was"
            + " \" \"");
  }

  @Test
  void aStarRatingMayReadTheSatisfactionOnlyForWhetherItIsRequired() {
    Question first = rating("first");
    Question required = BadInputTest.rating("second").requiredIf(new AnswerCondition.Not(
        new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, 60))).build();
    assertThat(problems(first, required)).isEmpty();
    Question shown = BadInputTest.rating("third").visibleIf(new AnswerCondition.Not(
        new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, Double.NaN))).build();
    assertThat(problems(first, shown)).containsExactly(
        "questions[1].visibleIf.condition.value: must be a finite number, was \"NaN\"",
        "questions[1].visibleIf.condition: must not be read by a star rating's visibleIf: the"
            + " satisfaction depends on which star ratings are visible, was \"satisfaction <"
            + " NaN\"");
    Question text = Question.builder().from(AnswerRulesTest.of("why", QuestionType.OPEN_TEXT))
        .visibleIf(new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, 60)).build();
    assertThat(problems(first, text)).isEmpty();
  }

  @Test
  void prioritiesAndTimesAreCheckedExactlyAtTheirBounds() {
    assertThat(BadInputTest.rating("q").priority(0).validate().isValid()).isTrue();
    assertThat(BadInputTest.rating("q").priority(100).estimatedSeconds(1).validate().isValid())
        .isTrue();
    assertThat(BadInputTest.rating("q").priority(-1).validate().getError().map(Problem::message))
        .containsExactly("priority: must be within [0, 100], was -1");
    assertThat(BadInputTest.rating("q").version(0).validate().getError().map(Problem::message))
        .containsExactly("version: must be >= 1, was 0");
    Question own = BadInputTest.rating("q").estimatedSeconds(3).build();
    assertThat(own.seconds()).isEqualTo(3);
    assertThat(rating("q").seconds()).isEqualTo(QuestionType.STAR_RATING.defaultSeconds());
    assertThat(List.of(QuestionType.values()).stream().map(QuestionType::defaultSeconds).toList())
        .containsExactly(8, 10, 15, 5, 8, 10, 45);
    assertThat(List.of(QuestionType.values()).stream().filter(QuestionType::hasOptions).toList())
        .containsExactly(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE);
    assertThat(List.of(QuestionType.values()).stream().filter(QuestionType::isOpen).toList())
        .containsExactly(QuestionType.OPEN_TEXT);
  }

  @Test
  void aQuestionsDefaults() {
    Question plain = rating("q");
    assertThat(plain.priority()).isEqualTo(50);
    assertThat(plain.version()).isEqualTo(1);
    assertThat(plain.core()).isFalse();
    assertThat(plain.required()).isTrue();
    assertThat(plain.key()).isFalse();
    assertThat(plain.fit()).isEqualTo(Fit.ANY);
    assertThat(plain.estimatedSeconds()).isNull();
    assertThat(optionProblems(" ", "a")).containsExactly(
        "options[0].id: must not be blank, was \" \"");
  }

  @Test
  void aQuestionIsRequiredByItsConditionWhenItHasOne() {
    Question plain = rating("q");
    assertThat(plain.requiredFor(id -> null)).isTrue();
    Question optional = BadInputTest.rating("q").required(false).build();
    assertThat(optional.requiredFor(id -> null)).isFalse();
    Question conditional = BadInputTest.rating("q").required(false).requiredIf(
        new AnswerCondition.Answered(QuestionId.of("p"))).build();
    assertThat(conditional.requiredFor(id -> Answer.number(1))).isTrue();
    assertThat(conditional.requiredFor(id -> null)).isFalse();
  }

  static List<String> optionProblems(String first, String second) {
    return Question.builder().id(QuestionId.of("c")).text(Template.of("选", "Pick"))
        .type(QuestionType.SINGLE_CHOICE).dimension(Dimension.ATTITUDE)
        .addOptions(dev.huifang.questionnaire.AnswerOption.of(first, "甲", "A"),
            dev.huifang.questionnaire.AnswerOption.of(second, "乙", "B"))
        .validate().fold(p -> p.map(Problem::message).toJavaList(), q -> List.of());
  }

  @Test
  void optionIdsSurveyJsWouldConfuseAreRefusedAndOthersKept() {
    assertThat(optionProblems("1.", "1")).containsExactly("options[1].id: must differ from"
        + " options[0] also trimmed, ignoring case and as a number, as SurveyJS compares choices,"
        + " was \"1\"");
    assertThat(optionProblems("a", "a")).containsExactly(
        "options[1].id: must be unique, was \"a\"");
    assertThat(optionProblems("1e1", "10")).hasSize(1);
    assertThat(optionProblems("1f", "1")).as("a Java float suffix is text to SurveyJS").isEmpty();
    assertThat(optionProblems("Infinity", "infinity ")).as("equal as text").hasSize(1);
    assertThat(optionProblems("NaN", "nan")).hasSize(1);
    assertThat(optionProblems("1", "2")).isEmpty();
    assertThat(optionProblems("yes", "no")).isEmpty();
  }
}
