package dev.huifang.questionnaire;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of random banks, plans and answer sequences. */
final class QuestionnaireGen {

  private QuestionnaireGen() {}

  static final List<Dimension> DIMENSIONS = List.of(Dimension.EFFICIENCY, Dimension.QUALITY,
      Dimension.ATTITUDE, Dimension.TURNOUT);

  static final Engagement ENGAGEMENT = Engagement.builder().id(EngagementId.of("e-1"))
      .workerId(WorkerId.of("w-1")).role(Role.LOGISTICS).stage(TaskStage.MID)
      .period(Period.openFrom(Instant.parse("2026-06-01T00:00:00Z"))).build();

  /** One question spec: type ordinal, dimension index, priority, core, condition kind. */
  record Spec(int type, int dimension, int priority, boolean core, int condition) {}

  static Gen<Spec> specs() {
    return integers().between(0, 6).zip(integers().between(0, 3), integers().between(0, 100),
        integers().between(0, 9), integers().between(0, 3),
        (type, dimension, priority, core, condition) ->
            new Spec(type, dimension, priority, core == 0, condition));
  }

  /** Banks of 3 to 25 questions, some core, some with conditions on earlier rating questions. */
  static Gen<QuestionBank> banks() {
    return lists().of(specs()).ofSizeBetween(3, 25).map(QuestionnaireGen::bank);
  }

  static QuestionBank bank(List<Spec> specs) {
    List<Question> questions = new ArrayList<>();
    List<QuestionId> ratings = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec spec = specs.get(i);
      QuestionType type = QuestionType.values()[spec.type()];
      QuestionId id = QuestionId.of("q" + i);
      Question.Builder builder = Question.builder().id(id)
          .text(Template.of("问题" + i, "Question " + i)).type(type)
          .dimension(DIMENSIONS.get(spec.dimension())).priority(spec.priority())
          .core(spec.core() && type != QuestionType.OPEN_TEXT);
      if (type.hasOptions()) {
        builder.addOptions(AnswerOption.of("a", "甲", "A"), AnswerOption.of("b", "乙", "B"));
      }
      if (!spec.core() && !ratings.isEmpty() && spec.condition() > 0) {
        QuestionId read = ratings.get(spec.condition() % ratings.size());
        AnswerCondition condition = spec.condition() == 1
            ? AnswerCondition.compare(read.value(), AnswerCondition.Operator.LE, 2)
            : spec.condition() == 2 ? new AnswerCondition.Not(new AnswerCondition.Answered(read))
            : new AnswerCondition.Or(List.of(AnswerCondition.compare(read.value(),
                AnswerCondition.Operator.GE, 4), new AnswerCondition.Answered(read)));
        builder.visibleIf(condition);
      }
      if (!spec.core() && !ratings.isEmpty() && spec.priority() % 3 == 0) {
        // about a third of the others are required only after a middling or low rating
        builder.requiredIf(AnswerCondition.compare(
            ratings.get(spec.priority() % ratings.size()).value(), AnswerCondition.Operator.LE, 3));
      }
      if (type == QuestionType.STAR_RATING) {
        ratings.add(id);
      }
      questions.add(builder.build());
    }
    return new QuestionBank("gen", 1, questions);
  }

  /** Plans over the generator's dimensions, some of them infeasible for a given bank. */
  static Gen<SelectionPlan> plans() {
    return integers().between(0, 3).zip(integers().between(3, 8), integers().between(60, 240),
        integers().between(0, 2), integers().between(1, 3),
        (required, max, seconds, minOpen, quota) -> {
          TreeMap<Dimension, Integer> quotas = new TreeMap<>();
          quotas.put(DIMENSIONS.get(0), quota);
          return new SelectionPlan(DIMENSIONS.subList(0, required), quotas, Math.min(3, max), max,
              seconds, minOpen, 2);
        });
  }

  /** Answers to try, as (question index, value): ratings 1-5, options, text. */
  static Gen<List<int[]>> answerScripts() {
    return lists().of(integers().between(0, 24).zip(integers().between(1, 5),
        (q, v) -> new int[] {q, v})).ofSizeBetween(0, 40);
  }

  static Answer answerFor(Question question, int value) {
    return switch (question.type()) {
      case STAR_RATING -> Answer.number(value);
      case NPS -> Answer.number(value * 2);
      case YES_NO -> Answer.yesNo(value > 2);
      case NUMBER -> Answer.number(value);
      case SINGLE_CHOICE -> Answer.choice(value > 2 ? "a" : "b");
      case MULTIPLE_CHOICE -> Answer.choices("a");
      case OPEN_TEXT -> Answer.text("text " + value);
    };
  }

  static Gen<Long> seeds() {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  static Perspective perspective() {
    return Perspective.SELF;
  }
}
