package dev.huifang.generators;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.EventId;
import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.Directory;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.Team;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Problem;
import dev.huifang.core.Urgency;
import dev.huifang.testing.Generator;
import dev.huifang.testing.Invalid;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Generators of closed-loop case histories: event logs along the loop's main path (submitted,
 * triaged, acknowledged, planned, started, resolved, confirmed, closed) that replay, and logs that
 * break exactly one rule: an event forged by an actor who does not hold the role it claims in the
 * loop's {@link Directory}, an event dated before the one it follows, or an event sent against a
 * stale version of the case.
 */
public final class CaseValues {

  /** When generated cases are submitted. */
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  /** The submitter of generated cases. */
  public static final String SUBMITTER = "client-1";
  /** The coordinator who triages them, at the central desk. */
  public static final String COORDINATOR = "coord-1";
  /** The owner they are assigned to. */
  public static final String OWNER = "owner-1";
  /** An actor who holds no role in any generated case. */
  public static final String STRANGER = "stranger";

  /**
   * The directory of generated loops: {@link #COORDINATOR} at the central desk, {@code sup-1} and
   * {@code dir-1} supervising and directing every built-in team.
   */
  public static final Directory DIRECTORY = directory();

  /** The longest generated history: the whole main path. */
  public static final int MAIN_PATH_LENGTH = 8;

  private CaseValues() {}

  private static Directory directory() {
    Directory d = Directory.systemOnly().withCoordinator(Team.TRIAGE_QUEUE, COORDINATOR);
    for (Team team : List.of(Team.HR, Team.BUSINESS_UNIT, Team.SUPPLY_CHAIN,
        Team.CUSTOMER_SUCCESS, Team.TRIAGE_QUEUE)) {
      d = d.withSupervisor(team, "sup-1").withDirector(team, "dir-1");
    }
    return d;
  }

  /**
   * A case's event log and the directory to replay it with.
   *
   * @param directory who holds which role
   * @param events the log, in order
   */
  public record CaseHistory(Directory directory, List<CaseEvent> events) {

    /**
     * Creates the record; events are copied.
     *
     * @throws NullPointerException if a part is null
     */
    public CaseHistory {
      requireNonNull(directory, "directory is null");
      events = List.copyOf(events);
    }

    /**
     * Replays the log with the default policy and {@link #directory()}.
     *
     * @return the case, or every Problem of the first refused event, under {@code events[i]}
     */
    public Validation<Seq<Problem>, FeedbackCase> replay() {
      return FeedbackLoop.ofDefaults(directory).replay(events);
    }
  }

  /** One rule an invalid history breaks, in its last event. */
  public enum CaseDefect {
    /** The last event comes from an actor who does not hold the role it claims. */
    FORGED_ROLE("actorRole", Problem.FORBIDDEN, "an actor may act only in a role the directory or the case gives"),
    /** The last event is dated before the event it follows. */
    OUT_OF_ORDER("at", Problem.ORDER, "events must not go back in time"),
    /** The last event was sent against a version of the case that is no longer current. */
    STALE_VERSION("expectedVersion", Problem.CONFLICT,
        "an event must be sent against the case's current version");

    private final String field;
    private final String code;
    private final String rule;

    CaseDefect(String field, String code, String rule) {
      this.field = field;
      this.code = code;
      this.rule = rule;
    }
  }

  /**
   * Valid histories of case {@code case-<n>}: the first 1 to {@link #MAIN_PATH_LENGTH} events of
   * the main path, each from its usual actor, 1 to 240 minutes apart.
   *
   * @return the generator
   */
  public static Generator<CaseHistory> histories() {
    return histories(1);
  }

  private static Generator<CaseHistory> histories(int minEvents) {
    return (random, size) -> {
      CaseId id = CaseId.of("case-" + random.nextInt(1, 100_000));
      int count = random.nextInt(minEvents, MAIN_PATH_LENGTH + 1);
      List<CaseEvent> events = new ArrayList<>();
      Instant at = T0.plusSeconds(60L * random.nextInt(0, 60 * 24 * 30));
      Category category = Category.builtIns().get(random.nextInt(Category.builtIns().size()));
      for (int step = 0; step < count; step++) {
        events.add(event(step, id, "e-" + step, usualActor(step), usualRole(step), at, category,
            null));
        at = at.plusSeconds(60L * random.nextInt(1, 241));
      }
      return new CaseHistory(DIRECTORY, events);
    };
  }

  /**
   * Histories of at least two events whose last event breaks exactly {@code defect};
   * {@link CaseHistory#replay()} gives its Problem at {@code events[<last>].actorRole},
   * {@code .at} or {@code .expectedVersion}.
   *
   * @param defect the rule to break
   * @return the generator
   */
  public static Generator<Invalid<CaseHistory>> invalidHistories(CaseDefect defect) {
    return histories(2).map(valid -> {
      List<CaseEvent> events = new ArrayList<>(valid.events());
      int last = events.size() - 1;
      CaseEvent previous = events.get(last - 1);
      CaseEvent current = events.get(last);
      CaseId id = current.caseId();
      Category category = ((CaseEvent.Submitted) events.get(0)).category();
      CaseEvent broken = switch (defect) {
        case FORGED_ROLE -> event(last, id, current.eventId().value(), STRANGER, usualRole(last),
            current.at(), category, null);
        case OUT_OF_ORDER -> event(last, id, current.eventId().value(), usualActor(last), usualRole(last),
            previous.at().minusSeconds(60), category, null);
        case STALE_VERSION -> event(last, id, current.eventId().value(), usualActor(last), usualRole(last),
            current.at(), category, 0);
      };
      events.set(last, broken);
      return new Invalid<>(new CaseHistory(valid.directory(), events),
          Problem.index("events", last) + "." + defect.field, defect.code, defect.rule);
    });
  }

  private static String usualActor(int step) {
    return switch (step) {
      case 0, 6, 7 -> SUBMITTER;
      case 1 -> COORDINATOR;
      default -> OWNER;
    };
  }

  private static ActorRole usualRole(int step) {
    return switch (step) {
      case 0, 6, 7 -> ActorRole.SUBMITTER;
      case 1 -> ActorRole.COORDINATOR;
      default -> ActorRole.OWNER;
    };
  }

  private static CaseEvent event(int step, CaseId c, String id, String actor, ActorRole role,
      Instant at, Category category, @Nullable Integer expectedVersion) {
    return switch (step) {
      case 0 -> new CaseEvent.Submitted(EventId.of(id), c, ActorId.of(actor), role, at,
          CaseSource.CLIENT, Urgency.URGENT,
          Channel.CLIENT_PORTAL, category, "turnout", "store-3",
          "fewer workers came than promised", List.of(), expectedVersion);
      case 1 -> new CaseEvent.Triaged(EventId.of(id), c, ActorId.of(actor), role, at, category,
          ActorId.of(OWNER), expectedVersion);
      case 2 -> new CaseEvent.Acknowledged(EventId.of(id), c, ActorId.of(actor), role, at,
          "we are looking into it",
          expectedVersion);
      case 3 -> new CaseEvent.ActionPlanned(EventId.of(id), c, ActorId.of(actor), role, at,
          "send a replacement crew",
          expectedVersion);
      case 4 -> new CaseEvent.WorkStarted(EventId.of(id), c, ActorId.of(actor), role, at,
          "crew on the way",
          expectedVersion);
      case 5 -> new CaseEvent.Resolved(EventId.of(id), c, ActorId.of(actor), role, at,
          "crew arrived", expectedVersion);
      case 6 -> new CaseEvent.Confirmed(EventId.of(id), c, ActorId.of(actor), role, at, "thanks",
          expectedVersion);
      default -> new CaseEvent.Closed(EventId.of(id), c, ActorId.of(actor), role, at, "done",
          expectedVersion);
    };
  }
}
