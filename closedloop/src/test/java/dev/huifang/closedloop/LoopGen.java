package dev.huifang.closedloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Problem;
import dev.huifang.core.Urgency;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators and builders of closed-loop models for tests: events of every kind, from every
 * kind of actor, with time moving forward (and sometimes backward).
 */
public final class LoopGen {

  /** The time the generated cases start. */
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  /** The case most tests use. */
  public static final CaseId CASE = CaseId.of("case-1");
  /** The number of event kinds. */
  public static final int KINDS = 16;

  /** The actors of generated events: id and role. */
  public static final List<String> ACTORS = List.of("client-1", "proxy-1", "coord-1", "owner-1",
      "owner-2", "sup-1", "dir-1", "huifang", "stranger");
  /** The roles of {@link #ACTORS}, position by position. */
  public static final List<ActorRole> ROLES = List.of(ActorRole.SUBMITTER, ActorRole.PROXY,
      ActorRole.COORDINATOR, ActorRole.OWNER, ActorRole.OWNER, ActorRole.SUPERVISOR,
      ActorRole.DIRECTOR, ActorRole.SYSTEM, ActorRole.SUBMITTER);

  /**
   * The directory of generated runs: coord-1 is the central desk, sup-1 and dir-1 supervise and
   * direct every built-in team; client-1 (the submitter) is also listed as a coordinator and a
   * supervisor, to show that separation of duties wins over the directory.
   */
  public static final Directory DIRECTORY = directory();

  private static Directory directory() {
    Directory d = Directory.systemOnly().withCoordinator(Team.TRIAGE_QUEUE, "coord-1")
        .withCoordinator(Team.TRIAGE_QUEUE, "client-1");
    for (Team team : List.of(Team.HR, Team.BUSINESS_UNIT, Team.SUPPLY_CHAIN,
        Team.CUSTOMER_SUCCESS, Team.TRIAGE_QUEUE)) {
      d = d.withSupervisor(team, "sup-1").withSupervisor(team, "client-1")
          .withDirector(team, "dir-1");
    }
    return d;
  }

  /** A loop with the default policy and {@link #DIRECTORY}. */
  public static FeedbackLoop loop() {
    return FeedbackLoop.ofDefaults(DIRECTORY);
  }

  /** A loop with {@code policy} and {@link #DIRECTORY}. */
  public static FeedbackLoop loop(LoopPolicy policy) {
    return FeedbackLoop.of(policy, DIRECTORY);
  }

  private LoopGen() {}

  /** The case after {@code e}, which the test expects {@code loop} to accept. */
  public static FeedbackCase step(FeedbackLoop loop, FeedbackCase c, CaseEvent e) {
    Validation<Seq<Problem>, CaseStep> step = loop.apply(c, e);
    assertThat(step.isValid()).as("%s", step).isTrue();
    return step.get().feedbackCase();
  }

  /** {@link #CASE} submitted at {@link #T0}, triaged an hour later by coord-1 to owner-1. */
  public static FeedbackCase triaged(FeedbackLoop loop) {
    FeedbackCase c = loop.open(submitted(CASE, Category.NO_SHOW, T0)).get().feedbackCase();
    return step(loop, c, EventHeader.id("e-1").of(CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(T0.plus(Duration.ofHours(1))).triaged(Category.NO_SHOW, "owner-1"));
  }

  /** {@link #T0} plus {@code h} hours: the time of a step in the tests' case stories. */
  public static Instant hours(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  /** A client's submission of {@code category} at {@code at}. */
  public static CaseEvent.Submitted submitted(CaseId id, Category category, Instant at) {
    return EventHeader.id("e-0").of(id).by("client-1", ActorRole.SUBMITTER)
        .at(at).submitted()
        .source(CaseSource.CLIENT).priority(Urgency.URGENT).channel(Channel.CLIENT_PORTAL)
        .category(category)
        .subject("turnout")
        .place("store-3")
        .description("fewer workers came than promised")
        .proxy(ActorId.of("proxy-1"))
        .build();
  }

  /** The kinds of the main path: triage, acknowledge, plan, start, resolve, confirm, close, reopen. */
  private static final int[] MAIN_PATH = {0, 1, 2, 3, 4, 5, 7, 9};

  /** The actor (index into {@link #ACTORS}) who may usually send each kind of event. */
  private static final int[] USUAL_ACTOR = {2, 3, 3, 3, 3, 0, 0, 3, 7, 0, 2, 2, 3, 0, 7, 0};

  /**
   * Encoded event recipes: kind, actor, minutes forward (some negative), and a mode: a random
   * kind from a random actor, the next event of the main path from its usual actor (half the
   * time), or a random kind from its usual actor; so runs get far into the loop while forbidden
   * and out-of-order events still come often.
   */
  public static Gen<List<Integer>> recipes(int maxEvents) {
    return lists().of(integers().between(0, KINDS * ACTORS.size() * 760 * 4 - 1))
        .ofSizeBetween(0, maxEvents);
  }

  /** The events of {@code recipes} for case {@link #CASE}, after a submission at {@link #T0}. */
  public static List<CaseEvent> events(List<Integer> recipes) {
    List<CaseEvent> out = new ArrayList<>();
    out.add(submitted(CASE, Category.NO_SHOW, T0));
    Instant t = T0;
    int cursor = 0;
    for (int i = 0; i < recipes.size(); i++) {
      int x = recipes.get(i);
      int usual = x / (KINDS * ACTORS.size() * 760);
      int kind = x % KINDS;
      if (usual == 1 || usual == 2) {
        kind = MAIN_PATH[cursor % MAIN_PATH.length];
        cursor++;
      }
      int who = usual == 0 ? (x / KINDS) % ACTORS.size() : USUAL_ACTOR[kind];
      int minutes = (x / (KINDS * ACTORS.size())) % 760 - 60;
      t = t.plus(Duration.ofMinutes(minutes));
      // a repeated id now and then, to exercise idempotence
      String id = (i % 7 == 6) ? "e-" + (i - 1) : "e-" + (i + 1);
      out.add(event(kind, id, ACTORS.get(who), ROLES.get(who), t, i));
    }
    return out;
  }

  /** One event of kind {@code kind} (0 to 15). */
  public static CaseEvent event(int kind, String id, String actor, ActorRole role, Instant at,
      int salt) {
    CaseId c = CASE;
    switch (kind) {
      case 0:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .triaged(salt % 5 == 4 ? Category.of("weather") : Category.builtIns().get(salt % 6),
                salt % 4 == 3 ? "owner-2" : "owner-1");
      case 1:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .acknowledged("we are looking into it");
      case 2:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .actionPlanned("send a replacement crew");
      case 3:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .workStarted("crew on the way");
      case 4:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .resolved("crew arrived");
      case 5:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .confirmed("thanks");
      case 6:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .rejected("still short");
      case 7:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .closed("done");
      case 8:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .autoClosed("silent");
      case 9:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .reopened("it happened again");
      case 10:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .declined("out of scope");
      case 11:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .merged(CaseId.of("case-0"));
      case 12:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .infoRequested("which shift?");
      case 13:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .infoProvided("the night shift");
      case 14:
        return EventHeader.id(id).of(c).by(actor, role).at(at)
            .escalated(SlaClock.FIRST_RESPONSE, 1 + salt % 3,
                salt % 2 == 0 ? ActorRole.SUPERVISOR : ActorRole.DIRECTOR, salt % 2 == 0 ? List
                    .of(ActorId.of("sup-1")) : List.of(ActorId.of("dir-1")));
      default:
        return new CaseEvent.Submitted(EventId.of(id), c, ActorId.of(actor), role, at,
            CaseSource.WORKER, Urgency.ROUTINE,
            Channel.VOICE_MESSAGE, Category.WORKER_DEMAND, "again", "here", "again", List.of(),
            null);
    }
  }

  /** Zero or negative durations, each an invalid time limit. */
  public static Gen<Duration> nonPositiveDurations() {
    return integers().between(-14 * 24 * 60, 0).map(m -> Duration.ofMinutes(m));
  }

  /** Valid time limits, a minute to a month. */
  public static Gen<Duration> limits() {
    return integers().between(1, 30 * 24 * 60).map(m -> Duration.ofMinutes(m));
  }

  /** Every kind of event once, with valid fields, for JSON round trips. */
  public static Gen<CaseEvent> anyEvent() {
    return integers().between(0, KINDS * ACTORS.size() * 10 - 1).map(x -> {
      int who = (x / KINDS) % ACTORS.size();
      return event(x % KINDS, "e-" + x, ACTORS.get(who), ROLES.get(who),
          T0.plus(Duration.ofMinutes(x)), x);
    });
  }
}
