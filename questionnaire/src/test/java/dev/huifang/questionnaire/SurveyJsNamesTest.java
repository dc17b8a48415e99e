package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names and option ids that survey-core would read differently from Huifang are Problems. */
class SurveyJsNamesTest {

  @Test
  void questionNamesSurveyCoreCannotAddressOrThatCollideAreBankProblems() {
    for (String bad : List.of("q[0]", "$q", "a{b}", "PHONEINTERVIEWNEEDED", "stratumrole",
        "SatisfactionPercent")) {
      QuestionBank bank = new QuestionBank("b", 1, List.of(BadInputTest.rating(bad).build()));
      assertThat(bank.problems()).as(bad).singleElement().satisfies(p ->
          assertThat(p.path()).isEqualTo("questions[0].id"));
    }
    QuestionBank twice = new QuestionBank("b", 1,
        List.of(BadInputTest.rating("Q").build(), BadInputTest.rating("q").build()));
    assertThat(twice.problems().map(Problem::message)).containsExactly("questions[1].id: must"
        + " differ from questions[0] also ignoring case, as SurveyJS compares names, was \"q\"");
  }

  @Test
  void optionIdsThatSurveyCoreComparesAsEqualAreProblems() {
    for (List<String> pair : List.of(List.of("A", "a"), List.of("01", "1"), List.of(" b", "b"),
        List.of("1.0", "1"))) {
      var result = Question.builder().id(QuestionId.of("c")).text(Template.of("选", "Pick"))
          .type(QuestionType.SINGLE_CHOICE).dimension(Dimension.ATTITUDE)
          .addOptions(AnswerOption.of(pair.get(0), "甲", "A"), AnswerOption.of(pair.get(1), "乙", "B"))
          .validate();
      assertThat(result.getError().map(Problem::path)).as(pair.toString())
          .contains("options[1].id");
    }
  }
}
