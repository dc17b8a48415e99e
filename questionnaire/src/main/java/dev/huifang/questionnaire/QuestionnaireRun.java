package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Ratio;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One respondent's way through a selected questionnaire, as an immutable value: the answers so
 * far, which questions are visible, which required ones are still open, whether it is complete,
 * the estimated time left and the satisfaction computed from its ratings.
 *
 * <p>Answering returns a new run; a bad answer is a Problem and leaves the run as it was. A
 * question is visible when it has no condition or its condition holds on the answers given;
 * answers to questions that become hidden are kept and still read by conditions, as survey
 * front ends do, but do not count for completion or results. A visible question is required when
 * its {@code requiredIf} holds, or, without one, when it is {@code required}. Each answer
 * re-evaluates only the questions whose conditions read it.
 */
public final class QuestionnaireRun {

  /** The longest open answer accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 2000;

  private static final int[] NO_DEPENDENTS = {};

  private final SelectedQuestionnaire questionnaire;
  private final TriggerPolicy policy;
  private final Index index;
  private final io.vavr.collection.HashMap<QuestionId, Answer> answers;
  // Persistent vectors, not arrays: an answer updates its few dependents in O(log n) instead of
  // copying every question's flags, which made answering n questions one by one cost O(n^2).
  private final Vector<Boolean> visible;
  // required-ness whether or not the question is visible; requiredUnanswered combines the two
  private final Vector<Boolean> required;

  private QuestionnaireRun(SelectedQuestionnaire questionnaire, TriggerPolicy policy, Index index,
      io.vavr.collection.HashMap<QuestionId, Answer> answers, Vector<Boolean> visible,
      Vector<Boolean> required) {
    this.questionnaire = questionnaire;
    this.policy = policy;
    this.index = index;
    this.answers = answers;
    this.visible = visible;
    this.required = required;
  }

  /** A run with no answers yet, under the default {@link TriggerPolicy}. */
  public static QuestionnaireRun start(SelectedQuestionnaire questionnaire) {
    return start(questionnaire, TriggerPolicy.defaults());
  }

  /**
   * A run with no answers yet whose {@code satisfaction} conditions read the satisfaction as
   * {@code policy} defines it; {@link #finish()} applies the same policy.
   */
  public static QuestionnaireRun start(SelectedQuestionnaire questionnaire, TriggerPolicy policy) {
    requireNonNull(questionnaire, "questionnaire is null");
    requireNonNull(policy, "policy is null");
    return evaluated(questionnaire, policy, new Index(questionnaire),
        io.vavr.collection.HashMap.empty());
  }

  /**
   * A run with these answers, every question's visibility and required-ness computed anew: first
   * the visibility of the questions whose conditions do not read the satisfaction, then the
   * satisfaction (from the visible ratings), then the rest. A star rating's visibility never reads
   * the satisfaction (bank validation), so this order is exact.
   */
  private static QuestionnaireRun evaluated(SelectedQuestionnaire questionnaire,
      TriggerPolicy policy, Index index, io.vavr.collection.HashMap<QuestionId, Answer> answers) {
    boolean[] visible = new boolean[index.questions.size()];
    boolean[] required = new boolean[visible.length];
    Answers plain = new Context(answers, questionnaire.stratum(), null);
    for (int i = 0; i < visible.length; i++) {
      AnswerCondition condition = index.questions.get(i).visibleIf();
      visible[i] = condition == null || !index.shownBySatisfaction[i] && condition.test(plain);
    }
    Answers lookup = new Context(answers, questionnaire.stratum(), satisfaction(policy,
        questionnaire.stratum(), index.questions, i -> visible[i], answers));
    for (int i = 0; i < visible.length; i++) {
      Question question = index.questions.get(i);
      AnswerCondition condition = question.visibleIf();
      if (condition != null && index.shownBySatisfaction[i]) {
        visible[i] = condition.test(lookup);
      }
      required[i] = question.requiredFor(lookup);
    }
    return new QuestionnaireRun(questionnaire, policy, index, answers, Vector.ofAll(visible),
        Vector.ofAll(required));
  }

  /**
   * A run holding these answers all at once, as a front end that keeps hidden questions' answers
   * returns them: each answer is checked against its question, and visibility and required-ness
   * are computed from all of them. Unlike {@link #answerAll}, an answer to a question hidden now
   * is accepted, because it may have been given while the question was shown; it still counts for
   * nothing but the conditions that read it, as in a run answered one step at a time. Since
   * conditions only read earlier questions, the result equals that of the respondent's own steps.
   *
   * @return the run, or Problems at {@code answers.<question>}: an unknown question, or an answer
   *     that does not fit its question's type, range or options
   */
  public static Validation<Seq<Problem>, QuestionnaireRun> restore(
      SelectedQuestionnaire questionnaire, Map<QuestionId, Answer> given) {
    return restore(questionnaire, given, TriggerPolicy.defaults());
  }

  /**
   * As {@link #restore(SelectedQuestionnaire, Map)}, for a run under {@code policy} (see
   * {@link #start(SelectedQuestionnaire, TriggerPolicy)}).
   */
  public static Validation<Seq<Problem>, QuestionnaireRun> restore(
      SelectedQuestionnaire questionnaire, Map<QuestionId, Answer> given, TriggerPolicy policy) {
    requireNonNull(questionnaire, "questionnaire is null");
    requireNonNull(policy, "policy is null");
    requireNonNull(given, "given is null");
    Index index = new Index(questionnaire);
    Checklist checks = Checklist.root();
    io.vavr.collection.HashMap<QuestionId, Answer> kept = io.vavr.collection.HashMap.empty();
    for (Map.Entry<QuestionId, Answer> entry : new TreeMap<>(given).entrySet()) {
      String path = "answers." + entry.getKey().value();
      Integer position = index.positions.get(entry.getKey());
      if (position == null) {
        checks.add(Problem.of(Problem.UNKNOWN, path, entry.getKey().value(),
            "must be a question of this questionnaire"));
        continue;
      }
      checks.addAll("", answerProblems(index.questions.get(position),
          requireNonNull(entry.getValue(), "answer is null"), path));
      kept = kept.put(entry.getKey(), entry.getValue());
    }
    io.vavr.collection.HashMap<QuestionId, Answer> answers = kept;
    return checks.toValidation(() -> evaluated(questionnaire, policy, index, answers));
  }

  /** The questionnaire being answered. */
  public SelectedQuestionnaire questionnaire() {
    return questionnaire;
  }

  /** The answers given so far, sorted by question id. */
  public SortedMap<QuestionId, Answer> answers() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(answers.toJavaMap()));
  }

  /**
   * Answers a question.
   *
   * @return the run with the answer, or Problems at {@code answers.<question>}: an unknown or
   *     hidden question, or an answer that does not fit its question's type, range or options
   */
  public Validation<Seq<Problem>, QuestionnaireRun> answer(QuestionId question, Answer answer) {
    requireNonNull(question, "question is null");
    requireNonNull(answer, "answer is null");
    String path = "answers." + question.value();
    Integer position = index.positions.get(question);
    if (position == null) {
      return Validation.invalid(io.vavr.collection.List.of(Problem.of(Problem.UNKNOWN, path,
          question.value(), "must be a question of this questionnaire")));
    }
    Question asked = index.questions.get(position);
    Checklist checks = Checklist.root();
    AnswerCondition shownIf = asked.visibleIf();
    if (!visible.get(position)) {
      // only a question with a condition can be hidden
      checks.add(Problem.of(Problem.INCONSISTENT, path, question.value(),
          "must be visible to be answered ("
              + (shownIf == null ? "its condition" : shownIf.describe()) + " does not hold)"));
    }
    checks.addAll("", answerProblems(asked, answer, path));
    if (!checks.isClean()) {
      return checks.toValidation(() -> this);
    }
    io.vavr.collection.HashMap<QuestionId, Answer> next = answers.put(question, answer);
    int[] dependents = index.dependents.getOrDefault(question, NO_DEPENDENTS);
    Vector<Boolean> nextVisible = visible;
    Vector<Boolean> nextRequired = required;
    Answers lookup = new Context(next, questionnaire.stratum(), null);
    for (int dependent : dependents) {
      Question reader = index.questions.get(dependent);
      AnswerCondition condition = reader.visibleIf();
      boolean shown = condition == null || condition.test(lookup);
      if (shown != nextVisible.get(dependent)) {
        nextVisible = nextVisible.update(dependent, shown);
      }
      boolean needed = reader.requiredFor(lookup);
      if (needed != nextRequired.get(dependent)) {
        nextRequired = nextRequired.update(dependent, needed);
      }
    }
    if (index.satisfactionReaders.length > 0) {
      // the satisfaction follows the visible ratings just updated; its readers follow it
      Vector<Boolean> shownNow = nextVisible;
      Answers withSatisfaction = new Context(next, questionnaire.stratum(), satisfaction(policy,
          questionnaire.stratum(), index.questions, shownNow::get, next));
      for (int reader : index.satisfactionReaders) {
        Question readsIt = index.questions.get(reader);
        AnswerCondition condition = readsIt.visibleIf();
        boolean shown = condition == null || condition.test(withSatisfaction);
        if (shown != nextVisible.get(reader)) {
          nextVisible = nextVisible.update(reader, shown);
        }
        boolean needed = readsIt.requiredFor(withSatisfaction);
        if (needed != nextRequired.get(reader)) {
          nextRequired = nextRequired.update(reader, needed);
        }
      }
    }
    return Validation.valid(
        new QuestionnaireRun(questionnaire, policy, index, next, nextVisible, nextRequired));
  }

  /** Answers several questions in order, stopping at the first bad answer. */
  public Validation<Seq<Problem>, QuestionnaireRun> answerAll(Map<QuestionId, Answer> given) {
    Validation<Seq<Problem>, QuestionnaireRun> run = Validation.valid(this);
    for (Map.Entry<QuestionId, Answer> entry : given.entrySet()) {
      run = run.flatMap(r -> r.answer(entry.getKey(), entry.getValue()));
    }
    return run;
  }

  /** True when {@code question} is visible now. */
  public boolean isVisible(QuestionId question) {
    Integer position = index.positions.get(question);
    return position != null && visible.get(position);
  }

  /**
   * True when {@code question} is visible and must be answered now: its {@code requiredIf} holds
   * on the answers given, or it has none and is {@code required}.
   */
  public boolean isRequired(QuestionId question) {
    Integer position = index.positions.get(question);
    return position != null && visible.get(position) && required.get(position);
  }

  /** The visible questions, in questionnaire order. */
  public List<Question> visible() {
    List<Question> shown = new ArrayList<>();
    for (int i = 0; i < visible.size(); i++) {
      if (visible.get(i)) {
        shown.add(index.questions.get(i));
      }
    }
    return shown;
  }

  /** The visible required questions without an answer, in questionnaire order. */
  public List<QuestionId> requiredUnanswered() {
    List<QuestionId> open = new ArrayList<>();
    for (int i = 0; i < visible.size(); i++) {
      Question question = index.questions.get(i);
      if (visible.get(i) && required.get(i) && !answers.containsKey(question.id())) {
        open.add(question.id());
      }
    }
    return open;
  }

  /** True when every visible required question is answered. */
  public boolean isComplete() {
    return requiredUnanswered().isEmpty();
  }

  /** The estimated seconds the visible unanswered questions still take. */
  public int secondsLeft() {
    int seconds = 0;
    for (int i = 0; i < visible.size(); i++) {
      Question question = index.questions.get(i);
      if (visible.get(i) && !answers.containsKey(question.id())) {
        seconds += question.seconds();
      }
    }
    return seconds;
  }

  /**
   * The satisfaction of the customer or client under the run's policy (see {@link TriggerPolicy}):
   * the weighted mean of the visible answered satisfaction indicators on 0-100, or {@code null}
   * when the run's perspective is not one whose ratings are satisfaction or no indicator is
   * answered.
   */
  public @Nullable Double satisfactionPercent() {
    return satisfaction(policy, questionnaire.stratum(), index.questions, visible::get, answers);
  }

  /** The policy the run was started with. */
  public TriggerPolicy policy() {
    return policy;
  }

  /**
   * {@code 25 × Σ w·(stars - 1) / Σ w} over the visible answered star ratings whose dimension
   * weighs {@code w > 0} from the stratum's perspective; whole numbers up to the division, which
   * is the one rounding step, as in the SurveyJS export's expression.
   */
  private static @Nullable Double satisfaction(TriggerPolicy policy, Stratum stratum,
      List<Question> questions, java.util.function.IntPredicate shown,
      io.vavr.collection.HashMap<QuestionId, Answer> answers) {
    if (!policy.satisfactionFrom().contains(stratum.perspective())) {
      return null;
    }
    double points = 0;
    double weights = 0;
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      if (question.type() != QuestionType.STAR_RATING || !shown.test(i)) {
        continue;
      }
      int weight = policy.weight(stratum.perspective(), question.dimension());
      Answer answer = answers.get(question.id()).getOrNull();
      Double stars = answer == null ? null : answer.number();
      if (weight > 0 && stars != null) {
        points += weight * (stars - 1);
        weights += weight;
      }
    }
    return weights == 0 ? null : points * 25 / weights;
  }

  /**
   * Finishes a complete run under the policy it was started with; see
   * {@link #finish(TriggerPolicy)}.
   */
  public Validation<Seq<Problem>, RunOutcome> finish() {
    return finish(policy);
  }

  /**
   * Finishes a complete run: its satisfaction, Findings from its ratings and the follow-up actions
   * its triggers ask for, all under {@code policy}: a phone interview when the satisfaction is below
   * its threshold; per visible answered key question a phone interview
   * ({@code phoneInterviewOnKeyAnswers}) or a deep-dive ({@code deepDiveOnKeyAnswers}); each host
   * trigger whose condition holds. Triggers read only the answers of visible questions (a hidden
   * question's kept answer counts as none) and the satisfaction under {@code policy}.
   *
   * @return the outcome, or Problems: an invalid policy, or a run that is not complete
   *     ({@link Problem#REQUIRED} per unanswered required question)
   */
  public Validation<Seq<Problem>, RunOutcome> finish(TriggerPolicy policy) {
    Checklist checks = Checklist.root().addAll("policy", policy.problems(""));
    for (QuestionId open : requiredUnanswered()) {
      checks.add(new Problem(Problem.REQUIRED, "answers." + open.value(), null,
          "must be answered before the run is finished"));
    }
    if (!checks.isClean()) {
      return checks.toValidation(() -> null);
    }
    return Validation.valid(new RunOutcome(
        satisfaction(policy, questionnaire.stratum(), index.questions, visible::get, answers),
        findings(policy), actions(policy)));
  }

  /**
   * The follow-up actions the answers so far ask for under {@code policy}, as {@link #finish}
   * would give them for this run (it need not be complete): what a SurveyJS front end shows as
   * {@value SurveyJs#PHONE_INTERVIEW_NEEDED}, {@value SurveyJs#DEEP_DIVE_NEEDED} and the
   * {@value SurveyJs#TRIGGER_PREFIX} values while the respondent answers.
   *
   * @throws dev.huifang.core.InvalidModelException if the policy has Problems
   */
  public List<FollowUpAction> actions(TriggerPolicy policy) {
    Checklist.root().addAll("policy", policy.problems("")).throwIfAny("TriggerPolicy");
    Double satisfaction =
        satisfaction(policy, questionnaire.stratum(), index.questions, visible::get, answers);
    List<FollowUpAction> actions = new ArrayList<>();
    if (satisfaction != null && satisfaction < policy.phoneInterviewBelowPercent()) {
      actions.add(new FollowUpAction("satisfaction-below", FollowUpAction.Kind.PHONE_INTERVIEW,
          LocalizedText.of("满意度偏低，请安排电话回访，深入了解原因。",
              "Satisfaction is low: arrange a phone interview to understand why."),
          questionnaire.stratum().perspective().name().toLowerCase(java.util.Locale.ROOT)
              + " satisfaction " + percent(satisfaction) + "% < "
              + percent(policy.phoneInterviewBelowPercent()) + "%"));
    }
    boolean keyAnswersAsk = policy.phoneInterviewOnKeyAnswers() || policy.deepDiveOnKeyAnswers();
    for (int i = 0; i < visible.size(); i++) {
      Question question = index.questions.get(i);
      if (keyAnswersAsk && visible.get(i) && question.key()
          && answers.containsKey(question.id())) {
        LocalizedText text = questionnaire.questions().get(i).text();
        String id = "key-answer:" + question.id().value();
        String reason = "key question " + question.id().value() + " answered";
        actions.add(policy.phoneInterviewOnKeyAnswers()
            ? new FollowUpAction(id, FollowUpAction.Kind.PHONE_INTERVIEW, LocalizedText.of(
                "这是关键问题的回答，请安排电话回访深入了解：" + text.zhCn(),
                "A key question was answered; arrange a phone interview to probe deeper: "
                    + text.en()), reason)
            : new FollowUpAction(id, FollowUpAction.Kind.DEEP_DIVE, LocalizedText.of(
                "这是关键问题的回答，请约一次深入交流：" + text.zhCn(),
                "A key question was answered; arrange a deep-dive: " + text.en()), reason));
      }
    }
    Answers shownOnly = new Context(answers.filterKeys(this::isVisible), questionnaire.stratum(),
        satisfaction);
    for (Trigger trigger : policy.triggers()) {
      if (trigger.when().test(shownOnly)) {
        actions.add(new FollowUpAction(trigger.id(), trigger.kind(), trigger.note(),
            trigger.when().describe()));
      }
    }
    return actions;
  }

  private List<Finding> findings(TriggerPolicy policy) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < visible.size(); i++) {
      Question question = index.questions.get(i);
      Answer answer = answers.get(question.id()).getOrNull();
      Double number = answer == null ? null : answer.number();
      if (!visible.get(i) || number == null || question.type() != QuestionType.STAR_RATING) {
        continue;
      }
      double stars = number;
      Polarity polarity = stars >= policy.strengthAtStars() ? Polarity.STRENGTH
          : stars <= policy.weaknessAtOrBelowStars() ? Polarity.WEAKNESS : null;
      if (polarity == null) {
        continue;
      }
      LocalizedText text = questionnaire.questions().get(i).text();
      String rating = String.valueOf((long) stars);
      findings.add(Finding.builder()
          .workerId(questionnaire.worker())
          .engagementId(questionnaire.engagement())
          .dimension(question.dimension())
          .polarity(polarity)
          .magnitude(Ratio.of(polarity == Polarity.STRENGTH ? (stars - 1) / 4 : (5 - stars) / 4))
          .perspective(questionnaire.stratum().perspective())
          .summary(summary(polarity == Polarity.STRENGTH, text, rating))
          .addEvidence(Evidence.of("question:" + question.id().value(), LocalizedText.of(
              "回答 " + rating + " 星：" + text.zhCn(), "Answered " + rating + " stars: " + text.en()),
              Map.of("stars", stars)))
          .build());
    }
    return findings;
  }

  /**
   * A rating Finding's summary as a person would write it: "“整体来看，这次工作的体验你会打几星？”一题打了
   * 5 星，评价很高" / "Gave 5 of 5 stars to “Overall, how many stars would you give this job?”, a
   * high rating"; the stars stay in the evidence's figures.
   */
  private static LocalizedText summary(boolean high, LocalizedText question, String rating) {
    return LocalizedText.of(
        "“" + question.zhCn() + "”一题" + (high ? "打了 " : "只打了 ") + rating + " 星，"
            + (high ? "评价很高" : "评价偏低"),
        "Gave " + (high ? "" : "only ") + rating + " of 5 stars to “" + question.en() + "”, a "
            + (high ? "high" : "low") + " rating");
  }

  /**
   * The Problems of {@code answer} to {@code question} at {@code path}: the one validation of an
   * answer, shared by {@link #answer}, {@link #restore} and {@link SurveyJs#importData}.
   */
  static Seq<Problem> answerProblems(Question question, Answer answer, String path) {
    Checklist checks = Checklist.at(path);
    QuestionType type = question.type();
    Double number = answer.number();
    switch (type) {
      case STAR_RATING, NPS, YES_NO -> {
        int min = type == QuestionType.STAR_RATING ? 1 : 0;
        int max = type == QuestionType.STAR_RATING ? 5 : type == QuestionType.NPS ? 10 : 1;
        checks.require(number != null && number == Math.rint(number) && number >= min
            && number <= max, Problem.RANGE, "", number == null ? describe(answer) : number,
            "must be a whole number within [" + min + ", " + max + "] for a " + type + " question");
      }
      case NUMBER -> checks.require(number != null && Double.isFinite(number), Problem.RANGE, "",
          number == null ? describe(answer) : number, "must be a finite number");
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        checks.require(type == QuestionType.MULTIPLE_CHOICE ? !answer.options().isEmpty()
            : answer.options().size() == 1, Problem.FORMAT, "options", answer.options(),
            type == QuestionType.SINGLE_CHOICE ? "must hold exactly one option"
                : "must hold at least one option");
        Set<String> known = new java.util.TreeSet<>();
        question.options().forEach(option -> known.add(option.id()));
        Set<String> seen = new java.util.HashSet<>();
        for (String option : answer.options()) {
          checks.require(known.contains(option), Problem.UNKNOWN, "options", option,
              "must be one of " + known);
          checks.require(seen.add(option), Problem.DUPLICATE, "options", option, "must be unique");
        }
      }
      case OPEN_TEXT -> {
        String text = answer.text();
        checks.notBlank("text", text);
        if (text != null) {
          checks.atMost("text.length", text.length(), MAX_TEXT_LENGTH);
        }
      }
      default -> throw new AssertionError(type);
    }
    boolean extra = switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> number != null || answer.text() != null;
      case OPEN_TEXT -> number != null || !answer.options().isEmpty();
      default -> !answer.options().isEmpty() || answer.text() != null;
    };
    checks.require(!extra, Problem.FORMAT, "", describe(answer),
        "must hold only the kind of answer a " + type + " question takes");
    return checks.problems();
  }

  private static String describe(Answer answer) {
    return "number=" + answer.number() + ", options=" + answer.options() + ", text="
        + (answer.text() == null ? "null" : Problem.render(answer.text()));
  }

  private static String percent(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }

  /** Positions and the reverse dependency index, shared by every run of one questionnaire. */
  private static final class Index {
    final List<Question> questions = new ArrayList<>();
    final Map<QuestionId, Integer> positions = new HashMap<>();
    final Map<QuestionId, int[]> dependents = new HashMap<>();
    final boolean[] readsSatisfaction;
    // the visibility itself reads the satisfaction (never a star rating's, by bank validation)
    final boolean[] shownBySatisfaction;
    final int[] satisfactionReaders;

    Index(SelectedQuestionnaire questionnaire) {
      readsSatisfaction = new boolean[questionnaire.questions().size()];
      shownBySatisfaction = new boolean[readsSatisfaction.length];
      Map<QuestionId, List<Integer>> readers = new HashMap<>();
      for (SelectedQuestion selected : questionnaire.questions()) {
        Question question = selected.question();
        positions.put(question.id(), questions.size());
        // one reader list for both conditions: an answer re-evaluates visibility and
        // required-ness of the questions that read it
        Set<QuestionId> reads = new java.util.TreeSet<>();
        if (question.visibleIf() != null) {
          question.visibleIf().collect(reads);
        }
        if (question.requiredIf() != null) {
          question.requiredIf().collect(reads);
        }
        shownBySatisfaction[questions.size()] = readsSatisfaction(question.visibleIf());
        readsSatisfaction[questions.size()] = shownBySatisfaction[questions.size()]
            || readsSatisfaction(question.requiredIf());
        for (QuestionId read : reads) {
          readers.computeIfAbsent(read, k -> new ArrayList<>()).add(questions.size());
        }
        questions.add(question);
      }
      readers.forEach((id, list) -> dependents.put(id, list.stream().mapToInt(i -> i).toArray()));
      satisfactionReaders = java.util.stream.IntStream.range(0, readsSatisfaction.length)
          .filter(i -> readsSatisfaction[i]).toArray();
    }

    /** Whether the condition has a {@code satisfaction} node, walked without recursion. */
    static boolean readsSatisfaction(@Nullable AnswerCondition condition) {
      java.util.ArrayDeque<AnswerCondition> open = new java.util.ArrayDeque<>();
      if (condition != null) {
        open.push(condition);
      }
      while (!open.isEmpty()) {
        AnswerCondition next = open.pop();
        if (next instanceof AnswerCondition.Satisfaction) {
          return true;
        }
        next.children().forEach(open::push);
      }
      return false;
    }
  }

  /** What conditions read in a run: the answers, the stratum and the satisfaction. */
  private static final class Context implements Answers {
    private final io.vavr.collection.Map<QuestionId, Answer> answers;
    private final Stratum stratum;
    private final @Nullable Double satisfaction;

    Context(io.vavr.collection.Map<QuestionId, Answer> answers, Stratum stratum,
        @Nullable Double satisfaction) {
      this.answers = answers;
      this.stratum = stratum;
      this.satisfaction = satisfaction;
    }

    @Override
    public @Nullable Answer get(QuestionId question) {
      return answers.get(question).getOrNull();
    }

    @Override
    public @Nullable Double satisfactionPercent() {
      return satisfaction;
    }

    @Override
    public Stratum stratum() {
      return stratum;
    }
  }

}
