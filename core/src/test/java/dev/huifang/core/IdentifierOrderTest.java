package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Validation;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Identifiers sort and print by their text, so that output ordered by them is stable. */
class IdentifierOrderTest {

  @Test
  void identifiersSortAndPrintByTheirText() {
    assertThat(new TreeSet<>(List.of(CaseId.of("c-2"), CaseId.of("c-10"), CaseId.of("c-1"))))
        .extracting(CaseId::toString).containsExactly("c-1", "c-10", "c-2");
    assertThat(new TreeSet<>(List.of(WorkerId.of("w-b"), WorkerId.of("w-a"))))
        .extracting(WorkerId::toString).containsExactly("w-a", "w-b");
    assertThat(new TreeSet<>(List.of(ClientId.of("z"), ClientId.of("a"))))
        .extracting(ClientId::toString).containsExactly("a", "z");
    assertThat(new TreeSet<>(List.of(QuestionId.of("q2"), QuestionId.of("q1"))))
        .extracting(QuestionId::toString).containsExactly("q1", "q2");
    assertThat(new TreeSet<>(List.of(EngagementId.of("e2"), EngagementId.of("e1"))))
        .extracting(EngagementId::toString).containsExactly("e1", "e2");
    assertThat(new TreeSet<>(List.of(MetricId.of("turnout"), MetricId.of("attitude"))))
        .extracting(MetricId::toString).containsExactly("attitude", "turnout");
    assertThat(new TreeSet<>(List.of(Role.of("b"), Role.of("a")))).extracting(Role::toString)
        .containsExactly("a", "b");
    assertThat(new TreeSet<>(List.of(Dimension.of("b"), Dimension.of("a"))))
        .extracting(Dimension::toString).containsExactly("a", "b");
    assertThat(ClientId.of("c").value()).isEqualTo("c");
    assertThat(CaseId.of("c").compareTo(CaseId.of("c"))).isZero();
  }

  @Test
  void orThrowGivesTheValueOrEveryProblem() {
    assertThat(Validated.orThrow(Validation.valid("ok"))).isEqualTo("ok");
    assertThat(Validated.orThrow(Validation.valid(3), "count")).isEqualTo(3);
    assertThatThrownBy(() -> Validated.orThrow(Validation.invalid(io.vavr.collection.List.of(
        Problem.required("a"), Problem.required("b"))), "scoring scheme"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("invalid scoring scheme: a: is required; b: is required");
    assertThatThrownBy(() -> Validated.orThrow(Validation.invalid(io.vavr.collection.List.of(
        Problem.required("a")))))
        .hasMessage("invalid value: a: is required");
    assertThat(Validated.missingAttributes(new IllegalStateException(
        "some of required attributes are not set [a, , b ]")).map(Problem::path))
        .containsExactly("a", "b");
    assertThat(Validated.missingAttributes(new IllegalStateException(
        "some of required attributes are not set []"))).isEmpty();
    assertThat(Validated.missingAttributes(new IllegalStateException("] before ["))).isEmpty();
    assertThat(Validated.missingAttributes(new IllegalStateException((String) null))).isEmpty();
  }
}
