package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;

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
}
