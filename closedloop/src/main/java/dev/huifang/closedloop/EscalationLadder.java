package dev.huifang.closedloop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.List;

/**
 * Who a late case goes to, step by step: owner → supervisor → director. Each step fires once per
 * time limit.
 *
 * <p>Rules: at least one step; targets are {@link ActorRole#OWNER}, {@link ActorRole#SUPERVISOR}
 * or {@link ActorRole#DIRECTOR} ({@link Problem#UNKNOWN} otherwise); delays are not negative and
 * strictly increase ({@link Problem#RANGE}, {@link Problem#ORDER}).
 *
 * @param steps the steps, in order
 */
public record EscalationLadder(List<EscalationStep> steps) {

  /** The owner is reminded at the breach. */
  public static final Duration DEFAULT_OWNER_AFTER = Duration.ZERO;
  /** The supervisor takes over a day after the breach. */
  public static final Duration DEFAULT_SUPERVISOR_AFTER = Duration.ofHours(24);
  /** The director is called in three days after the breach. */
  public static final Duration DEFAULT_DIRECTOR_AFTER = Duration.ofHours(72);

  private static final List<ActorRole> TARGETS =
      List.of(ActorRole.OWNER, ActorRole.SUPERVISOR, ActorRole.DIRECTOR);

  /**
   * Creates a ladder.
   *
   * @throws dev.huifang.core.InvalidModelException if a rule is broken
   */
  @JsonCreator
  public EscalationLadder(@JsonProperty("steps") List<EscalationStep> steps) {
    Checklist checks = Checklist.root().present("steps", steps);
    if (steps != null) {
      checks.atLeast("steps", steps.size(), 1);
      for (int i = 0; i < steps.size(); i++) {
        EscalationStep step = steps.get(i);
        String at = Problem.index("steps", i);
        checks.require(TARGETS.contains(step.target()), Problem.UNKNOWN, Problem.join(at, "target"),
            step.target().name(), "must be one of " + TARGETS);
        checks.notNegative(Problem.join(at, "after"), step.after());
        if (i > 0) {
          Duration before = steps.get(i - 1).after();
          checks.require(step.after().compareTo(before) > 0, Problem.ORDER,
              Problem.join(at, "after"), step.after(),
              "must be later than steps[" + (i - 1) + "].after (" + before + ")");
        }
      }
    }
    checks.throwIfAny("EscalationLadder");
    this.steps = List.copyOf(steps);
  }

  /** Owner at the breach, supervisor after 24 h, director after 72 h. */
  public static EscalationLadder defaults() {
    return new EscalationLadder(List.of(
        new EscalationStep(ActorRole.OWNER, DEFAULT_OWNER_AFTER),
        new EscalationStep(ActorRole.SUPERVISOR, DEFAULT_SUPERVISOR_AFTER),
        new EscalationStep(ActorRole.DIRECTOR, DEFAULT_DIRECTOR_AFTER)));
  }

  /** The ladder, or every Problem of its steps. */
  public static Validation<Seq<Problem>, EscalationLadder> validate(List<EscalationStep> steps) {
    return Validated.of(() -> new EscalationLadder(steps));
  }
}
