package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void messageNamesPathRuleAndValue() {
    assertThat(Problem.of(Problem.RANGE, "weights.quality", -0.2, "must be > 0").message())
        .isEqualTo("weights.quality: must be > 0, was -0.2");
    assertThat(Problem.required("stage").toString()).isEqualTo("stage: is required");
  }

  @Test
  void rendersTextQuotedAndCollectionsByElement() {
    assertThat(Problem.render("a \"b\"")).isEqualTo("\"a \\\"b\\\"\"");
    assertThat(Problem.render(java.util.List.of("x", 1))).isEqualTo("[\"x\", 1]");
    assertThat(Problem.render(Map.of("k", "v"))).isEqualTo("{k=\"v\"}");
    assertThat(Problem.render(null)).isEqualTo("null");
  }

  @Test
  void dataRoundTripsThroughJsonAndIsLeftOutWhenEmpty() {
    Problem plain = Problem.of(Problem.RANGE, "share", 2.0, "must be within (0, 1]");
    assertThat(plain.data()).isEmpty();
    assertThat(dev.huifang.core.json.HuifangJson.write(plain)).doesNotContain("data");
    Problem withData = Problem.of(Problem.INCONSISTENT, "matrix", 0.2, "must be consistent")
        .withData(Map.of("lambdaMax", 3.5, "n", 3L, "table", "DONEGAN_DODD_1991", "rejected", true));
    assertThat(withData.data()).containsExactly(Map.entry("lambdaMax", 3.5), Map.entry("n", 3),
        Map.entry("rejected", true), Map.entry("table", "DONEGAN_DODD_1991"));
    assertThat(withData.under("weights").data()).isEqualTo(withData.data());
    String json = dev.huifang.core.json.HuifangJson.write(withData);
    assertThat(dev.huifang.core.json.HuifangJson.read(json, Problem.class).get())
        .isEqualTo(withData);
    assertThatThrownBy(() -> plain.withData(Map.of("x", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> plain.withData(Map.of("x", java.util.List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pathsJoinWithDotsAndIndexes() {
    assertThat(Problem.join("period", "end")).isEqualTo("period.end");
    assertThat(Problem.join("weights", "[2]")).isEqualTo("weights[2]");
    assertThat(Problem.index("questions", 3)).isEqualTo("questions[3]");
    assertThat(Problem.join("", "end")).isEqualTo("end");
    assertThat(Problem.join(Problem.ROOT, "")).isEqualTo(Problem.ROOT);
    assertThat(Problem.required("").path()).isEqualTo(Problem.ROOT);
    assertThat(Problem.required("end").under("period").path()).isEqualTo("period.end");
  }

  @Test
  void checklistAccumulatesInOrderUnderItsBase() {
    Checklist checks = Checklist.at("policy")
        .atLeast("count", -1, 0)
        .greaterThan("weight", 0.0, 0.0)
        .within("share", Double.NaN, 0, 1)
        .positive("limit", Duration.ZERO)
        .notNegative("grace", Duration.ofHours(-1))
        .notBefore("end", Instant.EPOCH, "start", Instant.EPOCH.plusSeconds(1))
        .notBlank("name", null);

    assertThat(checks.problems().map(Problem::message)).containsExactly(
        "policy.count: must be >= 0, was -1",
        "policy.weight: must be > 0.0, was 0.0",
        "policy.share: must be a finite number, was NaN",
        "policy.limit: must be > PT0S, was PT0S",
        "policy.grace: must be >= PT0S, was PT-1H",
        "policy.end: must not be before start (1970-01-01T00:00:01Z), was 1970-01-01T00:00:00Z",
        "policy.name: is required");
    assertThat(checks.isClean()).isFalse();
    assertThat(checks.toValidation(() -> "never").isInvalid()).isTrue();
  }

  @Test
  void checklistWordsTheRulesThatOnlyFailuresBuild() {
    Checklist checks = Checklist.root()
        .atMost("n", 6, 5)
        .atLeast("share", -0.25, 0.0)
        .greaterThan("weight", Double.POSITIVE_INFINITY, 0.0)
        .id("workerId", WorkerId.of("w".repeat(Checklist.MAX_ID_LENGTH + 1)))
        .atLeast("count", 0, 0)
        .within("ratio", 1.0, 0, 1)
        .notBefore("end", Instant.EPOCH, "start", Instant.EPOCH);

    assertThat(checks.problems().map(Problem::message)).containsExactly(
        "n: must be <= 5, was 6",
        "share: must be >= 0.0, was -0.25",
        "weight: must be a finite number, was Infinity",
        "workerId: must be at most 128 characters long, was \"" + "w".repeat(129) + "\"");
  }

  @Test
  void cleanChecklistGivesTheValue() {
    assertThat(Checklist.root().atMost("n", 3, 5).toValidation(() -> "ok").get()).isEqualTo("ok");
  }

  @Test
  void invalidModelExceptionNeedsProblems() {
    assertThatThrownBy(() -> new InvalidModelException("X", List.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validatedPropagatesProgrammerErrors() {
    assertThatThrownBy(() -> Validated.of(() -> {
      throw new IllegalStateException("not about attributes");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(Validated.missingAttributes(
        new IllegalStateException("Cannot build X, some of required attributes are not set [a, b]"))
        .map(Problem::path)).containsExactly("a", "b");
  }
}
