package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.huifang.core.QuestionId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A condition on the answers given so far: when a question is shown, when a trigger fires.
 *
 * <p>The semantics are exact so that a front end can evaluate the same tree: a comparison on an
 * unanswered question is false (so {@code not} of it is true); yes/no answers compare as 1 and 0;
 * {@code selected} is true when a choice answer contains the option. Each node maps to one
 * SurveyJS expression ({@code {q} notempty and {q} <= 2}). In JSON each node is an object with a
 * {@code type} name.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AnswerCondition.Compare.class, name = "compare"),
    @JsonSubTypes.Type(value = AnswerCondition.Answered.class, name = "answered"),
    @JsonSubTypes.Type(value = AnswerCondition.Selected.class, name = "selected"),
    @JsonSubTypes.Type(value = AnswerCondition.And.class, name = "and"),
    @JsonSubTypes.Type(value = AnswerCondition.Or.class, name = "or"),
    @JsonSubTypes.Type(value = AnswerCondition.Not.class, name = "not")})
public sealed interface AnswerCondition {

  /**
   * A finite number as a plain decimal, as SurveyJS expressions read it: no exponent ({@code 1e-5}
   * is {@code 0.00001}), no trailing zeros, and whole numbers of any size written in full, never
   * cast to a {@code long}; {@code -0} is {@code 0}.
   *
   * @throws IllegalArgumentException for NaN or an infinity, which bank validation rejects
   */
  static String canonical(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == 0) {
      return "0";
    }
    return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }


  /** Whether the condition holds for these answers. */
  boolean test(Answers answers);

  /** Adds the questions the condition reads to {@code into}. */
  void collect(Set<QuestionId> into);

  /** The questions the condition reads. */
  default Set<QuestionId> dependsOn() {
    Set<QuestionId> ids = new TreeSet<>();
    collect(ids);
    return ids;
  }

  /** The condition as text, e.g. {@code satisfaction <= 2}. */
  String describe();

  /** The number of nodes, for limits on host-supplied trees. */
  int size();

  /**
   * The conditions directly under this one: those of {@code and} and {@code or}, the one of
   * {@code not}, none for a comparison, {@code answered} or {@code selected}. Validation measures
   * a tree's depth through this without recursing (at most
   * {@link dev.huifang.core.Limits#MAX_CONDITION_DEPTH} levels) before anything walks it.
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default List<AnswerCondition> children() {
    return List.of();
  }

  /** How a comparison compares. */
  enum Operator {
    /** Equal. */
    EQ("="),
    /** Not equal. */
    NE("!="),
    /** Less than. */
    LT("<"),
    /** Less than or equal. */
    LE("<="),
    /** Greater than. */
    GT(">"),
    /** Greater than or equal. */
    GE(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** The operator's symbol. */
    public String symbol() {
      return symbol;
    }

    boolean apply(double left, double right) {
      return switch (this) {
        case EQ -> left == right;
        case NE -> left != right;
        case LT -> left < right;
        case LE -> left <= right;
        case GT -> left > right;
        case GE -> left >= right;
      };
    }
  }

  /** {@code question op value} on a numeric answer (rating, NPS, number, yes = 1 / no = 0). */
  static AnswerCondition compare(String question, Operator op, double value) {
    return new Compare(QuestionId.of(question), op, value);
  }

  /**
   * Compares a numeric answer with a constant; false when the question is unanswered.
   *
   * @param question the question
   * @param op the operator
   * @param value the constant
   */
  record Compare(QuestionId question, Operator op, double value) implements AnswerCondition {

    /** Creates the node. */
    @JsonCreator
    public Compare(@JsonProperty("question") QuestionId question,
        @JsonProperty("op") Operator op, @JsonProperty("value") double value) {
      this.question = requireNonNull(question, "question is null");
      this.op = requireNonNull(op, "op is null");
      this.value = value;
    }

    @Override
    public boolean test(Answers answers) {
      Answer answer = answers.get(question);
      return answer != null && answer.number() != null && op.apply(answer.number(), value);
    }

    @Override
    public void collect(Set<QuestionId> into) {
      into.add(question);
    }

    @Override
    public String describe() {
      String number = Double.isFinite(value) ? canonical(value) : String.valueOf(value);
      return question.value() + " " + op.symbol() + " " + number;
    }

    @Override
    public int size() {
      return 1;
    }
  }

  /**
   * The question has an answer.
   *
   * @param question the question
   */
  record Answered(QuestionId question) implements AnswerCondition {

    /** Creates the node. */
    @JsonCreator
    public Answered(@JsonProperty("question") QuestionId question) {
      this.question = requireNonNull(question, "question is null");
    }

    @Override
    public boolean test(Answers answers) {
      return answers.get(question) != null;
    }

    @Override
    public void collect(Set<QuestionId> into) {
      into.add(question);
    }

    @Override
    public String describe() {
      return question.value() + " answered";
    }

    @Override
    public int size() {
      return 1;
    }
  }

  /**
   * A choice answer contains the option.
   *
   * @param question the choice question
   * @param option the option's id
   */
  record Selected(QuestionId question, String option) implements AnswerCondition {

    /** Creates the node. */
    @JsonCreator
    public Selected(@JsonProperty("question") QuestionId question,
        @JsonProperty("option") String option) {
      this.question = requireNonNull(question, "question is null");
      this.option = requireNonNull(option, "option is null");
    }

    @Override
    public boolean test(Answers answers) {
      Answer answer = answers.get(question);
      return answer != null && answer.options().contains(option);
    }

    @Override
    public void collect(Set<QuestionId> into) {
      into.add(question);
    }

    @Override
    public String describe() {
      return question.value() + " selected " + option;
    }

    @Override
    public int size() {
      return 1;
    }
  }

  /**
   * Every condition holds.
   *
   * @param conditions at least one
   */
  record And(List<AnswerCondition> conditions) implements AnswerCondition {

    /** Creates the node; conditions are copied. */
    @JsonCreator
    public And(@JsonProperty("conditions") List<AnswerCondition> conditions) {
      this.conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(Answers answers) {
      for (AnswerCondition condition : conditions) {
        if (!condition.test(answers)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void collect(Set<QuestionId> into) {
      conditions.forEach(condition -> condition.collect(into));
    }

    @Override
    public String describe() {
      return join(conditions, " and ");
    }

    @Override
    public List<AnswerCondition> children() {
      return conditions;
    }

    @Override
    public int size() {
      return 1 + conditions.stream().mapToInt(AnswerCondition::size).sum();
    }
  }

  /**
   * At least one condition holds.
   *
   * @param conditions at least one
   */
  record Or(List<AnswerCondition> conditions) implements AnswerCondition {

    /** Creates the node; conditions are copied. */
    @JsonCreator
    public Or(@JsonProperty("conditions") List<AnswerCondition> conditions) {
      this.conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(Answers answers) {
      for (AnswerCondition condition : conditions) {
        if (condition.test(answers)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void collect(Set<QuestionId> into) {
      conditions.forEach(condition -> condition.collect(into));
    }

    @Override
    public String describe() {
      return join(conditions, " or ");
    }

    @Override
    public List<AnswerCondition> children() {
      return conditions;
    }

    @Override
    public int size() {
      return 1 + conditions.stream().mapToInt(AnswerCondition::size).sum();
    }
  }

  /**
   * The condition does not hold.
   *
   * @param condition the negated condition
   */
  record Not(AnswerCondition condition) implements AnswerCondition {

    /** Creates the node. */
    @JsonCreator
    public Not(@JsonProperty("condition") AnswerCondition condition) {
      this.condition = requireNonNull(condition, "condition is null");
    }

    @Override
    public boolean test(Answers answers) {
      return !condition.test(answers);
    }

    @Override
    public void collect(Set<QuestionId> into) {
      condition.collect(into);
    }

    @Override
    public String describe() {
      return "not " + condition.describe();
    }

    @Override
    public List<AnswerCondition> children() {
      return List.of(condition);
    }

    @Override
    public int size() {
      return 1 + condition.size();
    }
  }

  private static String join(List<AnswerCondition> conditions, String separator) {
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < conditions.size(); i++) {
      out.append(i == 0 ? "" : separator).append(conditions.get(i).describe());
    }
    return out.append(')').toString();
  }
}
