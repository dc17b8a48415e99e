package dev.huifang.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.huifang.core.Engagement;
import dev.huifang.core.Evidence;
import dev.huifang.core.Limits;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Period;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import dev.huifang.core.TaskStage;
import dev.huifang.core.UrgencyPolicy;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strict reading: no coercion, no silent change, every refusal a Problem in Huifang's words. */
class StrictReadingTest {

  static final String ENGAGEMENT = HuifangJsonTest.ENGAGEMENT;

  static Seq<String> messages(Validation<Seq<Problem>, ?> result) {
    return HuifangJsonTest.messages(result);
  }

  static void noLeaks(Validation<Seq<Problem>, ?> result) {
    for (String message : messages(result)) {
      assertThat(message).doesNotContain("java.", "com.fasterxml", "dev.huifang", "Exception",
          "Feature", "Immutable", "$Json");
      assertThat(message.length()).isLessThanOrEqualTo(Limits.MAX_PROBLEM_MESSAGE_LENGTH);
    }
  }

  @Test
  void numbersAndBooleansAreNotText() {
    assertThat(messages(HuifangJson.read(ENGAGEMENT.replace("\"e-1\"", "12"), Engagement.class)))
        .containsExactly("id: must be a valid engagement id, was 12");
    assertThat(messages(HuifangJson.read(ENGAGEMENT.replace("\"fridge\"", "true"),
        Engagement.class))).containsExactly("context.product: must be text, was true");
    assertThat(messages(HuifangJson.read("[\"a\", 1]", new TypeReference<List<String>>() {})))
        .containsExactly("[1]: must be text, was 1");
  }

  @Test
  void instantsAreIsoTextOnlyAndWithinRange() {
    String numeric = ENGAGEMENT.replace("\"2026-06-01T01:00:00Z\"", "1e300");
    assertThat(messages(HuifangJson.read(numeric, Engagement.class))).singleElement().asString()
        .startsWith("period.start: must be an ISO-8601 instant").endsWith("was 1e300");
    assertThat(messages(HuifangJson.read("\"1\"", Instant.class))).singleElement().asString()
        .startsWith("$: must be an ISO-8601 instant");
    assertThat(messages(HuifangJson.read("\"0001-01-01T00:00:00Z\"", Instant.class)))
        .singleElement().asString().contains("within [1900-01-01T00:00:00Z");
    assertThat(HuifangJson.read("\"2026-06-18T14:00:00Z\"", Instant.class).get())
        .isEqualTo(Instant.parse("2026-06-18T14:00:00Z"));
  }

  @Test
  void durationsAreIsoTextOnlyAndWithinRange() {
    assertThat(messages(HuifangJson.read("1e308", Duration.class))).singleElement().asString()
        .startsWith("$: must be an ISO-8601 duration");
    assertThat(messages(HuifangJson.read("\"PT1000000000000000000S\"", Duration.class)))
        .singleElement().asString().startsWith("$: must be an ISO-8601 duration");
    assertThat(messages(HuifangJson.read("{\"ultraUrgentWithin\":3600,\"urgentWithin\":\"PT1H\"}",
        UrgencyPolicy.class))).singleElement().asString()
        .startsWith("ultraUrgentWithin: must be an ISO-8601 duration").endsWith("was 3600");
  }

  @Test
  void notANumberAndInfinityAreRefusedAsTextAndAsNumbers() {
    assertThat(messages(HuifangJson.read("\"NaN\"", Ratio.class)))
        .containsExactly("$: must be a valid ratio, was \"NaN\"");
    assertThat(messages(HuifangJson.read("\"Infinity\"", Double.class)))
        .containsExactly("$: must be a number, was \"Infinity\"");
    assertThat(messages(HuifangJson.read("1e400", Double.class))).singleElement().asString()
        .startsWith("$: must be a finite number");
    assertThat(messages(HuifangJson.read("-Infinity", Double.class)))
        .containsExactly("$: must be a finite number, was -Infinity");
  }

  @Test
  void enumNamesMustMatchExactly() {
    for (String bad : List.of("\" END\"", "\"END \"", "\"END\\u0001\"", "\"end\"", "0", "\"0\"",
        "\"\"")) {
      assertThat(messages(HuifangJson.read(bad, TaskStage.class))).as(bad)
          .singleElement().asString().startsWith("$: must be one of [EARLY, MID, END]");
    }
    assertThat(HuifangJson.read("\"END\"", TaskStage.class).get()).isEqualTo(TaskStage.END);
  }

  @Test
  void nullsAreRefusedAtTheirExactPath() {
    assertThat(messages(HuifangJson.read(ENGAGEMENT.replace("[\"618\"]", "[\"618\",null]"),
        Engagement.class))).containsExactly("tags[1]: must not be null");
    assertThat(messages(HuifangJson.read(ENGAGEMENT.replace("\"fridge\"", "null"),
        Engagement.class))).containsExactly("context.product: must not be null");
    assertThat(messages(HuifangJson.read(
        "{\"source\":\"s\",\"statement\":{\"en\":\"x\",\"zh-CN\":\"x\"},\"figures\":{\"a\":null}}",
        Evidence.class))).containsExactly("figures.a: must not be null");
    assertThat(messages(HuifangJson.read("{\"start\":null}", Period.class)))
        .containsExactly("start: is required");
    assertThat(messages(HuifangJson.read(ENGAGEMENT.replace("2,", "null,"), Engagement.class)))
        .containsExactly("priorEngagements: must not be null");
    assertThat(messages(HuifangJson.read("{\"en\":\"x\",\"zh-CN\":null}", LocalizedText.class)))
        .containsExactly("zh-CN: must not be null");
  }

  @Test
  void languageTagsAreStrict() {
    assertThat(messages(HuifangJson.read("{\"EN\":\"a\",\"en\":\"b\",\"zh-CN\":\"c\"}",
        LocalizedText.class))).singleElement().asString()
        .startsWith("en: must name a locale only once");
    assertThat(messages(HuifangJson.read("{\"en\":\"a\",\"zh-CN\":\"c\",\"not a tag\":\"d\"}",
        LocalizedText.class))).singleElement().asString()
        .startsWith("not a tag: must be a well-formed BCP 47 language tag");
    assertThat(messages(HuifangJson.read("{}", LocalizedText.class)))
        .containsExactly("$: must hold a text in at least one locale");
  }

  @Test
  void limitsAreProblems() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    Validation<Seq<Problem>, Object> nested = HuifangJson.read(deep, Object.class);
    assertThat(messages(nested)).singleElement().asString()
        .contains("must be nested at most " + Limits.MAX_NESTING_DEPTH + " levels deep");
    noLeaks(nested);
    String longText = "\"" + "x".repeat(Limits.MAX_TEXT_LENGTH + 1) + "\"";
    assertThat(messages(HuifangJson.read(longText, String.class))).singleElement().asString()
        .startsWith("$: must be a text of at most");
    String huge = " ".repeat(Limits.MAX_DOCUMENT_LENGTH) + "1";
    assertThat(messages(HuifangJson.read(huge, Integer.class))).singleElement().asString()
        .startsWith("$: must be a JSON document of at most");
    assertThat(messages(HuifangJson.read("1" + "0".repeat(200), Double.class)))
        .singleElement().asString().contains("must be a number of at most");
    assertThat(messages(HuifangJson.read("2147483648", Integer.class))).singleElement()
        .asString().startsWith("$: must be a whole number within");
  }

  @Test
  void messagesNeverLeakJavaOrJackson() {
    for (String json : List.of("[]", "\"x\"", "{\"type\":1}", "{\"id\":{}}", "",
        ENGAGEMENT.replace("{\"start\"", "[{\"start\"").replace("14:00:00Z\"}", "14:00:00Z\"}]"),
        "{\"workerId\":null}", ENGAGEMENT.replace("\"period\"", "\"period\":null,\"x\""))) {
      noLeaks(HuifangJson.read(json, Engagement.class));
    }
    noLeaks(HuifangJson.read("{\"a\": 2}", new TypeReference<Map<String, Ratio>>() {}));
  }

  @Test
  void longPathsAndValuesAreCapped() {
    String longValue = "y".repeat(1_000_000);
    Validation<Seq<Problem>, TaskStage> read =
        HuifangJson.read("\"" + longValue.substring(0, 90_000) + "\"", TaskStage.class);
    noLeaks(read);
    Problem problem = new Problem(Problem.RANGE, "a.".repeat(5000) + "end", longValue, "rule");
    assertThat(problem.path()).hasSize(Limits.MAX_PROBLEM_PATH_LENGTH).startsWith("a.a.")
        .endsWith(".end").contains(Problem.ELLIPSIS);
    assertThat(problem.rejected()).hasSize(Limits.MAX_PROBLEM_VALUE_LENGTH);
    assertThat(problem.message().length()).isLessThanOrEqualTo(Limits.MAX_PROBLEM_MESSAGE_LENGTH);
  }
}
