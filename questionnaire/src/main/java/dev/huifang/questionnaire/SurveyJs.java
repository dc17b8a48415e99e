package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huifang.core.Checklist;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The bridge to SurveyJS front ends: a selected questionnaire as SurveyJS 3.x survey JSON, and the
 * {@code data} object a SurveyJS front end returns read back into answers.
 *
 * <p>The export keeps Huifang's semantics in SurveyJS terms: every comparison is guarded with
 * {@code notempty} (SurveyJS treats an empty value as 0 in arithmetic); a condition on a question
 * that is not in this questionnaire is folded to its value with no answer (such a question is
 * never answered), so the survey never references an unknown name; yes/no questions are booleans
 * whose values are 1 and 0, as Huifang's. Texts are localized objects with {@code default}
 * (English) and {@code zh-cn}, the tag SurveyJS uses. Only current property names are emitted.
 */
public final class SurveyJs {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SurveyJs() {}

  /** The questionnaire as SurveyJS survey JSON: one page, one element per question. */
  public static ObjectNode export(SelectedQuestionnaire questionnaire) {
    requireNonNull(questionnaire, "questionnaire is null");
    Map<QuestionId, Question> present = new HashMap<>();
    questionnaire.questions().forEach(q -> present.put(q.question().id(), q.question()));
    ObjectNode survey = NODES.objectNode();
    survey.put("title", questionnaire.bank() + " v" + questionnaire.bankVersion());
    ArrayNode elements = survey.putArray("pages").addObject().put("name", "follow-up")
        .putArray("elements");
    for (SelectedQuestion selected : questionnaire.questions()) {
      Question question = selected.question();
      ObjectNode element = elements.addObject();
      element.put("type", surveyType(question.type()));
      element.put("name", question.id().value());
      element.set("title", text(selected.text()));
      element.put("isRequired", question.required());
      switch (question.type()) {
        case STAR_RATING -> element.put("rateMin", 1).put("rateMax", 5).put("rateType", "stars");
        case NPS -> element.put("rateMin", 0).put("rateMax", 10);
        case YES_NO -> element.put("valueTrue", 1).put("valueFalse", 0);
        case NUMBER -> element.put("inputType", "number");
        case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
          ArrayNode choices = element.putArray("choices");
          for (AnswerOption option : question.options()) {
            choices.addObject().put("value", option.id()).set("text", text(option.label()));
          }
        }
        default -> { }
      }
      AnswerCondition condition = question.visibleIf();
      if (condition != null) {
        Object folded = expression(condition, present);
        if (folded instanceof String expression) {
          element.put("visibleIf", expression);
        } else if (Boolean.FALSE.equals(folded)) {
          element.put("visible", false);
        }
      }
    }
    return survey;
  }

  /**
   * Reads the {@code data} object a SurveyJS front end returned into Huifang answers.
   *
   * @return the answers by question, in the questionnaire's order, or Problems at
   *     {@code data.<name>}: an unknown question name, a value of the wrong kind, or a choice that
   *     is not an option
   */
  public static Validation<Seq<Problem>, Map<QuestionId, Answer>> importData(
      SelectedQuestionnaire questionnaire, JsonNode data) {
    requireNonNull(questionnaire, "questionnaire is null");
    requireNonNull(data, "data is null");
    Checklist checks = Checklist.root();
    if (!data.isObject()) {
      return Validation.invalid(io.vavr.collection.List.of(Problem.of(Problem.FORMAT, "data",
          data.getNodeType().toString().toLowerCase(Locale.ROOT), "must be a JSON object")));
    }
    Map<String, Question> byName = new LinkedHashMap<>();
    questionnaire.questions().forEach(q -> byName.put(q.question().id().value(), q.question()));
    Map<QuestionId, Answer> answers = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String at = "data." + field.getKey();
      Question question = byName.get(field.getKey());
      if (question == null) {
        checks.add(Problem.of(Problem.UNKNOWN, at, field.getKey(),
            "must be a question of this questionnaire"));
        continue;
      }
      Answer answer = answer(question, field.getValue(), at, checks);
      if (answer != null) {
        answers.put(question.id(), answer);
      }
    }
    Map<QuestionId, Answer> ordered = new LinkedHashMap<>();
    byName.values().forEach(q -> {
      Answer answer = answers.get(q.id());
      if (answer != null) {
        ordered.put(q.id(), answer);
      }
    });
    return checks.toValidation(() -> ordered);
  }

  private static @Nullable Answer answer(Question question, JsonNode value, String at,
      Checklist checks) {
    switch (question.type()) {
      case STAR_RATING, NPS, NUMBER, YES_NO -> {
        if (value.isBoolean() && question.type() == QuestionType.YES_NO) {
          return Answer.yesNo(value.booleanValue());
        }
        if (!value.isNumber()) {
          checks.add(Problem.of(Problem.FORMAT, at, value.toString(), "must be a number"));
          return null;
        }
        return Answer.number(value.doubleValue());
      }
      case SINGLE_CHOICE -> {
        if (!value.isTextual() || !isOption(question, value.textValue())) {
          checks.add(Problem.of(Problem.UNKNOWN, at, value.toString(), "must be one of the options "
              + question.options().stream().map(AnswerOption::id).toList()));
          return null;
        }
        return Answer.choice(value.textValue());
      }
      case MULTIPLE_CHOICE -> {
        if (!value.isArray()) {
          checks.add(Problem.of(Problem.FORMAT, at, value.toString(), "must be an array of options"));
          return null;
        }
        List<String> chosen = new java.util.ArrayList<>();
        for (JsonNode item : value) {
          if (!item.isTextual() || !isOption(question, item.textValue())) {
            checks.add(Problem.of(Problem.UNKNOWN, at, item.toString(), "must be one of the options "
                + question.options().stream().map(AnswerOption::id).toList()));
          } else {
            chosen.add(item.textValue());
          }
        }
        return Answer.choices(chosen.toArray(String[]::new));
      }
      case OPEN_TEXT -> {
        if (!value.isTextual()) {
          checks.add(Problem.of(Problem.FORMAT, at, value.toString(), "must be text"));
          return null;
        }
        return Answer.text(value.textValue());
      }
      default -> throw new AssertionError(question.type());
    }
  }

  private static boolean isOption(Question question, String id) {
    return question.options().stream().anyMatch(option -> option.id().equals(id));
  }

  /** The condition as a SurveyJS expression, or a Boolean when it is constant here. */
  static Object expression(AnswerCondition condition, Map<QuestionId, Question> present) {
    if (condition instanceof AnswerCondition.Compare compare) {
      if (!present.containsKey(compare.question())) {
        return false;
      }
      String name = "{" + compare.question().value() + "}";
      return "(" + name + " notempty and " + name + " " + compare.op().symbol() + " "
          + number(compare.value()) + ")";
    }
    if (condition instanceof AnswerCondition.Answered answered) {
      return present.containsKey(answered.question())
          ? "{" + answered.question().value() + "} notempty" : (Object) false;
    }
    if (condition instanceof AnswerCondition.Selected selected) {
      Question question = present.get(selected.question());
      if (question == null) {
        return false;
      }
      String name = "{" + selected.question().value() + "}";
      return question.type() == QuestionType.MULTIPLE_CHOICE
          ? "(" + name + " notempty and " + name + " contains '" + selected.option() + "')"
          : "(" + name + " = '" + selected.option() + "')";
    }
    if (condition instanceof AnswerCondition.Not not) {
      Object inner = expression(not.condition(), present);
      return inner instanceof Boolean value ? (Object) !value : "!(" + inner + ")";
    }
    boolean and = condition instanceof AnswerCondition.And;
    List<AnswerCondition> parts = and ? ((AnswerCondition.And) condition).conditions()
        : ((AnswerCondition.Or) condition).conditions();
    StringBuilder out = new StringBuilder();
    for (AnswerCondition part : parts) {
      Object folded = expression(part, present);
      if (folded instanceof Boolean value) {
        if (value != and) {
          return !and;
        }
        continue;
      }
      out.append(out.length() == 0 ? "" : and ? " and " : " or ").append(folded);
    }
    return out.length() == 0 ? (Object) and : "(" + out + ")";
  }

  private static ObjectNode text(LocalizedText text) {
    ObjectNode node = NODES.objectNode();
    node.put("default", text.en());
    node.put("zh-cn", text.zhCn());
    return node;
  }

  private static String surveyType(QuestionType type) {
    return switch (type) {
      case STAR_RATING, NPS -> "rating";
      case SINGLE_CHOICE -> "radiogroup";
      case MULTIPLE_CHOICE -> "checkbox";
      case YES_NO -> "boolean";
      case NUMBER -> "text";
      case OPEN_TEXT -> "comment";
    };
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
