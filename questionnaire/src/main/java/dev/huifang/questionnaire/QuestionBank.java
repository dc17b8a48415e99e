package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Limits;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned bank of questions to select follow-ups from.
 *
 * <p>Its rules ({@link #validate}): a non-blank id, version {@code >= 1}, unique question ids
 * (also ignoring case), names SurveyJS can address that are not one of
 * {@link SurveyJs#RESERVED_NAMES} and do not start with {@link SurveyJs#TRIGGER_PREFIX} (ignoring
 * case), and conditions ({@code visibleIf} and {@code requiredIf} alike) that only read questions
 * placed earlier in the bank (so visibility and required-ness can never go round in a circle),
 * compare only numeric questions with finite numbers, select only options that exist, look for a
 * non-blank keyword only in open-text questions, count options only of choice questions, name
 * stratum values that exist, and never read the satisfaction in a star rating's {@code visibleIf}
 * (the satisfaction depends on which ratings are visible).
 *
 * @param id identifies the bank
 * @param version its version
 * @param questions the questions, in the order questionnaires present them
 */
public record QuestionBank(String id, int version, List<Question> questions) {

  /**
   * Creates a bank without checking it; see {@link #validate}.
   *
   * @throws NullPointerException if id or questions is null
   */
  public QuestionBank {
    requireNonNull(id, "id is null");
    questions = List.copyOf(questions);
  }

  /**
   * Huifang's built-in bank, in zh-CN and en: the worker's own follow-up for promotion, technical
   * support and logistics at every stage, first-time or repeat; the customer's and the internal
   * team's views; headhunting clients on urgent (within 24 h) and longer orders; staffing clients.
   * Situational questions read {@code product} and {@code feature} from the engagement's context.
   */
  public static QuestionBank defaults() {
    return dev.huifang.questionnaire.internal.DefaultBank.bank();
  }

  /** A checked bank, or every Problem of it. */
  public static Validation<Seq<Problem>, QuestionBank> validate(String id, int version,
      List<Question> questions) {
    QuestionBank bank = new QuestionBank(id, version, questions);
    Seq<Problem> problems = bank.problems();
    return problems.isEmpty() ? Validation.valid(bank) : Validation.invalid(problems);
  }

  /** The question with this id, if the bank has it. */
  public Optional<Question> question(QuestionId id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** The Problems of this bank. */
  public Seq<Problem> problems() {
    Checklist checks = Checklist.root().notBlank("id", id).atLeast("version", version, 1)
        .require(!questions.isEmpty(), Problem.REQUIRED, "questions", null,
            "must hold at least one question");
    Map<QuestionId, Integer> seen = new LinkedHashMap<>();
    Map<String, Integer> names = new java.util.HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      String at = Problem.index("questions", i);
      Integer previous = seen.putIfAbsent(question.id(), i);
      checks.require(previous == null, Problem.DUPLICATE, at + ".id", question.id().value(),
          "must be unique (also at questions[" + previous + "])");
      String name = question.id().value();
      String folded = name.toLowerCase(java.util.Locale.ROOT);
      Integer sameName = previous == null ? names.putIfAbsent(folded, i) : null;
      checks.require(sameName == null, Problem.DUPLICATE, at + ".id", name,
          "must differ from questions[" + sameName + "] also ignoring case, as SurveyJS compares"
              + " names");
      checks.require(addressable(name), Problem.FORMAT, at + ".id", name,
          "must be a name SurveyJS can address: no braces, brackets or quotes, not starting with $");
      checks.require(SurveyJs.RESERVED_NAMES.stream().noneMatch(name::equalsIgnoreCase),
          Problem.CONFLICT, at + ".id", name, "must not be named like a variable the SurveyJS"
              + " export declares " + SurveyJs.RESERVED_NAMES + ", ignoring case");
      checks.require(!name.toLowerCase(java.util.Locale.ROOT).startsWith(
          SurveyJs.TRIGGER_PREFIX.toLowerCase(java.util.Locale.ROOT)), Problem.CONFLICT,
          at + ".id", name, "must not start with " + SurveyJs.TRIGGER_PREFIX
              + ", ignoring case: the SurveyJS export names the host's triggers so");
      AnswerCondition condition = question.visibleIf();
      if (condition != null && shallow(checks, at + ".visibleIf", condition)) {
        checks.addAll(at + ".visibleIf", conditionProblems(condition, seen, i, true));
      }
      AnswerCondition required = question.requiredIf();
      if (required != null && shallow(checks, at + ".requiredIf", required)) {
        checks.addAll(at + ".requiredIf", conditionProblems(required, seen, i, false));
      }
    }
    return checks.problems();
  }

  /**
   * Records a Problem and answers false when {@code condition} is nested deeper than
   * {@link Limits#MAX_CONDITION_DEPTH}: measured without recursion, before anything walks it.
   */
  static boolean shallow(Checklist checks, String field, AnswerCondition condition) {
    if (Limits.depthExceeds(condition, AnswerCondition::children, Limits.MAX_CONDITION_DEPTH)) {
      checks.nestedAtMost(field, condition, AnswerCondition::children, Limits.MAX_CONDITION_DEPTH);
      return false;
    }
    return true;
  }

  /** A SurveyJS name: no braces, brackets or quotes, not starting with {@code $}. */
  static boolean addressable(String name) {
    if (name.startsWith("$")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '{' || c == '}' || c == '[' || c == ']' || c == '\'' || c == '"') {
        return false;
      }
    }
    return true;
  }

  /**
   * The Problems of a condition that may read the questions in {@code earlier} (by position, all
   * before {@code position}).
   */
  Seq<Problem> conditionProblems(AnswerCondition condition, Map<QuestionId, Integer> earlier,
      int position, boolean visibility) {
    Checklist checks = Checklist.root();
    check(condition, earlier, position, visibility, checks, "");
    return checks.problems();
  }

  private void check(AnswerCondition condition, Map<QuestionId, Integer> earlier, int position,
      boolean visibility, Checklist checks, String path) {
    if (condition instanceof AnswerCondition.And and) {
      nested(and.conditions(), earlier, position, visibility, checks, path);
      return;
    } else if (condition instanceof AnswerCondition.Or or) {
      nested(or.conditions(), earlier, position, visibility, checks, path);
      return;
    } else if (condition instanceof AnswerCondition.Not not) {
      check(not.condition(), earlier, position, visibility, checks,
          Problem.join(path, "condition"));
      return;
    }
    leafShape(condition, checks, path);
    if (condition instanceof AnswerCondition.Satisfaction) {
      Question reader = questions.get(position);
      checks.require(!visibility || reader.type() != QuestionType.STAR_RATING,
          Problem.INCONSISTENT, path, condition.describe(), "must not be read by a star rating's"
              + " visibleIf: the satisfaction depends on which star ratings are visible");
      return;
    }
    if (condition instanceof AnswerCondition.StratumIs) {
      return;
    }
    QuestionId target = target(condition);
    String at = Problem.join(path, "question");
    Integer index = earlier.get(target);
    Optional<Question> read = question(target);
    if (read.isEmpty()) {
      checks.add(Problem.of(Problem.UNKNOWN, at, target.value(), "must name a question of the bank"));
      return;
    }
    if (index == null || index >= position) {
      checks.add(Problem.of(Problem.ORDER, at, target.value(),
          "must name a question placed before this one"));
    }
    QuestionType type = read.get().type();
    if (condition instanceof AnswerCondition.Compare
        && (type.hasOptions() || type == QuestionType.OPEN_TEXT)) {
      checks.add(Problem.of(Problem.INCONSISTENT, at, target.value(),
          "must name a numeric question to compare, not a " + type + " one"));
    }
    if (condition instanceof AnswerCondition.Contains && type != QuestionType.OPEN_TEXT) {
      checks.add(Problem.of(Problem.INCONSISTENT, at, target.value(),
          "must name an OPEN_TEXT question to look for a keyword, not a " + type + " one"));
    }
    if (condition instanceof AnswerCondition.Chosen && !type.hasOptions()) {
      checks.add(Problem.of(Problem.INCONSISTENT, at, target.value(),
          "must name a choice question to count its options, not a " + type + " one"));
    }
    if (condition instanceof AnswerCondition.Selected selected) {
      boolean known = read.get().options().stream().anyMatch(o -> o.id().equals(selected.option()));
      checks.require(known, Problem.UNKNOWN, Problem.join(path, "option"), selected.option(),
          "must be an option of " + target.value());
    }
  }

  /** The question a leaf condition reads. */
  static QuestionId target(AnswerCondition leaf) {
    if (leaf instanceof AnswerCondition.Compare compare) {
      return compare.question();
    } else if (leaf instanceof AnswerCondition.Selected selected) {
      return selected.question();
    } else if (leaf instanceof AnswerCondition.Contains contains) {
      return contains.question();
    } else if (leaf instanceof AnswerCondition.Chosen chosen) {
      return chosen.question();
    }
    return ((AnswerCondition.Answered) leaf).question();
  }

  /**
   * The Problems of a condition's nodes by themselves, wherever the condition is used (a host
   * trigger may read any question): a finite constant to compare, a keyword that is not blank and
   * that a SurveyJS string can hold, a stratum value that exists, at least one condition under
   * {@code and} and {@code or}. The tree must be shallow enough to walk.
   */
  static Seq<Problem> nodeProblems(AnswerCondition condition) {
    Checklist checks = Checklist.root();
    walkShape(condition, checks, "");
    return checks.problems();
  }

  private static void walkShape(AnswerCondition condition, Checklist checks, String path) {
    if (condition instanceof AnswerCondition.Not not) {
      walkShape(not.condition(), checks, Problem.join(path, "condition"));
      return;
    }
    if (condition instanceof AnswerCondition.And || condition instanceof AnswerCondition.Or) {
      List<AnswerCondition> parts = condition.children();
      checks.require(!parts.isEmpty(), Problem.REQUIRED, Problem.join(path, "conditions"), null,
          "must hold at least one condition");
      for (int i = 0; i < parts.size(); i++) {
        walkShape(parts.get(i), checks, Problem.index(Problem.join(path, "conditions"), i));
      }
      return;
    }
    leafShape(condition, checks, path);
  }

  private static void leafShape(AnswerCondition leaf, Checklist checks, String path) {
    double value = leaf instanceof AnswerCondition.Compare compare ? compare.value()
        : leaf instanceof AnswerCondition.Chosen chosen ? chosen.value()
        : leaf instanceof AnswerCondition.Satisfaction satisfaction ? satisfaction.value() : 0;
    if (!Double.isFinite(value)) {
      checks.add(Problem.of(Problem.RANGE, Problem.join(path, "value"), String.valueOf(value),
          "must be a finite number"));
    }
    if (leaf instanceof AnswerCondition.Contains contains) {
      checks.notBlank(Problem.join(path, "keyword"), contains.keyword());
      checks.require(!contains.keyword().endsWith("\\"), Problem.FORMAT,
          Problem.join(path, "keyword"), contains.keyword(),
          "must not end with a backslash: a SurveyJS string literal cannot hold it");
    }
    if (leaf instanceof AnswerCondition.StratumIs stratum) {
      List<String> values = stratum.field().allowed();
      checks.require(values.isEmpty() ? !stratum.value().isBlank()
          : values.contains(stratum.value()), Problem.UNKNOWN, Problem.join(path, "value"),
          stratum.value(), values.isEmpty() ? "must be a role code"
              : "must be one of " + values);
    }
  }

  private void nested(List<AnswerCondition> conditions, Map<QuestionId, Integer> earlier,
      int position, boolean visibility, Checklist checks, String path) {
    checks.require(!conditions.isEmpty(), Problem.REQUIRED, Problem.join(path, "conditions"), null,
        "must hold at least one condition");
    for (int i = 0; i < conditions.size(); i++) {
      check(conditions.get(i), earlier, position, visibility, checks,
          Problem.index(Problem.join(path, "conditions"), i));
    }
  }
}
