package dev.huifang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Period;
import dev.huifang.core.Problem;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.WorkerId;
import dev.huifang.core.json.HuifangJson;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Keeps README.md's quick start true: the same code, with its printed result asserted. */
class ReadmeTest {

  @Test
  void quickStartPrintsTheProblem() {
    Validation<Seq<Problem>, Engagement> engagement = Engagement.builder()
        .id(EngagementId.of("e-618-001"))
        .workerId(WorkerId.of("w-1024"))
        .role(Role.PROMOTION)
        .stage(TaskStage.END)
        .period(Period.of(Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-18T14:00:00Z")))
        .priorEngagements(-2)
        .validate();

    assertThat(engagement.getError().map(Problem::message))
        .containsExactly("priorEngagements: must be >= 0, was -2");

    String json = HuifangJson.write(Engagement.builder()
        .id(EngagementId.of("e-618-001")).workerId(WorkerId.of("w-1024")).role(Role.PROMOTION)
        .stage(TaskStage.END).period(Period.openFrom(Instant.parse("2026-06-01T01:00:00Z"))).build());
    Validation<Seq<Problem>, Engagement> fromJson = HuifangJson.read(json, Engagement.class);
    assertThat(fromJson.get().workerId()).isEqualTo(WorkerId.of("w-1024"));
  }

  @Test
  void mainJobPrintsEveryProblemOfTheBadEngagement() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Seq<Problem> problems = Main.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    assertThat(problems.map(Problem::path)).containsExactly("workerId", "period.end", "priorEngagements");
    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .contains("experience: FIRST_TIME")
        .contains("  - priorEngagements: must be >= 0, was -2");
  }
}
