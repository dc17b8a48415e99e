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
import dev.huifang.core.privacy.DisclosurePolicy;
import dev.huifang.core.privacy.Redactor;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
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
 *
 * <p>{@code visibleIf} and {@code requiredIf} become SurveyJS's properties of the same names; a
 * condition that folds to a constant becomes plain {@code visible: false} or
 * {@code isRequired: true/false}. The survey sets {@code clearInvisibleValues: "none"}: like a
 * Huifang run it keeps the answers of questions that become hidden, so conditions read them the
 * same way, and the calculated values below leave hidden questions out themselves.
 *
 * <p>The survey's {@code calculatedValues} declare the stratum as constant variables
 * ({@value #ROLE}, {@value #STAGE}, {@value #EXPERIENCE}, {@value #PERSPECTIVE},
 * {@value #URGENCY}, e.g. {@code 'promotion'}), so expressions and the linter know them and the
 * host needs no {@code setVariable} call; and values included into the result that compute what
 * the run computes under the policy: {@value #SATISFACTION_PERCENT}, the customer's or client's
 * weighted satisfaction as {@link QuestionnaireRun#satisfactionPercent()} gives it (present only
 * when an indicator can be shown); {@value #PHONE_INTERVIEW_NEEDED} and {@value #DEEP_DIVE_NEEDED},
 * whether {@link QuestionnaireRun#actions} asks for one; and per host trigger
 * {@value #TRIGGER_PREFIX}{@code <id>}, whether it fires. Triggers read a question's answer only
 * while the question is visible, as the run does. All re-evaluate on every answer, unlike a
 * {@code setvalue} trigger. Huifang's metadata (bank, version, estimated seconds, dimensions) is
 * not in the survey JSON, which then needs no custom properties; {@link #metadata} gives it beside
 * the survey.
 *
 * <p>{@link #importData} reads the returned {@code data} into answers (skipping the calculated
 * values included into it); {@link #importRun} turns it into the run it stands for.
 */
public final class SurveyJs {

  /** The calculated value holding the stratum's role code. */
  public static final String ROLE = "stratumRole";
  /** The calculated value holding the stratum's task stage, e.g. {@code end}. */
  public static final String STAGE = "stratumStage";
  /** The calculated value holding {@code first_time} or {@code repeat}. */
  public static final String EXPERIENCE = "stratumExperience";
  /** The calculated value holding who answers, e.g. {@code customer}. */
  public static final String PERSPECTIVE = "stratumPerspective";
  /** The calculated value holding the order's urgency, e.g. {@code routine}. */
  public static final String URGENCY = "stratumUrgency";
  /** The calculated value holding the satisfaction percentage, included into the result. */
  public static final String SATISFACTION_PERCENT = "satisfactionPercent";
  /** The calculated value holding whether a phone interview is needed, included into the result. */
  public static final String PHONE_INTERVIEW_NEEDED = "phoneInterviewNeeded";

  /** The calculated value holding whether a deep-dive is needed, included into the result. */
  public static final String DEEP_DIVE_NEEDED = "deepDiveNeeded";
  /**
   * The prefix of the calculated value of each host trigger ({@code trigger_<id>}), true when the
   * trigger fires, included into the result; no question name starts with it.
   */
  public static final String TRIGGER_PREFIX = "trigger_";

  /** Every name the export declares besides the questions'; a question must not use one. */
  public static final List<String> RESERVED_NAMES = List.of(ROLE, STAGE, EXPERIENCE, PERSPECTIVE,
      URGENCY, SATISFACTION_PERCENT, PHONE_INTERVIEW_NEEDED, DEEP_DIVE_NEEDED);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SurveyJs() {}

  /**
   * The questionnaire as SurveyJS survey JSON under the default policy; see
   * {@link #export(SelectedQuestionnaire, TriggerPolicy)}.
   */
  public static ObjectNode export(SelectedQuestionnaire questionnaire) {
    return export(questionnaire, TriggerPolicy.defaults());
  }

  /**
   * The questionnaire as SurveyJS survey JSON: one page, one element per question, the stratum
   * and the results as calculated values; the phone-interview threshold is the policy's.
   *
   * @throws IllegalArgumentException if a question is named like one of {@link #RESERVED_NAMES},
   *     or a stratum's role or a selected option ends with a backslash
   * @throws dev.huifang.core.InvalidModelException if the policy has Problems
   */
  public static ObjectNode export(SelectedQuestionnaire questionnaire, TriggerPolicy policy) {
    return export(questionnaire, policy, DisclosurePolicy.defaults(), Redactor.defaults());
  }

  /**
   * Like {@link #export(SelectedQuestionnaire, TriggerPolicy)}, masking personal information as
   * {@code disclosure} says for {@link DisclosurePolicy.Output#SURVEYJS_EXPORT}: the texts a
   * respondent reads (question titles and option texts, in every locale) pass through
   * {@code redactor}, since a template filled from an engagement may quote a name, a phone number
   * or an address. Names, values and expressions are never touched, so the survey behaves the
   * same. The shorter forms redact with {@link Redactor#defaults()} (privacy by default); a host
   * opts out with {@code disclosure.with(SURVEYJS_EXPORT, false)}.
   *
   * @throws IllegalArgumentException if a question is named like one of {@link #RESERVED_NAMES},
   *     or a stratum's role or a selected option ends with a backslash
   * @throws dev.huifang.core.InvalidModelException if the policy has Problems
   */
  public static ObjectNode export(SelectedQuestionnaire questionnaire, TriggerPolicy policy,
      DisclosurePolicy disclosure, Redactor redactor) {
    requireNonNull(disclosure, "disclosure is null");
    requireNonNull(redactor, "redactor is null");
    ObjectNode survey = survey(questionnaire, policy);
    if (disclosure.redacts(DisclosurePolicy.Output.SURVEYJS_EXPORT)) {
      for (JsonNode page : survey.path("pages")) {
        for (JsonNode element : page.path("elements")) {
          mask((ObjectNode) element, "title", redactor);
          for (JsonNode choice : element.path("choices")) {
            mask((ObjectNode) choice, "text", redactor);
          }
        }
      }
    }
    return survey;
  }

  /** Masks the text of {@code field}: a plain string or an object of texts by locale. */
  private static void mask(ObjectNode holder, String field, Redactor redactor) {
    JsonNode text = holder.get(field);
    if (text instanceof ObjectNode locales) {
      List<String> names = new ArrayList<>();
      locales.fieldNames().forEachRemaining(names::add);
      for (String locale : names) {
        JsonNode value = locales.get(locale);
        if (value.isTextual()) {
          locales.put(locale, redactor.redact(value.textValue()).text());
        }
      }
    } else if (text != null && text.isTextual()) {
      holder.put(field, redactor.redact(text.textValue()).text());
    }
  }

  private static ObjectNode survey(SelectedQuestionnaire questionnaire, TriggerPolicy policy) {
    requireNonNull(questionnaire, "questionnaire is null");
    requireNonNull(policy, "policy is null");
    Checklist.root().addAll("policy", policy.problems("")).throwIfAny("TriggerPolicy");
    Map<QuestionId, Question> present = new HashMap<>();
    questionnaire.questions().forEach(q -> present.put(q.question().id(), q.question()));
    for (String reserved : RESERVED_NAMES) {
      if (present.containsKey(QuestionId.of(reserved))) {
        throw new IllegalArgumentException("questions." + reserved
            + ": must not be named like a variable the SurveyJS export declares " + RESERVED_NAMES);
      }
    }
    ObjectNode survey = NODES.objectNode();
    survey.put("title", questionnaire.bank() + " v" + questionnaire.bankVersion());
    // Huifang keeps hidden questions' answers for conditions; results skip them (see below)
    survey.put("clearInvisibleValues", "none");
    ArrayNode calculated = survey.putArray("calculatedValues");
    Stratum stratum = questionnaire.stratum();
    constant(calculated, ROLE, "stratum.role", stratum.role().code());
    constant(calculated, STAGE, "stratum.stage", lower(stratum.stage()));
    constant(calculated, EXPERIENCE, "stratum.experience", lower(stratum.experience()));
    constant(calculated, PERSPECTIVE, "stratum.perspective", lower(stratum.perspective()));
    constant(calculated, URGENCY, "stratum.urgency", lower(stratum.urgency()));
    // the satisfaction's indicators are star ratings, whose visibility never reads the
    // satisfaction (bank validation): their expressions are the same with or without it
    Expressions plain = new Expressions(present, stratum, false, null);
    List<String> weights = new ArrayList<>();
    List<String> points = new ArrayList<>();
    for (SelectedQuestion selected : questionnaire.questions()) {
      Question question = selected.question();
      int weight = question.type() == QuestionType.STAR_RATING
          ? policy.weight(stratum.perspective(), question.dimension()) : 0;
      AnswerCondition condition = question.visibleIf();
      Object visible = condition == null ? (Object) true : plain.of(condition);
      if (weight > 0 && !Boolean.FALSE.equals(visible)) {
        // counts only while visible and answered, as QuestionnaireRun.satisfactionPercent; an
        // iif without an else is undefined, which sum() skips
        String name = "{" + question.id().value() + "}";
        String counted = visible instanceof String expression
            ? "(" + name + " notempty and " + expression + ")" : name + " notempty";
        weights.add("iif(" + counted + ", " + weight + ")");
        points.add("iif(" + counted + ", " + weight + " * (" + name + " - 1))");
      }
    }
    boolean satisfaction = !weights.isEmpty();
    Expressions expressions = new Expressions(present, stratum, satisfaction, null);
    Map<QuestionId, Object> shown = new HashMap<>();
    ArrayNode elements = survey.putArray("pages").addObject().put("name", "follow-up")
        .putArray("elements");
    for (SelectedQuestion selected : questionnaire.questions()) {
      Question question = selected.question();
      ObjectNode element = elements.addObject();
      element.put("type", surveyType(question.type()));
      element.put("name", question.id().value());
      element.set("title", text(selected.text()));
      AnswerCondition requiredIf = question.requiredIf();
      Object required = requiredIf == null ? question.required() : expressions.of(requiredIf);
      if (required instanceof String expression) {
        element.put("requiredIf", expression);
      } else {
        element.put("isRequired", (Boolean) required);
      }
      switch (question.type()) {
        case STAR_RATING -> element.put("rateMin", 1).put("rateMax", 5).put("rateType", "stars");
        case NPS -> element.put("rateMin", 0).put("rateMax", 10);
        case YES_NO -> element.put("valueTrue", 1).put("valueFalse", 0);
        case NUMBER -> element.put("inputType", "number");
        case OPEN_TEXT -> {
          // the import's limit: maxLength stops typing, the validator stops completion of a
          // longer value set by code or restored from storage
          element.put("maxLength", QuestionnaireRun.MAX_TEXT_LENGTH);
          element.putArray("validators").addObject().put("type", "text")
              .put("maxLength", QuestionnaireRun.MAX_TEXT_LENGTH);
        }
        case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
          ArrayNode choices = element.putArray("choices");
          for (AnswerOption option : question.options()) {
            choices.addObject().put("value", option.id()).set("text", text(option.label()));
          }
        }
        default -> { }
      }
      AnswerCondition condition = question.visibleIf();
      Object visible = condition == null ? (Object) true : expressions.of(condition);
      shown.put(question.id(), visible);
      if (visible instanceof String expression) {
        element.put("visibleIf", expression);
      } else if (Boolean.FALSE.equals(visible)) {
        element.put("visible", false);
      }
    }
    List<Object> phone = new ArrayList<>();
    List<Object> deepDive = new ArrayList<>();
    if (satisfaction) {
      String sum = "sum(" + String.join(", ", weights) + ")";
      calculated.addObject().put("name", SATISFACTION_PERCENT)
          .put("expression", "iif(" + sum + " > 0, (sum(" + String.join(", ", points)
              + ") * 25) / " + sum + ")")
          .put("includeIntoResult", true);
      // sum() of nothing is 0, so the flag reads the guarded percentage
      String percent = "{" + SATISFACTION_PERCENT + "}";
      phone.add("(" + percent + " notempty and " + percent + " < "
          + number(policy.phoneInterviewBelowPercent()) + ")");
    }
    boolean keyAnswers = policy.phoneInterviewOnKeyAnswers() || policy.deepDiveOnKeyAnswers();
    for (SelectedQuestion selected : questionnaire.questions()) {
      Question question = selected.question();
      if (keyAnswers && question.key()) {
        Object answered = Expressions.and(shown.get(question.id()),
            "{" + question.id().value() + "} notempty");
        (policy.phoneInterviewOnKeyAnswers() ? phone : deepDive).add(answered);
      }
    }
    // host triggers read a question's answer only while the question is visible, as finish does
    Expressions visibleOnly = new Expressions(present, stratum, satisfaction, shown);
    List<ObjectNode> hostTriggers = new ArrayList<>();
    for (Trigger trigger : policy.triggers()) {
      Object fires = visibleOnly.of(trigger.when());
      (trigger.kind() == FollowUpAction.Kind.PHONE_INTERVIEW ? phone : deepDive).add(fires);
      hostTriggers.add(NODES.objectNode().put("name", TRIGGER_PREFIX + trigger.id())
          .put("expression", String.valueOf(fires)).put("includeIntoResult", true));
    }
    calculated.addObject().put("name", PHONE_INTERVIEW_NEEDED)
        .put("expression", String.valueOf(Expressions.any(phone)))
        .put("includeIntoResult", true);
    calculated.addObject().put("name", DEEP_DIVE_NEEDED)
        .put("expression", String.valueOf(Expressions.any(deepDive)))
        .put("includeIntoResult", true);
    hostTriggers.forEach(calculated::add);
    return survey;
  }

  /**
   * Huifang's metadata of the questionnaire, kept beside the survey JSON so that the survey needs
   * no custom SurveyJS properties: bank, bank version, engagement, worker, stratum, estimated
   * seconds, and per question (by SurveyJS name) its version, dimension and estimated seconds.
   */
  public static ObjectNode metadata(SelectedQuestionnaire questionnaire) {
    requireNonNull(questionnaire, "questionnaire is null");
    ObjectNode meta = NODES.objectNode();
    meta.put("bank", questionnaire.bank());
    meta.put("bankVersion", questionnaire.bankVersion());
    meta.put("engagement", questionnaire.engagement().value());
    meta.put("worker", questionnaire.worker().value());
    meta.put("stratum", questionnaire.stratum().describe());
    meta.put("seconds", questionnaire.seconds());
    ObjectNode questions = meta.putObject("questions");
    for (SelectedQuestion selected : questionnaire.questions()) {
      Question question = selected.question();
      questions.putObject(question.id().value()).put("version", question.version())
          .put("dimension", question.dimension().code()).put("seconds", question.seconds());
    }
    return meta;
  }

  /**
   * Reads SurveyJS result data given as JSON text into answers, as
   * {@link #importData(SelectedQuestionnaire, JsonNode)} does; malformed JSON is a Problem, not an
   * exception.
   *
   * @return the answers by question, or Problems: {@link Problem#FORMAT} under {@code data} for
   *     text that is not JSON, and every Problem of the parsed data
   */
  public static Validation<Seq<Problem>, Map<QuestionId, Answer>> importData(
      SelectedQuestionnaire questionnaire, String json) {
    requireNonNull(questionnaire, "questionnaire is null");
    requireNonNull(json, "json is null");
    Validation<Seq<Problem>, JsonNode> parsed =
        dev.huifang.core.json.HuifangJson.read(json, JsonNode.class);
    if (parsed.isInvalid()) {
      return Validation.invalid(parsed.getError().map(p -> p.path().equals(Problem.ROOT)
          ? new Problem(p.code(), "data", p.rejected(), p.rule()) : p.under("data")));
    }
    return importData(questionnaire, parsed.get());
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
    for (Map.Entry<String, JsonNode> field : data.properties()) {
      String at = "data." + field.getKey();
      Question question = byName.get(field.getKey());
      if (question == null && (RESERVED_NAMES.contains(field.getKey())
          || field.getKey().startsWith(TRIGGER_PREFIX))) {
        // a calculated value the survey includes into its result, not an answer
        continue;
      }
      if (question == null) {
        checks.add(Problem.of(Problem.UNKNOWN, at, field.getKey(),
            "must be a question of this questionnaire"));
        continue;
      }
      if (unanswered(field.getValue())) {
        // survey-core treats blank text and an empty choice list as no answer
        continue;
      }
      Answer answer = answer(question, field.getValue(), at, checks);
      if (answer != null) {
        Seq<Problem> problems = QuestionnaireRun.answerProblems(question, answer, at);
        checks.addAll("", problems);
        if (problems.isEmpty()) {
          answers.put(question.id(), answer);
        }
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

  /**
   * Reads the {@code data} object a SurveyJS front end returned into a run of the questionnaire:
   * {@link #importData}, then {@link QuestionnaireRun#restore}, which keeps the answers of
   * questions hidden in the end as the exported survey does ({@code clearInvisibleValues: "none"}).
   *
   * @return the run, or the Problems of either step
   */
  public static Validation<Seq<Problem>, QuestionnaireRun> importRun(
      SelectedQuestionnaire questionnaire, JsonNode data) {
    return importRun(questionnaire, data, TriggerPolicy.defaults());
  }

  /**
   * As {@link #importRun(SelectedQuestionnaire, JsonNode)}, for a survey exported under
   * {@code policy}: the run is restored under it, so its {@code satisfaction} conditions read the
   * same satisfaction as the survey's {@value #SATISFACTION_PERCENT}.
   */
  public static Validation<Seq<Problem>, QuestionnaireRun> importRun(
      SelectedQuestionnaire questionnaire, JsonNode data, TriggerPolicy policy) {
    return importData(questionnaire, data)
        .flatMap(answers -> QuestionnaireRun.restore(questionnaire, answers, policy));
  }

  private static @Nullable Answer answer(Question question, JsonNode value, String at,
      Checklist checks) {
    switch (question.type()) {
      case STAR_RATING, NPS, NUMBER, YES_NO -> {
        if (value.isBoolean() && question.type() == QuestionType.YES_NO) {
          return Answer.yesNo(value.booleanValue());
        }
        if (!value.isNumber()) {
          checks.add(Problem.of(Problem.FORMAT, at, shown(value), "must be a number"));
          return null;
        }
        return Answer.number(value.doubleValue());
      }
      case SINGLE_CHOICE -> {
        if (!value.isTextual() || !isOption(question, value.textValue())) {
          checks.add(Problem.of(Problem.UNKNOWN, at, shown(value), "must be one of the options "
              + question.options().stream().map(AnswerOption::id).toList()));
          return null;
        }
        return Answer.choice(value.textValue());
      }
      case MULTIPLE_CHOICE -> {
        if (!value.isArray()) {
          checks.add(Problem.of(Problem.FORMAT, at, shown(value), "must be an array of options"));
          return null;
        }
        List<String> chosen = new java.util.ArrayList<>();
        for (JsonNode item : value) {
          if (!item.isTextual() || !isOption(question, item.textValue())) {
            checks.add(Problem.of(Problem.UNKNOWN, at, shown(item), "must be one of the options "
                + question.options().stream().map(AnswerOption::id).toList()));
          } else {
            chosen.add(item.textValue());
          }
        }
        return Answer.choices(chosen.toArray(String[]::new));
      }
      case OPEN_TEXT -> {
        if (!value.isTextual()) {
          checks.add(Problem.of(Problem.FORMAT, at, shown(value), "must be text"));
          return null;
        }
        return Answer.text(value.textValue());
      }
      default -> throw new AssertionError(question.type());
    }
  }

  /** Blank text or an empty array: what survey-core counts as no answer ({@code isValueEmpty}). */
  private static boolean unanswered(JsonNode value) {
    return value.isTextual() && value.textValue().isBlank() || value.isArray() && value.isEmpty();
  }

  /** The rejected value for a Problem: scalars as JSON, containers by kind and size only. */
  private static String shown(JsonNode value) {
    if (value.isArray()) {
      return "an array of " + value.size() + " item(s)";
    }
    if (value.isObject()) {
      return "an object of " + value.size() + " field(s)";
    }
    return value.toString();
  }

  private static boolean isOption(Question question, String id) {
    return question.options().stream().anyMatch(option -> option.id().equals(id));
  }

  /**
   * The condition as a SurveyJS expression, or a Boolean when it is constant here, for a question's
   * own conditions (which read kept answers of hidden questions, as a run does).
   */
  static Object expression(AnswerCondition condition, Map<QuestionId, Question> present) {
    return new Expressions(present, null, false, null).of(condition);
  }

  /**
   * Conditions as SurveyJS expressions: every comparison guarded with {@code notempty}; a node on
   * a question absent from the questionnaire folded to its value without an answer; a
   * {@code stratum} node comparing the stratum's calculated value ({@code {stratumStage} = 'mid'}),
   * or folded to its fixed value where survey-core's loose {@code =} (ignoring case and blanks,
   * numbers by value) could differ from Huifang's exact comparison; a {@code satisfaction} node reading {@value #SATISFACTION_PERCENT}, or false when the
   * questionnaire has no satisfaction. With {@code shownOnly}, a node reads a question's answer only
   * while the question is visible (host triggers, as {@link QuestionnaireRun#finish} reads them).
   */
  private static final class Expressions {
    private final Map<QuestionId, Question> present;
    private final @Nullable Stratum stratum;
    private final boolean satisfaction;
    private final @Nullable Map<QuestionId, Object> shownOnly;

    Expressions(Map<QuestionId, Question> present, @Nullable Stratum stratum,
        boolean satisfaction, @Nullable Map<QuestionId, Object> shownOnly) {
      this.present = present;
      this.stratum = stratum;
      this.satisfaction = satisfaction;
      this.shownOnly = shownOnly;
    }

    Object of(AnswerCondition condition) {
      if (condition instanceof AnswerCondition.Not not) {
        Object inner = of(not.condition());
        return inner instanceof Boolean value ? (Object) !value : "!(" + inner + ")";
      }
      if (condition instanceof AnswerCondition.And || condition instanceof AnswerCondition.Or) {
        boolean and = condition instanceof AnswerCondition.And;
        StringBuilder out = new StringBuilder();
        for (AnswerCondition part : condition.children()) {
          Object folded = of(part);
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
      if (condition instanceof AnswerCondition.Satisfaction compare) {
        String percent = "{" + SATISFACTION_PERCENT + "}";
        return satisfaction ? "(" + percent + " notempty and " + percent + " "
            + compare.op().symbol() + " " + number(compare.value()) + ")" : (Object) false;
      }
      if (condition instanceof AnswerCondition.StratumIs is) {
        if (stratum == null) {
          return false;
        }
        String actual = is.field().of(stratum);
        boolean holds = actual.equals(is.value());
        if (!holds && looselyEqual(actual, is.value()) || is.value().isEmpty()
            || is.value().endsWith("\\")) {
          // survey-core's = ignores case and blanks and compares numbers by value: where that
          // would differ from Huifang's exact comparison, or no literal can hold the value, the
          // node is folded to its (fixed) value
          return holds;
        }
        return "({" + variable(is.field()) + "} = "
            + literal("stratum." + is.field().name().toLowerCase(Locale.ROOT), is.value()) + ")";
      }
      QuestionId id = QuestionBank.target(condition);
      Question question = present.get(id);
      boolean unanswered = condition instanceof AnswerCondition.Chosen chosen
          && chosen.whenUnanswered();
      if (question == null) {
        return unanswered;
      }
      String leaf = leaf(condition, question);
      if (shownOnly == null) {
        return leaf;
      }
      Object visible = shownOnly.getOrDefault(id, true);
      if (visible instanceof Boolean value) {
        return value ? leaf : (Object) unanswered;
      }
      return unanswered ? "(!(" + visible + ") or " + leaf + ")" : and(visible, leaf);
    }

    private static String leaf(AnswerCondition condition, Question question) {
      String name = "{" + question.id().value() + "}";
      String at = "questions." + question.id().value();
      if (condition instanceof AnswerCondition.Compare compare) {
        return "(" + name + " notempty and " + name + " " + compare.op().symbol() + " "
            + number(compare.value()) + ")";
      }
      if (condition instanceof AnswerCondition.Answered) {
        return name + " notempty";
      }
      if (condition instanceof AnswerCondition.Selected selected) {
        String option = literal(at + ".options", selected.option());
        return question.type() == QuestionType.MULTIPLE_CHOICE
            ? "(" + name + " notempty and " + name + " contains " + option + ")"
            : "(" + name + " = " + option + ")";
      }
      if (condition instanceof AnswerCondition.Contains contains) {
        // survey-core's contains on text: false when empty, ignores case by default
        return "(" + name + " contains " + literal(at + ".keyword", contains.keyword()) + ")";
      }
      AnswerCondition.Chosen chosen = (AnswerCondition.Chosen) condition;
      String count = question.type() == QuestionType.MULTIPLE_CHOICE
          ? "{" + question.id().value() + ".length}" : "iif(" + name + " notempty, 1, 0)";
      return "(" + count + " " + chosen.op().symbol() + " " + number(chosen.value()) + ")";
    }

    /** Whether survey-core's {@code =} may find two different texts equal. */
    private static boolean looselyEqual(String left, String right) {
      String a = left.strip().toLowerCase(Locale.ROOT);
      String b = right.strip().toLowerCase(Locale.ROOT);
      if (a.equals(b)) {
        return true;
      }
      try {
        return Double.parseDouble(a) == Double.parseDouble(b);
      } catch (NumberFormatException notNumbers) {
        return false;
      }
    }

    private static String variable(AnswerCondition.StratumIs.Field field) {
      return switch (field) {
        case ROLE -> ROLE;
        case STAGE -> STAGE;
        case EXPERIENCE -> EXPERIENCE;
        case PERSPECTIVE -> PERSPECTIVE;
        case URGENCY -> URGENCY;
      };
    }

    /** {@code visible and leaf}, folded when the visibility is constant. */
    static Object and(@Nullable Object visible, String leaf) {
      if (visible == null || Boolean.TRUE.equals(visible)) {
        return leaf;
      }
      return Boolean.FALSE.equals(visible) ? (Object) false : "(" + visible + " and " + leaf + ")";
    }

    /** Any of these holds: an expression, or a constant when every part is constant. */
    static Object any(List<Object> parts) {
      StringBuilder out = new StringBuilder();
      for (Object part : parts) {
        if (Boolean.TRUE.equals(part)) {
          return true;
        }
        if (part instanceof String expression) {
          out.append(out.length() == 0 ? "" : " or ").append(expression);
        }
      }
      return out.length() == 0 ? (Object) false : out.toString();
    }
  }

  private static void constant(ArrayNode calculated, String name, String path, String value) {
    calculated.addObject().put("name", name).put("expression", literal(path, value));
  }

  /**
   * A SurveyJS string literal: single quotes, each quote escaped. survey-core's grammar knows only
   * the escapes {@code \'} and {@code \"} and keeps any other backslash as it is, so a backslash
   * needs no escape, but one at the end would escape the closing quote.
   */
  private static String literal(String at, String value) {
    if (value.endsWith("\\")) {
      throw new IllegalArgumentException(Problem.of(Problem.FORMAT, at, value,
          "must not end with a backslash: a SurveyJS string literal cannot hold it").message());
    }
    return "'" + value.replace("'", "\\'") + "'";
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
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
    return AnswerCondition.canonical(value);
  }
}
