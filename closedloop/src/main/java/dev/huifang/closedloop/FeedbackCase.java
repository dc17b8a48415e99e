package dev.huifang.closedloop;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Urgency;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One piece of feedback on its way round the loop: problem → responsibility → solution →
 * feedback. A case is the fold of its accepted {@link #events()}; {@link FeedbackLoop#replay}
 * of those events gives an equal case.
 *
 * <p>Cases are produced by a {@link FeedbackLoop}, never edited: every change is a new
 * {@link CaseEvent}. Structural invariant: {@link #version()} is the number of accepted events
 * ({@link Problem#INCONSISTENT} otherwise, e.g. when read from tampered JSON), and no two events
 * share an id ({@link Problem#DUPLICATE}). Free text (subject, place, description, reasons)
 * stays out of {@link #toString()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeedbackCase.class)
@JsonDeserialize(as = ImmutableFeedbackCase.class)
public abstract class FeedbackCase {

  FeedbackCase() {}

  /** A builder, for loops and tests; cases normally come from {@link FeedbackLoop}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Identifies the case. */
  public abstract CaseId id();

  /** Where the case stands. */
  public abstract CaseState state();

  /** The number of accepted events; the version an event's {@code expectedVersion} refers to. */
  public abstract int version();

  /** Who raised the case. */
  @Value.Redacted
  public abstract ActorId submitter();

  /** Who may confirm or reject for the submitter. */
  @Value.NaturalOrder
  @Value.Redacted
  public abstract SortedSet<ActorId> proxies();

  /** Who raised it: worker, client or internal team. */
  public abstract CaseSource source();

  /** How urgent it is. */
  public abstract Urgency priority();

  /** The channel it came through. */
  public abstract Channel channel();

  /** What it is about (as triaged, if it was). */
  public abstract Category category();

  /** The short subject, part of the repeat-complaint fingerprint. */
  @Value.Redacted
  public abstract String subject();

  /** Where, part of the repeat-complaint fingerprint. */
  @Value.Redacted
  public abstract String place();

  /** The feedback in the submitter's words. */
  @Value.Redacted
  public abstract String description();

  /** The owning team (or the triage queue) and why. */
  public abstract Routing routing();

  /** The assigned owner, once triaged. */
  public abstract @Nullable ActorId owner();

  /** When the case was submitted. */
  public abstract Instant submittedAt();

  /** When the current work cycle started: submission, or the last reopen or rejection. */
  public abstract Instant cycleStartedAt();

  /** When the last accepted event happened; later events must not be earlier. */
  public abstract Instant lastEventAt();

  /** When the owner first answered. */
  public abstract @Nullable Instant firstResponseAt();

  /** When the case was first resolved. */
  public abstract @Nullable Instant firstResolvedAt();

  /** When the current cycle was resolved. */
  public abstract @Nullable Instant resolvedAt();

  /** When the submitter confirmed the fix. */
  public abstract @Nullable Instant confirmedAt();

  /** When the loop ended: closed, declined or merged. */
  public abstract @Nullable Instant closedAt();

  /** How many times the case was reopened. */
  @Value.Default
  public int reopenCount() {
    return 0;
  }

  /** Why it will not be fixed, when declined. */
  @Value.Redacted
  public abstract @Nullable String wontFixReason();

  /** The case it duplicates, when merged. */
  public abstract @Nullable CaseId duplicateOf();

  /** Since when the case waits on the submitter, if it does. */
  public abstract @Nullable Instant awaitingSince();

  /** The finished stretches of waiting on the submitter. */
  public abstract List<Pause> pauses();

  /** The highest escalation step reached per time limit in the current cycle. */
  @Value.NaturalOrder
  public abstract SortedMap<SlaClock, Integer> escalations();

  /** Every role the case was escalated to (the steps taken), for reports. */
  @Value.NaturalOrder
  public abstract SortedSet<ActorRole> escalatedTo();

  /**
   * The actor ids the case was escalated to, with the step's role: only these ids act on the
   * owner side as {@link ActorRole#SUPERVISOR} or {@link ActorRole#DIRECTOR}.
   */
  @Value.NaturalOrder
  public abstract SortedMap<ActorId, ActorRole> escalationTargets();

  /** Why the case is in its state: the reason of the last transition. */
  @Value.Redacted
  public abstract String lastReason();

  /** The accepted events, in order: the case's log (a {@link List} of {@link CaseEvent}s). */
  public abstract CaseLog events();

  /** True while the case waits on the submitter and time limits are paused. */
  @JsonIgnore
  public boolean isAwaitingSubmitter() {
    return awaitingSince() != null;
  }

  @Value.Check
  final void check() {
    Checklist checks = Checklist.root().id("id", id())
        .atLeast("version", version(), 1);
    if (version() != events().size()) {
      checks.add(Problem.of(Problem.INCONSISTENT, "version", version(),
          "must equal the number of events (" + events().size() + ")"));
    }
    checks.require(events().hasUniqueIds(), Problem.DUPLICATE, "events", events().size(),
        "must not repeat an event id")
        .atLeast("reopenCount", reopenCount(), 0)
        .notBefore("lastEventAt", lastEventAt(), "submittedAt", submittedAt());
    checks.throwIfAny("FeedbackCase");
  }

  /** Builds a FeedbackCase; {@link #validate()} returns every Problem instead of throwing. */
  public static final class Builder extends ImmutableFeedbackCase.Builder {
    Builder() {}

    /** The case, or every Problem of its attributes. */
    public Validation<Seq<Problem>, FeedbackCase> validate() {
      return Validated.of(this::build);
    }
  }
}
