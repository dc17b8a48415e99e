package dev.huifang.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An evidence-backed observation about one worker: a strength, a weakness or a risk in one
 * dimension, with how strong it is and who saw it.
 *
 * <p>Findings are the common currency of Huifang: scoring and questionnaire runs produce them,
 * feedback scripts and closed loops consume them. A Finding always carries at least one piece of
 * {@link Evidence}, a summary in zh-CN and en, and a valid worker id; {@link Builder#validate()}
 * reports every broken rule at once.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {

  Finding() {}

  /** A builder; every attribute but {@link #engagementId()} is required, evidence at least once. */
  public static Builder builder() {
    return new Builder();
  }

  /** The worker the Finding is about. */
  public abstract WorkerId workerId();

  /** The engagement it was observed in, if it belongs to one. */
  public abstract @Nullable EngagementId engagementId();

  /** The capability or aspect of work it speaks of. */
  public abstract Dimension dimension();

  /** Strength, weakness or risk. */
  public abstract Polarity polarity();

  /**
   * How strong the observation is, from 0 (barely) to 1 (as strong as it gets): a normalised
   * distance from target or cohort, or the share of negative answers.
   */
  public abstract Ratio magnitude();

  /** Who made the observation: a system for KPIs, a customer or the worker for answers. */
  public abstract Perspective perspective();

  /** One sentence a supervisor can read aloud. */
  @Value.Redacted
  public abstract LocalizedText summary();

  /** What the Finding rests on; never empty. */
  public abstract List<Evidence> evidence();

  @Value.Check
  final void check() {
    Checklist checks = Checklist.root().id("workerId", workerId());
    if (engagementId() != null) {
      checks.id("engagementId", engagementId());
    }
    checks.id("dimension", dimension()).addAll("summary", summary().problems(""));
    checks.require(!evidence().isEmpty(), Problem.REQUIRED, "evidence", null,
        "must hold at least one piece of evidence");
    for (int i = 0; i < evidence().size(); i++) {
      checks.addAll("evidence[" + i + "]", evidence().get(i).problems(""));
    }
    checks.throwIfAny("Finding");
  }

  /** Builds a Finding; {@link #validate()} returns every Problem instead of throwing. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}

    /** The Finding, or every Problem of its attributes. */
    public Validation<Seq<Problem>, Finding> validate() {
      return Validated.of(this::build);
    }
  }
}
