package dev.huifang.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.huifang.core.InvalidModelException;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words of each reading failure, pinned whole: the path where the parser or the model stood,
 * what the value must be and what was found.
 */
class FailureWordingTest {

  /** A gauge whose constructor fails in each of the ways a model can refuse its values. */
  public record Gauge(String label) {
    /** Fails on purpose for labels naming a failure. */
    @JsonCreator
    public Gauge(@JsonProperty("label") String label) {
      switch (label) {
        case "npe" -> throw new NullPointerException();
        case "plain" -> throw new IllegalArgumentException("must be a gauge on the wall");
        case "lines" -> throw new IllegalArgumentException("label: must be short\nsecond line");
        case "overflow" -> throw new ArithmeticException("must fit the dial");
        case "date" -> throw new DateTimeException("must be calibrated after 2020");
        case "missing" -> throw new IllegalStateException(
            "Cannot build Gauge, some of required attributes are not set [label, unit]");
        case "leak" -> throw new IllegalStateException("Cannot invoke \"x.y()\" because \"z\"");
        case "invalid" -> throw new InvalidModelException("Gauge", io.vavr.collection.List.of(
            Problem.of(Problem.RANGE, "unit", "kPa", "must be bar")));
        default -> { }
      }
      this.label = label;
    }
  }

  /** A sum read by a type property of its own name. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({@JsonSubTypes.Type(value = Visit.class, name = "visit"),
      @JsonSubTypes.Type(value = Call.class, name = "call")})
  public sealed interface Contact permits Visit, Call {}

  /** A visit. */
  public record Visit(String place) implements Contact {}

  /** A call. */
  public record Call(String number) implements Contact {}

  /** A model with a property the creator requires. */
  public record Shift(String worker) {
    /** The worker is required. */
    @JsonCreator
    public Shift(@JsonProperty(value = "worker", required = true) String worker) {
      this.worker = worker;
    }
  }

  static Seq<String> messages(String json, TypeReference<?> type) {
    return HuifangJsonTest.messages(HuifangJson.read(json, type));
  }

  static Seq<String> messages(String json, Class<?> type) {
    return HuifangJsonTest.messages(HuifangJson.read(json, type));
  }

  @Test
  void modelFailuresAreWordedInHuifangsWords() {
    TypeReference<Map<String, Gauge>> gauges = new TypeReference<>() {};
    assertThat(messages("{\"g\":{\"label\":\"npe\"}}", gauges))
        .containsExactly("g: must hold every required value, but one is missing or null");
    assertThat(messages("{\"g\":{\"label\":\"plain\"}}", gauges))
        .containsExactly("g: must be a gauge on the wall");
    assertThat(messages("{\"g\":{\"label\":\"lines\"}}", gauges))
        .containsExactly("g.label: must be short");
    assertThat(messages("{\"g\":{\"label\":\"overflow\"}}", gauges))
        .containsExactly("g: must fit the dial");
    assertThat(messages("{\"g\":{\"label\":\"date\"}}", gauges))
        .containsExactly("g: must be calibrated after 2020");
    assertThat(messages("{\"g\":{\"label\":\"missing\"}}", gauges))
        .containsExactly("g.label: is required", "g.unit: is required");
    assertThat(messages("{\"g\":{\"label\":\"leak\"}}", gauges))
        .containsExactly("g: must be a valid failure wording test (gauge)");
    assertThat(messages("{\"g\":{\"label\":\"invalid\"}}", gauges))
        .containsExactly("g.unit: must be bar, was \"kPa\"");
    assertThat(HuifangJson.read("{\"label\":\"fine\"}", Gauge.class).get())
        .isEqualTo(new Gauge("fine"));
  }

  @Test
  void typeIdsUseTheirOwnPropertyName() {
    assertThat(messages("{\"place\":\"shop\"}", Contact.class)).containsExactly("kind: is required");
    assertThat(messages("[{\"kind\":\"mail\"}]", new TypeReference<List<Contact>>() {}))
        .containsExactly("[0]: must have a kind that is a known kind [call, visit], was \"mail\"");
    assertThat(HuifangJson.read("{\"kind\":\"visit\",\"place\":\"shop\"}", Contact.class).get())
        .isEqualTo(new Visit("shop"));
  }

  @Test
  void unknownPropertiesListTheKnownOnes() {
    assertThat(messages("{\"kind\":\"call\",\"number\":\"1\",\"colour\":\"red\"}", Contact.class))
        .containsExactly("colour: is not a known property (known: number), was \"colour\"");
    assertThat(messages("{\"ultraUrgentWithin\":\"PT1H\",\"urgentWithin\":\"PT2H\",\"x\":1}",
        dev.huifang.core.UrgencyPolicy.class)).containsExactly(
            "x: is not a known property (known: ultraUrgentWithin, urgentWithin), was \"x\"");
  }

  @Test
  void requiredCreatorPropertiesAreRequiredAtTheirPath() {
    assertThat(messages("{\"s\":{}}", new TypeReference<Map<String, Shift>>() {}))
        .containsExactly("s.worker: is required");
  }

  @Test
  void limitsAndMalformedValuesNameTheParsersPath() {
    String longNumber = "1" + "0".repeat(150);
    assertThat(messages("{\"a\":{\"b\":[1," + longNumber + "]}}",
        new TypeReference<Map<String, Map<String, List<Double>>>>() {}))
        .containsExactly("a.b[1]: must be a number of at most 100 characters");
    assertThat(messages("[\"a\",\"" + "x".repeat(100_001) + "\"]",
        new TypeReference<List<String>>() {}))
        .containsExactly("[1]: must be a text of at most 100000 characters");
    assertThat(messages("{\"r\":[0.5,NaN]}", new TypeReference<Map<String, List<Double>>>() {}))
        .containsExactly("r[1]: must be a finite number, was NaN");
    assertThat(messages("{\"a\":{\"x\":1,\"x\":2}}",
        new TypeReference<Map<String, Map<String, Integer>>>() {}))
        .containsExactly("a.x: must occur only once in its object");
    assertThat(messages("{\"a\":\n [1,,2]}", new TypeReference<Map<String, List<Integer>>>() {}))
        .containsExactly("$: must be well-formed JSON at line 2, column 5");
  }

  @Test
  void wrongShapesOfPlainJavaTypesSayWhatWasExpected() {
    assertThat(messages("\"x\"", Short.class)).containsExactly("$: must be a whole number, was \"x\"");
    assertThat(messages("\"x\"", Float.class)).containsExactly("$: must be a number, was \"x\"");
    assertThat(messages("true", BigDecimal.class)).containsExactly("$: must be a number, was true");
    assertThat(messages("{}", String[].class)).containsExactly("$: must be an array, was an object");
    assertThat(messages("false", new TypeReference<Map<String, String>>() {}))
        .containsExactly("$: must be an object, was false");
    assertThat(messages("1.5", new TypeReference<List<String>>() {}))
        .containsExactly("$: must be an array, was 1.5");
    assertThat(messages("null", new TypeReference<List<String>>() {}))
        .containsExactly("$: is required");
  }

  @Test
  void datesTimesAndZonesAreIsoTextWithinRange() {
    assertThat(HuifangJson.read("\"1900-01-01\"", LocalDate.class).get())
        .isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(HuifangJson.read("\"2199-12-31\"", LocalDate.class).get())
        .isEqualTo(LocalDate.of(2199, 12, 31));
    String dateRule = "must be an ISO-8601 date such as 2026-06-18, within [1900-01-01, 2200-01-01)";
    assertThat(messages("\"1899-12-31\"", LocalDate.class))
        .containsExactly("$: " + dateRule + ", was \"1899-12-31\"");
    assertThat(messages("\"2200-01-01\"", LocalDate.class))
        .containsExactly("$: " + dateRule + ", was \"2200-01-01\"");
    assertThat(messages("\"2026-02-30\"", LocalDate.class))
        .containsExactly("$: " + dateRule + ", was \"2026-02-30\"");
    assertThat(messages("20260618", LocalDate.class)).containsExactly("$: " + dateRule + ", was 20260618");
    assertThat(HuifangJson.read("\"09:00\"", LocalTime.class).get()).isEqualTo(LocalTime.of(9, 0));
    assertThat(messages("\"25:00\"", LocalTime.class)).containsExactly(
        "$: must be an ISO-8601 time of day such as 09:00, was \"25:00\"");
    assertThat(messages("900", LocalTime.class)).containsExactly(
        "$: must be an ISO-8601 time of day such as 09:00, was 900");
    assertThat(HuifangJson.read("\"Asia/Shanghai\"", ZoneId.class).get())
        .isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(messages("\"Mars/Base\"", ZoneId.class)).containsExactly(
        "$: must be a time zone such as Asia/Shanghai or +08:00, was \"Mars/Base\"");
    assertThat(messages("8", ZoneId.class)).containsExactly(
        "$: must be a time zone such as Asia/Shanghai or +08:00, was 8");
  }

  @Test
  void instantsAndDurationsExactlyAtTheirLimits() {
    assertThat(HuifangJson.read("\"1900-01-01T00:00:00Z\"", java.time.Instant.class).isValid())
        .isTrue();
    assertThat(messages("\"2200-01-01T00:00:00Z\"", java.time.Instant.class)).containsExactly(
        "$: must be an ISO-8601 instant such as 2026-06-18T14:00:00Z, within "
            + "[1900-01-01T00:00:00Z, 2200-01-01T00:00:00Z), was \"2200-01-01T00:00:00Z\"");
    assertThat(HuifangJson.read("\"PT876600H\"", Duration.class).get())
        .isEqualTo(Duration.ofDays(36_525));
    assertThat(HuifangJson.read("\"-PT876600H\"", Duration.class).get())
        .isEqualTo(Duration.ofDays(-36_525));
    assertThat(messages("\"PT876600H0.000000001S\"", Duration.class)).containsExactly(
        "$: must be an ISO-8601 duration such as PT24H, at most PT876600H either way,"
            + " was \"PT876600H0.000000001S\"");
    assertThat(messages("\"24 hours\"", Duration.class)).containsExactly(
        "$: must be an ISO-8601 duration such as PT24H, at most PT876600H either way,"
            + " was \"24 hours\"");
  }

  @Test
  void wholeNumbersBooleansAndNumbersAreReadOnlyFromTheirOwnJsonType() {
    assertThat(HuifangJson.read("9223372036854775807", Long.class).get()).isEqualTo(Long.MAX_VALUE);
    assertThat(HuifangJson.read("2147483647", Long.class).get()).isEqualTo(2147483647L);
    assertThat(messages("9223372036854775808", Long.class)).containsExactly(
        "$: must be a whole number within [-9223372036854775808, 9223372036854775807],"
            + " was 9223372036854775808");
    assertThat(messages("1.0", Long.class)).containsExactly("$: must be a whole number, was 1.0");
    assertThat(HuifangJson.read("-2147483648", Integer.class).get()).isEqualTo(Integer.MIN_VALUE);
    assertThat(messages("-2147483649", Integer.class)).containsExactly(
        "$: must be a whole number within [-2147483648, 2147483647], was -2147483649");
    assertThat(messages("1", Boolean.class)).containsExactly("$: must be true or false, was 1");
    assertThat(HuifangJson.read("false", Boolean.class).get()).isFalse();
    assertThat(HuifangJson.read("true", Boolean.class).get()).isTrue();
    assertThat(HuifangJson.read("7", Double.class).get()).isEqualTo(7.0);
    assertThat(HuifangJson.read("-1.7976931348623157E308", Double.class).get())
        .isEqualTo(-Double.MAX_VALUE);
    assertThat(messages("[1]", Double.class)).containsExactly("$: must be a number, was an array");
    assertThat(messages("null", Double.class)).containsExactly("$: is required");
  }

  /** A record with primitives, which JSON may neither leave out nor set to null. */
  public record Tally(int count, long total, double share, boolean done) {}

  @Test
  void primitivesAreNeitherMissingNorNull() {
    assertThat(HuifangJson.read("{\"count\":1,\"total\":2,\"share\":0.5,\"done\":true}",
        Tally.class).get()).isEqualTo(new Tally(1, 2, 0.5, true));
    assertThat(messages("{\"total\":2,\"share\":0.5,\"done\":true}", Tally.class))
        .containsExactly("count: is required");
    assertThat(messages("{\"count\":1,\"total\":null,\"share\":0.5,\"done\":true}", Tally.class))
        .containsExactly("total: must not be null");
    assertThat(messages("{\"count\":1,\"total\":2,\"done\":true}", Tally.class))
        .containsExactly("share: is required");
    assertThat(messages("{\"count\":1,\"total\":2,\"share\":0.5,\"done\":null}", Tally.class))
        .containsExactly("done: must not be null");
  }
}
