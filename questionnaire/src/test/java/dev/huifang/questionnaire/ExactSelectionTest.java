package dev.huifang.questionnaire;

import static dev.huifang.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.huifang.core.Dimension;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Template;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Selection is exact: infeasible exactly when no questionnaire meets the plan, and otherwise the
 * best under the documented objective; checked on the counterexamples and against a
 * brute-force oracle.
 */
class ExactSelectionTest {

  static Question question(String id, QuestionType type, String dimension, int priority,
      int seconds) {
    Question.Builder builder = Question.builder().id(QuestionId.of(id))
        .text(Template.of("问题 " + id, "Question " + id)).type(type)
        .dimension(Dimension.of(dimension)).priority(priority).estimatedSeconds(seconds);
    return builder.build();
  }

  static Validation<Seq<Problem>, SelectedQuestionnaire> select(List<Question> questions,
      SelectionPlan plan, Set<QuestionId> recent, long seed) {
    return QuestionSelector.of(new QuestionBank("t", 1, questions),
            new StratificationPolicy(List.of(), plan))
        .flatMap(selector -> selector.select(SelectionRequest.of(QuestionnaireGen.ENGAGEMENT,
            QuestionnaireGen.perspective(), seed).withRecentlyAsked(recent)));
  }

  static Set<String> ids(SelectedQuestionnaire questionnaire) {
    return questionnaire.questions().stream().map(q -> q.question().id().value())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void takesTheOtherQuestionOfADimensionWhenItsOpenOneWouldUseTheOnlyOpenSlot() {
    List<Question> bank = List.of(
        question("f0", QuestionType.STAR_RATING, "f", 50, 8),
        question("f1", QuestionType.STAR_RATING, "f", 50, 8),
        question("f2", QuestionType.STAR_RATING, "f", 50, 8),
        question("a.open", QuestionType.OPEN_TEXT, "a", 90, 45),
        question("a.star", QuestionType.STAR_RATING, "a", 10, 8),
        question("b.open", QuestionType.OPEN_TEXT, "b", 50, 45));
    SelectionPlan plan = SelectionPlan.defaults(Dimension.of("a"), Dimension.of("b")).withOpen(1, 1);

    SelectedQuestionnaire q = select(bank, plan, Set.of(), 1).get();

    assertThat(ids(q)).containsExactlyInAnyOrder("f0", "f1", "f2", "a.star", "b.open");
    assertThat(q.leftOut()).singleElement().satisfies(left -> {
      assertThat(left.question().value()).isEqualTo("a.open");
      assertThat(left.reason()).isEqualTo("the plan allows at most 1 open questions");
    });
  }

  @Test
  void leavesOutALongQuestionWhenShortOnesReachTheMinimumWithinTheTime() {
    List<Question> bank = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      bank.add(question("long" + i, QuestionType.STAR_RATING, "x", 90, 55));
    }
    for (int i = 0; i < 4; i++) {
      bank.add(question("short" + i, QuestionType.STAR_RATING, "y", 10, 8));
    }
    SelectionPlan plan = SelectionPlan.defaults().withOpen(0, 2);

    SelectedQuestionnaire q = select(bank, plan, Set.of(), 1).get();

    assertThat(q.questions()).hasSizeBetween(5, 8);
    assertThat(q.seconds()).isLessThanOrEqualTo(180);
    // two long and all four short ones: 142 s, the most priority that fits
    assertThat(q.seconds()).isEqualTo(142);
    assertThat(q.leftOut()).singleElement().satisfies(left ->
        assertThat(left.reason()).isEqualTo("would exceed 180 s (142 s used, it needs 55 s)"));
  }

  @Test
  void aRecentlyAskedQuestionComesBackOnlyWhenNothingElseFits() {
    QuestionSelector selector = DefaultBankTest.SELECTOR;
    for (dev.huifang.core.TaskStage stage : dev.huifang.core.TaskStage.values()) {
      for (int prior : new int[] {0, 2}) {
        SelectionRequest first = SelectionRequest.of(
            DefaultBankTest.engagement(dev.huifang.core.Role.PROMOTION, stage, prior).build(),
            dev.huifang.core.Perspective.SELF, 618);
        SelectedQuestionnaire last = selector.select(first).get();
        Set<QuestionId> asked = last.questions().stream().map(s -> s.question().id())
            .collect(Collectors.toSet());
        SelectedQuestionnaire next = selector.select(first.withRecentlyAsked(asked)).get();
        Set<QuestionId> never = next.leftOut().stream().map(LeftOut::question)
            .filter(id -> !asked.contains(id)).collect(Collectors.toSet());
        // every never-asked question left out names the limit that keeps it out
        assertThat(next.leftOut()).filteredOn(l -> never.contains(l.question()))
            .allSatisfy(l -> assertThat(l.reason()).doesNotContain("asked recently"));
        assertThat(ids(next)).as("stage %s, prior %s", stage, prior).isNotEqualTo(ids(last));
      }
    }
  }

  @Test
  void checkNamesEveryInfeasibleStratumNotOnlyTheFirst() {
    List<Question> bank = List.of(
        question("s0", QuestionType.STAR_RATING, "x", 50, 8),
        question("s1", QuestionType.STAR_RATING, "x", 50, 8));
    StratificationPolicy policy = new StratificationPolicy(List.of(
        new StratumRule("self", Fit.perspectives(dev.huifang.core.Perspective.SELF),
            SelectionPlan.defaults()),
        new StratumRule("customer", Fit.perspectives(dev.huifang.core.Perspective.CUSTOMER),
            SelectionPlan.defaults())), SelectionPlan.defaults());
    Seq<Problem> problems = QuestionSelector.of(new QuestionBank("t", 1, bank), policy).get().check();
    assertThat(problems.map(Problem::rule).filter(r -> r.contains("(rule self)"))).isNotEmpty();
    assertThat(problems.map(Problem::rule).filter(r -> r.contains("(rule customer)"))).isNotEmpty();
  }

  @Test
  void namesTheLimitWhoseRemovalAloneWouldMakeAQuestionnairePossible() {
    List<Question> bank = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      bank.add(question("long" + i, QuestionType.STAR_RATING, "x", 50, 40));
    }
    SelectionPlan plan = SelectionPlan.defaults().withOpen(0, 2);
    String head = "stratum logistics/mid/first_time/self/routine (rule fallback) has no"
        + " questionnaire of 5 fitting questions that meets 5-8 questions, at most 180 s, 0-2"
        + " open questions, required dimensions [] together; without ";
    assertThat(select(bank, plan, Set.of(), 1).getError().map(Problem::message)).containsExactly(
        "plan.minQuestions: " + head + "at least 5 questions one would exist, was 5",
        "plan.maxSeconds: " + head + "at most 180 s one would exist, was 180");
  }

  /** Banks small enough for the oracle: 3 to 11 questions of the generator's shapes. */
  static Gen<QuestionBank> smallBanks() {
    return lists().of(QuestionnaireGen.specs()).ofSizeBetween(3, 11).map(QuestionnaireGen::bank);
  }

  /** Plans with every kind of limit, many of them tight. */
  static Gen<SelectionPlan> tightPlans() {
    return integers().between(0, 3).zip(integers().between(2, 8), integers().between(30, 200),
        integers().between(0, 2), integers().between(0, 2),
        (required, max, seconds, minOpen, extraOpen) -> {
          TreeMap<Dimension, Integer> quotas = new TreeMap<>();
          quotas.put(QuestionnaireGen.DIMENSIONS.get(0), 1 + seconds % 2);
          quotas.put(QuestionnaireGen.DIMENSIONS.get(3), 1 + max % 3);
          return new SelectionPlan(QuestionnaireGen.DIMENSIONS.subList(0, required), quotas,
              Math.min(max, 2 + seconds % 4), max, seconds, minOpen, minOpen + extraOpen);
        });
  }

  @Test
  void isInfeasibleExactlyWhenTheOracleFindsNothingAndOtherwiseReachesItsOptimum() {
    qt(400).forAll(smallBanks(), tightPlans(), integers().between(0, 2047), QuestionnaireGen.seeds())
        .checkAssert((bank, plan, recentMask, seed) -> {
          Set<QuestionId> recent = new TreeSet<>();
          for (int i = 0; i < bank.questions().size(); i++) {
            if ((recentMask >> i & 1) == 1) {
              recent.add(bank.questions().get(i).id());
            }
          }
          Optional<SelectionOracle.Objective> best =
              SelectionOracle.best(bank.questions(), plan, recent, seed);
          var result = QuestionSelector.of(bank, new StratificationPolicy(List.of(), plan))
              .flatMap(selector -> selector.select(SelectionRequest.of(QuestionnaireGen.ENGAGEMENT,
                  QuestionnaireGen.perspective(), seed).withRecentlyAsked(recent)));
          if (plan.problems("").nonEmpty()) {
            return;
          }
          assertThat(result.isValid()).as("feasible per oracle: %s; %s", best,
              result.isInvalid() ? result.getError() : "").isEqualTo(best.isPresent());
          if (result.isInvalid()) {
            assertThat(result.getError()).allSatisfy(p ->
                assertThat(p.code()).isEqualTo(Problem.INFEASIBLE));
            return;
          }
          List<Question> chosen = result.get().questions().stream().map(SelectedQuestion::question)
              .toList();
          assertThat(SelectionOracle.valid(chosen, bank.questions(), plan)).isTrue();
          int size = Math.min(plan.maxQuestions(), bank.questions().size());
          assertThat(SelectionOracle.objective(chosen, recent, seed, size)).isEqualTo(best.get());
        });
  }

  @Test
  void historyAndSeedNeverMakeACheckedStratumInfeasible() {
    qt(200).forAll(smallBanks(), tightPlans(), integers().between(0, 2047), QuestionnaireGen.seeds())
        .checkAssert((bank, plan, recentMask, seed) -> {
          if (plan.problems("").nonEmpty()) {
            return;
          }
          Set<QuestionId> recent = new TreeSet<>();
          for (int i = 0; i < bank.questions().size(); i++) {
            if ((recentMask >> i & 1) == 1) {
              recent.add(bank.questions().get(i).id());
            }
          }
          boolean plain = select(bank.questions(), plan, Set.of(), 0).isValid();
          assertThat(select(bank.questions(), plan, recent, seed).isValid()).isEqualTo(plain);
        });
  }
}
