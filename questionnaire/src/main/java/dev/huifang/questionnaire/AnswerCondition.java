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
 * {@code selected} is true when a choice answer contains the option; {@code contains} is true when
 * an open answer contains a keyword, ignoring case as SurveyJS's {@code contains} does on text;
 * {@code chosen} compares how many options a choice answer holds (0 when unanswered);
 * {@code satisfaction} compares the run's satisfaction percentage (false when there is none, see
 * {@link TriggerPolicy}); {@code stratum} compares a field of the questionnaire's stratum. Each node
 * maps to one SurveyJS expression ({@code {q} notempty and {q} <= 2}). In JSON each node is an
 * object with a {@code type} name.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AnswerCondition.Compare.class, name = "compare"),
    @JsonSubTypes.Type(value = AnswerCondition.Answered.class, name = "answered"),
    @JsonSubTypes.Type(value = AnswerCondition.Selected.class, name = "selected"),
    @JsonSubTypes.Type(value = AnswerCondition.And.class, name = "and"),
    @JsonSubTypes.Type(value = AnswerCondition.Or.class, name = "or"),
    @JsonSubTypes.Type(value = AnswerCondition.Not.class, name = "not"),
    @JsonSubTypes.Type(value = AnswerCondition.Contains.class, name = "contains"),
    @JsonSubTypes.Type(value = AnswerCondition.Chosen.class, name = "chosen"),
    @JsonSubTypes.Type(value = AnswerCondition.Satisfaction.class, name = "satisfaction"),
    @JsonSubTypes.Type(value = AnswerCondition.StratumIs.class, name = "stratum")})
public sealed interface AnswerCondition {

  /**
   * A constant as {@code describe()} shows it: canonical for a finite one, Java's text for the
   * non-finite values that bank validation refuses (a description must never throw).
   */
  private static String described(double value) {
    return Double.isFinite(value) ? canonical(value) : String.valueOf(value);
  }

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

  /**
   * Text as SurveyJS compares it with {@code contains} when {@code settings.comparator.caseSensitive}
   * is false (its default): lower-cased by Unicode's locale-independent rules, as JavaScript's
   * {@code toLowerCase()} does.
   */
  static String folded(String text) {
    return text.toLowerCase(java.util.Locale.ROOT);
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
      String number = described(value);
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

  /**
   * An open answer contains a keyword, ignoring case (SurveyJS's {@code contains} on text); false
   * when the question is unanswered, so {@code not} of it is true then, as SurveyJS's
   * {@code notcontains} is.
   *
   * @param question the open-text question
   * @param keyword the text to look for, not blank
   */
  record Contains(QuestionId question, String keyword) implements AnswerCondition {

    /** Creates the node. */
    @JsonCreator
    public Contains(@JsonProperty("question") QuestionId question,
        @JsonProperty("keyword") String keyword) {
      this.question = requireNonNull(question, "question is null");
      this.keyword = requireNonNull(keyword, "keyword is null");
    }

    @Override
    public boolean test(Answers answers) {
      Answer answer = answers.get(question);
      String text = answer == null ? null : answer.text();
      return text != null && !keyword.isEmpty() && folded(text).contains(folded(keyword));
    }

    @Override
    public void collect(Set<QuestionId> into) {
      into.add(question);
    }

    @Override
    public String describe() {
      return question.value() + " contains \"" + keyword + "\"";
    }

    @Override
    public int size() {
      return 1;
    }
  }

  /**
   * Compares how many options a choice answer holds with a constant: 0 when the question is
   * unanswered, 1 for a single choice answered.
   *
   * @param question the choice question
   * @param op the operator
   * @param value the constant
   */
  record Chosen(QuestionId question, Operator op, double value) implements AnswerCondition {

    /** Creates the node. */
    @JsonCreator
    public Chosen(@JsonProperty("question") QuestionId question,
        @JsonProperty("op") Operator op, @JsonProperty("value") double value) {
      this.question = requireNonNull(question, "question is null");
      this.op = requireNonNull(op, "op is null");
      this.value = value;
    }

    @Override
    public boolean test(Answers answers) {
      Answer answer = answers.get(question);
      return op.apply(answer == null ? 0 : answer.options().size(), value);
    }

    /** Whether the node holds for a question without an answer (0 options chosen). */
    public boolean whenUnanswered() {
      return op.apply(0, value);
    }

    @Override
    public void collect(Set<QuestionId> into) {
      into.add(question);
    }

    @Override
    public String describe() {
      String number = described(value);
      return "options chosen in " + question.value() + " " + op.symbol() + " " + number;
    }

    @Override
    public int size() {
      return 1;
    }
  }

  /**
   * Compares the run's satisfaction percentage (0-100, as {@link TriggerPolicy} defines it) with a
   * constant; false when the run has no satisfaction (no indicator answered, or a perspective
   * whose ratings are not satisfaction).
   *
   * @param op the operator
   * @param value the constant
   */
  record Satisfaction(Operator op, double value) implements AnswerCondition {

    /** Creates the node. */
    @JsonCreator
    public Satisfaction(@JsonProperty("op") Operator op, @JsonProperty("value") double value) {
      this.op = requireNonNull(op, "op is null");
      this.value = value;
    }

    @Override
    public boolean test(Answers answers) {
      Double percent = answers.satisfactionPercent();
      return percent != null && op.apply(percent, value);
    }

    @Override
    public void collect(Set<QuestionId> into) {
      // reads no question's answer directly
    }

    @Override
    public String describe() {
      String number = described(value);
      return "satisfaction " + op.symbol() + " " + number;
    }

    @Override
    public int size() {
      return 1;
    }
  }

  /**
   * A field of the questionnaire's stratum equals a value: a role code such as
   * {@code promotion}, or a stage, experience, perspective or urgency in lower case such as
   * {@code mid}, {@code first_time}, {@code customer}, {@code ultra_urgent}. Compared exactly.
   *
   * @param field the stratum's field
   * @param value the value it must have
   */
  record StratumIs(Field field, String value) implements AnswerCondition {

    /** Creates the node. */
    @JsonCreator
    public StratumIs(@JsonProperty("field") Field field, @JsonProperty("value") String value) {
      this.field = requireNonNull(field, "field is null");
      this.value = requireNonNull(value, "value is null");
    }

    @Override
    public boolean test(Answers answers) {
      Stratum stratum = answers.stratum();
      return stratum != null && field.of(stratum).equals(value);
    }

    @Override
    public void collect(Set<QuestionId> into) {
      // reads no question's answer
    }

    @Override
    public String describe() {
      return "stratum." + field.name().toLowerCase(java.util.Locale.ROOT) + " = " + value;
    }

    @Override
    public int size() {
      return 1;
    }

    /** A field of a stratum. */
    public enum Field {
      /** The worker's role code. */
      ROLE,
      /** The task stage. */
      STAGE,
      /** First-time or repeat. */
      EXPERIENCE,
      /** Who answers. */
      PERSPECTIVE,
      /** How urgent the order was. */
      URGENCY;

      /** This field's value in {@code stratum}, as conditions compare it. */
      public String of(Stratum stratum) {
        return switch (this) {
          case ROLE -> stratum.role().code();
          case STAGE -> lower(stratum.stage());
          case EXPERIENCE -> lower(stratum.experience());
          case PERSPECTIVE -> lower(stratum.perspective());
          case URGENCY -> lower(stratum.urgency());
        };
      }

      /** The values this field can have, or an empty list for the role (any role code). */
      public List<String> allowed() {
        Enum<?>[] constants = switch (this) {
          case ROLE -> new Enum<?>[0];
          case STAGE -> dev.huifang.core.TaskStage.values();
          case EXPERIENCE -> dev.huifang.core.Experience.values();
          case PERSPECTIVE -> dev.huifang.core.Perspective.values();
          case URGENCY -> dev.huifang.core.Urgency.values();
        };
        return java.util.Arrays.stream(constants).map(Field::lower).toList();
      }

      private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
      }
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
