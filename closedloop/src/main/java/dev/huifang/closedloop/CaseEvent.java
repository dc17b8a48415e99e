package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Urgency;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a feedback case, as recorded in its event log; a case is the fold of
 * its accepted events.
 *
 * <p>Every event names its id (an exact repeat is ignored, so sending twice is safe; the same id
 * with other content is a {@link Problem#CONFLICT}), the case, the actor and the role the actor
 * acts in (authorisation checks that the actor holds it, from the case and the
 * {@link Directory}), when it happened, and optionally the case version the sender saw (a
 * mismatch is a {@link Problem#CONFLICT}). In JSON each event
 * carries its kind in {@code type}, e.g. {@code {"type":"resolved", ...}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CaseEvent.Submitted.class, name = "submitted"),
    @JsonSubTypes.Type(value = CaseEvent.Triaged.class, name = "triaged"),
    @JsonSubTypes.Type(value = CaseEvent.Acknowledged.class, name = "acknowledged"),
    @JsonSubTypes.Type(value = CaseEvent.ActionPlanned.class, name = "action_planned"),
    @JsonSubTypes.Type(value = CaseEvent.WorkStarted.class, name = "work_started"),
    @JsonSubTypes.Type(value = CaseEvent.Resolved.class, name = "resolved"),
    @JsonSubTypes.Type(value = CaseEvent.Confirmed.class, name = "confirmed"),
    @JsonSubTypes.Type(value = CaseEvent.Rejected.class, name = "rejected"),
    @JsonSubTypes.Type(value = CaseEvent.Closed.class, name = "closed"),
    @JsonSubTypes.Type(value = CaseEvent.AutoClosed.class, name = "auto_closed"),
    @JsonSubTypes.Type(value = CaseEvent.Reopened.class, name = "reopened"),
    @JsonSubTypes.Type(value = CaseEvent.Declined.class, name = "declined"),
    @JsonSubTypes.Type(value = CaseEvent.Merged.class, name = "merged"),
    @JsonSubTypes.Type(value = CaseEvent.InfoRequested.class, name = "info_requested"),
    @JsonSubTypes.Type(value = CaseEvent.InfoProvided.class, name = "info_provided"),
    @JsonSubTypes.Type(value = CaseEvent.Escalated.class, name = "escalated")
})
public sealed interface CaseEvent {

  /** The event's id, unique within its case; a repeated id is ignored. */
  EventId eventId();

  /** The case the event belongs to. */
  CaseId caseId();

  /** Who sent the event. */
  ActorId actor();

  /** The role the actor acts in; refused unless the actor holds it for the case. */
  ActorRole actorRole();

  /** When it happened; never before the case's previous event. */
  Instant at();

  /** The case version the sender saw, or {@code null} to skip the check. */
  @Nullable Integer expectedVersion();

  /** The fields every event shares; events are built from it with named steps. */
  default EventHeader header() {
    return new EventHeader(eventId(), caseId(), actor(), actorRole(), at(), expectedVersion());
  }

  /** This event's kind: its trigger, its checks and how it changes the case. */
  EventKind<?> kind();

  /** The state-machine event this is, or {@code null} for {@link Submitted}. */
  default @Nullable CaseTrigger trigger() {
    return kind().trigger();
  }

  /**
   * The Problems of the event's own fields: blank or over-long ids and texts
   * ({@link Problem#BLANK}, {@link Problem#FORMAT}, {@link Problem#RANGE}) and a negative
   * expected version ({@link Problem#RANGE}).
   */
  Seq<Problem> problems();

  /**
   * The prefix of the event ids Huifang generates itself ({@link FeedbackLoop#advance}); an event
   * of any other kind must not use it ({@link Problem#FORMAT}), so a client id can never shadow a
   * generated one.
   */
  String SYSTEM_ID_PREFIX = "system:";

  private static String describe(CaseEvent e, String kind) {
    return kind + "[eventId=" + e.eventId() + ", caseId=" + e.caseId() + ", actor=" + e.actor()
        + ", actorRole=" + e.actorRole() + ", at=" + e.at() + ", expectedVersion="
        + e.expectedVersion();
  }

  /** The case's escalation steps without those of the visible-action clock (a new cycle). */
  private static SortedMap<SlaClock, Integer> withoutVisibleAction(FeedbackCase c) {
    TreeMap<SlaClock, Integer> escalations = new TreeMap<>(c.escalations());
    escalations.remove(SlaClock.VISIBLE_ACTION);
    return escalations;
  }

  private static Checklist checkHeader(CaseEvent e) {
    CaseTrigger trigger = e.trigger();
    boolean systemKind = trigger != null && trigger.isSystem();
    String eventId = e.eventId().value();
    Checklist checks = Checklist.root().notBlank("eventId", eventId)
        .require(eventId.length() <= Checklist.MAX_ID_LENGTH, Problem.RANGE, "eventId",
            eventId, "must be at most " + Checklist.MAX_ID_LENGTH + " characters long")
        .require(systemKind || !eventId.startsWith(SYSTEM_ID_PREFIX), Problem.FORMAT,
            "eventId", eventId, "must not start with '" + SYSTEM_ID_PREFIX
                + "': that namespace is reserved for the events Huifang generates")
        .id("caseId", e.caseId()).notBlank("actor", e.actor().value());
    Integer version = e.expectedVersion();
    if (version != null) {
      checks.atLeast("expectedVersion", version, 0);
    }
    return checks;
  }

  /**
   * The submitter raises a case; it is routed by category and starts in {@link CaseState#RECEIVED}.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param source who raised it (worker, client, internal team)
   * @param priority how urgent; time limits may differ per priority
   * @param channel the channel it came through
   * @param category what it is about; routes the case
   * @param subject a short subject, part of the repeat-complaint fingerprint
   * @param place where (a store, a site, a city), part of the fingerprint
   * @param description the feedback in the submitter's words
   * @param proxies actors who may confirm or reject for the submitter
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record Submitted(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      CaseSource source,
      Urgency priority,
      Channel channel,
      Category category,
      String subject,
      String place,
      String description,
      List<ActorId> proxies,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: no trigger (it creates the case). */
    public static final EventKind<Submitted> KIND = EventKind.of(Submitted.class, null,
        e -> e.subject(),
        (e, before, after, policy) -> { });

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public Submitted {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(source, "source is null");
      requireNonNull(priority, "priority is null");
      requireNonNull(channel, "channel is null");
      requireNonNull(category, "category is null");
      requireNonNull(subject, "subject is null");
      requireNonNull(place, "place is null");
      requireNonNull(description, "description is null");
      proxies = List.copyOf(proxies);
    }

    /**
     * The event without its free text, which stays out of logs ({@code ***}); proxies are
     * contact details, shown as a count.
     */
    @Override
    public String toString() {
      return describe(this, "Submitted") + ", source=" + source + ", priority=" + priority
          + ", channel=" + channel + ", category=" + category + ", proxies=" + proxies.size()
          + " ids, subject=***, place=***, description=***]";
    }

    @Override
    public EventKind<Submitted> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.id("category", category);
      checks.notBlank("subject", subject);
      checks.notBlank("place", place);
      checks.notBlank("description", description);
      for (int i = 0; i < proxies.size(); i++) {
        checks.notBlank(Problem.index("proxies", i), proxies.get(i).value());
      }
      return checks.problems();
    }
  }

  /**
   * A coordinator confirms the category and assigns an owner.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param category the confirmed category; must be in the routing table
   * @param owner the actor id of the assigned owner
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record Triaged(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      Category category,
      ActorId owner,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.TRIAGE. */
    public static final EventKind<Triaged> KIND = EventKind.of(Triaged.class, CaseTrigger.TRIAGE,
        e -> e.owner().value(),
        Triaged::admission,
        (e, before, after, policy) -> after.category(e.category())
            .routing(policy.routing().route(e.category())).owner(e.owner()));

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public Triaged {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(category, "category is null");
      requireNonNull(owner, "owner is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "Triaged") + ", category=" + category + ", owner=" + owner + "]";
    }

    @Override
    public EventKind<Triaged> kind() {
      return KIND;
    }

    /**
     * Separation of duties and routing: the owner is neither the submitter's side nor Huifang's
     * own actor, and the category is one the routing table knows.
     */
    private static List<Problem> admission(Triaged e, FeedbackCase c, LoopPolicy policy,
        Directory directory) {
      List<Problem> problems = new ArrayList<>(1);
      ActorId owner = e.owner();
      if (owner.equals(c.submitter()) || c.proxies().contains(owner)
          || directory.isSystem(owner)) {
        problems.add(Problem.of(Problem.FORBIDDEN, "owner", owner.value(), "must not be the submitter or a "
            + "proxy of case " + c.id() + " (separation of duties), nor Huifang's own actor"));
      }
      policy.routing().require("category", e.category()).peekLeft(problems::add);
      return problems;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.id("category", category);
      checks.notBlank("owner", owner.value());
      return checks.problems();
    }
  }

  /**
   * The owner answers the submitter: the first response.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param note what the owner said
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record Acknowledged(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String note,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.ACKNOWLEDGE. */
    public static final EventKind<Acknowledged> KIND = EventKind.of(Acknowledged.class, CaseTrigger.ACKNOWLEDGE,
        Acknowledged::note,
        (e, before, after, policy) -> {
          if (before.firstResponseAt() == null) {
            after.firstResponseAt(e.at());
          }
        });

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public Acknowledged {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(note, "note is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "Acknowledged") + ", note=***]";
    }

    @Override
    public EventKind<Acknowledged> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("note", note);
      return checks.problems();
    }
  }

  /**
   * The owner plans the fix.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param plan what will be done
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record ActionPlanned(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String plan,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.PLAN_ACTION. */
    public static final EventKind<ActionPlanned> KIND = EventKind.of(ActionPlanned.class, CaseTrigger.PLAN_ACTION,
        ActionPlanned::plan,
        (e, before, after, policy) -> { });

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public ActionPlanned {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(plan, "plan is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "ActionPlanned") + ", plan=***]";
    }

    @Override
    public EventKind<ActionPlanned> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("plan", plan);
      return checks.problems();
    }
  }

  /**
   * The fix is under way.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param note what was started
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record WorkStarted(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String note,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.START_WORK. */
    public static final EventKind<WorkStarted> KIND = EventKind.of(WorkStarted.class, CaseTrigger.START_WORK,
        WorkStarted::note,
        (e, before, after, policy) -> { });

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public WorkStarted {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(note, "note is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "WorkStarted") + ", note=***]";
    }

    @Override
    public EventKind<WorkStarted> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("note", note);
      return checks.problems();
    }
  }

  /**
   * The owner (or an escalation target) says the problem is fixed.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param resolution what was done
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record Resolved(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String resolution,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.RESOLVE. */
    public static final EventKind<Resolved> KIND = EventKind.of(Resolved.class, CaseTrigger.RESOLVE,
        Resolved::resolution,
        (e, before, after, policy) -> {
          after.resolvedAt(e.at());
          if (before.firstResolvedAt() == null) {
            after.firstResolvedAt(e.at());
          }
        });

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public Resolved {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(resolution, "resolution is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "Resolved") + ", resolution=***]";
    }

    @Override
    public EventKind<Resolved> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("resolution", resolution);
      return checks.problems();
    }
  }

  /**
   * The submitter (or a proxy) confirms the fix.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param comment the submitter's words
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record Confirmed(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String comment,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.CONFIRM. */
    public static final EventKind<Confirmed> KIND = EventKind.of(Confirmed.class, CaseTrigger.CONFIRM,
        Confirmed::comment,
        (e, before, after, policy) -> after.confirmedAt(e.at()));

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public Confirmed {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(comment, "comment is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "Confirmed") + ", comment=***]";
    }

    @Override
    public EventKind<Confirmed> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("comment", comment);
      return checks.problems();
    }
  }

  /**
   * The submitter (or a proxy) rejects the fix.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param reason why the fix is not enough
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record Rejected(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String reason,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.REJECT. */
    public static final EventKind<Rejected> KIND = EventKind.of(Rejected.class, CaseTrigger.REJECT,
        Rejected::reason,
        (e, before, after, policy) -> after.cycleStartedAt(e.at()).resolvedAt(null)
            .escalations(withoutVisibleAction(before)));

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public Rejected {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(reason, "reason is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "Rejected") + ", reason=***]";
    }

    @Override
    public EventKind<Rejected> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("reason", reason);
      return checks.problems();
    }
  }

  /**
   * The confirmed case is closed.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param note a closing note
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record Closed(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String note,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.CLOSE. */
    public static final EventKind<Closed> KIND = EventKind.of(Closed.class, CaseTrigger.CLOSE,
        Closed::note,
        (e, before, after, policy) -> after.closedAt(e.at()));

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public Closed {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(note, "note is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "Closed") + ", note=***]";
    }

    @Override
    public EventKind<Closed> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("note", note);
      return checks.problems();
    }
  }

  /**
   * Huifang closes a resolved case whose submitter stayed silent through the confirmation window.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param reason the window and how long the submitter was silent
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record AutoClosed(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String reason,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.AUTO_CLOSE. */
    public static final EventKind<AutoClosed> KIND = EventKind.of(AutoClosed.class, CaseTrigger.AUTO_CLOSE,
        AutoClosed::reason,
        (e, before, after, policy) -> after.closedAt(e.at()));

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public AutoClosed {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(reason, "reason is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "AutoClosed") + ", reason=***]";
    }

    @Override
    public EventKind<AutoClosed> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("reason", reason);
      return checks.problems();
    }
  }

  /**
   * The case is opened again after closing.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param reason why
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record Reopened(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String reason,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.REOPEN. */
    public static final EventKind<Reopened> KIND = EventKind.of(Reopened.class, CaseTrigger.REOPEN,
        Reopened::reason,
        (e, before, after, policy) -> after.reopenCount(before.reopenCount() + 1)
            .wontFixReason(null).duplicateOf(null).cycleStartedAt(e.at()).resolvedAt(null)
            .confirmedAt(null).closedAt(null).escalations(withoutVisibleAction(before)));

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public Reopened {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(reason, "reason is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "Reopened") + ", reason=***]";
    }

    @Override
    public EventKind<Reopened> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("reason", reason);
      return checks.problems();
    }
  }

  /**
   * The owner side declines to fix: won't fix, with a reason.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param reason why it will not be fixed
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record Declined(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String reason,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.DECLINE. */
    public static final EventKind<Declined> KIND = EventKind.of(Declined.class, CaseTrigger.DECLINE,
        Declined::reason,
        (e, before, after, policy) -> after.wontFixReason(e.reason()).closedAt(e.at()));

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public Declined {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(reason, "reason is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "Declined") + ", reason=***]";
    }

    @Override
    public EventKind<Declined> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("reason", reason);
      return checks.problems();
    }
  }

  /**
   * A coordinator merges the case into another one.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param duplicateOf the case it duplicates
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record Merged(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      CaseId duplicateOf,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.MERGE. */
    public static final EventKind<Merged> KIND = EventKind.of(Merged.class, CaseTrigger.MERGE,
        e -> e.duplicateOf().value(),
        (e, before, after, policy) -> after.duplicateOf(e.duplicateOf()).closedAt(e.at()));

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public Merged {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(duplicateOf, "duplicateOf is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "Merged") + ", duplicateOf=" + duplicateOf + "]";
    }

    @Override
    public EventKind<Merged> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.id("duplicateOf", duplicateOf);
      checks.require(!duplicateOf.equals(caseId), Problem.INCONSISTENT, "duplicateOf",
          duplicateOf.value(), "must name another case: a case cannot be merged into itself");
      return checks.problems();
    }
  }

  /**
   * The owner side asks the submitter something; time limits pause until the answer.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param question what is asked
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record InfoRequested(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String question,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.REQUEST_INFO. */
    public static final EventKind<InfoRequested> KIND = EventKind.of(InfoRequested.class, CaseTrigger.REQUEST_INFO,
        InfoRequested::question,
        (e, before, after, policy) -> after.awaitingSince(e.at()));

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public InfoRequested {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(question, "question is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "InfoRequested") + ", question=***]";
    }

    @Override
    public EventKind<InfoRequested> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("question", question);
      return checks.problems();
    }
  }

  /**
   * The submitter (or a proxy) answers; time limits run again.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param answer the answer
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record InfoProvided(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      String answer,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.PROVIDE_INFO. */
    public static final EventKind<InfoProvided> KIND = EventKind.of(InfoProvided.class, CaseTrigger.PROVIDE_INFO,
        InfoProvided::answer,
        (e, before, after, policy) -> {
          Instant since = before.awaitingSince();
          if (since != null) {
            after.addPauses(new Pause(since, e.at())).awaitingSince(null);
          }
        });

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public InfoProvided {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(answer, "answer is null");
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "InfoProvided") + ", answer=***]";
    }

    @Override
    public EventKind<InfoProvided> kind() {
      return KIND;
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.notBlank("answer", answer);
      return checks.problems();
    }
  }

  /**
   * Huifang hands a late case one step up the escalation ladder.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param actor who sent it
   * @param actorRole the role claimed
   * @param at when it happened
   * @param clock the time limit that was broken
   * @param level the step of the ladder, 1 for the first
   * @param target the step's role: who the case goes to
   * @param targets the actor ids the case goes to, resolved from the {@link Directory} (empty in
   *     logs written before ids were named); only these ids gain the step's rights
   * @param expectedVersion the version the sender saw, or {@code null}
   */
  record Escalated(
      EventId eventId,
      CaseId caseId,
      ActorId actor,
      ActorRole actorRole,
      Instant at,
      SlaClock clock,
      int level,
      ActorRole target,
      List<ActorId> targets,
      @Nullable Integer expectedVersion) implements CaseEvent {

    /** This kind of event: CaseTrigger.ESCALATE. */
    public static final EventKind<Escalated> KIND = EventKind.of(Escalated.class, CaseTrigger.ESCALATE,
        e -> "step " + e.level() + " (" + e.target() + ")",
        Escalated::change);

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a component other than expectedVersion is null
     */
    public Escalated {
      requireNonNull(eventId, "eventId is null");
      requireNonNull(caseId, "caseId is null");
      requireNonNull(actor, "actor is null");
      requireNonNull(actorRole, "actorRole is null");
      requireNonNull(at, "at is null");
      requireNonNull(clock, "clock is null");
      requireNonNull(target, "target is null");
      targets = List.copyOf(targets);
    }

    /** Reads the event from JSON; an event written before targets were named has none. */
    @JsonCreator
    static Escalated fromJson(
        @JsonProperty("eventId") EventId eventId,
        @JsonProperty("caseId") CaseId caseId,
        @JsonProperty("actor") ActorId actor,
        @JsonProperty("actorRole") ActorRole actorRole,
        @JsonProperty("at") Instant at,
        @JsonProperty("clock") SlaClock clock,
        @JsonProperty("level") int level,
        @JsonProperty("target") ActorRole target,
        @JsonProperty("targets") @Nullable List<ActorId> targets,
        @JsonProperty("expectedVersion") @Nullable Integer expectedVersion) {
      return new Escalated(eventId, caseId, actor, actorRole, at, clock, level, target,
          targets == null ? List.of() : targets, expectedVersion);
    }

    /** The event without its free text, which stays out of logs ({@code ***}). */
    @Override
    public String toString() {
      return describe(this, "Escalated") + ", clock=" + clock + ", level=" + level + ", target="
          + target + ", targets=" + targets + "]";
    }

    @Override
    public EventKind<Escalated> kind() {
      return KIND;
    }

    /**
     * Records the step reached on its clock (never lowering it) and, for a supervisor or director
     * step, the actor ids that gain the step's rights (the higher role where one id has two).
     */
    private static void change(Escalated e, FeedbackCase before, FeedbackCase.Builder after,
        LoopPolicy policy) {
      TreeMap<SlaClock, Integer> escalations = new TreeMap<>(before.escalations());
      escalations.merge(e.clock(), e.level(), Math::max);
      after.escalations(escalations).addEscalatedTo(e.target());
      if (e.target() != ActorRole.OWNER) {
        TreeMap<ActorId, ActorRole> targets = new TreeMap<>(before.escalationTargets());
        for (ActorId target : e.targets()) {
          targets.merge(target, e.target(), (was, now) -> was.compareTo(now) >= 0 ? was : now);
        }
        after.escalationTargets(targets);
      }
    }

    @Override
    public Seq<Problem> problems() {
      Checklist checks = checkHeader(this);
      checks.atLeast("level", level, 1);
      for (int i = 0; i < targets.size(); i++) {
        checks.notBlank(Problem.index("targets", i), targets.get(i).value());
      }
      return checks.problems();
    }
  }
}
