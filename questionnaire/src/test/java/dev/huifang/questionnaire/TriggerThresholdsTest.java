package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.core.Dimension;
import dev.huifang.core.Finding;
import dev.huifang.core.InvalidModelException;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Template;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A finished run's triggers and Findings exactly at their thresholds: satisfaction at 60% is not
 * below 60%, a rating at {@code strengthAtStars} is a strength and one at
 * {@code weaknessAtOrBelowStars} a weakness; hidden answers count for nothing.
 */
class TriggerThresholdsTest {

  static final QuestionId OVERALL = QuestionId.of("overall");
  static final QuestionId MANNER = QuestionId.of("manner");
  static final QuestionId DIFFICULTY = QuestionId.of("difficulty");

  /** Weights 2 and 3: 4 and 3 stars give exactly 25 × (2·3 + 3·2) / 5 = 60%. */
  static final TriggerPolicy TWO_AND_THREE = TriggerPolicy.defaults().withSatisfaction(
      Set.of(Perspective.CUSTOMER), Map.of(Dimension.SATISFACTION, 2, Dimension.ATTITUDE, 3));

  static Question rating(QuestionId id, Dimension dimension) {
    return Question.builder().id(id).text(Template.of("几星：" + id.value(), "Stars: " + id.value()))
        .type(QuestionType.STAR_RATING).dimension(dimension).build();
  }

  static Question difficulty() {
    return Question.builder().id(DIFFICULTY).text(Template.of("最大的困难？", "Biggest difficulty?"))
        .type(QuestionType.OPEN_TEXT).dimension(Dimension.ATTITUDE).key(true).required(false)
        .build();
  }

  /** A customer's questionnaire: two ratings and an optional key question. */
  static SelectedQuestionnaire customer() {
    return ConditionKindsTest.questionnaire(List.of(rating(OVERALL, Dimension.SATISFACTION),
        rating(MANNER, Dimension.ATTITUDE), difficulty()));
  }

  static QuestionnaireRun rated(TriggerPolicy policy, int overall, int manner) {
    return QuestionnaireRun.start(customer(), policy)
        .answer(OVERALL, Answer.number(overall))
        .flatMap(run -> run.answer(MANNER, Answer.number(manner))).get();
  }

  @Test
  void satisfactionExactlyAtSixtyPercentAsksForNoPhoneInterview() {
    QuestionnaireRun atSixty = rated(TWO_AND_THREE, 4, 3);
    assertThat(atSixty.satisfactionPercent()).isEqualTo(60.0);
    RunOutcome outcome = atSixty.finish().get();
    assertThat(outcome.satisfactionPercent()).isEqualTo(60.0);
    assertThat(outcome.actions()).isEmpty();
  }

  @Test
  void satisfactionBelowSixtyPercentAsksForAPhoneInterviewAndSaysWhy() {
    QuestionnaireRun below = rated(TWO_AND_THREE, 5, 2);
    assertThat(below.satisfactionPercent()).isEqualTo(55.0);
    assertThat(below.finish().get().actions()).singleElement().satisfies(action -> {
      assertThat(action.trigger()).isEqualTo("satisfaction-below");
      assertThat(action.kind()).isEqualTo(FollowUpAction.Kind.PHONE_INTERVIEW);
      assertThat(action.reason()).isEqualTo("customer satisfaction 55.0% < 60.0%");
      assertThat(action.note().en())
          .isEqualTo("Satisfaction is low: arrange a phone interview to understand why.");
    });
    TriggerPolicy lower = new TriggerPolicy(55, false, 5, 2, List.of(), Set.of(Perspective.CUSTOMER),
        TWO_AND_THREE.satisfactionWeights(), false);
    assertThat(below.finish(lower).get().actions()).as("55% is not below 55%").isEmpty();
    TriggerPolicy higher = new TriggerPolicy(62.25, false, 5, 2, List.of(),
        Set.of(Perspective.CUSTOMER), TWO_AND_THREE.satisfactionWeights(), false);
    assertThat(rated(TWO_AND_THREE, 4, 3).finish(higher).get().actions())
        .extracting(FollowUpAction::reason).containsExactly("customer satisfaction 60.0% < 62.3%");
  }

  @Test
  void satisfactionCountsOnlyWeightedVisibleAnsweredRatingsFromItsPerspectives() {
    QuestionnaireRun run = QuestionnaireRun.start(customer(), TWO_AND_THREE);
    assertThat(run.satisfactionPercent()).as("nothing answered").isNull();
    run = run.answer(MANNER, Answer.number(3)).get();
    assertThat(run.satisfactionPercent()).isEqualTo(50.0);
    TriggerPolicy onlyOverall = TriggerPolicy.defaults().withSatisfaction(
        Set.of(Perspective.CUSTOMER), Map.of(Dimension.SATISFACTION, 1));
    assertThat(rated(onlyOverall, 2, 5).satisfactionPercent())
        .as("a rating of a dimension without weight is no indicator").isEqualTo(25.0);
    TriggerPolicy selfOnly = TriggerPolicy.defaults().withSatisfaction(Set.of(Perspective.SELF),
        Map.of(Dimension.SATISFACTION, 1));
    QuestionnaireRun fromCustomer = rated(selfOnly, 1, 1);
    assertThat(fromCustomer.satisfactionPercent()).isNull();
    assertThat(fromCustomer.finish().get().satisfactionPercent()).isNull();
    assertThat(fromCustomer.finish().get().actions()).isEmpty();
  }

  @Test
  void weightIsZeroOutsideThePolicysPerspectivesAndDimensions() {
    assertThat(TWO_AND_THREE.weight(Perspective.CUSTOMER, Dimension.ATTITUDE)).isEqualTo(3);
    assertThat(TWO_AND_THREE.weight(Perspective.CLIENT, Dimension.ATTITUDE)).isZero();
    assertThat(TWO_AND_THREE.weight(Perspective.CUSTOMER, Dimension.QUALITY)).isZero();
    assertThat(TriggerPolicy.defaults().weight(Perspective.CLIENT, Dimension.SATISFACTION))
        .isEqualTo(2);
    assertThat(TriggerPolicy.defaults().weight(Perspective.SELF, Dimension.SATISFACTION)).isZero();
  }

  @Test
  void aRatingAtTheStrengthThresholdIsAStrengthAndAtTheWeaknessThresholdAWeakness() {
    List<Finding> findings = rated(TWO_AND_THREE, 5, 2).finish().get().findings();
    assertThat(findings).extracting(Finding::dimension, Finding::polarity).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Dimension.SATISFACTION, Polarity.STRENGTH),
        org.assertj.core.groups.Tuple.tuple(Dimension.ATTITUDE, Polarity.WEAKNESS));
    Finding strength = findings.get(0);
    assertThat(strength.magnitude().value()).isEqualTo(1.0);
    assertThat(strength.perspective()).isEqualTo(Perspective.CUSTOMER);
    assertThat(strength.workerId().value()).isEqualTo("w-1");
    assertThat(strength.engagementId().value()).isEqualTo("e-1");
    assertThat(strength.summary().en())
        .isEqualTo("Gave 5 of 5 stars to “Stars: overall”, a high rating");
    assertThat(strength.summary().zhCn()).isEqualTo("“几星：overall”一题打了 5 星，评价很高");
    assertThat(strength.evidence()).singleElement().satisfies(evidence -> {
      assertThat(evidence.source()).isEqualTo("question:overall");
      assertThat(evidence.statement().en()).isEqualTo("Answered 5 stars: Stars: overall");
      assertThat(evidence.statement().zhCn()).isEqualTo("回答 5 星：几星：overall");
      assertThat(evidence.figures()).containsExactly(Map.entry("stars", 5.0));
    });
    Finding weakness = findings.get(1);
    assertThat(weakness.magnitude().value()).isEqualTo(0.75);
    assertThat(weakness.summary().en())
        .isEqualTo("Gave only 2 of 5 stars to “Stars: manner”, a low rating");
    assertThat(weakness.summary().zhCn()).isEqualTo("“几星：manner”一题只打了 2 星，评价偏低");

    assertThat(rated(TWO_AND_THREE, 4, 3).finish().get().findings())
        .as("4 and 3 stars are neither").isEmpty();
    TriggerPolicy fourAndThree = new TriggerPolicy(60, false, 4, 3, List.of(),
        Set.of(Perspective.CUSTOMER), TWO_AND_THREE.satisfactionWeights(), false);
    assertThat(rated(TWO_AND_THREE, 4, 3).finish(fourAndThree).get().findings())
        .extracting(Finding::polarity, f -> f.magnitude().value()).containsExactly(
            org.assertj.core.groups.Tuple.tuple(Polarity.STRENGTH, 0.75),
            org.assertj.core.groups.Tuple.tuple(Polarity.WEAKNESS, 0.5));
    assertThat(rated(TWO_AND_THREE, 1, 1).finish().get().findings())
        .extracting(f -> f.magnitude().value()).containsExactly(1.0, 1.0);
  }

  @Test
  void keyAnswersAskForWhatThePolicySaysOnlyWhenAnsweredAndVisible() {
    QuestionnaireRun run = rated(TWO_AND_THREE, 4, 4);
    assertThat(run.finish().get().actions()).as("not answered").isEmpty();
    QuestionnaireRun answered = run.answer(DIFFICULTY, Answer.text("路太远")).get();
    assertThat(answered.finish().get().actions()).singleElement().satisfies(action -> {
      assertThat(action.trigger()).isEqualTo("key-answer:difficulty");
      assertThat(action.kind()).isEqualTo(FollowUpAction.Kind.PHONE_INTERVIEW);
      assertThat(action.reason()).isEqualTo("key question difficulty answered");
      assertThat(action.note()).isEqualTo(LocalizedText.of(
          "这是关键问题的回答，请安排电话回访深入了解：最大的困难？",
          "A key question was answered; arrange a phone interview to probe deeper: Biggest"
              + " difficulty?"));
    });
    TriggerPolicy deepDive = new TriggerPolicy(60, true, 5, 2, List.of());
    assertThat(answered.finish(deepDive).get().actions()).singleElement().satisfies(action -> {
      assertThat(action.kind()).isEqualTo(FollowUpAction.Kind.DEEP_DIVE);
      assertThat(action.note()).isEqualTo(LocalizedText.of(
          "这是关键问题的回答，请约一次深入交流：最大的困难？",
          "A key question was answered; arrange a deep-dive: Biggest difficulty?"));
    });
    TriggerPolicy neither = new TriggerPolicy(60, false, 5, 2, List.of());
    assertThat(answered.finish(neither).get().actions()).isEmpty();
  }

  @Test
  void triggersReadOnlyVisibleQuestionsAndKeepTheirOwnWords() {
    Question hidden = Question.builder().from(difficulty())
        .visibleIf(AnswerCondition.compare("overall", AnswerCondition.Operator.LE, 2)).build();
    SelectedQuestionnaire questionnaire = ConditionKindsTest.questionnaire(List.of(
        rating(OVERALL, Dimension.SATISFACTION), hidden));
    QuestionnaireRun run = QuestionnaireRun.restore(questionnaire, Map.of(
        OVERALL, Answer.number(4), DIFFICULTY, Answer.text("迟到"))).get();
    assertThat(run.isVisible(DIFFICULTY)).isFalse();
    Trigger said = new Trigger("said-late", new AnswerCondition.Contains(DIFFICULTY, "迟到"),
        FollowUpAction.Kind.DEEP_DIVE, LocalizedText.of("跟进迟到", "Follow up on lateness"));
    Trigger silent = new Trigger("silent", new AnswerCondition.Not(
        new AnswerCondition.Answered(DIFFICULTY)), FollowUpAction.Kind.PHONE_INTERVIEW,
        LocalizedText.of("问问", "Ask"));
    TriggerPolicy policy = TriggerPolicy.defaults().withTriggers(List.of(said, silent));
    assertThat(run.finish(policy).get().actions()).singleElement().satisfies(action -> {
      assertThat(action.trigger()).isEqualTo("silent");
      assertThat(action.kind()).isEqualTo(FollowUpAction.Kind.PHONE_INTERVIEW);
      assertThat(action.note()).isEqualTo(LocalizedText.of("问问", "Ask"));
      assertThat(action.reason()).isEqualTo("not difficulty answered");
    });
    assertThat(run.finish(policy).get().findings()).as("4 stars: neither").isEmpty();
    QuestionnaireRun shown = QuestionnaireRun.restore(questionnaire, Map.of(
        OVERALL, Answer.number(2), DIFFICULTY, Answer.text("总是迟到")), policy).get();
    assertThat(shown.actions(policy)).extracting(FollowUpAction::trigger).containsExactly(
        "satisfaction-below", "key-answer:difficulty", "said-late");
  }

  @Test
  void aHiddenRatingIsNeitherSatisfactionNorAFinding() {
    Question gate = Question.builder().id(QuestionId.of("gate")).text(Template.of("来过吗？",
        "Been here before?")).type(QuestionType.YES_NO).dimension(Dimension.ATTITUDE).build();
    Question repeat = Question.builder().from(rating(MANNER, Dimension.ATTITUDE))
        .visibleIf(AnswerCondition.compare("gate", AnswerCondition.Operator.EQ, 1)).build();
    SelectedQuestionnaire questionnaire = ConditionKindsTest.questionnaire(List.of(
        rating(OVERALL, Dimension.SATISFACTION), gate, repeat));
    QuestionnaireRun run = QuestionnaireRun.restore(questionnaire, Map.of(OVERALL,
        Answer.number(5), QuestionId.of("gate"), Answer.yesNo(false), MANNER, Answer.number(1)),
        TWO_AND_THREE).get();
    assertThat(run.isVisible(MANNER)).isFalse();
    assertThat(run.satisfactionPercent()).isEqualTo(100.0);
    RunOutcome outcome = run.finish().get();
    assertThat(outcome.findings()).extracting(Finding::dimension)
        .containsExactly(Dimension.SATISFACTION);
    assertThat(outcome.actions()).isEmpty();
  }

  @Test
  void finishingUnderABadPolicyOrBeforeTheEndIsAProblemAndActionsRefuseABadPolicy() {
    TriggerPolicy bad = new TriggerPolicy(100.5, false, 5, 2, List.of());
    QuestionnaireRun run = rated(TWO_AND_THREE, 4, 3);
    assertThat(run.finish(bad).getError().map(Problem::message)).containsExactly(
        "policy.phoneInterviewBelowPercent: must be within [0.0, 100.0], was 100.5");
    assertThatThrownBy(() -> run.actions(bad)).isInstanceOf(InvalidModelException.class);
    QuestionnaireRun started = QuestionnaireRun.start(customer(), TWO_AND_THREE);
    assertThat(started.finish().getError().map(Problem::message)).containsExactly(
        "answers.overall: must be answered before the run is finished",
        "answers.manner: must be answered before the run is finished");
    assertThat(started.policy()).isSameAs(TWO_AND_THREE);
  }

  @Test
  void policyLimitsHoldExactlyAtTheirBounds() {
    assertThat(new TriggerPolicy(0, false, 5, 1, List.of()).problems("")).isEmpty();
    assertThat(new TriggerPolicy(100, false, 1.5, 1, List.of()).problems("")).isEmpty();
    assertThat(new TriggerPolicy(-0.5, false, 5.5, 0.5, List.of()).problems("p")
        .map(Problem::message)).containsExactly(
            "p.phoneInterviewBelowPercent: must be within [0.0, 100.0], was -0.5",
            "p.strengthAtStars: must be within [1.0, 5.0], was 5.5",
            "p.weaknessAtOrBelowStars: must be within [1.0, 5.0], was 0.5");
    assertThat(new TriggerPolicy(60, false, 3, 3, List.of()).problems("")
        .map(Problem::message)).containsExactly(
            "weaknessAtOrBelowStars: must be below strengthAtStars (3.0), was 3.0");
    assertThat(TriggerPolicy.defaults().withSatisfaction(Set.of(Perspective.CUSTOMER), Map.of(
        Dimension.SATISFACTION, 1, Dimension.ATTITUDE, 100)).problems("")).isEmpty();
    assertThat(TriggerPolicy.defaults().withSatisfaction(Set.of(Perspective.CUSTOMER), Map.of(
        Dimension.ATTITUDE, 101)).problems("").map(Problem::message)).containsExactly(
            "satisfactionWeights.attitude: must be a whole number within [1, 100], was 101");
    LocalizedText note = LocalizedText.of("跟进", "Follow up");
    AnswerCondition any = new AnswerCondition.Answered(OVERALL);
    assertThat(TriggerPolicy.defaults().withTriggers(List.of(
        new Trigger("late", any, FollowUpAction.Kind.DEEP_DIVE, note),
        new Trigger("Late", any, FollowUpAction.Kind.DEEP_DIVE, note),
        new Trigger("$late", any, FollowUpAction.Kind.DEEP_DIVE, note),
        new Trigger("x", new AnswerCondition.And(List.of()), FollowUpAction.Kind.DEEP_DIVE, note)))
        .problems("").map(Problem::message)).containsExactly(
            "triggers[1].id: must differ from triggers[0] also ignoring case: the SurveyJS export"
                + " names a value after it, was \"Late\"",
            "triggers[2].id: must be a name SurveyJS can address: no braces, brackets or quotes,"
                + " not starting with $, was \"$late\"",
            "triggers[3].when.conditions: must hold at least one condition");
  }

  @Test
  void theDomainsDefaults() {
    TriggerPolicy defaults = TriggerPolicy.defaults();
    assertThat(defaults.phoneInterviewBelowPercent()).isEqualTo(60);
    assertThat(defaults.phoneInterviewOnKeyAnswers()).isTrue();
    assertThat(defaults.deepDiveOnKeyAnswers()).isFalse();
    assertThat(defaults.strengthAtStars()).isEqualTo(5);
    assertThat(defaults.weaknessAtOrBelowStars()).isEqualTo(2);
    assertThat(defaults.satisfactionFrom()).containsExactly(Perspective.CUSTOMER,
        Perspective.CLIENT);
    assertThat(defaults.satisfactionWeights()).hasSize(10)
        .containsEntry(Dimension.SATISFACTION, 2).containsEntry(Dimension.RESPONSIVENESS, 2)
        .containsEntry(Dimension.PROFESSIONALISM, 2).containsEntry(Dimension.SKILL_MATCH, 1);
    TriggerPolicy plain = new TriggerPolicy(50, true, 4, 2, List.of());
    assertThat(plain.phoneInterviewOnKeyAnswers()).isFalse();
    assertThat(plain.satisfactionFrom()).isEqualTo(TriggerPolicy.DEFAULT_SATISFACTION_FROM);
    assertThat(new TriggerPolicy(50, true, 4, 2, List.of(), Set.of(), Map.of(), false)
        .satisfactionFrom()).isEmpty();
  }

  @Test
  void aQuestionShownOnLowSatisfactionIgnoresAHiddenRatingWhenARunIsRestored() {
    Question gate = Question.builder().id(QuestionId.of("gate")).text(Template.of("来过吗？",
        "Been here before?")).type(QuestionType.YES_NO).dimension(Dimension.ATTITUDE).build();
    Question repeat = Question.builder().from(rating(MANNER, Dimension.ATTITUDE))
        .visibleIf(AnswerCondition.compare("gate", AnswerCondition.Operator.EQ, 1)).build();
    Question why = Question.builder().from(difficulty()).key(false)
        .visibleIf(new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, 60)).build();
    SelectedQuestionnaire questionnaire = ConditionKindsTest.questionnaire(List.of(
        rating(OVERALL, Dimension.SATISFACTION), gate, repeat, why));
    Map<QuestionId, Answer> answers = Map.of(OVERALL, Answer.number(5), QuestionId.of("gate"),
        Answer.yesNo(false), MANNER, Answer.number(1));
    QuestionnaireRun run = QuestionnaireRun.restore(questionnaire, answers, TWO_AND_THREE).get();
    assertThat(run.satisfactionPercent()).isEqualTo(100.0);
    assertThat(run.isVisible(DIFFICULTY)).as("the hidden 1-star rating does not count").isFalse();
    QuestionnaireRun shown = QuestionnaireRun.restore(questionnaire, Map.of(OVERALL,
        Answer.number(5), QuestionId.of("gate"), Answer.yesNo(true), MANNER, Answer.number(1)),
        TWO_AND_THREE).get();
    assertThat(shown.satisfactionPercent()).isEqualTo(40.0);
    assertThat(shown.isVisible(DIFFICULTY)).isTrue();
  }

  @Test
  void aTriggersConditionIsCheckedUnderNotAndAndToItsLeaves() {
    LocalizedText note = LocalizedText.of("跟进", "Follow up");
    assertThat(TriggerPolicy.defaults().withTriggers(List.of(
        new Trigger("a", new AnswerCondition.Not(new AnswerCondition.Contains(DIFFICULTY, " ")),
            FollowUpAction.Kind.DEEP_DIVE, note),
        new Trigger("b", new AnswerCondition.Or(List.of(new AnswerCondition.Answered(OVERALL),
            new AnswerCondition.And(List.of(new AnswerCondition.Chosen(DIFFICULTY,
                AnswerCondition.Operator.GE, Double.POSITIVE_INFINITY))))),
            FollowUpAction.Kind.DEEP_DIVE, note))).problems("").map(Problem::message))
        .containsExactly("triggers[0].when.condition.keyword: must not be blank, was \" \"",
            "triggers[1].when.conditions[1].conditions[0].value: must be a finite number, was"
                + " \"Infinity\"");
  }

  @Test
  void aSatisfactionNodeUnderNotIsStillReadAsTheSatisfaction() {
    Question why = Question.builder().from(difficulty()).key(false).visibleIf(
        new AnswerCondition.Not(new AnswerCondition.Satisfaction(AnswerCondition.Operator.GE,
            60))).build();
    SelectedQuestionnaire questionnaire = ConditionKindsTest.questionnaire(List.of(
        rating(OVERALL, Dimension.SATISFACTION), why));
    assertThat(QuestionnaireRun.restore(questionnaire, Map.of(OVERALL, Answer.number(5))).get()
        .isVisible(DIFFICULTY)).isFalse();
    assertThat(QuestionnaireRun.restore(questionnaire, Map.of(OVERALL, Answer.number(2))).get()
        .isVisible(DIFFICULTY)).isTrue();
    QuestionnaireRun stepped = QuestionnaireRun.start(questionnaire);
    assertThat(stepped.isVisible(DIFFICULTY)).as("no satisfaction yet").isTrue();
    stepped = stepped.answer(OVERALL, Answer.number(5)).get();
    assertThat(stepped.isVisible(DIFFICULTY)).isFalse();
    stepped = stepped.answer(OVERALL, Answer.number(3)).get();
    assertThat(stepped.isVisible(DIFFICULTY)).as("50%% is below 60%%").isTrue();
  }
}
