package dev.huifang.generators;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Dimension;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Period;
import dev.huifang.core.Perspective;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Template;
import dev.huifang.core.WorkerId;
import dev.huifang.questionnaire.Answer;
import dev.huifang.questionnaire.AnswerCondition;
import dev.huifang.questionnaire.AnswerOption;
import dev.huifang.questionnaire.Question;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.QuestionSelector;
import dev.huifang.questionnaire.QuestionType;
import dev.huifang.questionnaire.QuestionnaireRun;
import dev.huifang.questionnaire.SelectedQuestion;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.questionnaire.SelectionPlan;
import dev.huifang.questionnaire.SelectionRequest;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.testing.Generator;
import dev.huifang.testing.Invalid;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Generators of questionnaire values: question banks, stratification policies, engagements to
 * select for, selected questionnaires and sets of answers to them, valid or breaking exactly one
 * rule.
 *
 * <p>A valid bank has no Problems ({@link QuestionBank#problems()}); a valid policy validates; a
 * valid {@link Selection} selects a questionnaire; a valid {@link AnswerSet} is accepted by
 * {@code QuestionnaireRun.start(questionnaire).answerAll(answers)}.
 */
public final class QuestionnaireValues {

  /** The dimensions of generated banks. */
  public static final List<Dimension> DIMENSIONS = List.of(Dimension.EFFICIENCY,
      Dimension.QUALITY, Dimension.ATTITUDE, Dimension.TURNOUT);

  /** The start of every generated engagement's period. */
  public static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

  /** The perspectives the default bank asks from, which {@link #selections()} use. */
  public static final List<Perspective> PERSPECTIVES = List.of(Perspective.SELF,
      Perspective.CUSTOMER, Perspective.INTERNAL_TEAM, Perspective.CLIENT);

  private QuestionnaireValues() {}

  /**
   * A bank, a policy and a request that selects a questionnaire from them.
   *
   * @param bank the bank
   * @param policy the policy
   * @param request the request
   */
  public record Selection(QuestionBank bank, StratificationPolicy policy, SelectionRequest request) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a part is null
     */
    public Selection {
      requireNonNull(bank, "bank is null");
      requireNonNull(policy, "policy is null");
      requireNonNull(request, "request is null");
    }

    /**
     * Selects the questionnaire.
     *
     * @return the questionnaire, or the Problems of the bank, the policy or the request
     */
    public Validation<io.vavr.collection.Seq<Problem>, SelectedQuestionnaire> select() {
      return QuestionSelector.of(bank, policy).flatMap(selector -> selector.select(request));
    }
  }

  /**
   * A selected questionnaire and answers to give it, in the order to give them.
   *
   * @param questionnaire the questionnaire
   * @param answers the answers, by question, in order
   */
  public record AnswerSet(SelectedQuestionnaire questionnaire, Map<QuestionId, Answer> answers) {

    /**
     * Creates the record; answers are copied, in their order.
     *
     * @throws NullPointerException if a part is null
     */
    public AnswerSet {
      requireNonNull(questionnaire, "questionnaire is null");
      answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /**
     * Starts a run of the questionnaire and gives every answer in order.
     *
     * @return the run, or the Problems of the first bad answer
     */
    public Validation<io.vavr.collection.Seq<Problem>, QuestionnaireRun> run() {
      return QuestionnaireRun.start(questionnaire).answerAll(answers);
    }
  }

  /** One rule an invalid policy breaks. */
  public enum PolicyDefect {
    /** The fallback plan needs more open questions than it allows. */
    MORE_OPEN_THAN_ALLOWED("fallback.minOpen", Problem.INFEASIBLE,
        "a plan must not need more open questions than it allows"),
    /** The fallback plan allows fewer questions than its minimum. */
    MAX_BELOW_MIN("fallback.maxQuestions", Problem.INFEASIBLE,
        "a plan's maxQuestions must not be below its minQuestions");

    private final String path;
    private final String code;
    private final String rule;

    PolicyDefect(String path, String code, String rule) {
      this.path = path;
      this.code = code;
      this.rule = rule;
    }
  }

  /** One rule an invalid answer set breaks, with its first answer. */
  public enum AnswerDefect {
    /** An answer to a question the questionnaire does not ask. */
    UNKNOWN_QUESTION("an answer must be to a question of the questionnaire"),
    /** The first visible question's answer is outside its type's range or options. */
    OUT_OF_RANGE("an answer must fit its question's type, range and options");

    private final String rule;

    AnswerDefect(String rule) {
      this.rule = rule;
    }
  }

  /**
   * Banks of 3 to 25 questions of every type over {@link #DIMENSIONS}, some core, some shown or
   * required only after an earlier star rating.
   *
   * @return the generator
   */
  public static Generator<QuestionBank> banks() {
    return (random, size) -> {
      int count = random.nextInt(3, Math.max(3, Math.min(25, size)) + 1);
      List<Question> questions = new ArrayList<>();
      List<QuestionId> ratings = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        questions.add(question(random, i, ratings));
      }
      return new QuestionBank("generated", 1, questions);
    };
  }

  private static Question question(RandomGenerator random, int i, List<QuestionId> ratings) {
    QuestionType type = QuestionType.values()[random.nextInt(QuestionType.values().length)];
    int priority = random.nextInt(0, Question.MAX_PRIORITY + 1);
    boolean core = random.nextInt(10) == 0;
    int condition = random.nextInt(4);
    QuestionId id = QuestionId.of("q" + i);
    Question.Builder builder = Question.builder().id(id)
        .text(Template.of("问题" + i, "Question " + i)).type(type)
        .dimension(DIMENSIONS.get(random.nextInt(DIMENSIONS.size()))).priority(priority)
        .core(core && type != QuestionType.OPEN_TEXT);
    if (type.hasOptions()) {
      builder.addOptions(AnswerOption.of("a", "甲", "A"), AnswerOption.of("b", "乙", "B"));
    }
    if (!core && !ratings.isEmpty() && condition > 0) {
      QuestionId read = ratings.get(condition % ratings.size());
      builder.visibleIf(condition == 1
          ? AnswerCondition.compare(read.value(), AnswerCondition.Operator.LE, 2)
          : condition == 2 ? new AnswerCondition.Not(new AnswerCondition.Answered(read))
          : new AnswerCondition.Or(List.of(AnswerCondition.compare(read.value(),
              AnswerCondition.Operator.GE, 4), new AnswerCondition.Answered(read))));
    }
    if (!core && !ratings.isEmpty() && priority % 3 == 0) {
      builder.requiredIf(AnswerCondition.compare(
          ratings.get(priority % ratings.size()).value(), AnswerCondition.Operator.LE, 3));
    }
    if (type == QuestionType.STAR_RATING) {
      ratings.add(id);
    }
    return builder.build();
  }

  /**
   * Valid policies: the default strata with a fallback plan of 3 to 8 questions, 0 to 2 open ones
   * and a quota on one dimension.
   *
   * @return the generator
   */
  public static Generator<StratificationPolicy> policies() {
    return (random, size) -> {
      int max = random.nextInt(3, 9);
      int minOpen = random.nextInt(0, 3);
      SelectionPlan fallback = new SelectionPlan(List.of(), new java.util.TreeMap<>(Map.of(
          DIMENSIONS.get(random.nextInt(DIMENSIONS.size())), random.nextInt(1, 4))),
          Math.min(3, max), max, random.nextInt(60, 241), minOpen, 2);
      return new StratificationPolicy(StratificationPolicy.defaults().rules(), fallback);
    };
  }

  /**
   * Policies that break exactly {@code defect}; {@code validate()} gives its Problem.
   *
   * @param defect the rule to break
   * @return the generator
   */
  public static Generator<Invalid<StratificationPolicy>> invalidPolicies(PolicyDefect defect) {
    return policies().map(valid -> {
      SelectionPlan f = valid.fallback();
      SelectionPlan broken = switch (defect) {
        case MORE_OPEN_THAN_ALLOWED -> new SelectionPlan(f.requiredDimensions(), f.quotas(),
            f.minQuestions(), f.maxQuestions(), f.maxSeconds(), f.minQuestions(), f.minQuestions() - 1);
        case MAX_BELOW_MIN -> new SelectionPlan(f.requiredDimensions(), f.quotas(),
            f.minQuestions() + 1, f.minQuestions(), f.maxSeconds(), 0, 0);
      };
      return new Invalid<>(new StratificationPolicy(valid.rules(), broken), defect.path,
          defect.code, defect.rule);
    });
  }

  /**
   * Valid engagements of the three built-in roles at every stage, open-ended from {@link #START}.
   *
   * @return the generator
   */
  public static Generator<Engagement> engagements() {
    return (random, size) -> {
      int n = random.nextInt(1, 100_000);
      return Engagement.builder().id(EngagementId.of("e-" + n)).workerId(WorkerId.of("w-" + n))
          .role(List.of(Role.PROMOTION, Role.TECHNICAL_SUPPORT, Role.LOGISTICS)
              .get(random.nextInt(3)))
          .stage(TaskStage.values()[random.nextInt(TaskStage.values().length)])
          .period(Period.openFrom(START.plusSeconds(3600L * random.nextInt(0, 24 * 365))))
          .priorEngagements(random.nextInt(0, 41)).build();
    };
  }

  /**
   * Selections from the default bank under the default policy, for generated engagements, the
   * {@link #PERSPECTIVES} and every seed.
   *
   * @return the generator
   */
  public static Generator<Selection> selections() {
    return engagements().flatMap(engagement -> (random, size) ->
        new Selection(QuestionBank.defaults(), StratificationPolicy.defaults(),
            SelectionRequest.of(engagement,
                PERSPECTIVES.get(random.nextInt(PERSPECTIVES.size())),
                random.nextLong())));
  }

  /**
   * Questionnaires selected by {@link #selections()}.
   *
   * @return the generator
   */
  public static Generator<SelectedQuestionnaire> questionnaires() {
    return selections().map(selection -> orFail(selection.select(), "selection"));
  }

  /**
   * Valid answers to a questionnaire: each question that is visible when its turn comes is
   * answered within its type's range (a star rating 1 to 5, a choice among its options, a text).
   *
   * @return the generator
   */
  public static Generator<AnswerSet> answerSets() {
    return questionnaires().flatMap(questionnaire -> (random, size) -> {
      Map<QuestionId, Answer> answers = new LinkedHashMap<>();
      QuestionnaireRun run = QuestionnaireRun.start(questionnaire);
      for (SelectedQuestion selected : questionnaire.questions()) {
        Question question = selected.question();
        if (run.isVisible(question.id()) && random.nextInt(5) > 0) {
          Answer answer = answerFor(question, random.nextInt(1, 6));
          answers.put(question.id(), answer);
          run = orFail(run.answer(question.id(), answer), "answer");
        }
      }
      return new AnswerSet(questionnaire, answers);
    });
  }

  /**
   * Answer sets whose first answer breaks exactly {@code defect}; {@link AnswerSet#run()} gives
   * its Problem, under {@code answers.<question>}.
   *
   * @param defect the rule to break
   * @return the generator
   */
  public static Generator<Invalid<AnswerSet>> invalidAnswerSets(AnswerDefect defect) {
    return answerSets().map(valid -> {
      Map<QuestionId, Answer> answers = new LinkedHashMap<>();
      String path;
      String code;
      if (defect == AnswerDefect.UNKNOWN_QUESTION) {
        QuestionId unknown = QuestionId.of("not-asked");
        answers.put(unknown, Answer.number(1));
        path = "answers." + unknown.value();
        code = Problem.UNKNOWN;
      } else {
        QuestionnaireRun run = QuestionnaireRun.start(valid.questionnaire());
        Question first = run.visible().get(0);
        path = "answers." + first.id().value();
        code = Problem.RANGE;
        Answer bad = switch (first.type()) {
          case STAR_RATING -> Answer.number(6);
          case NPS -> Answer.number(11);
          case YES_NO -> Answer.number(2);
          case NUMBER -> Answer.number(Double.NaN);
          case SINGLE_CHOICE, MULTIPLE_CHOICE -> Answer.choice("not-an-option");
          case OPEN_TEXT -> Answer.text(" ");
        };
        if (first.type().hasOptions()) {
          path += ".options";
          code = Problem.UNKNOWN;
        } else if (first.type() == QuestionType.OPEN_TEXT) {
          path += ".text";
          code = Problem.BLANK;
        }
        answers.put(first.id(), bad);
      }
      valid.answers().forEach(answers::putIfAbsent);
      return new Invalid<>(new AnswerSet(valid.questionnaire(), answers), path, code, defect.rule);
    });
  }

  /**
   * A valid answer to {@code question} from a value in {@code [1, 5]}.
   *
   * @param question the question
   * @param value a value in {@code [1, 5]}
   * @return the answer
   */
  public static Answer answerFor(Question question, int value) {
    return switch (question.type()) {
      case STAR_RATING, NUMBER -> Answer.number(value);
      case NPS -> Answer.number(value * 2);
      case YES_NO -> Answer.yesNo(value > 2);
      case SINGLE_CHOICE -> Answer.choice(question.options().get(value % question.options().size()).id());
      case MULTIPLE_CHOICE -> Answer.choices(question.options().get(0).id());
      case OPEN_TEXT -> Answer.text("text " + value);
    };
  }

  private static <T> T orFail(Validation<io.vavr.collection.Seq<Problem>, T> result, String what) {
    if (result.isInvalid()) {
      throw new IllegalStateException("a generated " + what + " failed: " + result.getError());
    }
    return result.get();
  }
}
