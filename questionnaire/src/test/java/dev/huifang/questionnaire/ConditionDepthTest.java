package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.core.InvalidModelException;
import dev.huifang.core.Limits;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.json.HuifangJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Condition trees deeper than {@link Limits#MAX_CONDITION_DEPTH} are Problems, measured before
 * anything recurses, whether the tree was built in Java or read from JSON.
 */
class ConditionDepthTest {

  private static final String TOO_DEEP = "must be nested at most 32 levels deep";

  /** {@code not not ... q1 answered}: {@code levels} levels including the leaf. */
  static AnswerCondition notChain(int levels) {
    AnswerCondition condition = new AnswerCondition.Answered(QuestionId.of("q1"));
    for (int i = 1; i < levels; i++) {
      condition = new AnswerCondition.Not(condition);
    }
    return condition;
  }

  static AnswerCondition andChain(int levels) {
    AnswerCondition condition = new AnswerCondition.Answered(QuestionId.of("q1"));
    for (int i = 1; i < levels; i++) {
      condition = i % 2 == 0 ? new AnswerCondition.And(List.of(condition))
          : new AnswerCondition.Or(List.of(new AnswerCondition.Answered(QuestionId.of("q1")),
              condition));
    }
    return condition;
  }

  @Test
  void childrenAreTheDirectSubconditions() {
    AnswerCondition leaf = new AnswerCondition.Answered(QuestionId.of("q1"));
    assertThat(leaf.children()).isEmpty();
    assertThat(new AnswerCondition.Not(leaf).children()).containsExactly(leaf);
    assertThat(new AnswerCondition.And(List.of(leaf, leaf)).children()).containsExactly(leaf, leaf);
    assertThat(new AnswerCondition.Or(List.of(leaf)).children()).containsExactly(leaf);
  }

  @Test
  void aQuestionWithATenThousandDeepConditionIsAProblemNotAStackOverflow() {
    var result = BadInputTest.rating("q2").visibleIf(notChain(10_000))
        .requiredIf(andChain(10_000)).validate();
    assertThat(result.getError().map(Problem::message)).containsExactly(
        "visibleIf: " + TOO_DEEP, "requiredIf: " + TOO_DEEP);
    var core = BadInputTest.rating("q2").core(true).visibleIf(notChain(10_000)).validate();
    assertThat(core.getError().map(Problem::message)).containsExactly(
        "visibleIf: " + TOO_DEEP, "visibleIf: must be absent: a core question is always shown");
    assertThatThrownBy(() -> BadInputTest.rating("q2").visibleIf(notChain(10_000)).build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining(TOO_DEEP);
  }

  @Test
  void theLimitIsExact() {
    assertThat(BadInputTest.rating("q2").visibleIf(notChain(Limits.MAX_CONDITION_DEPTH))
        .validate().isValid()).isTrue();
    assertThat(BadInputTest.rating("q2").visibleIf(notChain(Limits.MAX_CONDITION_DEPTH + 1))
        .validate().getError().map(Problem::message)).containsExactly("visibleIf: " + TOO_DEEP);
    var bank = QuestionBank.validate("b", 1, List.of(BadInputTest.rating("q1").build(),
        BadInputTest.rating("q2").visibleIf(andChain(Limits.MAX_CONDITION_DEPTH)).build()));
    assertThat(bank.isValid()).isTrue();
  }

  @Test
  void aTriggerWithATenThousandDeepConditionIsAProblem() {
    Trigger deep = new Trigger("deep", notChain(10_000), FollowUpAction.Kind.DEEP_DIVE,
        LocalizedText.of("深入交流", "Deep-dive"));
    Trigger fine = new Trigger("fine", notChain(3), FollowUpAction.Kind.DEEP_DIVE,
        LocalizedText.of("深入交流", "Deep-dive"));
    TriggerPolicy policy = new TriggerPolicy(60, true, 5, 2, List.of(fine, deep));
    assertThat(policy.problems("policy").map(Problem::message))
        .containsExactly("policy.triggers[1].when: " + TOO_DEEP);
    assertThatThrownBy(() -> SurveyJs.export(SurveyJsTest.customer(), policy))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("triggers[1].when: " + TOO_DEEP);
  }

  @Test
  void finishingARunWithADeepTriggerIsAProblem() {
    Trigger deep = new Trigger("deep", andChain(10_000), FollowUpAction.Kind.DEEP_DIVE,
        LocalizedText.of("深入交流", "Deep-dive"));
    QuestionnaireRun run = QuestionnaireRunTest.answerEverything(
        QuestionnaireRun.start(SurveyJsTest.customer()), 4);
    assertThat(run.finish(new TriggerPolicy(60, true, 5, 2, List.of(deep))).getError()
        .map(Problem::message)).containsExactly("policy.triggers[0].when: " + TOO_DEEP);
  }

  @Test
  void deepTreesFromJsonAreProblems() {
    String json = "{\"type\":\"answered\",\"question\":\"q1\"}";
    for (int i = 1; i < 40; i++) {
      json = "{\"type\":\"not\",\"condition\":" + json + "}";
    }
    var read = HuifangJson.read(json, AnswerCondition.class);
    assertThat(read.isValid()).isTrue();
    AnswerCondition condition = read.get();
    assertThat(BadInputTest.rating("q2").visibleIf(condition).validate().getError()
        .map(Problem::message)).containsExactly("visibleIf: " + TOO_DEEP);
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      deep.append("{\"type\":\"not\",\"condition\":");
    }
    deep.append("{\"type\":\"answered\",\"question\":\"q1\"}").append("}".repeat(10_000));
    assertThat(HuifangJson.read(deep.toString(), AnswerCondition.class).isInvalid()).isTrue();
  }
}
