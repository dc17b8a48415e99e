package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Engagement;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer's run through the built-in questionnaire: visibility, answers, triggers, findings. */
class QuestionnaireRunTest {

  static final QuestionId SATISFACTION = QuestionId.of("cust.satisfaction");
  static final QuestionId LOW_DETAIL = QuestionId.of("cust.low_detail");

  static QuestionnaireRun customerRun() {
    Engagement e = DefaultBankTest.engagement(Role.TECHNICAL_SUPPORT, TaskStage.END, 1).build();
    SelectedQuestionnaire q = DefaultBankTest.SELECTOR.select(SelectionRequest.of(e,
        Perspective.CUSTOMER, 11)).get();
    assertThat(q.questions()).extracting(s -> s.question().id()).contains(SATISFACTION, LOW_DETAIL);
    return QuestionnaireRun.start(q);
  }

  @Test
  void aProbingQuestionAppearsOnlyAfterALowRating() {
    QuestionnaireRun run = customerRun();
    assertThat(run.isVisible(LOW_DETAIL)).isFalse();
    QuestionnaireRun low = run.answer(SATISFACTION, Answer.number(2)).get();
    assertThat(low.isVisible(LOW_DETAIL)).isTrue();
    assertThat(low.requiredUnanswered()).contains(LOW_DETAIL);
    QuestionnaireRun changed = low.answer(SATISFACTION, Answer.number(4)).get();
    assertThat(changed.isVisible(LOW_DETAIL)).isFalse();
    assertThat(run.isVisible(LOW_DETAIL)).as("runs are immutable").isFalse();
  }

  @Test
  void theImprovementQuestionIsRequiredOnlyAfterThreeStarsOrFewer() {
    QuestionId improve = QuestionId.of("cust.improve");
    QuestionnaireRun run = customerRun();
    assertThat(run.questionnaire().questions()).extracting(s -> s.question().id()).contains(improve);
    assertThat(run.isVisible(improve)).isTrue();
    assertThat(run.isRequired(improve)).as("no rating yet").isFalse();
    QuestionnaireRun three = run.answer(SATISFACTION, Answer.number(3)).get();
    assertThat(three.isRequired(improve)).isTrue();
    assertThat(three.requiredUnanswered()).contains(improve).doesNotContain(LOW_DETAIL);
    QuestionnaireRun four = three.answer(SATISFACTION, Answer.number(4)).get();
    assertThat(four.isRequired(improve)).as("re-evaluated when the rating changes").isFalse();
    assertThat(four.requiredUnanswered()).doesNotContain(improve);
    assertThat(three.isRequired(improve)).as("runs are immutable").isTrue();
    assertThat(four.isRequired(LOW_DETAIL)).as("hidden questions are never required").isFalse();
    assertThat(four.isRequired(QuestionId.of("nope"))).isFalse();
  }

  @Test
  void aRestoredRunKeepsAnAnswerGivenBeforeItsQuestionWasHidden() {
    QuestionnaireRun stepped = customerRun().answer(SATISFACTION, Answer.number(2))
        .flatMap(r -> r.answer(LOW_DETAIL, Answer.choice("wait")))
        .flatMap(r -> r.answer(SATISFACTION, Answer.number(4))).get();
    assertThat(stepped.isVisible(LOW_DETAIL)).isFalse();
    assertThat(stepped.answers()).containsKey(LOW_DETAIL);

    QuestionnaireRun restored = QuestionnaireRun.restore(stepped.questionnaire(),
        stepped.answers()).get();
    assertThat(restored.answers()).isEqualTo(stepped.answers());
    assertThat(restored.visible()).isEqualTo(stepped.visible());
    assertThat(restored.requiredUnanswered()).isEqualTo(stepped.requiredUnanswered());
    assertThat(restored.satisfactionPercent()).isEqualTo(75.0);
    assertThat(customerRun().answerAll(stepped.answers()).getError().map(Problem::path))
        .as("step by step, the hidden question cannot be answered").containsExactly(
            "answers.cust.low_detail");
    assertThat(QuestionnaireRun.restore(stepped.questionnaire(), java.util.Map.of(
        QuestionId.of("nope"), Answer.number(1), SATISFACTION, Answer.number(9)))
        .getError().map(Problem::message)).containsExactly(
            "answers.cust.satisfaction: must be a whole number within [1, 5] for a STAR_RATING"
                + " question, was 9.0",
            "answers.nope: must be a question of this questionnaire, was \"nope\"");
  }

  @Test
  void aCompleteRunWithLowSatisfactionAsksForAPhoneInterview() {
    QuestionnaireRun run = answerEverything(customerRun().answer(SATISFACTION, Answer.number(2)).get(), 2);
    assertThat(run.isComplete()).isTrue();
    assertThat(run.secondsLeft()).isZero();
    RunOutcome outcome = run.finish(TriggerPolicy.defaults()).get();

    assertThat(outcome.satisfactionPercent()).isEqualTo(25.0);
    assertThat(outcome.actions()).extracting(FollowUpAction::kind)
        .contains(FollowUpAction.Kind.PHONE_INTERVIEW);
    assertThat(outcome.actions().get(0).reason())
        .isEqualTo("customer satisfaction 25.0% < 60.0%");
    assertThat(outcome.findings()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.polarity()).isEqualTo(Polarity.WEAKNESS);
      assertThat(f.perspective()).isEqualTo(Perspective.CUSTOMER);
      assertThat(f.evidence().get(0).figures()).containsEntry("stars", 2.0);
    });
  }

  @Test
  void highRatingsGiveStrengthsAndNoInterview() {
    QuestionnaireRun run = answerEverything(customerRun(), 5);
    RunOutcome outcome = run.finish(TriggerPolicy.defaults()).get();
    assertThat(outcome.satisfactionPercent()).isEqualTo(100.0);
    assertThat(outcome.actions()).isEmpty();
    assertThat(outcome.findings()).extracting(f -> f.polarity()).containsOnly(Polarity.STRENGTH);
  }

  @Test
  void badAnswersAreProblemsAndLeaveTheRunUnchanged() {
    QuestionnaireRun run = customerRun();
    assertThat(run.answer(SATISFACTION, Answer.number(6)).getError().map(Problem::message))
        .containsExactly("answers.cust.satisfaction: must be a whole number within [1, 5] for a"
            + " STAR_RATING question, was 6.0");
    assertThat(run.answer(SATISFACTION, Answer.text("great")).getError().map(Problem::code))
        .containsExactly(Problem.RANGE, Problem.FORMAT);
    assertThat(run.answer(QuestionId.of("nope"), Answer.number(1)).getError().map(Problem::message))
        .containsExactly("answers.nope: must be a question of this questionnaire, was \"nope\"");
    assertThat(run.answer(LOW_DETAIL, Answer.choice("wait")).getError().map(Problem::message))
        .containsExactly("answers.cust.low_detail: must be visible to be answered"
            + " (cust.satisfaction <= 2 does not hold), was \"cust.low_detail\"");
    assertThat(run.answers()).isEmpty();
    assertThat(run.finish(TriggerPolicy.defaults()).getError().map(Problem::code))
        .containsOnly(Problem.REQUIRED);
  }

  @Test
  void choiceAnswersMustNameKnownOptionsOnce() {
    Engagement e = DefaultBankTest.engagement(Role.LOGISTICS, TaskStage.END, 0).build();
    QuestionnaireRun run = QuestionnaireRun.start(DefaultBankTest.SELECTOR.select(
        SelectionRequest.of(e, Perspective.SELF, 1)).get());
    QuestionId damage = QuestionId.of("logi.damage");
    assertThat(run.answer(damage, Answer.choices("packaging", "fire")).getError()
        .map(Problem::message)).containsExactly(
            "answers.logi.damage.options: must hold exactly one option, was [\"packaging\", \"fire\"]",
            "answers.logi.damage.options: must be one of [handling, none, packaging, stacking], was \"fire\"");
    assertThat(run.answer(damage, Answer.choice("handling")).isValid()).isTrue();
  }

  @Test
  void hostTriggersAndKeyAnswersBecomeActions() {
    Engagement e = DefaultBankTest.engagement(Role.PROMOTION, TaskStage.MID, 0).build();
    QuestionnaireRun run = QuestionnaireRun.start(DefaultBankTest.SELECTOR.select(
        SelectionRequest.of(e, Perspective.SELF, 2)).get());
    assertThat(run.questionnaire().questions()).extracting(s -> s.question().id().value())
        .contains("self.difficulty");
    run = answerEverything(run, 3);
    Trigger lowConfidence = new Trigger("low-policy-confidence", AnswerCondition.compare(
        "promo.policy_accuracy", AnswerCondition.Operator.LE, 3), FollowUpAction.Kind.DEEP_DIVE,
        dev.huifang.core.LocalizedText.of("安排促销政策微课", "Book the promotion-policy micro-course"));
    TriggerPolicy policy = new TriggerPolicy(60, true, 5, 2, List.of(lowConfidence));
    RunOutcome outcome = run.finish(policy).get();
    // a worker's own 3 stars are no customer's dissatisfaction: no satisfaction, no interview
    assertThat(outcome.satisfactionPercent()).isNull();
    assertThat(outcome.actions()).extracting(FollowUpAction::trigger)
        .containsExactly("key-answer:self.difficulty", "low-policy-confidence");
    assertThat(outcome.actions()).extracting(FollowUpAction::kind)
        .containsExactly(FollowUpAction.Kind.DEEP_DIVE, FollowUpAction.Kind.DEEP_DIVE);
  }

  @Test
  void aWorkersLowSelfRatingIsAFindingNeverAPhoneInterviewButTheBiggestDifficultyIs() {
    Engagement e = DefaultBankTest.engagement(Role.PROMOTION, TaskStage.MID, 0).build();
    QuestionnaireRun run = answerEverything(QuestionnaireRun.start(DefaultBankTest.SELECTOR.select(
        SelectionRequest.of(e, Perspective.SELF, 2)).get()), 1);
    RunOutcome outcome = run.finish().get();
    assertThat(outcome.satisfactionPercent()).isNull();
    assertThat(outcome.findings()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.polarity()).isEqualTo(Polarity.WEAKNESS);
      assertThat(f.perspective()).isEqualTo(Perspective.SELF);
    });
    // the domain's default: the key answer "biggest difficulty" asks for a phone interview
    assertThat(outcome.actions()).extracting(FollowUpAction::trigger, FollowUpAction::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("key-answer:self.difficulty",
            FollowUpAction.Kind.PHONE_INTERVIEW));
    TriggerPolicy everyRating = TriggerPolicy.defaults().withSatisfaction(
        java.util.EnumSet.allOf(Perspective.class), java.util.Map.of(
            dev.huifang.core.Dimension.SATISFACTION, 1));
    assertThat(run.finish(everyRating).get().satisfactionPercent())
        .as("a host may count self-ratings, explicitly").isEqualTo(0.0);
  }

  @Test
  void satisfactionWeighsTheIndicatorsByThePolicysWholeNumberWeights() {
    QuestionnaireRun run = customerRun().answer(SATISFACTION, Answer.number(1)).get();
    // cust.satisfaction weighs 2 by default; the other indicators are unanswered yet
    assertThat(run.satisfactionPercent()).isEqualTo(0.0);
    run = answerEverything(run, 5);
    Double expected = 25.0 * (2 * 0 + 1 * 4 + 1 * 4) / (2 + 1 + 1);
    assertThat(run.questionnaire().questions()).extracting(q -> q.question().id().value())
        .contains("cust.explained", "cust.attitude");
    assertThat(run.satisfactionPercent()).isEqualTo(expected);
    assertThat(run.finish().get().actions()).extracting(FollowUpAction::reason)
        .contains("customer satisfaction 50.0% < 60.0%");
  }

  static QuestionnaireRun answerEverything(QuestionnaireRun run, int stars) {
    for (Question question : run.visible()) {
      if (run.answers().containsKey(question.id())) {
        continue;
      }
      Answer answer = switch (question.type()) {
        case STAR_RATING -> Answer.number(stars);
        case NPS -> Answer.number(stars * 2);
        case YES_NO -> Answer.yesNo(true);
        case NUMBER -> Answer.number(1);
        case SINGLE_CHOICE, MULTIPLE_CHOICE -> Answer.choice(question.options().get(0).id());
        case OPEN_TEXT -> Answer.text("一个具体的例子 / a concrete example");
      };
      run = run.answer(question.id(), answer).get();
    }
    QuestionnaireRun answered = run;
    boolean done = answered.visible().stream()
        .allMatch(q -> answered.answers().containsKey(q.id()) || !q.required());
    return done ? answered : answerEverything(answered, stars);
  }
}
