package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value exactly at a Checklist bound passes; one step beyond it is a Problem. */
class CheckBoundsTest {

  @Test
  void countsAtTheirBoundsPass() {
    assertThat(Checklist.root().atLeast("n", 0L, 0L).isClean()).isTrue();
    assertThat(Checklist.root().atLeast("n", -1L, 0L).problems().map(Problem::message))
        .containsExactly("n: must be >= 0, was -1");
    assertThat(Checklist.root().atMost("n", 5L, 5L).isClean()).isTrue();
    assertThat(Checklist.root().atMost("n", 6L, 5L).problems().map(Problem::message))
        .containsExactly("n: must be <= 5, was 6");
    assertThat(Checklist.root().atLeast("x", 0.5, 0.5).isClean()).isTrue();
    assertThat(Checklist.root().greaterThan("x", 0.5, 0.5).isClean()).isFalse();
    assertThat(Checklist.root().within("x", 1.0, 0.0, 1.0).isClean()).isTrue();
  }

  @Test
  void identifiersUpToTheLongestPass() {
    assertThat(Checklist.root().id("id", WorkerId.of("w".repeat(Checklist.MAX_ID_LENGTH)))
        .isClean()).isTrue();
    assertThat(Checklist.root().id("id", WorkerId.of("w".repeat(Checklist.MAX_ID_LENGTH + 1)))
        .problems().map(Problem::code)).containsExactly(Problem.RANGE);
    assertThat(Checklist.root().id("id", WorkerId.of(" w")).problems().map(Problem::code))
        .containsExactly(Problem.FORMAT);
  }

  static List<String> messages(Checklist checks) {
    return checks.problems().map(Problem::message).toJavaList();
  }

  @Test
  void numbersExactlyAtTheirBoundsPassAndOneStepBeyondFail() {
    assertThat(messages(Checklist.root().atLeast("x", 0.5, 0.5))).isEmpty();
    assertThat(messages(Checklist.root().atLeast("x", Math.nextDown(0.5), 0.5)))
        .containsExactly("x: must be >= 0.5, was 0.49999999999999994");
    assertThat(messages(Checklist.root().atLeast("x", Double.NaN, 0.5)))
        .containsExactly("x: must be a finite number, was NaN");
    assertThat(messages(Checklist.root().greaterThan("x", 0.5, 0.5)))
        .containsExactly("x: must be > 0.5, was 0.5");
    assertThat(messages(Checklist.root().greaterThan("x", Math.nextUp(0.5), 0.5))).isEmpty();
    assertThat(messages(Checklist.root().greaterThan("x", Double.NaN, 0.5)))
        .containsExactly("x: must be a finite number, was NaN");
    assertThat(messages(Checklist.root().within("x", 0.0, 0.0, 1.0))).isEmpty();
    assertThat(messages(Checklist.root().within("x", 1.0, 0.0, 1.0))).isEmpty();
    assertThat(messages(Checklist.root().within("x", Math.nextUp(1.0), 0.0, 1.0)))
        .containsExactly("x: must be within [0.0, 1.0], was 1.0000000000000002");
    assertThat(messages(Checklist.root().within("x", -Double.MIN_VALUE, 0.0, 1.0)))
        .containsExactly("x: must be within [0.0, 1.0], was -4.9E-324");
    assertThat(messages(Checklist.root().within("x", Double.NEGATIVE_INFINITY, 0.0, 1.0)))
        .containsExactly("x: must be a finite number, was -Infinity");
    assertThat(messages(Checklist.root().finite("x", -1e308))).isEmpty();
    assertThat(messages(Checklist.root().finite("x", Double.POSITIVE_INFINITY)))
        .containsExactly("x: must be a finite number, was Infinity");
  }

  @Test
  void wholeNumbersExactlyAtTheirBoundsPass() {
    assertThat(messages(Checklist.root().atLeast("n", Long.MIN_VALUE, Long.MIN_VALUE))).isEmpty();
    assertThat(messages(Checklist.root().atMost("n", Long.MAX_VALUE, Long.MAX_VALUE))).isEmpty();
    assertThat(messages(Checklist.root().atLeast("n", 1L, 2L)))
        .containsExactly("n: must be >= 2, was 1");
    assertThat(messages(Checklist.root().atMost("n", -1L, -2L)))
        .containsExactly("n: must be <= -2, was -1");
  }

  @Test
  void durationsAtZero() {
    assertThat(messages(Checklist.root().positive("d", Duration.ofNanos(1)))).isEmpty();
    assertThat(messages(Checklist.root().positive("d", Duration.ZERO)))
        .containsExactly("d: must be > PT0S, was PT0S");
    assertThat(messages(Checklist.root().positive("d", Duration.ofNanos(-1))))
        .containsExactly("d: must be > PT0S, was PT-0.000000001S");
    assertThat(messages(Checklist.root().positive("d", null))).containsExactly("d: is required");
    assertThat(messages(Checklist.root().notNegative("d", Duration.ZERO))).isEmpty();
    assertThat(messages(Checklist.root().notNegative("d", Duration.ofNanos(-1))))
        .containsExactly("d: must be >= PT0S, was PT-0.000000001S");
    assertThat(messages(Checklist.root().notNegative("d", null))).containsExactly("d: is required");
  }

  @Test
  void instantsInOrder() {
    Instant start = Instant.parse("2026-06-01T00:00:00Z");
    assertThat(messages(Checklist.root().notBefore("end", start, "start", start))).isEmpty();
    assertThat(messages(Checklist.root().notBefore("end", start.plusNanos(1), "start", start)))
        .isEmpty();
    assertThat(messages(Checklist.root().notBefore("end", start.minusNanos(1), "start", start)))
        .containsExactly("end: must not be before start (2026-06-01T00:00:00Z),"
            + " was 2026-05-31T23:59:59.999999999Z");
  }

  @Test
  void textsAndIdentifiers() {
    assertThat(messages(Checklist.root().notBlank("name", "a"))).isEmpty();
    assertThat(messages(Checklist.root().notBlank("name", "\t")))
        .containsExactly("name: must not be blank, was \"\t\"");
    assertThat(messages(Checklist.root().id("id", null))).containsExactly("id: is required");
    assertThat(messages(Checklist.root().id("id", WorkerId.of("  "))))
        .containsExactly("id: must not be blank, was \"  \"");
    assertThat(messages(Checklist.root().id("id", WorkerId.of("w "))))
        .containsExactly("id: must not start or end with white space, was \"w \"");
    assertThat(messages(Checklist.root().id("id", WorkerId.of(" " + "w".repeat(128)))))
        .containsExactly("id: must not start or end with white space, was \" " + "w".repeat(128)
            + "\"", "id: must be at most 128 characters long, was \" " + "w".repeat(128) + "\"");
    assertThat(messages(Checklist.root().present("v", "x"))).isEmpty();
    assertThat(messages(Checklist.root().present("v", null))).containsExactly("v: is required");
    assertThat(messages(Checklist.root().require(true, Problem.FORMAT, "f", 1, "rule"))).isEmpty();
    assertThat(Checklist.root().require(false, Problem.FORMAT, "f", 1, "rule").problems())
        .containsExactly(new Problem(Problem.FORMAT, "f", "1", "rule"));
  }

  @Test
  void pathsAndNestedProblemsAreUnderTheBase() {
    Checklist checks = Checklist.at("policy");
    assertThat(checks.path("weights")).isEqualTo("policy.weights");
    assertThat(checks.path("[2]")).isEqualTo("policy[2]");
    assertThat(Checklist.root().path("weights")).isEqualTo("weights");
    checks.addAll("rules[0]", List.of(Problem.required("name"), Problem.required("")));
    checks.add(Problem.required("limit"));
    assertThat(messages(checks)).containsExactly("policy.rules[0].name: is required",
        "policy.rules[0]: is required", "policy.limit: is required");
    assertThat(messages(Checklist.root().add(Problem.required("limit"))))
        .containsExactly("limit: is required");
    assertThatThrownBy(() -> Checklist.at(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theValueIsBuiltOnlyWhenClean() {
    AtomicInteger built = new AtomicInteger();
    assertThat(Checklist.root().atLeast("n", -1L, 0L).toValidation(built::incrementAndGet)
        .getError().map(Problem::message)).containsExactly("n: must be >= 0, was -1");
    assertThat(built).hasValue(0);
    assertThat(Checklist.root().toValidation(built::incrementAndGet).get()).isEqualTo(1);
    Checklist.root().throwIfAny("Clean");
    assertThatThrownBy(() -> Checklist.root().atMost("n", 2L, 1L).throwIfAny("Plan"))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems()
            .map(Problem::message)).containsExactly("n: must be <= 1, was 2"))
        .hasMessageContaining("Plan");
  }
}
