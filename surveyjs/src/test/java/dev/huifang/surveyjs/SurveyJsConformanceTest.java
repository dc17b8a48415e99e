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
import dev.huifang.core.LocalizedText;
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
import dev.huifang.questionnaire.Trigger;
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
  static final List<QuestionnaireRun> builtInRuns = new ArrayList<>();
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
      TriggerPolicy policy = policy(questionnaire, random);
      policies.add(policy);
      ObjectNode entry = surveys.addObject();
      entry.put("id", "s" + s);
      entry.set("json", SurveyJs.export(questionnaire, policy));
      entry.putObject("variables");
      ArrayNode sets = entry.putArray("answerSets");
      List<QuestionnaireRun> ofSurvey = new ArrayList<>();
      for (int a = 0; a < ANSWER_SETS; a++) {
        QuestionnaireRun run = respond(QuestionnaireRun.start(questionnaire, policy), random);
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
      QuestionnaireRun run = respond(QuestionnaireRun.start(builtIn.get(b)), random);
      builtInRuns.add(run);
      entry.putArray("answerSets").add(data(run));
    }
    ObjectNode edges = surveys.addObject();
    edges.put("id", "edges");
    edges.set("json", SurveyJs.export(edgeQuestionnaire()));
    edges.putObject("variables");
    ArrayNode edgeSets = edges.putArray("answerSets");
    for (ObjectNode data : EDGE_DATA) {
      edgeSets.add(data);
    }
    for (String[] evidence : EVIDENCE) {
      ObjectNode entry = surveys.addObject();
      entry.put("id", "evidence-" + evidence[0]);
      entry.set("json", JSON.readTree(evidence[1]));
      entry.putObject("variables");
      entry.putArray("answerSets").add(JSON.readTree(evidence[2]));
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

  /**
   * The calculated values equal the run's results exactly, with no tolerance: the weighted
   * satisfaction (whole-number weights, one division), the phone-interview and deep-dive flags
   * (satisfaction below the threshold, key answers, host triggers) and each host trigger, over
   * complete and incomplete runs, with hidden answered ratings, key questions and trigger
   * questions (which count as unanswered for every trigger).
   */
  @Test
  void runsAgreeWithSurveyJsOnSatisfactionTheFlagsAndEveryHostTrigger() {
    int compared = 0;
    int mismatches = 0;
    int interviews = 0;
    int deepDives = 0;
    int unrated = 0;
    int rated = 0;
    int completeRuns = 0;
    int triggersFired = 0;
    int triggersSilent = 0;
    int hiddenRatingsAnswered = 0;
    List<String> failures = new ArrayList<>();
    for (int s = 0; s < SURVEYS; s++) {
      TriggerPolicy policy = policies.get(s);
      JsonNode answers = results.get("results").get(s).get("answers");
      for (int a = 0; a < ANSWER_SETS; a++) {
        QuestionnaireRun run = runs.get(s).get(a);
        JsonNode calculated = answers.get(a).get("calculated");
        String as = "survey " + s + ", answers " + a + ": " + calculated + " / " + run.answers();
        Double satisfaction = run.satisfactionPercent();
        List<FollowUpAction> actions = run.actions(policy);
        boolean phone = actions.stream().anyMatch(x -> x.kind() == FollowUpAction.Kind.PHONE_INTERVIEW);
        boolean deep = actions.stream().anyMatch(x -> x.kind() == FollowUpAction.Kind.DEEP_DIVE);
        if (run.isComplete()) {
          RunOutcome outcome = run.finish(policy).get();
          assertThat(outcome.satisfactionPercent()).isEqualTo(satisfaction);
          assertThat(outcome.actions()).isEqualTo(actions);
          completeRuns++;
        }
        JsonNode percent = calculated.get(SurveyJs.SATISFACTION_PERCENT);
        Double theirs = percent == null || percent.isNull() ? null : percent.doubleValue();
        if (!java.util.Objects.equals(theirs, satisfaction)) {
          failures.add("satisfaction " + satisfaction + " vs " + theirs + " in " + as);
        }
        if (satisfaction == null) {
          unrated++;
        } else {
          rated++;
        }
        if (calculated.get(SurveyJs.PHONE_INTERVIEW_NEEDED).asBoolean() != phone) {
          failures.add("phone interview " + phone + " in " + as);
        }
        if (calculated.get(SurveyJs.DEEP_DIVE_NEEDED).asBoolean() != deep) {
          failures.add("deep-dive " + deep + " in " + as);
        }
        for (Trigger trigger : policy.triggers()) {
          boolean fired = actions.stream().anyMatch(x -> x.trigger().equals(trigger.id()));
          JsonNode flag = calculated.get(SurveyJs.TRIGGER_PREFIX + trigger.id());
          if (flag == null || flag.asBoolean() != fired) {
            failures.add("trigger " + trigger.id() + " (" + trigger.when().describe() + ") "
                + fired + " in " + as);
          }
          triggersFired += fired ? 1 : 0;
          triggersSilent += fired ? 0 : 1;
        }
        interviews += phone ? 1 : 0;
        deepDives += deep ? 1 : 0;
        QuestionnaireRun finalRun = run;
        hiddenRatingsAnswered += (int) questionnaires.get(s).questions().stream()
            .map(q -> q.question()).filter(q -> q.type() == QuestionType.STAR_RATING
                && finalRun.answers().containsKey(q.id()) && !finalRun.isVisible(q.id())).count();
        compared++;
      }
    }
    mismatches = failures.size();
    assertThat(failures).as("mismatches").isEmpty();
    assertThat(mismatches).isZero();
    assertThat(compared).isEqualTo(SURVEYS * ANSWER_SETS);
    assertThat(interviews).as("both outcomes occur").isBetween(1, compared - 1);
    assertThat(deepDives).as("both outcomes occur").isBetween(1, compared - 1);
    assertThat(unrated).as("runs without satisfaction occur").isPositive();
    assertThat(rated).as("runs with satisfaction occur").isPositive();
    assertThat(completeRuns).as("complete runs occur").isPositive();
    assertThat(triggersFired).as("host triggers fire").isPositive();
    assertThat(triggersSilent).as("host triggers stay silent").isPositive();
    assertThat(hiddenRatingsAnswered).as("answered ratings that became hidden occur, and count for"
        + " neither side").isPositive();
  }

  /** Every new kind of condition occurs in the generated surveys, so the agreement covers it. */
  @Test
  void generatedConditionsReadTextCountsTheSatisfactionAndTheStratum() {
    String all = results.toString() + questionnaires.stream().map(q -> SurveyJs.export(q,
        policies.get(questionnaires.indexOf(q))).toString()).reduce("", String::concat);
    assertThat(all).contains(" contains 'TEXT'", ".length} ", "{satisfactionPercent} notempty and",
        "iif({q", "({stratumStage} = 'mid')", "({stratumRole} = 'promotion')");
  }

  @Test
  void theStratumIsDeclaredAndCompletedDataImportsBackToTheRunsAnswers() {
    for (int s = 0; s < SURVEYS; s++) {
      JsonNode answers = results.get("results").get(s).get("answers");
      for (int a = 0; a < ANSWER_SETS; a++) {
        JsonNode calculated = answers.get(a).get("calculated");
        assertThat(calculated.get(SurveyJs.ROLE).asText()).isEqualTo(NIGHT_CREW.code());
        assertThat(calculated.get(SurveyJs.STAGE).asText()).isEqualTo("mid");
        assertThat(calculated.get(SurveyJs.PERSPECTIVE).asText()).isEqualTo(questionnaires.get(s)
            .stratum().perspective().name().toLowerCase(java.util.Locale.ROOT));
        JsonNode completed = answers.get(a).get("completed");
        // clearInvisibleValues none: hidden questions' answers stay, as in Huifang's run
        QuestionnaireRun run = runs.get(s).get(a);
        assertThat(new TreeMap<>(SurveyJs.importData(questionnaires.get(s), completed).get()))
            .as("survey %s, answers %s: %s", s, a, completed).isEqualTo(run.answers());
        QuestionnaireRun imported =
            SurveyJs.importRun(questionnaires.get(s), completed, policies.get(s)).get();
        assertThat(imported.visible()).isEqualTo(run.visible());
        assertThat(imported.requiredUnanswered()).isEqualTo(run.requiredUnanswered());
        assertThat(imported.satisfactionPercent()).isEqualTo(run.satisfactionPercent());
      }
    }
  }

  @Test
  void everyExportedSurveyLoadsWithoutErrors() {
    for (JsonNode result : results.get("results")) {
      if (result.get("id").asText().startsWith("evidence-")) {
        continue;  // hand-written surveys showing what the export avoids
      }
      assertThat(result.get("jsonErrors")).as(result.get("id").asText()).isEmpty();
      for (JsonNode finding : result.get("lint")) {
        // random conditions may contradict themselves (q > 3 and q < 2): a warning, not an error
        assertThat(finding.get("severity").asText()).as(finding.toString()).isNotEqualTo("error");
      }
    }
  }

  /**
   * The built-in questionnaires under the domain's default policy: survey-core computes the
   * customer's or client's weighted satisfaction and the phone-interview and deep-dive flags
   * exactly as the run does, and a worker's own ratings give no satisfaction on either side.
   */
  @Test
  void builtInQuestionnairesAgreeWithSurveyCoreUnderTheDefaultPolicy() {
    List<String> failures = new ArrayList<>();
    int customerOrClient = 0;
    int selfRated = 0;
    int lowSatisfaction = 0;
    for (int b = 0; b < builtIn.size(); b++) {
      QuestionnaireRun run = builtInRuns.get(b);
      JsonNode calculated = results.get("results").get(SURVEYS + b).get("answers").get(0)
          .get("calculated");
      List<FollowUpAction> actions = run.actions(TriggerPolicy.defaults());
      JsonNode percent = calculated.get(SurveyJs.SATISFACTION_PERCENT);
      Double theirs = percent == null || percent.isNull() ? null : percent.doubleValue();
      String as = "builtin " + b + " " + builtIn.get(b).stratum().describe() + ": " + calculated;
      if (!java.util.Objects.equals(theirs, run.satisfactionPercent())) {
        failures.add("satisfaction " + run.satisfactionPercent() + " in " + as);
      }
      boolean phone = actions.stream().anyMatch(x -> x.kind() == FollowUpAction.Kind.PHONE_INTERVIEW);
      boolean deep = actions.stream().anyMatch(x -> x.kind() == FollowUpAction.Kind.DEEP_DIVE);
      if (calculated.get(SurveyJs.PHONE_INTERVIEW_NEEDED).asBoolean() != phone
          || calculated.get(SurveyJs.DEEP_DIVE_NEEDED).asBoolean() != deep) {
        failures.add("flags " + phone + "/" + deep + " in " + as);
      }
      Perspective perspective = builtIn.get(b).stratum().perspective();
      if (perspective == Perspective.CUSTOMER || perspective == Perspective.CLIENT) {
        customerOrClient += run.satisfactionPercent() != null ? 1 : 0;
        lowSatisfaction += actions.stream().anyMatch(x -> x.trigger().equals("satisfaction-below"))
            ? 1 : 0;
      } else {
        assertThat(run.satisfactionPercent()).as(as).isNull();
        selfRated += perspective == Perspective.SELF ? 1 : 0;
      }
    }
    assertThat(failures).as("mismatches").isEmpty();
    assertThat(customerOrClient).as("customer and client runs with a satisfaction").isPositive();
    assertThat(lowSatisfaction).as("low customer or client satisfaction occurs").isPositive();
    assertThat(selfRated).isPositive();
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
    JsonNode result = null;
    for (JsonNode candidate : results.get("results")) {
      result = candidate.get("id").asText().equals("edges") ? candidate : result;
    }
    assertThat(result).isNotNull();
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

  /**
   * Permanent evidence of what survey-core 3.1.1 reads differently from Huifang, each the reason
   * for a rule of the export or of bank validation: id, a hand-written survey (not an export), its
   * data, and the value survey-core gives its calculated value {@code c}.
   */
  static final List<String[]> EVIDENCE = List.of(
      // Java's text of 1e-5: survey-core reports an invalid expression and computes nothing
      evidence("number-java-text", "{x} > 1.0E-5", "{\"type\":\"text\",\"name\":\"x\"}",
          "{\"x\": 0.001}", "null"),
      evidence("number-canonical", "{x} > 0.00001", "{\"type\":\"text\",\"name\":\"x\"}",
          "{\"x\": 0.001}", "true"),
      evidence("number-long-canonical", "{x} = 100000000000000000000",
          "{\"type\":\"text\",\"name\":\"x\"}", "{\"x\": 1e20}", "true"),
      // names survey-core cannot address: the answered question reads as empty
      evidence("name-brackets", "{q[0]} notempty", "{\"type\":\"rating\",\"name\":\"q[0]\"}",
          "{\"q[0]\": 3}", "false"),
      evidence("name-dollar", "{$q} notempty", "{\"type\":\"rating\",\"name\":\"$q\"}",
          "{\"$q\": 3}", "false"),
      // a question named like a calculated value, in another case: the variable wins
      evidence("name-reserved", "{SatisfactionPercent}",
          "{\"type\":\"rating\",\"name\":\"SatisfactionPercent\"}", "{\"SatisfactionPercent\": 3}",
          "50"),
      // option ids survey-core compares as equal: ignoring case, by number, trimmed
      evidence("options-case", "{q} = 'a'",
          "{\"type\":\"radiogroup\",\"name\":\"q\",\"choices\":[\"A\",\"a\"]}", "{\"q\": \"A\"}",
          "true"),
      evidence("options-number", "{q} = 1",
          "{\"type\":\"radiogroup\",\"name\":\"q\",\"choices\":[\"01\",\"1\"]}", "{\"q\": \"01\"}",
          "true"),
      evidence("options-trimmed", "{q} = 'b'",
          "{\"type\":\"radiogroup\",\"name\":\"q\",\"choices\":[\" b\",\"b\"]}", "{\"q\": \" b\"}",
          "true"),
      // contains on text ignores case; an unanswered comment contains nothing, notcontains all
      evidence("contains-case", "{t} contains 'LATE'", "{\"type\":\"comment\",\"name\":\"t\"}",
          "{\"t\": \"he was late\"}", "true"),
      evidence("notcontains-unanswered", "{t} notcontains 'late'",
          "{\"type\":\"comment\",\"name\":\"t\"}", "{}", "true"),
      // the count of a checkbox's options, 0 when unanswered
      evidence("length-unanswered", "{m.n.length}",
          "{\"type\":\"checkbox\",\"name\":\"m.n\",\"choices\":[\"a\",\"b\"]}", "{}", "0"));

  static String[] evidence(String id, String expression, String element, String data,
      String value) {
    String calculated = expression.startsWith("{SatisfactionPercent}")
        ? "[{\"name\":\"satisfactionPercent\",\"expression\":\"50\"},{\"name\":\"c\",\"expression\":\""
            + expression + "\"}]"
        : "[{\"name\":\"c\",\"expression\":\"" + expression + "\"}]";
    return new String[] {id, "{\"calculatedValues\":" + calculated + ",\"pages\":[{\"name\":\"p\","
        + "\"elements\":[" + element + "]}]}", data, value};
  }

  /**
   * survey-core still reads each evidence case as recorded, and Huifang's rule for it holds: the
   * export writes canonical decimals, and the names and option ids are Problems.
   */
  @Test
  void surveyCoreStillReadsTheEvidenceAsRecordedAndHuifangRefusesOrRewritesEachCase() {
    Map<String, JsonNode> byId = new TreeMap<>();
    results.get("results").forEach(r -> byId.put(r.get("id").asText(), r));
    for (String[] evidence : EVIDENCE) {
      JsonNode result = byId.get("evidence-" + evidence[0]);
      assertThat(result).as(evidence[0]).isNotNull();
      JsonNode c = result.get("answers").get(0).get("calculated").get("c");
      assertThat(String.valueOf(c)).as(evidence[0] + ": " + evidence[1]).isEqualTo(evidence[3]);
    }
    assertThat(AnswerCondition.canonical(1e-5)).isEqualTo("0.00001");
    assertThat(AnswerCondition.canonical(1e20)).isEqualTo("100000000000000000000");
    for (double bad : new double[] {Double.POSITIVE_INFINITY, Double.NaN}) {
      Question stars = Question.builder().id(QuestionId.of("stars"))
          .text(Template.of("几星？", "How many stars?")).type(QuestionType.STAR_RATING)
          .dimension(Dimension.QUALITY).build();
      Question reads = Question.builder().from(stars).id(QuestionId.of("again"))
          .visibleIf(AnswerCondition.compare("stars", AnswerCondition.Operator.GT, bad)).build();
      assertThat(new QuestionBank("b", 1, List.of(stars, reads)).problems().map(Problem::path))
          .containsExactly("questions[1].visibleIf.value");
    }
    for (String name : List.of("q[0]", "$q", "SatisfactionPercent", "PHONEINTERVIEWNEEDED",
        "Trigger_late")) {
      Question named = Question.builder().id(QuestionId.of(name))
          .text(Template.of("几星？", "How many stars?")).type(QuestionType.STAR_RATING)
          .dimension(Dimension.QUALITY).build();
      assertThat(new QuestionBank("b", 1, List.of(named)).problems()).as(name).isNotEmpty();
    }
    for (List<String> ids : List.of(List.of("A", "a"), List.of("01", "1"), List.of(" b", "b"))) {
      assertThat(Question.builder().id(QuestionId.of("q")).text(Template.of("选", "Pick"))
          .type(QuestionType.SINGLE_CHOICE).dimension(Dimension.QUALITY)
          .addOptions(AnswerOption.of(ids.get(0), "甲", "A"), AnswerOption.of(ids.get(1), "乙", "B"))
          .validate().isInvalid()).as(ids.toString()).isTrue();
    }
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

  /** Dimensions of generated ratings: indicators of different weights, and one that is none. */
  static final List<Dimension> DIMENSIONS = List.of(Dimension.QUALITY, Dimension.SATISFACTION,
      Dimension.ATTITUDE, Dimension.RESPONSIVENESS);
  static final Map<Dimension, Integer> WEIGHTS = Map.of(Dimension.SATISFACTION, 2,
      Dimension.ATTITUDE, 1, Dimension.RESPONSIVENESS, 3);
  /** Keywords looked for in open answers ("Text 3", "text 7", "文本 5"): case and script vary. */
  static final List<String> KEYWORDS = List.of("TEXT", "ext 3", "文本", "xt 7", "zzz", "t", "Text 1");

  /**
   * A questionnaire of 3 to 12 questions of every type, with chained conditions, answered from
   * the worker's, the customer's or the client's perspective.
   */
  static SelectedQuestionnaire questionnaire(SplittableRandom random) {
    int size = 3 + random.nextInt(10);
    List<Question> questions = new ArrayList<>();
    QuestionType[] types = QuestionType.values();
    for (int i = 0; i < size; i++) {
      QuestionType type = types[random.nextInt(types.length)];
      Question.Builder question = Question.builder().id(QuestionId.of("q" + i))
          .text(Template.of("问题 " + i, "Question " + i)).type(type)
          .dimension(DIMENSIONS.get(random.nextInt(DIMENSIONS.size())))
          .required(random.nextInt(4) != 0).key(random.nextInt(6) == 0);
      if (type.hasOptions()) {
        question.addOptions(AnswerOption.of("a", "甲", "A"), AnswerOption.of("b", "乙", "B"),
            AnswerOption.of("c", "丙", "C"));
      }
      // a star rating's visibility must not read the satisfaction it feeds
      boolean rating = type == QuestionType.STAR_RATING;
      if (i > 0 && random.nextInt(3) != 0) {
        question.visibleIf(condition(questions, random, 2, !rating));
      }
      if (i > 0 && random.nextInt(3) == 0) {
        question.requiredIf(condition(questions, random, 2, true));
      }
      questions.add(question.build());
    }
    QuestionSelector selector = QuestionSelector.of(new QuestionBank("conformance", 1, questions),
        new StratificationPolicy(List.of(), new SelectionPlan(List.of(), new TreeMap<>(), 1, size,
            Integer.MAX_VALUE, 0, size))).get();
    Perspective[] perspectives = {Perspective.SELF, Perspective.CUSTOMER, Perspective.CLIENT};
    return selector.select(SelectionRequest.of(ENGAGEMENT,
        perspectives[random.nextInt(perspectives.length)], 1)).get();
  }

  /**
   * A policy: a threshold on and between the percentages ratings give, key answers asking for a
   * phone interview, a deep-dive or nothing, and up to three host triggers over any question,
   * visible or not, and the satisfaction.
   */
  static TriggerPolicy policy(SelectedQuestionnaire questionnaire, SplittableRandom random) {
    double[] thresholds = {25, 50, 60, 62.5, 87.5};
    List<Question> all = questionnaire.questions().stream().map(q -> q.question()).toList();
    List<Trigger> triggers = new ArrayList<>();
    int count = random.nextInt(4);
    for (int t = 0; t < count; t++) {
      triggers.add(new Trigger("host-" + t, condition(all, random, 2, true),
          random.nextBoolean() ? FollowUpAction.Kind.PHONE_INTERVIEW
              : FollowUpAction.Kind.DEEP_DIVE, LocalizedText.of("跟进", "Follow up")));
    }
    return new TriggerPolicy(thresholds[random.nextInt(thresholds.length)],
        random.nextBoolean(), 5, 2, triggers, TriggerPolicy.DEFAULT_SATISFACTION_FROM, WEIGHTS,
        random.nextInt(3) == 0);
  }

  static AnswerCondition condition(List<Question> earlier, SplittableRandom random, int depth,
      boolean satisfaction) {
    int kind = random.nextInt(depth > 0 ? 8 : 5);
    Question read = earlier.get(random.nextInt(earlier.size()));
    QuestionId id = read.id();
    AnswerCondition.Operator[] ops = AnswerCondition.Operator.values();
    switch (kind) {
      case 0:
        if (read.type().hasOptions()) {
          return random.nextBoolean()
              ? new AnswerCondition.Selected(id, read.options().get(random.nextInt(3)).id())
              : new AnswerCondition.Chosen(id, ops[random.nextInt(ops.length)],
                  random.nextInt(4));
        }
        if (read.type() == QuestionType.OPEN_TEXT) {
          return new AnswerCondition.Contains(id, KEYWORDS.get(random.nextInt(KEYWORDS.size())));
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
        return new AnswerCondition.Not(condition(earlier, random, 0, satisfaction));
      case 3:
        if (satisfaction && random.nextBoolean()) {
          double[] percents = {0, 25, 40, 50, 60, 62.5, 100};
          return new AnswerCondition.Satisfaction(ops[random.nextInt(ops.length)],
              percents[random.nextInt(percents.length)]);
        }
        AnswerCondition.StratumIs.Field[] fields = AnswerCondition.StratumIs.Field.values();
        AnswerCondition.StratumIs.Field field = fields[random.nextInt(fields.length)];
        List<String> values = field == AnswerCondition.StratumIs.Field.ROLE
            ? List.of(NIGHT_CREW.code(), "promotion", "O'NEILL \\ NIGHT CREW") : field.allowed();
        return new AnswerCondition.StratumIs(field, values.get(random.nextInt(values.size())));
      case 4:
        return new AnswerCondition.Not(condition(earlier, random, 0, satisfaction));
      case 5:
        return new AnswerCondition.And(List.of(condition(earlier, random, depth - 1, satisfaction),
            condition(earlier, random, depth - 1, satisfaction)));
      case 6:
        return new AnswerCondition.Or(List.of(condition(earlier, random, depth - 1, satisfaction),
            condition(earlier, random, depth - 1, satisfaction)));
      default:
        return new AnswerCondition.Not(condition(earlier, random, depth - 1, satisfaction));
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
      case MULTIPLE_CHOICE -> switch (random.nextInt(3)) {
        case 0 -> Answer.choices("a", "c");
        case 1 -> Answer.choices("b");
        default -> Answer.choices("a", "b", "c");
      };
      case OPEN_TEXT -> Answer.text(List.of("text ", "Text ", "TEXT ", "文本 ")
          .get(random.nextInt(4)) + random.nextInt(10));
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
