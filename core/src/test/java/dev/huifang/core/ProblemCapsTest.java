package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Paths, rejected values and rules exactly at their caps stay whole; one character over, a path
 * keeps its first 99 and last 100 characters around the ellipsis, a value or rule its start; a
 * surrogate pair at either cut is left out whole, never split.
 */
class ProblemCapsTest {

  private static final String FACE = "\uD83D\uDE00";
  private static final String E = Problem.ELLIPSIS;

  private static Problem withPath(String path) {
    return new Problem(Problem.RANGE, path, null, "r");
  }

  private static Problem withValue(String value) {
    return new Problem(Problem.RANGE, "p", value, "r");
  }

  @Test
  void aPathAtItsCapStaysWholeAndOneOverKeepsItsStartAndItsEnd() {
    String atCap = "a".repeat(100) + "b".repeat(100);
    assertThat(withPath(atCap).path()).isEqualTo(atCap);
    assertThat(withPath("a".repeat(100) + "b".repeat(101)).path())
        .isEqualTo("a".repeat(99) + E + "b".repeat(100))
        .hasSize(Limits.MAX_PROBLEM_PATH_LENGTH);
  }

  @Test
  void aPathCutInsideASurrogatePairLeavesThePairOut() {
    // The head ends at index 99: the pair at 98-99 would be split, so the head stops at 98.
    assertThat(withPath("a".repeat(98) + FACE + "b".repeat(101)).path())
        .isEqualTo("a".repeat(98) + E + "b".repeat(100));
    // The tail starts at length - 100 = 101, the low half of the pair at 100-101: it starts at 102.
    assertThat(withPath("a".repeat(100) + FACE + "b".repeat(99)).path())
        .isEqualTo("a".repeat(99) + E + "b".repeat(99));
    // A pair just inside the tail is kept whole.
    assertThat(withPath("a".repeat(101) + FACE + "b".repeat(98)).path())
        .isEqualTo("a".repeat(99) + E + FACE + "b".repeat(98));
  }

  @Test
  void aValueAtItsCapStaysWholeAndOneOverKeepsItsStart() {
    String atCap = "v".repeat(Limits.MAX_PROBLEM_VALUE_LENGTH);
    assertThat(withValue(atCap).rejected()).isEqualTo(atCap);
    assertThat(withValue("v".repeat(199) + "wx").rejected())
        .isEqualTo("v".repeat(199) + E)
        .hasSize(Limits.MAX_PROBLEM_VALUE_LENGTH);
    assertThat(withValue("v".repeat(198) + FACE + "w".repeat(10)).rejected())
        .isEqualTo("v".repeat(198) + E);
    assertThat(withValue("v".repeat(197) + FACE + "w".repeat(10)).rejected())
        .isEqualTo("v".repeat(197) + FACE + E);
  }

  @Test
  void aRuleAtItsCapStaysWholeAndOneOverKeepsItsStart() {
    String atCap = "r".repeat(Limits.MAX_PROBLEM_RULE_LENGTH);
    assertThat(new Problem(Problem.RANGE, "p", null, atCap).rule()).isEqualTo(atCap);
    assertThat(new Problem(Problem.RANGE, "p", null, "r".repeat(599) + "st").rule())
        .isEqualTo("r".repeat(599) + E);
  }

  @Test
  void theLongestMessageIsExactlyItsCap() {
    Problem longest = new Problem(Problem.RANGE, "p".repeat(500), "v".repeat(500),
        "r".repeat(900));
    assertThat(longest.message())
        .isEqualTo("p".repeat(99) + E + "p".repeat(100) + ": " + "r".repeat(599) + E + ", was "
            + "v".repeat(199) + E)
        .hasSize(Limits.MAX_PROBLEM_MESSAGE_LENGTH);
  }

  @Test
  void floatDataIsKeptAsADoubleWhenFinite() {
    Problem plain = Problem.required("x");
    assertThat(plain.withData(Map.of("share", 1.5f)).data())
        .containsExactly(Map.entry("share", 1.5));
    assertThatThrownBy(() -> plain.withData(Map.of("share", Float.NaN)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("data.share must be text, a boolean, an int or a finite number, was NaN");
    assertThatThrownBy(() -> plain.withData(Map.of("share", Float.NEGATIVE_INFINITY)))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }
}
