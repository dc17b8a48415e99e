package dev.huifang.generators;

import static dev.huifang.generators.ScoringValuesTest.COUNT;
import static dev.huifang.generators.ScoringValuesTest.SEED;
import static dev.huifang.generators.ScoringValuesTest.expectExactly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Engagement;
import dev.huifang.generators.QuestionnaireValues.AnswerDefect;
import dev.huifang.generators.QuestionnaireValues.AnswerSet;
import dev.huifang.generators.QuestionnaireValues.PolicyDefect;
import dev.huifang.questionnaire.Answer;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.testing.Invalid;
import dev.huifang.testing.JsonRoundTrip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generated questionnaire values: valid ones pass the engine, invalid ones give their Problem. */
class QuestionnaireValuesTest {

  @Test
  void validBanksPoliciesAndSelectionsPass() {
    assertThat(QuestionnaireValues.banks().list(SEED, COUNT))
        .allSatisfy(bank -> assertThat(bank.problems()).isEmpty());
    assertThat(QuestionnaireValues.policies().list(SEED, COUNT))
        .allSatisfy(policy -> assertThat(policy.validate().isValid()).isTrue());
    QuestionnaireValues.selections().list(SEED, 30).forEach(selection -> assertThat(
        selection.select().isValid()).as("%s", selection.select().swap().getOrNull()).isTrue());
  }

  @Test
  void validAnswerSetsAreAccepted() {
    for (AnswerSet set : QuestionnaireValues.answerSets().list(SEED, 30)) {
      assertThat(set.run().isValid()).as("%s", set.run()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(PolicyDefect.class)
  void eachPolicyDefectGivesExactlyItsProblem(PolicyDefect defect) {
    for (Invalid<StratificationPolicy> invalid :
        QuestionnaireValues.invalidPolicies(defect).list(SEED, COUNT)) {
      expectExactly(invalid.value().validate().getError(), invalid);
    }
  }

  @ParameterizedTest
  @EnumSource(AnswerDefect.class)
  void eachAnswerDefectGivesExactlyItsProblem(AnswerDefect defect) {
    for (Invalid<AnswerSet> invalid : QuestionnaireValues.invalidAnswerSets(defect).list(SEED, 30)) {
      expectExactly(invalid.value().run().getError(), invalid);
    }
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    assertThat(QuestionnaireValues.answerSets().list(SEED, 10))
        .isEqualTo(QuestionnaireValues.answerSets().list(SEED, 10))
        .isNotEqualTo(QuestionnaireValues.answerSets().list(SEED + 1, 10));
    assertThat(QuestionnaireValues.banks().list(SEED, 10))
        .isEqualTo(QuestionnaireValues.banks().list(SEED, 10));
  }

  @Test
  void valuesRoundTripThroughJson() {
    QuestionnaireValues.banks().list(SEED, 20).forEach(b -> JsonRoundTrip.check(b, QuestionBank.class));
    QuestionnaireValues.policies().list(SEED, 20)
        .forEach(p -> JsonRoundTrip.check(p, StratificationPolicy.class));
    QuestionnaireValues.engagements().list(SEED, 20)
        .forEach(e -> JsonRoundTrip.check(e, Engagement.class));
    for (AnswerSet set : QuestionnaireValues.answerSets().list(SEED, 10)) {
      JsonRoundTrip.check(set.questionnaire(), SelectedQuestionnaire.class);
      set.answers().values().forEach(a -> JsonRoundTrip.check(a, Answer.class));
    }
  }
}
