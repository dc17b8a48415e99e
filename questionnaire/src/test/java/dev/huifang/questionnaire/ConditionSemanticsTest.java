package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.core.Experience;
import dev.huifang.core.Perspective;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The exact meaning of every condition node, pinned where a front end could disagree: each
 * operator exactly at, just below and just above its constant; unanswered questions; empty
 * {@code and}/{@code or}; and the text {@code describe()} gives for explanations.
 */
class ConditionSemanticsTest {

  static final QuestionId Q = QuestionId.of("q");

  static Answers answering(@Nullable Answer answer) {
    return id -> id.equals(Q) ? answer : null;
  }

  static boolean compare(AnswerCondition.Operator op, double answer, double constant) {
    return new AnswerCondition.Compare(Q, op, constant).test(answering(Answer.number(answer)));
  }

  @Test
  void everyOperatorAtBelowAndAboveItsConstant() {
    // at the constant, below it, above it
    assertThat(List.of(compare(AnswerCondition.Operator.EQ, 3, 3),
        compare(AnswerCondition.Operator.EQ, 2, 3), compare(AnswerCondition.Operator.EQ, 4, 3)))
        .containsExactly(true, false, false);
    assertThat(List.of(compare(AnswerCondition.Operator.NE, 3, 3),
        compare(AnswerCondition.Operator.NE, 2, 3), compare(AnswerCondition.Operator.NE, 4, 3)))
        .containsExactly(false, true, true);
    assertThat(List.of(compare(AnswerCondition.Operator.LT, 3, 3),
        compare(AnswerCondition.Operator.LT, 2, 3), compare(AnswerCondition.Operator.LT, 4, 3)))
        .containsExactly(false, true, false);
    assertThat(List.of(compare(AnswerCondition.Operator.LE, 3, 3),
        compare(AnswerCondition.Operator.LE, 2, 3), compare(AnswerCondition.Operator.LE, 4, 3)))
        .containsExactly(true, true, false);
    assertThat(List.of(compare(AnswerCondition.Operator.GT, 3, 3),
        compare(AnswerCondition.Operator.GT, 2, 3), compare(AnswerCondition.Operator.GT, 4, 3)))
        .containsExactly(false, false, true);
    assertThat(List.of(compare(AnswerCondition.Operator.GE, 3, 3),
        compare(AnswerCondition.Operator.GE, 2, 3), compare(AnswerCondition.Operator.GE, 4, 3)))
        .containsExactly(true, false, true);
    assertThat(List.of(AnswerCondition.Operator.values()).stream()
        .map(AnswerCondition.Operator::symbol).toList())
        .containsExactly("=", "!=", "<", "<=", ">", ">=");
  }

  @Test
  void aComparisonOnAnUnansweredOrNonNumericAnswerIsFalseEvenForNotEqual() {
    AnswerCondition ne = new AnswerCondition.Compare(Q, AnswerCondition.Operator.NE, 3);
    assertThat(ne.test(answering(null))).isFalse();
    assertThat(ne.test(answering(Answer.choice("a")))).isFalse();
    assertThat(new AnswerCondition.Not(ne).test(answering(null))).isTrue();
    assertThat(new AnswerCondition.Compare(Q, AnswerCondition.Operator.EQ, 1)
        .test(answering(Answer.yesNo(true)))).as("yes is 1").isTrue();
    assertThat(new AnswerCondition.Compare(Q, AnswerCondition.Operator.EQ, 0)
        .test(answering(Answer.yesNo(false)))).as("no is 0").isTrue();
  }

  @Test
  void answeredAndSelectedReadTheAnswerOfTheirOwnQuestion() {
    AnswerCondition answered = new AnswerCondition.Answered(Q);
    assertThat(answered.test(answering(Answer.text("x")))).isTrue();
    assertThat(answered.test(answering(null))).isFalse();
    AnswerCondition selected = new AnswerCondition.Selected(Q, "b");
    assertThat(selected.test(answering(Answer.choices("a", "b")))).isTrue();
    assertThat(selected.test(answering(Answer.choices("a", "c")))).isFalse();
    assertThat(selected.test(answering(null))).isFalse();
  }

  @Test
  void chosenCountsAtItsConstantAndKnowsItsValueWithoutAnAnswer() {
    AnswerCondition.Chosen atLeastTwo = new AnswerCondition.Chosen(Q, AnswerCondition.Operator.GE, 2);
    assertThat(atLeastTwo.test(answering(Answer.choices("a", "b")))).isTrue();
    assertThat(atLeastTwo.test(answering(Answer.choices("a")))).isFalse();
    assertThat(atLeastTwo.test(answering(null))).isFalse();
    assertThat(atLeastTwo.whenUnanswered()).isFalse();
    AnswerCondition.Chosen fewerThanOne =
        new AnswerCondition.Chosen(Q, AnswerCondition.Operator.LT, 1);
    assertThat(fewerThanOne.whenUnanswered()).isTrue();
    assertThat(fewerThanOne.test(answering(null))).isTrue();
    assertThat(fewerThanOne.test(answering(Answer.choice("a")))).isFalse();
  }

  @Test
  void containsNeverMatchesAnEmptyKeyword() {
    assertThat(new AnswerCondition.Contains(Q, "").test(answering(Answer.text("anything"))))
        .isFalse();
    assertThat(new AnswerCondition.Contains(Q, "Late").test(answering(Answer.number(1))))
        .as("no text").isFalse();
  }

  @Test
  void satisfactionComparesExactlyAtItsConstant() {
    AnswerCondition below60 = new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, 60);
    assertThat(below60.test(satisfaction(60.0))).isFalse();
    assertThat(below60.test(satisfaction(59.99))).isTrue();
    assertThat(below60.test(satisfaction(null))).isFalse();
    assertThat(new AnswerCondition.Not(below60).test(satisfaction(null))).isTrue();
    assertThat(new AnswerCondition.Satisfaction(AnswerCondition.Operator.LE, 60)
        .test(satisfaction(60.0))).isTrue();
  }

  static Answers satisfaction(@Nullable Double percent) {
    return new Answers() {
      @Override
      public @Nullable Answer get(QuestionId question) {
        return null;
      }

      @Override
      public @Nullable Double satisfactionPercent() {
        return percent;
      }
    };
  }

  static Answers in(Stratum stratum) {
    return new Answers() {
      @Override
      public @Nullable Answer get(QuestionId question) {
        return null;
      }

      @Override
      public Stratum stratum() {
        return stratum;
      }
    };
  }

  @Test
  void stratumNodesCompareEachFieldExactly() {
    Stratum stratum = new Stratum(Role.PROMOTION, TaskStage.MID, Experience.FIRST_TIME,
        Perspective.CLIENT, Urgency.ULTRA_URGENT);
    assertThat(List.of(AnswerCondition.StratumIs.Field.values()).stream()
        .map(field -> field.of(stratum)).toList())
        .containsExactly("promotion", "mid", "first_time", "client", "ultra_urgent");
    AnswerCondition client =
        new AnswerCondition.StratumIs(AnswerCondition.StratumIs.Field.PERSPECTIVE, "client");
    assertThat(client.test(in(stratum))).isTrue();
    assertThat(new AnswerCondition.StratumIs(AnswerCondition.StratumIs.Field.PERSPECTIVE, "CLIENT")
        .test(in(stratum))).as("compared exactly").isFalse();
    assertThat(client.test(in(new Stratum(Role.PROMOTION, TaskStage.MID, Experience.FIRST_TIME,
        Perspective.CUSTOMER, Urgency.ULTRA_URGENT)))).isFalse();
    assertThat(AnswerCondition.StratumIs.Field.ROLE.allowed()).isEmpty();
    assertThat(AnswerCondition.StratumIs.Field.STAGE.allowed()).containsExactly("early", "mid",
        "end");
    assertThat(AnswerCondition.StratumIs.Field.EXPERIENCE.allowed())
        .containsExactly("first_time", "repeat");
    assertThat(AnswerCondition.StratumIs.Field.PERSPECTIVE.allowed()).hasSize(
        Perspective.values().length).contains("self", "customer", "client");
    assertThat(AnswerCondition.StratumIs.Field.URGENCY.allowed()).hasSize(
        Urgency.values().length).contains("routine", "ultra_urgent");
  }

  @Test
  void andAndOrFoldTheirPartsAndEmptyOnesAreTheirIdentity() {
    AnswerCondition yes = new AnswerCondition.Answered(Q);
    AnswerCondition no = new AnswerCondition.Not(yes);
    Answers answered = answering(Answer.number(1));
    assertThat(new AnswerCondition.And(List.of(yes, yes)).test(answered)).isTrue();
    assertThat(new AnswerCondition.And(List.of(yes, no)).test(answered)).isFalse();
    assertThat(new AnswerCondition.And(List.of(no, yes)).test(answered)).isFalse();
    assertThat(new AnswerCondition.And(List.of()).test(answered)).isTrue();
    assertThat(new AnswerCondition.Or(List.of(no, no)).test(answered)).isFalse();
    assertThat(new AnswerCondition.Or(List.of(no, yes)).test(answered)).isTrue();
    assertThat(new AnswerCondition.Or(List.of(yes, no)).test(answered)).isTrue();
    assertThat(new AnswerCondition.Or(List.of()).test(answered)).isFalse();
  }

  @Test
  void describeWritesEveryNodeAsExplanationsShowIt() {
    QuestionId p = QuestionId.of("p");
    AnswerCondition tree = new AnswerCondition.Or(List.of(
        new AnswerCondition.And(List.of(
            new AnswerCondition.Compare(Q, AnswerCondition.Operator.LE, 2.5),
            new AnswerCondition.Answered(p),
            new AnswerCondition.Selected(p, "late"))),
        new AnswerCondition.Not(new AnswerCondition.Contains(p, "迟到")),
        new AnswerCondition.Chosen(p, AnswerCondition.Operator.GE, 2),
        new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, 1e-5),
        new AnswerCondition.StratumIs(AnswerCondition.StratumIs.Field.URGENCY, "urgent")));
    assertThat(tree.describe()).isEqualTo("((q <= 2.5 and p answered and p selected late)"
        + " or not p contains \"迟到\" or options chosen in p >= 2 or satisfaction < 0.00001"
        + " or stratum.urgency = urgent)");
    assertThat(tree.size()).isEqualTo(10);
    assertThat(tree.dependsOn()).containsExactly(p, Q);
    assertThat(tree.children()).hasSize(5);
    assertThat(new AnswerCondition.Not(tree).children()).containsExactly(tree);
    assertThat(new AnswerCondition.Answered(p).children()).isEmpty();
    Set<QuestionId> none = new TreeSet<>();
    new AnswerCondition.Satisfaction(AnswerCondition.Operator.LT, 1).collect(none);
    new AnswerCondition.StratumIs(AnswerCondition.StratumIs.Field.ROLE, "x").collect(none);
    assertThat(none).isEmpty();
  }

  @Test
  void numbersAreDescribedAsPlainDecimalsAndNonFiniteOnesAsJavaWritesThem() {
    assertThat(AnswerCondition.compare("q", AnswerCondition.Operator.EQ, -0.0).describe())
        .isEqualTo("q = 0");
    assertThat(AnswerCondition.compare("q", AnswerCondition.Operator.EQ, 1e20).describe())
        .isEqualTo("q = 100000000000000000000");
    assertThat(AnswerCondition.compare("q", AnswerCondition.Operator.NE, 3.0).describe())
        .isEqualTo("q != 3");
    assertThat(AnswerCondition.compare("q", AnswerCondition.Operator.GT, Double.NaN).describe())
        .isEqualTo("q > NaN");
    assertThat(new AnswerCondition.Chosen(Q, AnswerCondition.Operator.LT,
        Double.POSITIVE_INFINITY).describe()).isEqualTo("options chosen in q < Infinity");
    assertThatThrownBy(() -> AnswerCondition.canonical(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a finite number: NaN");
  }
}
