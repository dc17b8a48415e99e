package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsTest {

  /** A tree built in Java: a chain of {@code depth} nodes. */
  record Node(List<Node> children) {
    static Node chain(int depth) {
      Node node = new Node(List.of());
      for (int i = 1; i < depth; i++) {
        node = new Node(List.of(new Node(List.of()), node));
      }
      return node;
    }
  }

  @Test
  void measuresDepthWithoutRecursingEvenForTreesTooDeepForTheStack() {
    assertThat(Limits.depthExceeds(Node.chain(1), Node::children, 1)).isFalse();
    assertThat(Limits.depthExceeds(Node.chain(2), Node::children, 1)).isTrue();
    assertThat(Limits.depthExceeds(Node.chain(32), Node::children, 32)).isFalse();
    assertThat(Limits.depthExceeds(Node.chain(33), Node::children, 32)).isTrue();
    assertThat(Limits.depthExceeds(Node.chain(100_000), Node::children, 32)).isTrue();
    assertThat(Limits.depthExceeds(Node.chain(1), Node::children, 0)).isTrue();
  }

  @Test
  void checklistReportsATreeTooDeep() {
    assertThat(Checklist.root().nestedAtMost("when", Node.chain(40), Node::children,
        Limits.MAX_CONDITION_DEPTH).problems().map(Problem::message))
        .containsExactly("when: must be nested at most 32 levels deep");
    assertThat(Checklist.root().nestedAtMost("when", Node.chain(3), Node::children, 3).isClean())
        .isTrue();
  }

  @Test
  void collectingManyProblemsKeepsTheirOrder() {
    Checklist checks = Checklist.at("answers");
    for (int i = 0; i < 20_000; i++) {
      checks.atLeast("[" + i + "]", -1, 0);
    }
    assertThat(checks.problems()).hasSize(20_000);
    assertThat(checks.problems().get(19_999).path()).isEqualTo("answers[19999]");
    assertThat(checks.problems().head().path()).isEqualTo("answers[0]");
  }

  @Test
  void timeRangesAreDocumentedValues() {
    assertThat(Limits.accepts(Limits.EARLIEST)).isTrue();
    assertThat(Limits.accepts(Limits.LATEST)).isFalse();
    assertThat(Limits.accepts(Limits.EARLIEST.minusNanos(1))).isFalse();
    assertThat(Limits.accepts(Limits.LONGEST)).isTrue();
    assertThat(Limits.accepts(Limits.LONGEST.negated())).isTrue();
    assertThat(Limits.accepts(Limits.LONGEST.plusNanos(1))).isFalse();
  }
}
