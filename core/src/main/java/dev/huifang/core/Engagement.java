package dev.huifang.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One stint of work by one worker: the unit that is followed up, scored and fed back on.
 *
 * <p>It says who worked ({@link #workerId()}), in which {@link Role} and {@link TaskStage}, when,
 * for which client, how urgent the order was and how many engagements the worker had before. Its
 * rules: valid identifiers, a period whose end is not before its start, a prior-engagement count
 * {@code >= 0}, non-blank tags and context keys. {@link Builder#validate()} reports every broken
 * rule at once, e.g. {@code priorEngagements: must be >= 0, was -2}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEngagement.class)
@JsonDeserialize(as = ImmutableEngagement.class)
public abstract class Engagement {

  Engagement() {}

  /** A builder; id, worker, role, stage and period are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Identifies the engagement. */
  public abstract EngagementId id();

  /** The worker. */
  public abstract WorkerId workerId();

  /** The kind of work. */
  public abstract Role role();

  /** Where the task stands when it is followed up. */
  public abstract TaskStage stage();

  /** When the work took place; open-ended while it goes on. */
  public abstract Period period();

  /** The client the work was done for, if any. */
  public abstract @Nullable ClientId clientId();

  /** How urgent the order was; {@link Urgency#ROUTINE} unless set. */
  @Value.Default
  public Urgency urgency() {
    return Urgency.ROUTINE;
  }

  /** How many engagements this worker had with the company before this one. */
  @Value.Default
  public int priorEngagements() {
    return 0;
  }

  /** Free labels a host app uses to group engagements (a campaign such as {@code 618}). */
  @Value.NaturalOrder
  public abstract SortedSet<String> tags();

  /**
   * Facts about the work that situational questions and scripts fill in, e.g.
   * {@code product=fridge, feature=energy saving}.
   */
  @Value.Redacted
  @Value.NaturalOrder
  public abstract SortedMap<String, String> context();

  /** First-time or repeat, from {@link #priorEngagements()}. */
  public Experience experience() {
    return priorEngagements() == 0 ? Experience.FIRST_TIME : Experience.REPEAT;
  }

  @Value.Check
  final void check() {
    Checklist checks = Checklist.root()
        .id("id", id())
        .id("workerId", workerId())
        .id("role", role())
        .addAll("period", period().problems(""));
    if (clientId() != null) {
      checks.id("clientId", clientId());
    }
    checks.atLeast("priorEngagements", priorEngagements(), 0);
    for (String tag : tags()) {
      checks.notBlank("tags", tag);
    }
    for (String key : context().keySet()) {
      checks.notBlank("context", key);
    }
    checks.throwIfAny("Engagement");
  }

  /** Builds an Engagement; {@link #validate()} returns every Problem instead of throwing. */
  public static final class Builder extends ImmutableEngagement.Builder {
    Builder() {}

    /** The Engagement, or every Problem of its attributes. */
    public Validation<Seq<Problem>, Engagement> validate() {
      return Validated.of(this::build);
    }
  }
}
