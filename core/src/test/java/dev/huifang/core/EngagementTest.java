package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EngagementTest {

  static final Instant START = Instant.parse("2026-06-01T01:00:00Z");
  static final Instant END = Instant.parse("2026-06-18T14:00:00Z");

  static Engagement.Builder promoter() {
    return Engagement.builder()
        .id(EngagementId.of("e-618-001"))
        .workerId(WorkerId.of("w-1024"))
        .role(Role.PROMOTION)
        .stage(TaskStage.END)
        .period(Period.of(START, END));
  }

  @Test
  void badEngagementReportsAllThreeProblemsAtOnce() {
    Validation<Seq<Problem>, Engagement> result = promoter()
        .workerId(WorkerId.of(""))
        .period(new Period(START, START.minusSeconds(60)))
        .priorEngagements(-2)
        .validate();

    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().map(Problem::message)).containsExactly(
        "workerId: must not be blank, was \"\"",
        "period.end: must not be before start (2026-06-01T01:00:00Z), was 2026-06-01T00:59:00Z",
        "priorEngagements: must be >= 0, was -2");
    assertThat(result.getError().map(Problem::code))
        .containsExactly(Problem.BLANK, Problem.ORDER, Problem.RANGE);
  }

  @Test
  void buildOnBadDataIsAProgrammerErrorCarryingTheProblems() {
    assertThatThrownBy(() -> promoter().priorEngagements(-1).build())
        .isInstanceOfSatisfying(InvalidModelException.class, e ->
            assertThat(e.problems().map(Problem::path)).containsExactly("priorEngagements"))
        .hasMessageContaining("invalid Engagement: priorEngagements: must be >= 0, was -1");
  }

  @Test
  void missingRequiredAttributesBecomeRequiredProblems() {
    Validation<Seq<Problem>, Engagement> result =
        Engagement.builder().id(EngagementId.of("e-1")).role(Role.LOGISTICS).validate();

    assertThat(result.getError().map(Problem::message)).containsExactlyInAnyOrder(
        "workerId: is required", "stage: is required", "period: is required");
  }

  @Test
  void validEngagementHasDefaultsAndDerivedExperience() {
    Engagement first = promoter().validate().get();
    Engagement repeat = promoter().priorEngagements(3).validate().get();

    assertThat(first.urgency()).isEqualTo(Urgency.ROUTINE);
    assertThat(first.experience()).isEqualTo(Experience.FIRST_TIME);
    assertThat(repeat.experience()).isEqualTo(Experience.REPEAT);
    assertThat(first.clientId()).isNull();
  }

  @Test
  void identifiersWithSurroundingSpaceOrTooLongAreRejected() {
    Validation<Seq<Problem>, Engagement> result = promoter()
        .workerId(WorkerId.of(" w-1 "))
        .id(EngagementId.of("e".repeat(Checklist.MAX_ID_LENGTH + 1)))
        .validate();

    assertThat(result.getError().map(Problem::path)).containsExactly("id", "workerId");
    assertThat(result.getError().map(Problem::code)).containsExactly(Problem.RANGE, Problem.FORMAT);
  }

  @Test
  void tagsAndContextAreKeptSortedSoOutputIsStable() {
    Engagement e = promoter().addTags("z", "618", "a").putContext("product", "fridge")
        .putContext("feature", "energy saving").build();

    assertThat(e.tags()).containsExactly("618", "a", "z");
    assertThat(e.context().keySet()).containsExactly("feature", "product");
  }

  @Test
  void blankTagsAreProblems() {
    assertThat(promoter().addTags(" ").validate().getError().map(Problem::message))
        .containsExactly("tags: must not be blank, was \" \"");
  }

  @Test
  void experienceRejectsNegativeCounts() {
    assertThat(Experience.ofPriorEngagements(0)).isEqualTo(Experience.FIRST_TIME);
    assertThat(Experience.ofPriorEngagements(1)).isEqualTo(Experience.REPEAT);
    assertThatThrownBy(() -> Experience.ofPriorEngagements(-1))
        .hasMessage("priorEngagements: must be >= 0, was -1");
  }
}
