package dev.huifang.benchmarks.closedloop;

import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Problem;
import dev.huifang.core.Urgency;
import io.vavr.control.Either;
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
 * time per operation. Run with {@code -prof gc} for bytes allocated per event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReplayBenchmark {

  static final int CASES = 10_000;
  static final int EVENTS_PER_CASE = 100;

  @Param({"huifang"})
  public String implementation;

  private FeedbackLoop loop;
  private List<CaseEvent> events;

  @Setup
  public void setUp() {
    loop = FeedbackLoop.ofDefaults();
    events = new ArrayList<>(CASES * EVENTS_PER_CASE);
    for (int c = 0; c < CASES; c++) {
      events.addAll(log(CaseId.of("case-" + c), Instant.parse("2026-01-01T00:00:00Z")
          .plus(Duration.ofMinutes(c))));
    }
    Either<Problem, SortedMap<CaseId, FeedbackCase>> once = loop.replayAll(events);
    if (once.isLeft() || once.get().size() != CASES) {
      throw new IllegalStateException("the generated logs do not replay: " + once);
    }
  }

  static List<CaseEvent> log(CaseId id, Instant start) {
    List<CaseEvent> log = new ArrayList<>(EVENTS_PER_CASE);
    int[] n = {0};
    java.util.function.Supplier<String> eid = () -> id.value() + "-" + n[0]++;
    java.util.function.Supplier<Instant> at = () -> start.plus(Duration.ofHours(n[0]));
    log.add(new CaseEvent.Submitted(eid.get(), id, "client-1", ActorRole.SUBMITTER, at.get(),
        CaseSource.CLIENT, Urgency.URGENT, Channel.CLIENT_PORTAL, Category.NO_SHOW,
        "10 promised, 6 arrived", "store 3", "only 6 of 10 came", List.of(), null));
    log.add(new CaseEvent.Triaged(eid.get(), id, "coord", ActorRole.COORDINATOR, at.get(),
        Category.NO_SHOW, "owner", null));
    while (log.size() + 7 <= EVENTS_PER_CASE) {
      log.add(new CaseEvent.Acknowledged(eid.get(), id, "owner", ActorRole.OWNER, at.get(), "ok", null));
      log.add(new CaseEvent.ActionPlanned(eid.get(), id, "owner", ActorRole.OWNER, at.get(), "plan", null));
      log.add(new CaseEvent.WorkStarted(eid.get(), id, "owner", ActorRole.OWNER, at.get(), "go", null));
      log.add(new CaseEvent.Resolved(eid.get(), id, "owner", ActorRole.OWNER, at.get(), "done", null));
      log.add(new CaseEvent.Confirmed(eid.get(), id, "client-1", ActorRole.SUBMITTER, at.get(), "yes", null));
      log.add(new CaseEvent.Closed(eid.get(), id, "owner", ActorRole.OWNER, at.get(), "closed", null));
      log.add(new CaseEvent.Reopened(eid.get(), id, "client-1", ActorRole.SUBMITTER, at.get(), "again", null));
    }
    log.add(new CaseEvent.Acknowledged(eid.get(), id, "owner", ActorRole.OWNER, at.get(), "ok", null));
    return log;
  }

  @Benchmark
  public SortedMap<CaseId, FeedbackCase> replay() {
    return loop.replayAll(events).get();
  }
}
