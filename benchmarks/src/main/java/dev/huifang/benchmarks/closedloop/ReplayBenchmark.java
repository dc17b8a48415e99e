package dev.huifang.benchmarks.closedloop;

import dev.huifang.closedloop.EventHeader;
import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.Directory;
import dev.huifang.closedloop.Team;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
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
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rebuilding 10,000 feedback cases from their event logs, 1,000,000 events in all (each case: a
 * submission, a triage, then cycles of acknowledge, plan, start, resolve, confirm, close and
 * reopen), through {@link FeedbackLoop#replayAll}; events per second is 1,000,000 divided by the
 * time per operation, bytes per event the {@code gc.alloc.rate.norm} of {@code -prof gc} divided
 * by 1,000,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReplayBenchmark {

  /** The coordinator of the generated logs, the only standing role they need. */
  public static final Directory STAFF =
      Directory.systemOnly().withCoordinator(Team.TRIAGE_QUEUE, "coord");

  static final int CASES = 10_000;
  static final int EVENTS_PER_CASE = 100;

  @Param({"huifang"})
  public String implementation;

  private FeedbackLoop loop;
  private List<CaseEvent> events;

  @Setup
  public void setUp() {
    loop = FeedbackLoop.ofDefaults(STAFF);
    events = new ArrayList<>(CASES * EVENTS_PER_CASE);
    for (int c = 0; c < CASES; c++) {
      events.addAll(log(CaseId.of("case-" + c), Instant.parse("2026-01-01T00:00:00Z")
          .plus(Duration.ofMinutes(c))));
    }
    Validation<Seq<Problem>, SortedMap<CaseId, FeedbackCase>> once = loop.replayAll(events);
    if (events.size() != CASES * EVENTS_PER_CASE || once.isInvalid() || once.get().size() != CASES
        || once.get().values().stream().anyMatch(c -> c.version() != EVENTS_PER_CASE)) {
      throw new IllegalStateException("the generated logs do not replay: " + once);
    }
  }

  static List<CaseEvent> log(CaseId id, Instant start) {
    return log(id, start, EVENTS_PER_CASE);
  }

  /**
   * The log of one case, exactly {@code length} events (at least 2): submitted, triaged, then the
   * cycle acknowledge, plan, start, resolve, confirm, close, reopen over and over; every prefix of
   * the cycle is a valid log, so any length replays.
   */
  public static List<CaseEvent> log(CaseId id, Instant start, int length) {
    List<CaseEvent> log = new ArrayList<>(length);
    log.add(EventHeader.id(id.value() + "-0").of(id).by("client-1", ActorRole.SUBMITTER)
        .at(start).submitted()
        .source(CaseSource.CLIENT).priority(Urgency.URGENT).channel(Channel.CLIENT_PORTAL)
        .category(Category.NO_SHOW)
        .subject("10 promised, 6 arrived")
        .place("store 3")
        .description("only 6 of 10 came")
        .build());
    log.add(EventHeader.id(id.value() + "-1").of(id).by("coord", ActorRole.COORDINATOR)
        .at(start.plus(Duration.ofHours(1)))
        .triaged(Category.NO_SHOW, "owner"));
    for (int n = 2; n < length; n++) {
      String eid = id.value() + "-" + n;
      Instant at = start.plus(Duration.ofHours(n));
      log.add(switch ((n - 2) % 7) {
        case 0 -> EventHeader.id(eid).of(id).by("owner", ActorRole.OWNER).at(at)
            .acknowledged("ok");
        case 1 -> EventHeader.id(eid).of(id).by("owner", ActorRole.OWNER).at(at)
            .actionPlanned("plan");
        case 2 -> EventHeader.id(eid).of(id).by("owner", ActorRole.OWNER).at(at)
            .workStarted("go");
        case 3 -> EventHeader.id(eid).of(id).by("owner", ActorRole.OWNER).at(at)
            .resolved("done");
        case 4 -> EventHeader.id(eid).of(id).by("client-1", ActorRole.SUBMITTER).at(at)
            .confirmed("yes");
        case 5 -> EventHeader.id(eid).of(id).by("owner", ActorRole.OWNER).at(at)
            .closed("closed");
        default -> EventHeader.id(eid).of(id).by("client-1", ActorRole.SUBMITTER).at(at)
            .reopened("again");
      });
    }
    return log;
  }

  @Benchmark
  public SortedMap<CaseId, FeedbackCase> replay() {
    return loop.replayAll(events).get();
  }
}
