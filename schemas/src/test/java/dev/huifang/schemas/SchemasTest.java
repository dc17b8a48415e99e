package dev.huifang.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.LoopPolicy;
import dev.huifang.core.QuestionId;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.questionnaire.Answer;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.questionnaire.SurveyJs;
import dev.huifang.feedback.CapabilityReport;
import dev.huifang.feedback.FeedbackScript;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.ScoringScheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON Schemas under {@code docs/schemas} and their example documents: each committed file
 * must equal what the models generate today, every example must validate, and every broken
 * example must fail both the schema and Huifang's own reader.
 *
 * <p>After a model changes on purpose, regenerate with
 * {@code mvn -B -pl schemas -am verify -Dhuifang.schemas.write=true} and commit the result.
 */
class SchemasTest {

  private static final Path DOCS = Path.of("..", "docs", "schemas");
  private static final Path EXAMPLES = DOCS.resolve("examples");
  private static final boolean WRITE = Boolean.getBoolean("huifang.schemas.write");
  private static final String REGENERATE =
      "mvn -B -pl schemas -am verify -Dhuifang.schemas.write=true";
  private static final TypeFactory TYPES = TypeFactory.defaultInstance();
  private static final ObjectMapper MAPPER = HuifangJson.newMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  /** A document a front end exchanges with Huifang: its schema file, root type and an example. */
  record Document(String name, String title, String description, JavaType type,
      Supplier<Object> example) {

    String schemaFile() {
      return name + ".schema.json";
    }

    String exampleFile() {
      return name + ".json";
    }
  }

  static List<Document> documents() {
    return List.of(
        new Document("question-bank", "Huifang question bank",
            "A versioned bank of follow-up questions with their strata, priorities, options "
                + "and visibility conditions.",
            TYPES.constructType(QuestionBank.class), QuestionBank::defaults),
        new Document("stratification-policy", "Huifang stratification policy",
            "Which questions a stratum (role, stage, experience, respondent, urgency) asks, "
                + "within which count and time budget.",
            TYPES.constructType(StratificationPolicy.class), StratificationPolicy::defaults),
        new Document("selected-questionnaire", "Huifang selected questionnaire",
            "The questions picked for one follow-up, each with the reason it was picked.",
            TYPES.constructType(SelectedQuestionnaire.class), ExampleDocuments::questionnaire),
        new Document("answers", "Huifang answers",
            "The answers of one follow-up, by question id: a number, chosen options or a text.",
            TYPES.constructMapType(SortedMap.class, QuestionId.class, Answer.class),
            ExampleDocuments::answers),
        new Document("scoring-scheme", "Huifang scoring scheme",
            "Metric definitions, their normalisation and weighted groups.",
            TYPES.constructType(ScoringScheme.class), ExampleDocuments::scheme),
        new Document("scorecard", "Huifang scorecard",
            "One worker's weighted KPI score, traceable to every metric's raw value, score, "
                + "weight and rule.",
            TYPES.constructType(Scorecard.class), ExampleDocuments::scorecard),
        new Document("feedback-script", "Huifang feedback script",
            "A sandwich-feedback script: praise, one or two problems, encouragement, each with "
                + "its evidence.",
            TYPES.constructType(FeedbackScript.class), ExampleDocuments::script),
        new Document("capability-report", "Huifang capability report",
            "A capability diagnosis per dimension with matched learning resources.",
            TYPES.constructType(CapabilityReport.class), ExampleDocuments::report),
        new Document("case-event", "Huifang case event",
            "One event of a feedback case's log; its kind is in \"type\".",
            TYPES.constructType(CaseEvent.class), () -> ExampleDocuments.events().get(1)),
        new Document("case-events", "Huifang case event log",
            "The events of feedback cases in order, as a front end submits or replays them.",
            TYPES.constructCollectionType(List.class, CaseEvent.class),
            ExampleDocuments::events),
        new Document("feedback-case", "Huifang feedback case",
            "A feedback case as the fold of its event log.",
            TYPES.constructType(FeedbackCase.class), ExampleDocuments::feedbackCase),
        new Document("loop-policy", "Huifang loop policy",
            "Routing, time limits, business calendar and escalation ladder of the feedback loop.",
            TYPES.constructType(LoopPolicy.class), () -> FeedbackLoop.ofDefaults().policy()));
  }

  private static String pretty(JsonNode node) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode schema(Document document) {
    return new SchemaGenerator().document(document.name(), document.title(),
        document.description(), document.type());
  }

  private static JsonNode example(Document document) {
    try {
      return MAPPER.readTree(MAPPER.writerFor(document.type())
          .writeValueAsString(document.example().get()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compares a committed file with what it should hold, or writes it when asked to. */
  private static void matchesCommitted(Path file, String expected) throws IOException {
    if (WRITE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(file).as("%s is missing; run %s", file, REGENERATE).exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s drifted from the models; if the change is meant, run %s and commit", file,
            REGENERATE)
        .isEqualTo(expected);
  }

  private static Set<String> errors(ObjectNode schema, JsonNode document) {
    JsonSchema compiled = FACTORY.getSchema(schema);
    return compiled.validate(document).stream().map(ValidationMessage::getMessage)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @TestFactory
  Stream<DynamicTest> committedSchemasEqualTheGeneratedOnes() {
    return documents().stream().map(d -> DynamicTest.dynamicTest(d.schemaFile(),
        () -> matchesCommitted(DOCS.resolve(d.schemaFile()), pretty(schema(d)))));
  }

  @TestFactory
  Stream<DynamicTest> committedExamplesAreTodaysDocumentsAndValidate() {
    return documents().stream().map(d -> DynamicTest.dynamicTest(d.exampleFile(), () -> {
      JsonNode example = example(d);
      matchesCommitted(EXAMPLES.resolve(d.exampleFile()), pretty(example));
      assertThat(errors(schema(d), example)).as("%s against its schema", d.exampleFile())
          .isEmpty();
      assertThat(HuifangJson.read(pretty(example), d.type()).isValid()).isTrue();
    }));
  }

  @Test
  void everySchemaShipsInTheJarWithItsId() throws IOException {
    for (Document d : documents()) {
      try (var in = SchemasTest.class.getResourceAsStream("/dev/huifang/schemas/" + d.schemaFile())) {
        assertThat(in).as("%s in the jar", d.schemaFile()).isNotNull();
        JsonNode shipped = MAPPER.readTree(in);
        assertThat(shipped).isEqualTo(MAPPER.readTree(Files.readString(DOCS.resolve(d.schemaFile()))));
        assertThat(shipped.path("$id").asText()).isEqualTo("urn:huifang:schema:" + d.name());
      }
    }
  }

  /**
   * The SurveyJS documents: written by hand, since they are JSON a front end builds, not Huifang
   * models; each is checked against what {@code SurveyJs} writes and reads.
   */
  static final List<String> HAND_WRITTEN = List.of("surveyjs-data", "surveyjs-metadata");

  /** A SurveyJS data object that survey-core could complete for the example questionnaire. */
  static ObjectNode surveyJsData(SelectedQuestionnaire questionnaire) {
    ObjectNode data = MAPPER.createObjectNode();
    for (var selected : questionnaire.questions()) {
      var question = selected.question();
      String name = question.id().value();
      switch (question.type()) {
        case STAR_RATING -> data.put(name, 4);
        case NPS -> data.put(name, 9);
        case NUMBER -> data.put(name, 3);
        case YES_NO -> data.put(name, true);
        case SINGLE_CHOICE -> data.put(name, question.options().get(0).id());
        case MULTIPLE_CHOICE -> data.putArray(name).add(question.options().get(0).id());
        case OPEN_TEXT -> data.put(name, "the energy-saving demo worked well");
      }
    }
    data.put(SurveyJs.SATISFACTION_PERCENT, 75.0);
    data.put(SurveyJs.PHONE_INTERVIEW_NEEDED, false);
    return data;
  }

  @Test
  void theSurveyJsDocumentsMatchWhatHuifangWritesAndReads() throws IOException {
    SelectedQuestionnaire questionnaire = ExampleDocuments.questionnaire();
    ObjectNode data = surveyJsData(questionnaire);
    assertThat(SurveyJs.importData(questionnaire, data).isValid()).as("the data example imports")
        .isTrue();
    Map<String, JsonNode> examples = Map.of(
        "surveyjs-data", data,
        "surveyjs-metadata", SurveyJs.metadata(questionnaire));
    for (String name : HAND_WRITTEN) {
      ObjectNode schema = (ObjectNode) MAPPER.readTree(
          Files.readString(DOCS.resolve(name + ".schema.json"), StandardCharsets.UTF_8));
      assertThat(schema.path("$id").asText()).isEqualTo("urn:huifang:schema:" + name);
      matchesCommitted(EXAMPLES.resolve(name + ".json"), pretty(examples.get(name)));
      assertThat(errors(schema, examples.get(name))).as("%s against its schema", name).isEmpty();
      try (var in = SchemasTest.class.getResourceAsStream("/dev/huifang/schemas/" + name
          + ".schema.json")) {
        assertThat(in).as("%s in the jar", name).isNotNull();
        assertThat(MAPPER.readTree(in)).isEqualTo(schema);
      }
    }
    ObjectNode wrongKind = data.deepCopy();
    wrongKind.putObject(questionnaire.questions().get(0).question().id().value());
    ObjectNode schema = (ObjectNode) MAPPER.readTree(Files.readString(
        DOCS.resolve("surveyjs-data.schema.json"), StandardCharsets.UTF_8));
    assertThat(errors(schema, wrongKind)).as("an object is no answer").isNotEmpty();
    ObjectNode metadata = SurveyJs.metadata(questionnaire);
    metadata.remove("bank");
    ObjectNode metadataSchema = (ObjectNode) MAPPER.readTree(Files.readString(
        DOCS.resolve("surveyjs-metadata.schema.json"), StandardCharsets.UTF_8));
    assertThat(errors(metadataSchema, metadata)).as("the bank is required").isNotEmpty();
  }

  @Test
  void everyCommittedSchemaBelongsToADocument() throws IOException {
    Set<String> expected = new TreeSet<>();
    documents().forEach(d -> expected.add(d.schemaFile()));
    HAND_WRITTEN.forEach(name -> expected.add(name + ".schema.json"));
    try (Stream<Path> files = Files.list(DOCS)) {
      Set<String> committed = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json")).collect(Collectors.toCollection(TreeSet::new));
      assertThat(committed).isEqualTo(expected);
    }
  }

  @Test
  void schemasAreStrictDraft202012() {
    for (Document d : documents()) {
      ObjectNode schema = schema(d);
      assertThat(schema.get("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      List<JsonNode> objects = new ArrayList<>();
      schema.findParents("type").forEach(node -> {
        if (node.get("type").isTextual() && node.get("type").asText().equals("object")
            && node.has("properties")) {
          objects.add(node);
        }
      });
      assertThat(objects).as(d.name()).isNotEmpty()
          .allSatisfy(o -> assertThat(o.get("additionalProperties").asBoolean(true)).isFalse());
      schema.findParents("type").forEach(node -> {
        if (node.get("type").isTextual() && node.get("type").asText().equals("array")) {
          assertThat(node.has("items")).as("typed items in %s", d.name()).isTrue();
        }
      });
    }
  }

  /** One way to break a good document; each must fail the schema and Huifang's reader alike. */
  record Breakage(String name, java.util.function.UnaryOperator<JsonNode> apply) {}

  private static JsonNode firstObject(JsonNode node) {
    if (node.isObject()) {
      return node;
    }
    for (JsonNode child : node) {
      JsonNode found = firstObject(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The object a breakage changes: the first one, or the first entry's value of a map. */
  private static ObjectNode target(Document d, JsonNode doc) {
    JsonNode start = d.type().isMapLikeType() ? doc.elements().next() : doc;
    return (ObjectNode) firstObject(start);
  }

  static List<Breakage> breakages(Document d) {
    List<Breakage> all = List.of(
        new Breakage("an unknown property", doc -> {
          target(d, doc).put("colour", "red");
          return doc;
        }),
        new Breakage("a required property left out", doc -> {
          ObjectNode target = target(d, doc);
          String name = target.fieldNames().next();
          target.remove(name);
          return doc;
        }),
        new Breakage("a property of the wrong type", doc -> {
          ObjectNode target = target(d, doc);
          String name = target.fieldNames().next();
          JsonNode value = target.get(name);
          target.set(name, value.isNumber() || value.isBoolean() ? TextNode.valueOf("seven")
              : MAPPER.createArrayNode().add(7).add(false));
          return doc;
        }));
    // an answer has no required property: a number, options or a text, whichever the question
    // takes, and the run (not the reader) says when the kind is wrong
    return d.name().equals("answers") ? all.stream()
        .filter(b -> !b.name().startsWith("a required")).toList() : all;
  }

  @TestFactory
  Stream<DynamicTest> brokenExamplesFailTheSchemaAndTheReader() {
    return documents().stream().flatMap(d -> {
      ObjectNode schema = schema(d);
      return breakages(d).stream().map(b -> DynamicTest.dynamicTest(
          d.name() + " with " + b.name(), () -> {
            JsonNode broken = b.apply().apply(example(d).deepCopy());
            assertThat(errors(schema, broken)).as("schema errors").isNotEmpty();
            assertThat(HuifangJson.read(broken.toString(), d.type()).isInvalid())
                .as("Huifang reads %s", broken.toString().substring(0,
                    Math.min(200, broken.toString().length())))
                .isTrue();
          }));
    });
  }

  @Test
  void anUnknownEventKindFailsBoth() {
    Document events = documents().stream().filter(d -> d.name().equals("case-event"))
        .findFirst().orElseThrow();
    ObjectNode event = (ObjectNode) example(events);
    event.put("type", "teleported");
    assertThat(errors(schema(events), event)).isNotEmpty();
    assertThat(HuifangJson.read(event.toString(), events.type()).isInvalid()).isTrue();
  }

  @Test
  void nullsAreAcceptedOnlyWhereTheModelAllowsThem() {
    Document events = documents().stream().filter(d -> d.name().equals("case-event"))
        .findFirst().orElseThrow();
    ObjectNode event = (ObjectNode) example(events);
    assertThat(event.get("expectedVersion").isNull()).isTrue();
    assertThat(errors(schema(events), event)).isEmpty();
    event.putNull("owner");
    assertThat(errors(schema(events), event)).isNotEmpty();
    assertThat(HuifangJson.read(event.toString(), events.type()).isInvalid()).isTrue();
  }

  @Test
  void theAnswersSchemaNamesEveryKindOfAnswer() {
    Document answers = documents().stream().filter(d -> d.name().equals("answers"))
        .findFirst().orElseThrow();
    JsonNode answer = schema(answers).at("/$defs/Answer/properties");
    assertThat(answer.fieldNames()).toIterable().containsExactlyInAnyOrder("number", "options",
        "text");
    Map<String, Object> bad = Map.of("self.overall", Map.of("number", "four"));
    assertThat(errors(schema(answers), MAPPER.valueToTree(bad))).isNotEmpty();
  }
}
