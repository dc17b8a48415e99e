package dev.huifang.surveyjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.huifang.questionnaire.FollowUpAction;
import dev.huifang.questionnaire.Question;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.QuestionSelector;
import dev.huifang.questionnaire.QuestionType;
import dev.huifang.questionnaire.QuestionnaireRun;
import dev.huifang.questionnaire.RunOutcome;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.questionnaire.SelectionPlan;
import dev.huifang.questionnaire.SelectionRequest;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.questionnaire.SurveyJs;
import dev.huifang.questionnaire.TriggerPolicy;
import dev.huifang.testing.Theories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Huifang's runs and the real SurveyJS engine must agree: over generated questionnaires with
 * chained visibility and required conditions and generated answer sets, the visible and required
 * questions SurveyJS computes for the exported survey equal those of Huifang's run, and so do the
 * calculated satisfaction percentage (within 1e-9) and phone-interview flag; every exported survey
 * loads with no jsonErrors and lints clean with survey-core's linter.
 */
class SurveyJsConformanceTest {

  static final int SURVEYS = 150;
  static final int ANSWER_SETS = 5;
  static final ObjectMapper JSON = new ObjectMapper();
  /** Comparison values on the edges of number formatting, each a permanent case. */
  static final double[] NUMBER_EDGES = {1e-5, 0.00001, 1e20, -1e-7, 2.5, 3.0000001, 1e-300,
      4.999999999, -0.0};
  // a host's own role with a quote and a backslash: the stratum's string literal must escape them
  static final Role NIGHT_CREW = Role.of("o'neill \\ night crew");
  static final Engagement ENGAGEMENT = Engagement.builder().id(EngagementId.of("e"))
      .workerId(WorkerId.of("w")).role(NIGHT_CREW).stage(TaskStage.MID)
      .period(Period.openFrom(Instant.parse("2026-06-01T00:00:00Z"))).build();

  static final List<SelectedQuestionnaire> questionnaires = new ArrayList<>();
  static final List<SelectedQuestionnaire> builtIn = new ArrayList<>();
  static final List<List<QuestionnaireRun>> runs = new ArrayList<>();
  static final List<TriggerPolicy> policies = new ArrayList<>();
  static JsonNode results;

  @BeforeAll
  static void evaluateWithSurveyJs() throws Exception {
    SplittableRandom random = new SplittableRandom(Theories.seed());
    ObjectNode input = JsonNodeFactory.instance.objectNode();
    ArrayNode surveys = input.putArray("surveys");
    for (int s = 0; s < SURVEYS; s++) {
      SelectedQuestionnaire questionnaire = questionnaire(random);
      questionnaires.add(questionnaire);
      // thresholds on and between the percentages ratings give (0, 25, 50, 62.5 ...)
      double[] thresholds = {50, 60, 62.5, 87.5};
      TriggerPolicy policy = new TriggerPolicy(thresholds[random.nextInt(thresholds.length)], true,
          5, 2, List.of());
      policies.add(policy);
      ObjectNode entry = surveys.addObject();
      entry.put("id", "s" + s);
      entry.set("json", SurveyJs.export(questionnaire, policy));
      entry.putObject("variables");
      ArrayNode sets = entry.putArray("answerSets");
      List<QuestionnaireRun> ofSurvey = new ArrayList<>();
      for (int a = 0; a < ANSWER_SETS; a++) {
        QuestionnaireRun run = respond(QuestionnaireRun.start(questionnaire), random);
        ofSurvey.add(run);
        sets.add(data(run));
      }
      runs.add(ofSurvey);
    }
    QuestionSelector defaults =
        QuestionSelector.of(QuestionBank.defaults(), StratificationPolicy.defaults()).get();
    for (Role role : List.of(Role.PROMOTION, Role.TECHNICAL_SUPPORT, Role.LOGISTICS,
        Role.of("headhunting_consultant"))) {
      for (TaskStage stage : TaskStage.values()) {
        for (int prior : new int[] {0, 3}) {
          for (Perspective perspective : List.of(Perspective.SELF, Perspective.CUSTOMER,
              Perspective.INTERNAL_TEAM, Perspective.CLIENT)) {
            for (dev.huifang.core.Urgency urgency : dev.huifang.core.Urgency.values()) {
              Engagement engagement = Engagement.builder().from(ENGAGEMENT).role(role).stage(stage)
                  .priorEngagements(prior).urgency(urgency).putContext("product", "fridge")
                  .putContext("feature", "energy saving").build();
              defaults.select(SelectionRequest.of(engagement, perspective, 7))
                  .forEach(builtIn::add);
            }
          }
        }
      }
    }
    for (int b = 0; b < builtIn.size(); b++) {
      ObjectNode entry = surveys.addObject();
      entry.put("id", "builtin-" + b);
      entry.set("json", SurveyJs.export(builtIn.get(b)));
      entry.putObject("variables");
      entry.putArray("answerSets");
    }
    ObjectNode edges = surveys.addObject();
    edges.put("id", "edges");
    edges.set("json", SurveyJs.export(edgeQuestionnaire()));
    edges.putObject("variables");
    ArrayNode edgeSets = edges.putArray("answerSets");
    for (ObjectNode data : EDGE_DATA) {
      edgeSets.add(data);
    }
    Path dir = Path.of("target");
    Files.createDirectories(dir);
    Path file = dir.resolve("surveyjs-input.json");
    Files.writeString(file, JSON.writeValueAsString(input), StandardCharsets.UTF_8);
    Process node = new ProcessBuilder("node", "evaluate.mjs", file.toString())
        .redirectErrorStream(false).start();
    byte[] out = node.getInputStream().readAllBytes();
    String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("node finished").isTrue();
    assertThat(node.exitValue()).as("node failed: %s", err).isZero();
    results = JSON.readTree(out);
  }

  @Test
  void runsAgreeWithSurveyJsOnVisibleAndRequiredQuestions() {
    assertThat(results.get("engine").asText()).isEqualTo("survey-core 3.1.1");
    int compared = 0;
    for (int s = 0; s < SURVEYS; s++) {
      JsonNode answers = results.get("results").get(s).get("answers");
      for (int a = 0; a < ANSWER_SETS; a++) {
        QuestionnaireRun run = runs.get(s).get(a);
        List<String> visible = run.visible().stream().map(q -> q.id().value()).toList();
        List<String> required = run.visible().stream().filter(q -> run.isRequired(q.id()))
            .map(q -> q.id().value()).toList();
        assertThat(names(answers.get(a).get("visible"))).as("survey %s, answers %s", s, a)
            .isEqualTo(visible);
        assertThat(names(answers.get(a).get("required"))).as("survey %s, answers %s", s, a)
            .isEqualTo(required);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(SURVEYS * ANSWER_SETS);
  }

  @Test
  void runsAgreeWithSurveyJsOnSatisfactionAndThePhoneInterviewFlag() {
    int compared = 0;
    int interviews = 0;
    int unrated = 0;
    int completeRuns = 0;
    int hiddenRatingsAnswered = 0;
    for (int s = 0; s < SURVEYS; s++) {
      boolean hasRatings = questionnaires.get(s).questions().stream()
          .anyMatch(q -> q.question().type() == QuestionType.STAR_RATING
              && q.question().visibleIf() == null);
      JsonNode answers = results.get("results").get(s).get("answers");
      for (int a = 0; a < ANSWER_SETS; a++) {
        QuestionnaireRun run = runs.get(s).get(a);
        JsonNode calculated = answers.get(a).get("calculated");
        String as = "survey " + s + ", answers " + a + ": " + calculated;
        Double satisfaction = run.satisfactionPercent();
        boolean phone = satisfaction != null
            && satisfaction < policies.get(s).phoneInterviewBelowPercent();
        if (run.isComplete()) {
          RunOutcome outcome = run.finish(policies.get(s)).get();
          assertThat(outcome.satisfactionPercent()).isEqualTo(satisfaction);
          assertThat(outcome.actions().stream()
              .anyMatch(x -> x.kind() == FollowUpAction.Kind.PHONE_INTERVIEW)).isEqualTo(phone);
          completeRuns++;
        }
        JsonNode percent = calculated.get(SurveyJs.SATISFACTION_PERCENT);
        if (satisfaction == null) {
          assertThat(percent == null || percent.isNull()).as(as).isTrue();
          unrated++;
        } else {
          assertThat(percent.doubleValue()).as(as).isCloseTo(satisfaction, within(1e-9));
        }
        JsonNode flag = calculated.get(SurveyJs.PHONE_INTERVIEW_NEEDED);
        if (flag == null) {
          assertThat(hasRatings).as("only a survey without ratings lacks the flag: " + as).isFalse();
          assertThat(phone).as(as).isFalse();
        } else {
          assertThat(flag.booleanValue()).as(as).isEqualTo(phone);
        }
        interviews += phone ? 1 : 0;
        QuestionnaireRun finalRun = run;
        hiddenRatingsAnswered += (int) questionnaires.get(s).questions().stream()
            .map(q -> q.question()).filter(q -> q.type() == QuestionType.STAR_RATING
                && finalRun.answers().containsKey(q.id()) && !finalRun.isVisible(q.id())).count();
        compared++;
      }
    }
    assertThat(compared).isEqualTo(SURVEYS * ANSWER_SETS);
    assertThat(interviews).as("both outcomes occur").isBetween(1, compared - 1);
    assertThat(unrated).as("runs without a counted rating occur").isPositive();
    assertThat(completeRuns).as("complete runs occur").isPositive();
    assertThat(hiddenRatingsAnswered).as("answered ratings that became hidden occur, and count for"
        + " neither side").isPositive();
  }

  @Test
  void theStratumIsDeclaredAndCompletedDataImportsBackToTheRunsAnswers() {
    for (int s = 0; s < SURVEYS; s++) {
      JsonNode answers = results.get("results").get(s).get("answers");
      for (int a = 0; a < ANSWER_SETS; a++) {
        JsonNode calculated = answers.get(a).get("calculated");
        assertThat(calculated.get(SurveyJs.ROLE).asText()).isEqualTo(NIGHT_CREW.code());
        assertThat(calculated.get(SurveyJs.STAGE).asText()).isEqualTo("mid");
        assertThat(calculated.get(SurveyJs.PERSPECTIVE).asText()).isEqualTo("self");
        JsonNode completed = answers.get(a).get("completed");
        // clearInvisibleValues none: hidden questions' answers stay, as in Huifang's run
        QuestionnaireRun run = runs.get(s).get(a);
        assertThat(new TreeMap<>(SurveyJs.importData(questionnaires.get(s), completed).get()))
            .as("survey %s, answers %s: %s", s, a, completed).isEqualTo(run.answers());
        QuestionnaireRun imported = SurveyJs.importRun(questionnaires.get(s), completed).get();
        assertThat(imported.visible()).isEqualTo(run.visible());
        assertThat(imported.requiredUnanswered()).isEqualTo(run.requiredUnanswered());
        assertThat(imported.satisfactionPercent()).isEqualTo(run.satisfactionPercent());
      }
    }
  }

  @Test
  void everyExportedSurveyLoadsWithoutErrors() {
    for (JsonNode result : results.get("results")) {
      assertThat(result.get("jsonErrors")).as(result.get("id").asText()).isEmpty();
      for (JsonNode finding : result.get("lint")) {
        // random conditions may contradict themselves (q > 3 and q < 2): a warning, not an error
        assertThat(finding.get("severity").asText()).as(finding.toString()).isNotEqualTo("error");
      }
    }
  }

  @Test
  void everyBuiltInQuestionnaireLintsClean() {
    assertThat(builtIn).hasSizeGreaterThan(100);
    for (int b = 0; b < builtIn.size(); b++) {
      JsonNode result = results.get("results").get(SURVEYS + b);
      assertThat(result.get("id").asText()).isEqualTo("builtin-" + b);
      assertThat(result.get("jsonErrors")).isEmpty();
      assertThat(result.get("lint")).as(result.toString()).isEmpty();
    }
  }

  @Test
  void importedDataGivesBackTheSameAnswers() {
    for (int s = 0; s < 20; s++) {
      QuestionnaireRun run = runs.get(s).get(0);
      Map<QuestionId, Answer> imported =
          SurveyJs.importData(questionnaires.get(s), data(run)).get();
      assertThat(new TreeMap<>(imported)).isEqualTo(run.answers());
    }
  }

  @Test
  void importRejectsUnknownNamesAndValuesThatAreNotChoices() throws IOException {
    SelectedQuestionnaire q = questionnaires.stream().filter(x -> x.questions().stream()
        .anyMatch(s -> s.question().type() == QuestionType.SINGLE_CHOICE)).findFirst().get();
    String choice = q.questions().stream().filter(s -> s.question().type() == QuestionType.SINGLE_CHOICE)
        .findFirst().get().question().id().value();
    JsonNode data = JSON.readTree("{\"ghost\": 1, \"" + choice + "\": \"zzz\"}");
    assertThat(SurveyJs.importData(q, data).getError().map(Problem::message)).containsExactly(
        "data.ghost: must be a question of this questionnaire, was \"ghost\"",
        "data." + choice + ": must be one of the options [a, b, c], was \"\\\"zzz\\\"\"");
  }

  /** Permanent cases on the edges of what the import accepts: data and whether it imports. */
  static final List<ObjectNode> EDGE_DATA = List.of(
      edge().put("stars", 4).put("mandatory", "ok").put("comment", "x".repeat(QuestionnaireRun.MAX_TEXT_LENGTH)),
      edge().put("stars", 4).put("mandatory", "ok").put("comment", "x".repeat(QuestionnaireRun.MAX_TEXT_LENGTH + 1)),
      edge().put("stars", 4).put("mandatory", "ok").put("comment", "  \t "),
      edge().put("stars", 4).put("mandatory", "ok").put("comment", ""),
      edge().put("stars", 4).put("mandatory", "ok").put("comment", "很好 fine"),
      edge().put("stars", 4).put("mandatory", " "),
      edge().put("stars", 4).put("mandatory", "x".repeat(QuestionnaireRun.MAX_TEXT_LENGTH + 1)),
      edge().put("stars", 4).put("mandatory", "明天 tomorrow"));

  static ObjectNode edge() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A star rating, an optional comment and a required comment. */
  static SelectedQuestionnaire edgeQuestionnaire() {
    List<Question> questions = List.of(
        Question.builder().id(QuestionId.of("stars")).text(Template.of("几星？", "How many stars?"))
            .type(QuestionType.STAR_RATING).dimension(Dimension.QUALITY).build(),
        Question.builder().id(QuestionId.of("comment")).text(Template.of("还有什么？", "Anything else?"))
            .type(QuestionType.OPEN_TEXT).dimension(Dimension.QUALITY).required(false).build(),
        Question.builder().id(QuestionId.of("mandatory")).text(Template.of("下次何时？", "When next?"))
            .type(QuestionType.OPEN_TEXT).dimension(Dimension.QUALITY).required(false)
            .requiredIf(AnswerCondition.compare("stars", AnswerCondition.Operator.GE, 1)).build());
    QuestionSelector selector = QuestionSelector.of(new QuestionBank("edges", 1, questions),
        new StratificationPolicy(List.of(), new SelectionPlan(List.of(), new TreeMap<>(), 1, 3,
            Integer.MAX_VALUE, 0, 3))).get();
    return selector.select(SelectionRequest.of(ENGAGEMENT, Perspective.SELF, 1)).get();
  }

  /**
   * survey-core completes exactly the data Huifang imports into a complete run: an over-long
   * comment completes in neither (the export carries the import's maxLength as a validator), a
   * blank optional comment completes in both (imported as no answer), a blank required comment
   * in neither; what survey-core completes imports with the same answers.
   */
  @Test
  void surveyCoreCompletesExactlyWhatTheImportAccepts() {
    SelectedQuestionnaire questionnaire = edgeQuestionnaire();
    JsonNode result = results.get("results").get(results.get("results").size() - 1);
    assertThat(result.get("id").asText()).isEqualTo("edges");
    assertThat(result.get("jsonErrors")).isEmpty();
    int completes = 0;
    for (int i = 0; i < EDGE_DATA.size(); i++) {
      JsonNode answer = result.get("answers").get(i);
      var run = SurveyJs.importRun(questionnaire, EDGE_DATA.get(i));
      boolean huifang = run.isValid() && run.get().isComplete();
      assertThat(answer.get("valid").asBoolean()).as("case %s: %s", i, EDGE_DATA.get(i))
          .isEqualTo(huifang);
      if (huifang) {
        completes++;
        assertThat(SurveyJs.importRun(questionnaire, answer.get("completed")).get().answers())
            .isEqualTo(run.get().answers());
      }
    }
    assertThat(completes).isEqualTo(5);
    assertThat(result.get("answers").get(1).get("valid").asBoolean()).isFalse();
    assertThat(result.get("answers").get(2).get("valid").asBoolean()).isTrue();
  }

  /** 9 and 2.5 stars: survey-core's rating cannot give them; both imports refuse them alike. */
  @Test
  void importDataAndImportRunRejectTheSameAnswersAtTheSamePaths() {
    SelectedQuestionnaire questionnaire = edgeQuestionnaire();
    for (double stars : new double[] {9, 2.5, 0, -1}) {
      ObjectNode data = edge().put("stars", stars).put("mandatory", "ok");
      List<String> expected = List.of("data.stars: must be a whole number within [1, 5] for a"
          + " STAR_RATING question, was " + stars);
      assertThat(SurveyJs.importData(questionnaire, data).getError().map(Problem::message))
          .containsExactlyElementsOf(expected);
      assertThat(SurveyJs.importRun(questionnaire, data).getError().map(Problem::message))
          .containsExactlyElementsOf(expected);
    }
  }

  static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(node -> names.add(node.asText()));
    return names;
  }

  /** A questionnaire of 3 to 12 questions of every type, with chained conditions. */
  static SelectedQuestionnaire questionnaire(SplittableRandom random) {
    int size = 3 + random.nextInt(10);
    List<Question> questions = new ArrayList<>();
    QuestionType[] types = QuestionType.values();
    for (int i = 0; i < size; i++) {
      QuestionType type = types[random.nextInt(types.length)];
      Question.Builder question = Question.builder().id(QuestionId.of("q" + i))
          .text(Template.of("问题 " + i, "Question " + i)).type(type).dimension(Dimension.QUALITY)
          .required(random.nextInt(4) != 0);
      if (type.hasOptions()) {
        question.addOptions(AnswerOption.of("a", "甲", "A"), AnswerOption.of("b", "乙", "B"),
            AnswerOption.of("c", "丙", "C"));
      }
      if (i > 0 && random.nextInt(3) != 0) {
        question.visibleIf(condition(questions, random, 2));
      }
      if (i > 0 && random.nextInt(3) == 0) {
        question.requiredIf(condition(questions, random, 2));
      }
      questions.add(question.build());
    }
    QuestionSelector selector = QuestionSelector.of(new QuestionBank("conformance", 1, questions),
        new StratificationPolicy(List.of(), new SelectionPlan(List.of(), new TreeMap<>(), 1, size,
            Integer.MAX_VALUE, 0, size))).get();
    return selector.select(SelectionRequest.of(ENGAGEMENT, Perspective.SELF, 1)).get();
  }

  static AnswerCondition condition(List<Question> earlier, SplittableRandom random, int depth) {
    int kind = random.nextInt(depth > 0 ? 6 : 3);
    Question read = earlier.get(random.nextInt(earlier.size()));
    QuestionId id = read.id();
    switch (kind) {
      case 0:
        if (read.type().hasOptions()) {
          return new AnswerCondition.Selected(id, read.options().get(random.nextInt(3)).id());
        }
        if (read.type() == QuestionType.OPEN_TEXT) {
          return new AnswerCondition.Answered(id);
        }
        AnswerCondition.Operator op =
            AnswerCondition.Operator.values()[random.nextInt(AnswerCondition.Operator.values().length)];
        double value = read.type() == QuestionType.YES_NO ? random.nextInt(2)
            : read.type() == QuestionType.NPS ? random.nextInt(11) : 1 + random.nextInt(5);
        if (random.nextInt(6) == 0) {
          // numbers Java writes with an exponent or a long cast would spoil: canonical decimals
          value = NUMBER_EDGES[random.nextInt(NUMBER_EDGES.length)];
        }
        return new AnswerCondition.Compare(id, op, value);
      case 1:
        return new AnswerCondition.Answered(id);
      case 2:
        return new AnswerCondition.Not(condition(earlier, random, 0));
      case 3:
        return new AnswerCondition.And(List.of(condition(earlier, random, depth - 1),
            condition(earlier, random, depth - 1)));
      case 4:
        return new AnswerCondition.Or(List.of(condition(earlier, random, depth - 1),
            condition(earlier, random, depth - 1)));
      default:
        return new AnswerCondition.Not(condition(earlier, random, depth - 1));
    }
  }

  /** A respondent: answers some visible questions in order, skips others. */
  static QuestionnaireRun respond(QuestionnaireRun run, SplittableRandom random) {
    for (int pass = 0; pass < 2; pass++) {
      for (Question question : run.visible()) {
        if (!run.isVisible(question.id()) || run.answers().containsKey(question.id())
            || random.nextInt(4) == 0) {
          continue;
        }
        run = run.answer(question.id(), answer(question, random)).get();
      }
    }
    return run;
  }

  static Answer answer(Question question, SplittableRandom random) {
    return switch (question.type()) {
      case STAR_RATING -> Answer.number(1 + random.nextInt(5));
      case NPS -> Answer.number(random.nextInt(11));
      case YES_NO -> Answer.yesNo(random.nextBoolean());
      case NUMBER -> Answer.number(random.nextInt(100));
      case SINGLE_CHOICE -> Answer.choice(question.options().get(random.nextInt(3)).id());
      case MULTIPLE_CHOICE -> random.nextBoolean() ? Answer.choices("a", "c") : Answer.choices("b");
      case OPEN_TEXT -> Answer.text("text " + random.nextInt(10));
    };
  }

  /** The data object a SurveyJS front end would hold for these answers. */
  static ObjectNode data(QuestionnaireRun run) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    run.answers().forEach((id, answer) -> {
      if (answer.number() != null) {
        double number = answer.number();
        if (number == Math.rint(number)) {
          data.put(id.value(), (long) number);
        } else {
          data.put(id.value(), number);
        }
      } else if (answer.text() != null) {
        data.put(id.value(), answer.text());
      } else {
        boolean multiple = run.questionnaire().questions().stream().anyMatch(q ->
            q.question().id().equals(id) && q.question().type() == QuestionType.MULTIPLE_CHOICE);
        if (multiple) {
          ArrayNode array = data.putArray(id.value());
          answer.options().forEach(array::add);
        } else {
          data.put(id.value(), answer.options().get(0));
        }
      }
    });
    return data;
  }
}
