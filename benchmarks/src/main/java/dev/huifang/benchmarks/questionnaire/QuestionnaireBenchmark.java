package dev.huifang.benchmarks.questionnaire;

import dev.huifang.core.Dimension;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Period;
import dev.huifang.core.Perspective;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Two costs of the questionnaire engine: one selection from a 300-question bank with quotas, a
 * budget and a history ({@code select}); and answering a survey of {@code size} questions, each
 * visible only when the one before it was rated, one answer at a time ({@code answerChain}), at
 * three sizes so that the growth with the number of questions shows. Only {@code answerChain}
 * takes the size: it lives in {@link Chain}, so {@code select} runs once, not once per size.
 *
 * <p>Run: {@code mvn -q -B -Pbench -DskipTests -Dbench.include=QuestionnaireBenchmark package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QuestionnaireBenchmark {

  static final List<Dimension> DIMENSIONS = List.of(Dimension.EFFICIENCY, Dimension.QUALITY,
      Dimension.ATTITUDE, Dimension.TURNOUT, Dimension.SAFETY_COMPLIANCE, Dimension.SKILL_MATCH);

  @Param({"huifang"})
  public String implementation;

  private QuestionSelector selector;
  private SelectionRequest request;

  /** A chained survey of {@code size} questions, exported to SurveyJS at 1,000 for the peer. */
  @State(Scope.Benchmark)
  public static class Chain {

    @Param({"250", "1000", "4000"})
    public int size;

    SelectedQuestionnaire questionnaire;

    @Setup
    public void setUp() {
      questionnaire = chain(size, engagement());
      QuestionnaireRun done = answerChain(questionnaire);
      if (!done.isComplete() || done.answers().size() != size) {
        throw new IllegalStateException("the chain did not complete: " + done.answers().size());
      }
    }
  }

  static Engagement engagement() {
    return Engagement.builder().id(EngagementId.of("e")).workerId(WorkerId.of("w"))
        .role(Role.LOGISTICS).stage(TaskStage.MID)
        .period(Period.openFrom(Instant.parse("2026-06-01T00:00:00Z"))).build();
  }

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(300);
    List<Question> bank = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      QuestionType type = i % 10 == 0 ? QuestionType.OPEN_TEXT
          : i % 3 == 0 ? QuestionType.SINGLE_CHOICE : QuestionType.STAR_RATING;
      Question.Builder question = Question.builder().id(QuestionId.of("q" + i))
          .text(Template.of("问题 " + i, "Question " + i)).type(type)
          .dimension(DIMENSIONS.get(i % DIMENSIONS.size())).priority(random.nextInt(101))
          .core(i < 2);
      if (type.hasOptions()) {
        question.addOptions(AnswerOption.of("a", "甲", "A"), AnswerOption.of("b", "乙", "B"));
      }
      bank.add(question.build());
    }
    SelectionPlan plan = SelectionPlan.defaults(Dimension.QUALITY, Dimension.TURNOUT)
        .withQuota(Dimension.EFFICIENCY, 2).withQuota(Dimension.QUALITY, 2);
    selector = QuestionSelector.of(new QuestionBank("bench", 1, bank),
        new StratificationPolicy(List.of(), plan)).get();
    Engagement engagement = engagement();
    TreeSet<QuestionId> history = new TreeSet<>();
    for (int i = 0; i < 300; i += 7) {
      history.add(QuestionId.of("q" + i));
    }
    request = new SelectionRequest(engagement, Perspective.SELF, history, 42);
    if (selector.select(request).isInvalid()) {
      throw new IllegalStateException("selection fails: " + selector.select(request).getError());
    }
  }

  static SelectedQuestionnaire chain(int size, Engagement engagement) {
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Question.Builder question = Question.builder().id(QuestionId.of("c" + i))
          .text(Template.of("第 " + i + " 题", "Question " + i)).type(QuestionType.STAR_RATING)
          .dimension(Dimension.QUALITY);
      if (i > 0) {
        question.visibleIf(AnswerCondition.compare("c" + (i - 1), AnswerCondition.Operator.GE, 1));
      }
      questions.add(question.build());
    }
    QuestionSelector all = QuestionSelector.of(new QuestionBank("chain", 1, questions),
        new StratificationPolicy(List.of(), new SelectionPlan(List.of(), new java.util.TreeMap<>(), 1,
            size, Integer.MAX_VALUE, 0, 0))).get();
    return all.select(SelectionRequest.of(engagement, Perspective.SELF, 1)).get();
  }

  static QuestionnaireRun answerChain(SelectedQuestionnaire questionnaire) {
    QuestionnaireRun run = QuestionnaireRun.start(questionnaire);
    for (SelectedQuestion question : questionnaire.questions()) {
      run = run.answer(question.question().id(), Answer.number(4)).get();
    }
    return run;
  }

  @Benchmark
  public SelectedQuestionnaire select() {
    return selector.select(request).get();
  }

  @Benchmark
  public QuestionnaireRun answerChain(Chain chain) {
    return answerChain(chain.questionnaire);
  }
}
