package dev.huifang.examples;

import dev.huifang.core.ClientId;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Period;
import dev.huifang.core.Problem;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import dev.huifang.core.WorkerId;
import dev.huifang.core.json.HuifangJson;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintStream;
import java.time.Instant;

/**
 * The main job: runs Huifang's scenarios and prints a readable report.
 *
 * <p>Until the engines land it shows the foundation: an engagement of a promoter after the 618
 * sale is built and written as JSON, and a deliberately bad one is validated, printing every
 * Problem.
 */
public final class Main {

  private Main() {}

  /** Runs the demo, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the demo, printing to {@code out}; returns the Problems of the bad engagement. */
  public static Seq<Problem> run(PrintStream out) {
    Instant start = Instant.parse("2026-06-01T01:00:00Z");
    Engagement promoter = Engagement.builder()
        .id(EngagementId.of("e-618-001"))
        .workerId(WorkerId.of("w-1024"))
        .role(Role.PROMOTION)
        .stage(TaskStage.END)
        .period(Period.of(start, Instant.parse("2026-06-18T14:00:00Z")))
        .clientId(ClientId.of("c-store-sz"))
        .urgency(Urgency.ROUTINE)
        .priorEngagements(0)
        .addTags("618")
        .putContext("product", "fridge")
        .build();
    out.println("Huifang: an engagement of a first-time promoter after the 618 sale");
    out.println("  " + HuifangJson.write(promoter));
    out.println("  experience: " + promoter.experience());
    out.println();

    Validation<Seq<Problem>, Engagement> bad = Engagement.builder()
        .id(EngagementId.of("e-618-002"))
        .workerId(WorkerId.of(" "))
        .role(Role.PROMOTION)
        .stage(TaskStage.EARLY)
        .period(new Period(start, start.minusSeconds(3600)))
        .priorEngagements(-2)
        .validate();
    out.println("A deliberately bad engagement gives every Problem at once:");
    Seq<Problem> problems = bad.isInvalid() ? bad.getError() : io.vavr.collection.List.empty();
    problems.forEach(problem -> out.println("  - " + problem.message()));
    return problems;
  }
}
