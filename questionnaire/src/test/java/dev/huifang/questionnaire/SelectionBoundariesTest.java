package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Template;
import dev.huifang.questionnaire.internal.ConstrainedSelector;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Selection exactly at its limits: a questionnaire that uses the whole time budget, a quota, the
 * question count or the open questions exactly is chosen, one more is left out with the limit
 * named; core questions exactly at the budget fit and one over is a Problem; and each way a plan
 * can be infeasible is named with its numbers.
 */
class SelectionBoundariesTest {

  static final String WHERE = "stratum logistics/mid/first_time/self/routine (rule fallback)";

  static Question star(String id, String dimension, int priority, int seconds) {
    return ExactSelectionTest.question(id, QuestionType.STAR_RATING, dimension, priority, seconds);
  }

  static Question open(String id, String dimension, int priority, int seconds) {
    return ExactSelectionTest.question(id, QuestionType.OPEN_TEXT, dimension, priority, seconds);
  }

  static Question core(Question question) {
    return Question.builder().from(question).core(true).build();
  }

  static SelectionPlan plan(int min, int max, int seconds, int minOpen, int maxOpen,
      String... required) {
    List<Dimension> dimensions = new ArrayList<>();
    for (String code : required) {
      dimensions.add(Dimension.of(code));
    }
    return new SelectionPlan(dimensions, new TreeMap<>(), min, max, seconds, minOpen, maxOpen);
  }

  static Validation<Seq<Problem>, SelectedQuestionnaire> select(SelectionPlan plan,
      Question... questions) {
    return ExactSelectionTest.select(List.of(questions), plan, Set.of(), 1);
  }

  static Map<String, String> chosen(SelectedQuestionnaire questionnaire) {
    return questionnaire.questions().stream().collect(Collectors.toMap(
        q -> q.question().id().value(), SelectedQuestion::reason, (a, b) -> a, TreeMap::new));
  }

  static Map<String, String> leftOut(SelectedQuestionnaire questionnaire) {
    return questionnaire.leftOut().stream().collect(Collectors.toMap(
        l -> l.question().value(), LeftOut::reason, (a, b) -> a, TreeMap::new));
  }

  @Test
  void aQuestionnaireUsingExactlyTheTimeBudgetIsChosen() {
    Question a = star("a", "x", 90, 10);
    Question b = star("b", "y", 80, 20);
    Question c = star("c", "z", 10, 1);
    SelectedQuestionnaire exact = select(plan(1, 8, 30, 0, 0), a, b, c).get();
    assertThat(chosen(exact)).containsOnlyKeys("a", "b")
        .containsEntry("a", "priority 90 within the budget");
    assertThat(exact.seconds()).isEqualTo(30);
    assertThat(leftOut(exact)).containsExactly(
        Map.entry("c", "would exceed 30 s (30 s used, it needs 1 s)"));
    SelectedQuestionnaire tighter = select(plan(1, 8, 29, 0, 0), a, b, c).get();
    assertThat(chosen(tighter)).containsOnlyKeys("a", "c");
    assertThat(leftOut(tighter)).containsExactly(
        Map.entry("b", "would exceed 29 s (11 s used, it needs 20 s)"));
  }

  @Test
  void aQuotaIsFilledExactlyAndTheNextQuestionOfItsDimensionIsLeftOut() {
    SelectionPlan plan = plan(1, 8, 180, 0, 0).withQuota(Dimension.of("x"), 2);
    SelectedQuestionnaire q = select(plan, star("x1", "x", 90, 8), star("x2", "x", 80, 8),
        star("x3", "x", 70, 8), star("y1", "y", 10, 8)).get();
    assertThat(chosen(q)).containsOnlyKeys("x1", "x2", "y1");
    assertThat(leftOut(q)).containsExactly(Map.entry("x3", "quota of 2 for x reached"));
    SelectedQuestionnaire three = select(plan.withQuota(Dimension.of("x"), 3),
        star("x1", "x", 90, 8), star("x2", "x", 80, 8), star("x3", "x", 70, 8),
        star("y1", "y", 10, 8)).get();
    assertThat(three.leftOut()).isEmpty();
    assertThat(chosen(three)).containsOnlyKeys("x1", "x2", "x3", "y1");
  }

  @Test
  void theMaximumCountAndTheOpenLimitAreFilledExactly() {
    SelectedQuestionnaire two = select(plan(1, 2, 180, 0, 0), star("a", "x", 90, 8),
        star("b", "y", 80, 8), star("c", "z", 70, 8)).get();
    assertThat(chosen(two)).containsOnlyKeys("a", "b");
    assertThat(leftOut(two)).containsExactly(
        Map.entry("c", "the questionnaire already has its maximum of 2 questions"));
    SelectedQuestionnaire oneOpen = select(plan(1, 8, 180, 1, 1), open("o1", "x", 90, 45),
        open("o2", "y", 80, 45), star("s", "z", 10, 8)).get();
    assertThat(chosen(oneOpen)).containsExactly(
        Map.entry("o1", "open question, needed for the plan's minimum of 1"),
        Map.entry("s", "priority 10 within the budget"));
    assertThat(leftOut(oneOpen)).containsExactly(
        Map.entry("o2", "the plan allows at most 1 open questions"));
    SelectedQuestionnaire optionalOpen = select(plan(1, 8, 180, 0, 1), open("o1", "x", 90, 45),
        star("s", "z", 10, 8)).get();
    assertThat(chosen(optionalOpen)).containsEntry("o1", "priority 90 within the budget");
    SelectedQuestionnaire twoOpen = select(plan(1, 8, 180, 2, 2), open("o1", "x", 90, 45),
        open("o2", "y", 80, 45)).get();
    assertThat(chosen(twoOpen)).containsExactly(
        Map.entry("o1", "open question, needed for the plan's minimum of 2"),
        Map.entry("o2", "open question, needed for the plan's minimum of 2"));
  }

  @Test
  void aLeftOutQuestionNamesEveryLimitThatKeepsItOut() {
    SelectionPlan plan = plan(1, 2, 60, 0, 1).withQuota(Dimension.of("x"), 1);
    SelectedQuestionnaire q = select(plan, open("o1", "x", 90, 45), star("s", "y", 80, 8),
        open("o2", "x", 70, 45)).get();
    assertThat(chosen(q)).containsOnlyKeys("o1", "s");
    assertThat(leftOut(q)).containsExactly(Map.entry("o2",
        "the questionnaire already has its maximum of 2 questions; the plan allows at most 1"
            + " open questions; quota of 1 for x reached; would exceed 60 s (53 s used, it needs"
            + " 45 s)"));
  }

  @Test
  void recentlyAskedQuestionsComeBackOnlyWhenNeededAndSaySo() {
    Question a = star("a", "x", 90, 8);
    Question b = star("b", "y", 80, 8);
    Question c = star("c", "z", 10, 8);
    Set<QuestionId> recent = Set.of(a.id());
    SelectedQuestionnaire room = ExactSelectionTest.select(List.of(a, b, c), plan(2, 3, 180, 0, 0),
        recent, 1).get();
    assertThat(chosen(room)).containsOnlyKeys("b", "c");
    assertThat(leftOut(room)).containsExactly(Map.entry("a",
        "asked recently, and the 2 chosen questions meet the plan without it"));
    SelectedQuestionnaire full = ExactSelectionTest.select(List.of(a, b, c), plan(2, 2, 180, 0, 0),
        recent, 1).get();
    assertThat(leftOut(full)).containsExactly(Map.entry("a",
        "the questionnaire already has its maximum of 2 questions (and it was asked recently)"));
    SelectedQuestionnaire needed = ExactSelectionTest.select(List.of(a, b, c),
        plan(3, 3, 180, 0, 0), recent, 1).get();
    assertThat(chosen(needed)).containsEntry("a", "priority 90, though asked recently: needed"
        + " for the minimum of 3 questions and no question asked less recently fits in its place");
    assertThat(needed.leftOut()).isEmpty();
  }

  @Test
  void coreRequiredAndCoveringQuestionsSayWhyTheyAreIn() {
    Question kernel = core(star("k", "x", 10, 8));
    Question asked = star("r", "x", 5, 8);
    Question covers = star("y1", "y", 1, 8);
    Question more = star("z1", "z", 90, 8);
    Question more2 = star("z2", "z", 80, 8);
    SelectionPlan plan = plan(1, 8, 180, 0, 0, "y", "z").withRequiredQuestions(asked.id());
    SelectedQuestionnaire q = select(plan, kernel, asked, covers, more, more2).get();
    assertThat(chosen(q)).containsExactly(
        Map.entry("k", "core indicator (always asked)"),
        Map.entry("r", "required by the plan whenever it fits"),
        Map.entry("y1", "covers required dimension y"),
        Map.entry("z1", "priority 90 within the budget"),
        Map.entry("z2", "priority 80 within the budget"));
  }

  @Test
  void coreQuestionsExactlyAtTheBudgetFitAndOneOverIsAProblem() {
    Question c1 = core(star("c1", "x", 50, 100));
    Question c2 = core(star("c2", "y", 50, 80));
    assertThat(select(plan(2, 8, 180, 0, 0), c1, c2).isValid()).isTrue();
    assertThat(select(plan(2, 8, 179, 0, 0), c1, c2).getError().map(Problem::message))
        .containsExactly("plan: " + WHERE + " has more core questions than its budget of 8"
            + " questions and 179 s, was \"2 core questions, 180 s\"");
    Question c3 = core(star("c3", "z", 50, 8));
    Question small1 = core(star("c1", "x", 50, 8));
    Question small2 = core(star("c2", "y", 50, 8));
    assertThat(select(plan(1, 3, 180, 0, 0), small1, small2, c3).isValid()).isTrue();
    assertThat(select(plan(1, 2, 180, 0, 0), small1, small2, c3).getError()
        .map(Problem::message)).containsExactly("plan: " + WHERE + " has more core questions"
            + " than its budget of 2 questions and 180 s, was \"3 core questions, 24 s\"");
  }

  @Test
  void coreQuestionsExactlyAtAQuotaOrTheOpenLimitFitAndOneOverIsAProblem() {
    Question c1 = core(star("c1", "x", 50, 8));
    Question c2 = core(star("c2", "x", 50, 8));
    SelectionPlan plan = plan(1, 8, 180, 0, 0);
    assertThat(select(plan.withQuota(Dimension.of("x"), 2), c1, c2).isValid()).isTrue();
    assertThat(select(plan.withQuota(Dimension.of("x"), 1), c1, c2).getError()
        .map(Problem::message)).containsExactly("plan.quotas.x: " + WHERE + " always asks 2 core"
            + " question(s) on x but its quota allows 1, was 1");
    Question o1 = core(open("o1", "x", 50, 45));
    Question o2 = core(open("o2", "y", 50, 45));
    assertThat(select(plan(1, 8, 180, 0, 2), o1, o2).isValid()).isTrue();
    assertThat(select(plan(1, 8, 180, 0, 1), o1, o2).getError().map(Problem::message))
        .containsExactly("plan.maxOpen: " + WHERE + " always asks 2 open core question(s) but"
            + " allows at most 1, was 1");
  }

  @Test
  void limitsNoCombinationCouldMeetAreNamedPlainly() {
    assertThat(select(plan(3, 8, 180, 1, 2, "x", "z"), star("a", "x", 50, 8),
        star("b", "y", 50, 8)).getError().map(Problem::message)).containsExactly(
            "plan.requiredDimensions: " + WHERE + " needs a question on z but no question that"
                + " fits it measures z, was \"z\"",
            "plan.minQuestions: " + WHERE + " needs at least 3 questions but only 2 fit the"
                + " stratum, was 3",
            "plan.minOpen: " + WHERE + " needs 1 open question(s) but only 0 fit the stratum,"
                + " was 1");
    assertThat(select(plan(2, 8, 180, 1, 2, "x"), star("a", "x", 50, 8), open("b", "y", 50, 45))
        .isValid()).as("exactly enough questions and open questions").isTrue();
  }

  @Test
  void eachLimitWhoseRemovalAloneWouldHelpIsNamed() {
    String bothOpen = WHERE + " has no questionnaire of 2 fitting questions that meets 1-8"
        + " questions, at most 180 s, 0-1 open questions, required dimensions [a, b] together;"
        + " without ";
    assertThat(select(plan(1, 8, 180, 0, 1, "a", "b"), open("oa", "a", 50, 45),
        open("ob", "b", 50, 45)).getError().map(Problem::message)).containsExactly(
            "plan.maxOpen: " + bothOpen + "at most 1 open question(s) one would exist, was 1",
            "plan.requiredDimensions: " + bothOpen + "the required dimension a one would exist,"
                + " was \"a\"",
            "plan.requiredDimensions: " + bothOpen + "the required dimension b one would exist,"
                + " was \"b\"");
    SelectionPlan quota = plan(2, 8, 180, 0, 0).withQuota(Dimension.of("x"), 1)
        .withQuota(Dimension.of("w"), 2);
    String quotas = WHERE + " has no questionnaire of 3 fitting questions that meets 2-8"
        + " questions, at most 180 s, 0-0 open questions, required dimensions [] and quotas"
        + " {w=2, x=1} together; without ";
    assertThat(select(quota, star("x1", "x", 50, 8), star("x2", "x", 50, 8),
        star("x3", "x", 50, 8)).getError().map(Problem::message)).containsExactly(
            "plan.minQuestions: " + quotas + "at least 2 questions one would exist, was 2",
            "plan.quotas: " + quotas + "the quotas {w=2, x=1} one would exist, was \"{w=2, x=1}\"");
    String minOpen = WHERE + " has no questionnaire of 2 fitting questions that meets 1-8"
        + " questions, at most 40 s, 1-1 open questions, required dimensions [] together;"
        + " without ";
    assertThat(select(plan(1, 8, 40, 1, 1), open("o", "x", 50, 45), star("s", "y", 50, 8))
        .getError().map(Problem::message)).containsExactly(
            "plan.maxSeconds: " + minOpen + "at most 40 s one would exist, was 40",
            "plan.minOpen: " + minOpen + "at least 1 open question(s) one would exist, was 1");
  }

  @Test
  void whenNoSingleLimitIsToBlameTheLimitsTogetherAreNamed() {
    assertThat(select(plan(1, 8, 40, 0, 0, "x"), open("o", "x", 50, 45)).getError()
        .map(Problem::message)).containsExactly("plan: " + WHERE + " has no questionnaire of 1"
            + " fitting questions that meets 1-8 questions, at most 40 s, 0-0 open questions,"
            + " required dimensions [x] together, and no single one of these limits alone is to"
            + " blame");
  }

  @Test
  void aQuestionWhoseContextValueIsMissingIsLeftOutAndSaysWhich() {
    Question situational = Question.builder().from(star("p", "x", 90, 8))
        .text(Template.of("{product} 好用吗？", "Is {product} easy to use?")).build();
    SelectedQuestionnaire q = select(plan(1, 8, 180, 0, 0), situational, star("s", "y", 10, 8))
        .get();
    assertThat(chosen(q)).containsOnlyKeys("s");
    assertThat(leftOut(q)).containsExactly(
        Map.entry("p", "no value for [product] in the engagement's context"));
  }

  @Test
  void aRequiredQuestionTheBankLacksIsNamedByTheSelectorAndRefusedUpFront() {
    QuestionBank bank = new QuestionBank("t", 1, List.of(star("a", "x", 50, 8)));
    SelectionPlan plan = plan(1, 8, 180, 0, 0).withRequiredQuestions(QuestionId.of("zz"));
    StratificationPolicy policy = new StratificationPolicy(List.of(new StratumRule("all",
        Fit.ANY, plan)), plan);
    assertThat(QuestionSelector.of(bank, policy).getError().map(Problem::message))
        .containsExactly(
            "policy.fallback.requiredQuestions[0]: must name a question of the bank, was \"zz\"",
            "policy.rules[0].plan.requiredQuestions[0]: must name a question of the bank, was"
                + " \"zz\"");
    ConstrainedSelector unchecked = new ConstrainedSelector(bank, policy);
    assertThat(unchecked.bank()).isSameAs(bank);
    assertThat(unchecked.policy()).isSameAs(policy);
    assertThat(unchecked.select(SelectionRequest.of(QuestionnaireGen.ENGAGEMENT,
        QuestionnaireGen.perspective(), 1)).getError().map(Problem::message)).containsExactly(
            "plan.requiredQuestions: stratum logistics/mid/first_time/self/routine (rule all)"
                + " must ask zz but the bank has no such question, was \"zz\"");
  }

  @Test
  void aSelectorRefusesABadBankAndABadPolicyUnderTheirNames() {
    QuestionBank bank = new QuestionBank(" ", 0, List.of(star("a", "x", 50, 8)));
    StratificationPolicy policy = new StratificationPolicy(List.of(),
        plan(0, 8, 180, 0, 0));
    assertThat(QuestionSelector.of(bank, policy).getError().map(Problem::path))
        .containsExactly("bank.id", "bank.version", "policy.fallback.minQuestions");
  }

  @Test
  void everyLeftOutQuestionGetsItsOwnReasonNotAnotherOnesWithTheSameLimits() {
    SelectionPlan plan = plan(1, 8, 100, 0, 1).withQuota(Dimension.of("x"), 1)
        .withQuota(Dimension.of("y"), 1);
    Question x1 = star("x1", "x", 100, 8);
    Question y1 = star("y1", "y", 100, 8);
    Question o1 = open("o1", "z", 100, 45);
    Question x2 = star("x2", "x", 10, 39);
    Question y2 = star("y2", "y", 10, 8);
    Question o2 = open("o2", "w", 10, 30);
    Question v = star("v", "v", 10, 40);
    Question u = star("u", "u", 10, 45);
    Question x3 = star("x3", "x", 10, 45);
    Question t = star("t", "t", 10, 50);
    SelectedQuestionnaire q = ExactSelectionTest.select(List.of(x1, y1, o1, x2, y2, o2, v, u, x3,
        t), plan, Set.of(t.id()), 1).get();
    assertThat(chosen(q)).containsOnlyKeys("x1", "y1", "o1");
    assertThat(q.seconds()).isEqualTo(61);
    assertThat(leftOut(q)).containsExactly(
        Map.entry("o2", "the plan allows at most 1 open questions"),
        Map.entry("t", "would exceed 100 s (61 s used, it needs 50 s) (and it was asked"
            + " recently)"),
        Map.entry("u", "would exceed 100 s (61 s used, it needs 45 s)"),
        Map.entry("v", "would exceed 100 s (61 s used, it needs 40 s)"),
        Map.entry("x2", "quota of 1 for x reached"),
        Map.entry("x3", "quota of 1 for x reached; would exceed 100 s (61 s used, it needs 45"
            + " s)"),
        Map.entry("y2", "quota of 1 for y reached"));
  }

  @Test
  void theFirstDimensionOfTheBankCanBeTheRequiredOneAndOpenQuestionsAreCountedAsOpen() {
    SelectedQuestionnaire q = select(plan(1, 8, 180, 1, 2, "x"), star("x1", "x", 50, 8),
        open("o", "y", 50, 45), star("z1", "z", 50, 8), star("z2", "z", 40, 8)).get();
    assertThat(chosen(q)).containsExactly(
        Map.entry("o", "open question, needed for the plan's minimum of 1"),
        Map.entry("x1", "covers required dimension x"),
        Map.entry("z1", "priority 50 within the budget"),
        Map.entry("z2", "priority 40 within the budget"));
  }

  @Test
  void theDiagnosisCountsCoreQuestionsAmongTheFittingOnes() {
    Question coreOpen = core(open("c", "x", 50, 45));
    assertThat(select(plan(3, 8, 180, 2, 2), coreOpen, star("s", "y", 50, 8)).getError()
        .map(Problem::message)).containsExactly(
            "plan.minQuestions: " + WHERE + " needs at least 3 questions but only 2 fit the"
                + " stratum, was 3",
            "plan.minOpen: " + WHERE + " needs 2 open question(s) but only 1 fit the stratum,"
                + " was 2");
    String both = WHERE + " has no questionnaire of 2 fitting questions that meets 2-8"
        + " questions, at most 50 s, 0-2 open questions, required dimensions [] together;"
        + " without ";
    assertThat(select(plan(2, 8, 50, 0, 2), coreOpen, star("s", "y", 50, 8)).getError()
        .map(Problem::message)).containsExactly(
            "plan.minQuestions: " + both + "at least 2 questions one would exist, was 2",
            "plan.maxSeconds: " + both + "at most 50 s one would exist, was 50");
  }

  @Test
  void droppingOneRequiredDimensionKeepsTheOthers() {
    String head = WHERE + " has no questionnaire of 2 fitting questions that meets 1-8"
        + " questions, at most 180 s, 0-2 open questions, required dimensions [a, b] together;"
        + " without ";
    assertThat(select(plan(1, 8, 180, 0, 2, "a", "b"), star("la", "a", 50, 200),
        star("sb", "b", 50, 8)).getError().map(Problem::message)).containsExactly(
            "plan.maxSeconds: " + head + "at most 180 s one would exist, was 180",
            "plan.requiredDimensions: " + head + "the required dimension a one would exist, was"
                + " \"a\"");
  }

  @Test
  void coreQuestionsOverTheBudgetAreNamedAloneEvenWhenNothingElseCouldBeChosen() {
    Question c1 = core(star("c1", "x", 50, 100));
    Question c2 = core(star("c2", "y", 50, 80));
    assertThat(select(plan(3, 8, 179, 0, 0), c1, c2, star("s", "z", 50, 8)).getError()
        .map(Problem::message)).containsExactly("plan: " + WHERE + " has more core questions"
            + " than its budget of 8 questions and 179 s, was \"2 core questions, 180 s\"");
  }
}
