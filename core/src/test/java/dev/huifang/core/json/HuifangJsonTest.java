package dev.huifang.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huifang.core.Dimension;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Percent;
import dev.huifang.core.Period;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import dev.huifang.core.UrgencyPolicy;
import dev.huifang.core.WorkerId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HuifangJsonTest {

  static final String ENGAGEMENT = """
      {"id":"e-1","workerId":"w-1","role":"promotion","stage":"END",
       "period":{"start":"2026-06-01T01:00:00Z","end":"2026-06-18T14:00:00Z"},
       "clientId":"c-1","urgency":"ULTRA_URGENT","priorEngagements":2,
       "tags":["618"],"context":{"product":"fridge"}}""";

  static Engagement engagement() {
    return Engagement.builder().id(EngagementId.of("e-1")).workerId(WorkerId.of("w-1"))
        .role(Role.PROMOTION).stage(TaskStage.END)
        .period(Period.of(Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-18T14:00:00Z")))
        .clientId(dev.huifang.core.ClientId.of("c-1")).urgency(Urgency.ULTRA_URGENT)
        .priorEngagements(2).addTags("618").putContext("product", "fridge").build();
  }

  static Seq<String> messages(Validation<Seq<Problem>, ?> result) {
    assertThat(result.isInvalid()).as("expected Problems, got %s", result).isTrue();
    return result.getError().map(Problem::message);
  }

  @Test
  void readsAnEngagement() {
    assertThat(HuifangJson.read(ENGAGEMENT, Engagement.class).get()).isEqualTo(engagement());
  }

  @Test
  void writesTheSameBytesEveryTime() {
    String once = HuifangJson.write(engagement());
    assertThat(once).isEqualTo(HuifangJson.write(HuifangJson.read(once, Engagement.class).get()));
    assertThat(once).contains("\"start\":\"2026-06-01T01:00:00Z\"").contains("\"role\":\"promotion\"");
  }

  @Test
  void roundTripsValuesAndFindings() {
    Finding finding = Finding.builder().workerId(WorkerId.of("w-1")).dimension(Dimension.TURNOUT)
        .polarity(Polarity.WEAKNESS).magnitude(Ratio.of(0.4)).perspective(Perspective.CLIENT)
        .summary(LocalizedText.of("到岗率 60%", "Turnout 60%"))
        .addEvidence(Evidence.of("metric:turnout", LocalizedText.of("10 人承诺，6 人到岗",
            "10 promised, 6 arrived"), Map.of("promised", 10.0, "arrived", 6.0)))
        .build();
    for (Object value : List.of(finding, UrgencyPolicy.defaults(), Percent.of(85),
        LocalizedText.of("好", "good"), Role.of("live_stream_host"))) {
      String json = HuifangJson.write(value);
      assertThat(HuifangJson.read(json, value.getClass()).get()).as(json).isEqualTo(value);
    }
    assertThat(HuifangJson.write(UrgencyPolicy.defaults()))
        .isEqualTo("{\"ultraUrgentWithin\":\"PT24H\",\"urgentWithin\":\"PT72H\"}");
  }

  @Test
  void badEngagementInJsonGivesAllThreeProblems() {
    String bad = ENGAGEMENT.replace("\"w-1\"", "\"  \"")
        .replace("\"priorEngagements\":2", "\"priorEngagements\":-2")
        .replace("2026-06-18T14:00:00Z", "2026-05-18T14:00:00Z");
    assertThat(messages(HuifangJson.read(bad, Engagement.class))).containsExactly(
        "workerId: must not be blank, was \"  \"",
        "period.end: must not be before start (2026-06-01T01:00:00Z), was 2026-05-18T14:00:00Z",
        "priorEngagements: must be >= 0, was -2");
  }

  @Test
  void malformedJsonIsAFormatProblemAtTheRoot() {
    Seq<Problem> problems = HuifangJson.read("{\"id\": ", Engagement.class).getError();
    assertThat(problems).hasSize(1);
    assertThat(problems.head().code()).isEqualTo(Problem.FORMAT);
    assertThat(problems.head().path()).isEqualTo(Problem.ROOT);
    assertThat(problems.head().rule()).startsWith("must be well-formed JSON").contains("line 1");
  }

  @Test
  void unknownPropertyNamesItsPath() {
    String json = ENGAGEMENT.replace("\"clientId\"", "\"colour\":\"red\",\"clientId\"");
    Seq<Problem> problems = HuifangJson.read(json, Engagement.class).getError();
    assertThat(problems.map(Problem::code)).containsExactly(Problem.UNKNOWN);
    assertThat(problems.head().message()).startsWith("colour: is not a known property");
    String nested = ENGAGEMENT.replace("\"start\"", "\"begin\":\"x\",\"start\"");
    assertThat(messages(HuifangJson.read(nested, Engagement.class)).head())
        .startsWith("period.begin: is not a known property");
  }

  @Test
  void wrongTypesAndBadEnumsNameTheirPaths() {
    assertThat(messages(HuifangJson.read(ENGAGEMENT.replace("2,", "\"two\","), Engagement.class)))
        .containsExactly("priorEngagements: must be a whole number, was \"two\"");
    assertThat(messages(HuifangJson.read(ENGAGEMENT.replace("2,", "2.5,"), Engagement.class)))
        .singleElement().asString().startsWith("priorEngagements:");
    assertThat(messages(HuifangJson.read(ENGAGEMENT.replace("\"END\"", "\"LATE\""), Engagement.class)))
        .containsExactly("stage: must be one of [EARLY, MID, END], was \"LATE\"");
    assertThat(messages(HuifangJson.read(ENGAGEMENT.replace("\"END\"", "2"), Engagement.class)))
        .singleElement().asString().startsWith("stage:");
  }

  @Test
  void missingPropertiesAreRequiredProblems() {
    String json = ENGAGEMENT.replace("\"workerId\":\"w-1\",", "").replace("\"stage\":\"END\",", "");
    assertThat(messages(HuifangJson.read(json, Engagement.class)))
        .containsExactlyInAnyOrder("workerId: is required", "stage: is required");
    assertThat(messages(HuifangJson.read("null", Engagement.class))).containsExactly("$: is required");
  }

  @Test
  void outOfRangeValuesAreProblemsAtTheirPath() {
    String json = """
        {"workerId":"w-1","dimension":"turnout","polarity":"WEAKNESS","magnitude":1.5,
         "perspective":"CLIENT","summary":{"en":"x","zh-CN":"x"},
         "evidence":[{"source":"s","statement":{"en":"x","zh-CN":"x"},"figures":{}}]}""";
    assertThat(messages(HuifangJson.read(json, Finding.class)))
        .containsExactly("magnitude: must be within [0.0, 1.0], was 1.5");
    assertThat(messages(HuifangJson.read("NaN", Ratio.class)))
        .containsExactly("$: must be a finite number, was NaN");
    assertThat(messages(HuifangJson.read("{\"ultraUrgentWithin\":\"PT0S\",\"urgentWithin\":\"PT1H\"}",
        UrgencyPolicy.class))).containsExactly("ultraUrgentWithin: must be > PT0S, was PT0S");
  }

  @Test
  void nestedProblemsArePlacedUnderTheirElement() {
    String json = """
        {"workerId":"w-1","dimension":"turnout","polarity":"WEAKNESS","magnitude":0.5,
         "perspective":"CLIENT","summary":{"en":"x","zh-CN":"x"},
         "evidence":[{"source":"s","statement":{"en":"x"},"figures":{}}]}""";
    assertThat(messages(HuifangJson.read(json, Finding.class)))
        .containsExactly("evidence[0].statement.zh-CN: is required");
  }

  @Test
  void trailingTokensAndStringNumbersAreRejected() {
    assertThat(messages(HuifangJson.read("0.5 0.6", Ratio.class))).singleElement().asString()
        .startsWith("$:");
    assertThat(messages(HuifangJson.read("\"0.5\"", Ratio.class))).singleElement().asString()
        .startsWith("$:");
  }

  @Test
  void readsGenericTypes() {
    assertThat(HuifangJson.read("[\"promotion\",\"logistics\"]", new TypeReference<List<Role>>() {})
        .get()).containsExactly(Role.PROMOTION, Role.LOGISTICS);
  }

  @Test
  void writesGenericTypesWithTheirDeclaredElementType() {
    TypeReference<List<Role>> roles = new TypeReference<>() {};
    String json = HuifangJson.write(List.of(Role.PROMOTION, Role.of("live_stream_host")), roles);
    assertThat(json).isEqualTo("[\"promotion\",\"live_stream_host\"]");
    assertThat(HuifangJson.read(json, roles).get()).hasSize(2);
  }

  @Test
  void duplicateKeysAreRejected() {
    assertThat(messages(HuifangJson.read("{\"ultraUrgentWithin\":\"PT1H\",\"ultraUrgentWithin\":\"PT2H\","
        + "\"urgentWithin\":\"PT3H\"}", UrgencyPolicy.class)))
        .containsExactly("ultraUrgentWithin: must occur only once in its object");
  }

  @Test
  void hostAppsGetAFreshMapperWithTheModule() throws Exception {
    ObjectMapper mapper = HuifangJson.newMapper();
    assertThat(mapper).isNotSameAs(HuifangJson.newMapper());
    assertThat(mapper.readValue("\"PT2H\"", Duration.class)).isEqualTo(Duration.ofHours(2));
    ObjectMapper own = new ObjectMapper().registerModule(HuifangJson.module());
    assertThat(own.readValue(ENGAGEMENT, Engagement.class)).isEqualTo(engagement());
    assertThatThrownBy(() -> HuifangJson.write(new Object()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
