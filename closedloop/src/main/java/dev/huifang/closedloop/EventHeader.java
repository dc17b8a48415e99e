package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Urgency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields every {@link CaseEvent} shares, and the way to build events with named steps instead
 * of long positional argument lists: {@code EventHeader.id("e-2").of(caseId).by("owner-1",
 * ActorRole.OWNER).at(time).acknowledged("we are on it")}, or {@code .expecting(version)} first
 * to check the case version the sender saw. In JSON the header stays flat inside each event.
 *
 * @param eventId the event's id, unique within its case
 * @param caseId the case
 * @param actor who sends the event
 * @param actorRole the role the actor acts in; refused unless the actor holds it
 * @param at when it happened
 * @param expectedVersion the case version the sender saw, or {@code null} to skip the check
 */
public record EventHeader(EventId eventId, CaseId caseId, ActorId actor, ActorRole actorRole,
    Instant at, @Nullable Integer expectedVersion) {

  /**
   * Creates a header.
   *
   * @throws NullPointerException if an argument other than expectedVersion is null
   */
  public EventHeader {
    requireNonNull(eventId, "eventId is null");
    requireNonNull(caseId, "caseId is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(actorRole, "actorRole is null");
    requireNonNull(at, "at is null");
  }

  /** The first step: the event's id; then {@link Of#of}, {@link By#by}, {@link At#at}. */
  public static Of id(EventId eventId) {
    requireNonNull(eventId, "eventId is null");
    return caseId -> (actor, role) -> at -> new EventHeader(eventId, caseId, actor, role, at, null);
  }

  /** The first step with the event's id as text; as {@link #id(EventId)}. */
  public static Of id(String eventId) {
    return id(EventId.of(eventId));
  }

  /** The step naming the case. */
  @FunctionalInterface
  public interface Of {
    /** The case the event belongs to. */
    By of(CaseId caseId);
  }

  /** The step naming who acts, and in which role. */
  @FunctionalInterface
  public interface By {
    /** The actor and the role it acts in. */
    At by(ActorId actor, ActorRole role);

    /** The actor id as text and the role it acts in; as {@link #by(ActorId, ActorRole)}. */
    default At by(String actor, ActorRole role) {
      return by(ActorId.of(actor), role);
    }
  }

  /** The step naming when. */
  @FunctionalInterface
  public interface At {
    /** When it happened. */
    EventHeader at(Instant at);
  }

  /** This header with the case version the sender saw. */
  public EventHeader expecting(int version) {
    return new EventHeader(eventId, caseId, actor, actorRole, at, version);
  }

  /** A submission; set its fields on the returned builder. */
  public SubmittedBuilder submitted() {
    return new SubmittedBuilder(this);
  }

  /** {@link CaseEvent.Triaged}. */
  public CaseEvent.Triaged triaged(Category category, ActorId owner) {
    return new CaseEvent.Triaged(eventId, caseId, actor, actorRole, at, category, owner,
        expectedVersion);
  }

  /** {@link CaseEvent.Triaged} with the owner's id as text. */
  public CaseEvent.Triaged triaged(Category category, String owner) {
    return triaged(category, ActorId.of(owner));
  }

  /** {@link CaseEvent.Acknowledged}. */
  public CaseEvent.Acknowledged acknowledged(String note) {
    return new CaseEvent.Acknowledged(eventId, caseId, actor, actorRole, at, note,
        expectedVersion);
  }

  /** {@link CaseEvent.ActionPlanned}. */
  public CaseEvent.ActionPlanned actionPlanned(String plan) {
    return new CaseEvent.ActionPlanned(eventId, caseId, actor, actorRole, at, plan,
        expectedVersion);
  }

  /** {@link CaseEvent.WorkStarted}. */
  public CaseEvent.WorkStarted workStarted(String note) {
    return new CaseEvent.WorkStarted(eventId, caseId, actor, actorRole, at, note,
        expectedVersion);
  }

  /** {@link CaseEvent.Resolved}. */
  public CaseEvent.Resolved resolved(String resolution) {
    return new CaseEvent.Resolved(eventId, caseId, actor, actorRole, at, resolution,
        expectedVersion);
  }

  /** {@link CaseEvent.Confirmed}. */
  public CaseEvent.Confirmed confirmed(String comment) {
    return new CaseEvent.Confirmed(eventId, caseId, actor, actorRole, at, comment,
        expectedVersion);
  }

  /** {@link CaseEvent.Rejected}. */
  public CaseEvent.Rejected rejected(String reason) {
    return new CaseEvent.Rejected(eventId, caseId, actor, actorRole, at, reason, expectedVersion);
  }

  /** {@link CaseEvent.Closed}. */
  public CaseEvent.Closed closed(String note) {
    return new CaseEvent.Closed(eventId, caseId, actor, actorRole, at, note, expectedVersion);
  }

  /** {@link CaseEvent.AutoClosed}. */
  public CaseEvent.AutoClosed autoClosed(String reason) {
    return new CaseEvent.AutoClosed(eventId, caseId, actor, actorRole, at, reason,
        expectedVersion);
  }

  /** {@link CaseEvent.Reopened}. */
  public CaseEvent.Reopened reopened(String reason) {
    return new CaseEvent.Reopened(eventId, caseId, actor, actorRole, at, reason, expectedVersion);
  }

  /** {@link CaseEvent.Declined}. */
  public CaseEvent.Declined declined(String reason) {
    return new CaseEvent.Declined(eventId, caseId, actor, actorRole, at, reason, expectedVersion);
  }

  /** {@link CaseEvent.Merged}. */
  public CaseEvent.Merged merged(CaseId duplicateOf) {
    return new CaseEvent.Merged(eventId, caseId, actor, actorRole, at, duplicateOf,
        expectedVersion);
  }

  /** {@link CaseEvent.InfoRequested}. */
  public CaseEvent.InfoRequested infoRequested(String question) {
    return new CaseEvent.InfoRequested(eventId, caseId, actor, actorRole, at, question,
        expectedVersion);
  }

  /** {@link CaseEvent.InfoProvided}. */
  public CaseEvent.InfoProvided infoProvided(String answer) {
    return new CaseEvent.InfoProvided(eventId, caseId, actor, actorRole, at, answer,
        expectedVersion);
  }

  /** {@link CaseEvent.Escalated}. */
  public CaseEvent.Escalated escalated(SlaClock clock, int level, ActorRole target,
      List<ActorId> targets) {
    return new CaseEvent.Escalated(eventId, caseId, actor, actorRole, at, clock, level, target,
        targets, expectedVersion);
  }

  /**
   * Builds a {@link CaseEvent.Submitted} field by field, so that its many texts cannot be mixed
   * up; every field but {@code proxies} (none by default) must be set before {@link #build()}.
   */
  public static final class SubmittedBuilder {
    private final EventHeader header;
    private @Nullable CaseSource source;
    private @Nullable Urgency priority;
    private @Nullable Channel channel;
    private @Nullable Category category;
    private @Nullable String subject;
    private @Nullable String place;
    private @Nullable String description;
    private final List<ActorId> proxies = new ArrayList<>();

    private SubmittedBuilder(EventHeader header) {
      this.header = header;
    }

    /** Who raised it: worker, client or internal team. */
    public SubmittedBuilder source(CaseSource value) {
      this.source = requireNonNull(value, "source is null");
      return this;
    }

    /** How urgent it is. */
    public SubmittedBuilder priority(Urgency value) {
      this.priority = requireNonNull(value, "priority is null");
      return this;
    }

    /** The channel it came through. */
    public SubmittedBuilder channel(Channel value) {
      this.channel = requireNonNull(value, "channel is null");
      return this;
    }

    /** What it is about; routes the case. */
    public SubmittedBuilder category(Category value) {
      this.category = requireNonNull(value, "category is null");
      return this;
    }

    /** A short subject, part of the repeat-complaint fingerprint. */
    public SubmittedBuilder subject(String value) {
      this.subject = requireNonNull(value, "subject is null");
      return this;
    }

    /** Where (a store, a site, a city), part of the fingerprint. */
    public SubmittedBuilder place(String value) {
      this.place = requireNonNull(value, "place is null");
      return this;
    }

    /** The feedback in the submitter's words. */
    public SubmittedBuilder description(String value) {
      this.description = requireNonNull(value, "description is null");
      return this;
    }

    /** Adds an actor who may confirm, reject or answer for the submitter. */
    public SubmittedBuilder proxy(ActorId actor) {
      proxies.add(requireNonNull(actor, "actor is null"));
      return this;
    }

    /** Adds a proxy by its id as text; as {@link #proxy(ActorId)}. */
    public SubmittedBuilder proxy(String actor) {
      return proxy(ActorId.of(actor));
    }

    /**
     * The submission.
     *
     * @throws NullPointerException if a field other than proxies was not set (a programmer
     *     error)
     */
    public CaseEvent.Submitted build() {
      return new CaseEvent.Submitted(header.eventId(), header.caseId(), header.actor(),
          header.actorRole(), header.at(), requireNonNull(source, "source is not set"),
          requireNonNull(priority, "priority is not set"),
          requireNonNull(channel, "channel is not set"),
          requireNonNull(category, "category is not set"),
          requireNonNull(subject, "subject is not set"),
          requireNonNull(place, "place is not set"),
          requireNonNull(description, "description is not set"), proxies,
          header.expectedVersion());
    }
  }
}
