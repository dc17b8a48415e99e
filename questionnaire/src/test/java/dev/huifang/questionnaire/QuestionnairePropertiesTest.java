package dev.huifang.questionnaire;

import static dev.huifang.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.testing.JsonRoundTrip;
import io.vavr.control.Validation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invariants of selection and runs over random banks, plans and answers. */
class QuestionnairePropertiesTest {

  static Validation<io.vavr.collection.Seq<Problem>, SelectedQuestionnaire> select(
      QuestionBank bank, SelectionPlan plan, long seed) {
    StratificationPolicy policy = new StratificationPolicy(List.of(), plan);
    return QuestionSelector.of(bank, policy)
        .flatMap(selector -> selector.select(SelectionRequest.of(QuestionnaireGen.ENGAGEMENT,
            QuestionnaireGen.perspective(), seed)));
  }

  @Test
  void everySelectionRespectsItsPlanOrNamesTheUnmetConstraint() {
    qt().forAll(QuestionnaireGen.banks(), QuestionnaireGen.plans(), QuestionnaireGen.seeds())
        .checkAssert((bank, plan, seed) -> {
          var result = select(bank, plan, seed);
          if (result.isInvalid()) {
            assertThat(result.getError()).allSatisfy(p -> {
              assertThat(p.code()).isEqualTo(Problem.INFEASIBLE);
              assertThat(p.rule()).startsWith("stratum logistics/mid/first_time/self/routine (rule fallback)");
            });
            return;
          }
          SelectedQuestionnaire q = result.get();
          assertThat(q.questions().size()).isBetween(plan.minQuestions(), plan.maxQuestions());
          assertThat(q.seconds()).isLessThanOrEqualTo(plan.maxSeconds());
          assertThat(q.openQuestions()).isBetween((long) plan.minOpen(), (long) plan.maxOpen());
          for (Dimension required : plan.requiredDimensions()) {
            assertThat(q.questions()).anySatisfy(s -> assertThat(s.question().dimension()).isEqualTo(required));
          }
          Map<Dimension, Integer> counts = new HashMap<>();
          q.questions().forEach(s -> counts.merge(s.question().dimension(), 1, Integer::sum));
          counts.forEach((d, n) -> assertThat(n).isLessThanOrEqualTo(plan.quota(d)));
          bank.questions().stream().filter(Question::core).forEach(core ->
              assertThat(q.questions()).anySatisfy(s -> assertThat(s.question().id()).isEqualTo(core.id())));
        });
  }

  @Test
  void selectionIsDeterministicForASeed() {
    qt(100).forAll(QuestionnaireGen.banks(), QuestionnaireGen.plans(), QuestionnaireGen.seeds())
        .checkAssert((bank, plan, seed) -> {
          var a = select(bank, plan, seed);
          var b = select(bank, plan, seed);
          assertThat(a.isValid()).isEqualTo(b.isValid());
          if (a.isValid()) {
            assertThat(HuifangJson.write(b.get())).isEqualTo(HuifangJson.write(a.get()));
          } else {
            assertThat(b.getError()).isEqualTo(a.getError());
          }
        });
  }

  @Test
  void visibilityAndRequiredNessFollowTheirConditionsAndARestoredRunIsTheSame() {
    SelectionPlan roomy = new SelectionPlan(List.of(), new java.util.TreeMap<>(), 1, 25, 10_000, 0, 25);
    qt().forAll(QuestionnaireGen.banks(), QuestionnaireGen.answerScripts()).checkAssert((bank, script) -> {
      QuestionnaireRun run = QuestionnaireRun.start(select(bank, roomy, 1).get());
      for (int[] step : script) {
        List<Question> visible = run.visible();
        if (visible.isEmpty()) {
          break;
        }
        Question target = visible.get(step[0] % visible.size());
        run = run.answer(target.id(), QuestionnaireGen.answerFor(target, step[1])).get();
        QuestionnaireRun current = run;
        for (SelectedQuestion selected : run.questionnaire().questions()) {
          AnswerCondition condition = selected.question().visibleIf();
          boolean expected = condition == null
              || condition.test(id -> current.answers().get(id));
          assertThat(run.isVisible(selected.question().id())).isEqualTo(expected);
          assertThat(run.isRequired(selected.question().id())).isEqualTo(expected
              && selected.question().requiredFor(id -> current.answers().get(id)));
        }
      }
      QuestionnaireRun restored = QuestionnaireRun.restore(run.questionnaire(), run.answers()).get();
      assertThat(restored.visible()).isEqualTo(run.visible());
      assertThat(restored.requiredUnanswered()).isEqualTo(run.requiredUnanswered());
      assertThat(restored.satisfactionPercent()).isEqualTo(run.satisfactionPercent());
      if (run.isComplete()) {
        QuestionnaireRun done = run;
        run.visible().stream().filter(q -> done.isRequired(q.id()))
            .forEach(q -> assertThat(done.answers()).containsKey(q.id()));
      }
    });
  }

  @Test
  void modelsRoundTripThroughJson() {
    qt(50).forAll(QuestionnaireGen.banks()).checkAssert(bank -> {
      JsonRoundTrip.check(bank, QuestionBank.class);
      bank.questions().forEach(q -> JsonRoundTrip.check(q, Question.class));
    });
    JsonRoundTrip.check(StratificationPolicy.defaults(), StratificationPolicy.class);
    JsonRoundTrip.check(QuestionBank.defaults(), QuestionBank.class);
    JsonRoundTrip.check(TriggerPolicy.defaults(), TriggerPolicy.class);
    JsonRoundTrip.check(DefaultBankTest.SELECTOR.select(SelectionRequest.of(
        DefaultBankTest.engagement(dev.huifang.core.Role.PROMOTION, dev.huifang.core.TaskStage.END, 0)
            .build(), dev.huifang.core.Perspective.SELF, 618)).get(), SelectedQuestionnaire.class);
    JsonRoundTrip.check(Answer.choices("a", "b"), Answer.class);
    JsonRoundTrip.check(Answer.number(4), Answer.class);
  }
}
