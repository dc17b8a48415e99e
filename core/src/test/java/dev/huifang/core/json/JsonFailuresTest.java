package dev.huifang.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.huifang.core.Engagement;
import dev.huifang.core.Limits;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How each kind of reading failure is worded: the path, what the value must be, what was found. */
class JsonFailuresTest {

  /** A small closed sum read by its type name, like Huifang's condition trees. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(value = Circle.class, name = "circle"),
      @JsonSubTypes.Type(value = Square.class, name = "square")})
  public sealed interface Shape permits Circle, Square {}

  /** A circle whose constructor words its own Problems. */
  public record Circle(String name, double radius) implements Shape {
    /** Refuses a missing name and a radius that is not positive. */
    @JsonCreator
    public Circle(@JsonProperty("name") String name, @JsonProperty("radius") double radius) {
      if (name == null) {
        throw new NullPointerException("name is null");
      }
      if (radius <= 0) {
        throw new IllegalArgumentException("radius: must be > 0");
      }
      if (name.equals("leak")) {
        throw new IllegalStateException("java.lang.Thing failed in dev.huifang.Shape$Json");
      }
      this.name = name;
      this.radius = radius;
    }
  }

  /** A square. */
  public record Square(double side) implements Shape {}

  static Seq<String> messages(String json, TypeReference<?> type) {
    return HuifangJsonTest.messages(HuifangJson.read(json, type));
  }

  @Test
  void typeNamesAreCheckedAtTheirObject() {
    TypeReference<Shape> shape = new TypeReference<>() {};
    assertThat(messages("{\"type\":\"hexagon\",\"side\":1}", shape))
        .containsExactly("$: must have a type that is a known kind [circle, square], was \"hexagon\"");
    assertThat(messages("{\"side\":1}", shape)).containsExactly("type: is required");
    assertThat(messages("[{\"type\":\"square\",\"side\":1},{\"side\":1}]",
        new TypeReference<List<Shape>>() {})).containsExactly("[1].type: is required");
    assertThat(messages("{\"type\":\"" + "h".repeat(5000) + "\"}", shape).head().length())
        .isLessThanOrEqualTo(Limits.MAX_PROBLEM_MESSAGE_LENGTH);
  }

  @Test
  void modelsWordTheirOwnProblems() {
    TypeReference<List<Shape>> shapes = new TypeReference<>() {};
    assertThat(messages("[{\"type\":\"circle\",\"name\":\"c\",\"radius\":-1}]", shapes))
        .containsExactly("[0].radius: must be > 0");
    assertThat(messages("[{\"type\":\"circle\",\"radius\":1}]", shapes))
        .containsExactly("[0].name: is required");
    assertThat(messages("[{\"type\":\"circle\",\"name\":\"leak\",\"radius\":1}]", shapes))
        .containsExactly("[0]: must be a valid json failures test (circle)");
    assertThat(messages("[{\"type\":\"circle\",\"name\":\"c\"}]", shapes))
        .containsExactly("[0].radius: is required");
  }

  @Test
  void wrongShapesSayWhatWasExpectedAndFound() {
    assertThat(messages("{}", new TypeReference<List<String>>() {}))
        .containsExactly("$: must be an array, was an object");
    assertThat(messages("[]", new TypeReference<Map<String, String>>() {}))
        .containsExactly("$: must be an object, was an array");
    assertThat(HuifangJsonTest.messages(HuifangJson.read("[]", Engagement.class)))
        .containsExactly("$: must be a valid engagement, was an array");
    assertThat(HuifangJsonTest.messages(HuifangJson.read("\"yes\"", Boolean.class)))
        .containsExactly("$: must be true or false, was \"yes\"");
    assertThat(HuifangJsonTest.messages(HuifangJson.read("1.5", Long.class)))
        .containsExactly("$: must be a whole number, was 1.5");
    assertThat(HuifangJsonTest.messages(HuifangJson.read("{}", Instant.class)))
        .singleElement().asString().startsWith("$: must be an ISO-8601 instant")
        .endsWith("was an object");
    assertThat(messages("{\"x\":1}", new TypeReference<Map<Integer, Integer>>() {}))
        .containsExactly("$: must be a whole number, was \"x\"");
  }

  @Test
  void emptyAndBrokenInputAreProblemsAtTheRoot() {
    assertThat(HuifangJsonTest.messages(HuifangJson.read("", Engagement.class)))
        .containsExactly("$: must be a JSON document; the input is empty");
    assertThat(HuifangJsonTest.messages(HuifangJson.read("{\"id\" 1}", Engagement.class)))
        .singleElement().asString().startsWith("$: must be well-formed JSON at line 1, column");
    assertThat(HuifangJsonTest.messages(HuifangJson.read("[1, 2", new TypeReference<List<Integer>>() {})))
        .singleElement().asString().startsWith("$: must be well-formed JSON: the input ends too early");
  }

  @Test
  void limitsNameTheirPath() {
    String longName = "{\"" + "k".repeat(Limits.MAX_NAME_LENGTH + 1) + "\":1}";
    assertThat(messages(longName, new TypeReference<Map<String, Integer>>() {}))
        .singleElement().asString().endsWith("must have property names of at most 1000 characters");
    String deepInList = "{\"a\":[" + "[".repeat(200) + "]".repeat(200) + "]}";
    assertThat(messages(deepInList, new TypeReference<Map<String, Object>>() {}))
        .singleElement().asString().startsWith("a[0]").endsWith("must be nested at most 128 levels deep");
  }

  @Test
  void problemsRenderAndCapTheirParts() {
    assertThat(Problem.of(Problem.RANGE, "a", List.of("x", 2), "r").message())
        .isEqualTo("a: r, was [\"x\", 2]");
    Problem capped = new Problem(Problem.RANGE, "p", null, "r".repeat(2000));
    assertThat(capped.rule()).hasSize(Limits.MAX_PROBLEM_RULE_LENGTH).endsWith(Problem.ELLIPSIS);
    Problem exact = new Problem(Problem.RANGE, "p".repeat(Limits.MAX_PROBLEM_PATH_LENGTH), null,
        "r");
    assertThat(exact.path()).doesNotContain(Problem.ELLIPSIS);
    String emoji = "\ud83d\ude00".repeat(300);
    Problem surrogates = new Problem(Problem.RANGE, emoji, emoji, "r");
    assertThat(surrogates.path().codePoints().noneMatch(JsonFailuresTest::lone)).isTrue();
    assertThat(String.valueOf(surrogates.rejected()).codePoints().noneMatch(JsonFailuresTest::lone))
        .isTrue();
  }

  /** A code point that is half of a surrogate pair: what a careless cut leaves behind. */
  static boolean lone(int codePoint) {
    return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
  }
}
