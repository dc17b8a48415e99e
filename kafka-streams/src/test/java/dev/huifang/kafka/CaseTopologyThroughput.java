package dev.huifang.kafka;

import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.EventHeader;
import dev.huifang.closedloop.EventId;
import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.LoopPolicy;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Urgency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures events per second through the case-loop topology in a TopologyTestDriver (a driver
 * loop: one thread, RocksDB stores, no broker), next to the library's own apply loop on the same
 * events.
 *
 * <p>Each case lives the no-show scenario's eight events (submitted, triaged, acknowledged,
 * planned, started, resolved, confirmed, closed), an hour apart; cases start a minute apart, so
 * the input interleaves many open cases and the stream-time punctuation reads the deadline index
 * every minute. Run (see docs/scale-out.md): {@code java -cp ... dev.huifang.kafka.CaseTopologyThroughput
 * [cases] [rounds] [IN_MEMORY|ROCKSDB] [keep closed, ISO-8601, e.g. P1D]}. The test driver commits, and so
 * flushes RocksDB, after every record, where Kafka Streams commits every 100 ms under
 * exactly-once: the RocksDB figure is a floor, the in-memory one the engine's own cost.
 */
public final class CaseTopologyThroughput {

  private static final Instant START = Instant.parse("2026-07-01T00:00:00Z");

  private CaseTopologyThroughput() {}

  /** Runs the measurement and prints one line per round. */
  public static void main(String[] args) throws IOException {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    CaseTopology.StoreKind stores = args.length > 2 ? CaseTopology.StoreKind.valueOf(args[2])
        : CaseTopology.StoreKind.IN_MEMORY;
    Duration keepClosed = args.length > 3 ? Duration.parse(args[3])
        : CaseLoopSettings.DEFAULT_KEEP_CLOSED;
    CaseLoopSettings settings = CaseLoopSettings.defaults().withStores(stores)
        .withKeepClosed(keepClosed);
    List<CaseScenarios.Step> steps = steps(cases);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // the policy's reopen window set to the same duration: closed cases then leave after it
    LoopPolicy defaults = LoopPolicy.defaults();
    FeedbackLoop loop = FeedbackLoop.of(defaults.withLimits(defaults.limits()
        .withReopenWindow(keepClosed)));
    System.out.printf(Locale.ROOT, "%d cases, %d events, %s stores; %d available processors; "
        + "Java %s; closed cases kept %s%n", cases, steps.size(), stores, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), keepClosed);
    for (int round = 1; round <= rounds; round++) {
      Path state = Files.createTempDirectory("huifang-bench");
      try (CaseDriver driver = new CaseDriver(loop, state, settings)) {
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        driver.pipe(steps);
        long wallNs = System.nanoTime() - wall;
        long cpuNs = threads.getCurrentThreadCpuTime() - cpu;
        int effects = driver.effects.readValuesToList().size();
        int dead = driver.deadLetters.readValuesToList().size();
        System.out.printf(Locale.ROOT,
            "topology round %d: %.0f events/s wall, %.0f events/s per CPU-second of the "
                + "stream thread; %d effects, %d dead letters%n", round,
            steps.size() / (wallNs / 1e9), steps.size() / (cpuNs / 1e9), effects, dead);
        long held = 0;
        long bytes = 0;
        try (var all = driver.caseStore().all()) {
          while (all.hasNext()) {
            held++;
            bytes += HuifangSerdes.bytes(all.next().value).length;
          }
        }
        System.out.printf(Locale.ROOT, "state after round %d: %d of %d cases in the store, "
                + "%d bytes of JSON (%.0f per case); %d deadline-index entries%n", round, held,
            cases, bytes, held == 0 ? 0.0 : (double) bytes / held, driver.deadlines().size());
      } finally {
        delete(state);
      }
      long cpu = threads.getCurrentThreadCpuTime();
      LibraryRun library = LibraryRun.of(FeedbackLoop.ofDefaults(CaseScenarios.STAFF), steps);
      long cpuNs = threads.getCurrentThreadCpuTime() - cpu;
      System.out.printf(Locale.ROOT, "library round %d: %.0f events/s per CPU-second (%d effects)%n",
          round, steps.size() / (cpuNs / 1e9), library.effects.size());
    }
  }

  /** The events of {@code cases} no-show-like cases, in time order. */
  static List<CaseScenarios.Step> steps(int cases) {
    List<CaseScenarios.Step> steps = new ArrayList<>(cases * 8);
    for (int i = 0; i < cases; i++) {
      CaseId c = CaseId.of("case-" + i);
      Instant t = START.plus(Duration.ofMinutes(i));
      String client = "client-" + (i % 997);
      String owner = "cs-" + (i % 50);
      steps.add(new CaseScenarios.Event(new CaseEvent.Submitted(EventId.of(i + "-1"), c, ActorId
          .of(client),
          ActorRole.SUBMITTER, t, CaseSource.CLIENT, Urgency.URGENT, Channel.CLIENT_PORTAL,
          Category.NO_SHOW, "10 promised, 6 arrived", "store " + (i % 300),
          "only 6 of the 10 promised promoters came", List.of(), null)));
      steps.add(new CaseScenarios.Event(EventHeader.id(i + "-2").of(c).by("coord-wang",
          ActorRole.COORDINATOR).at(t.plus(Duration.ofHours(1)))
          .triaged(Category.NO_SHOW, owner)));
      steps.add(new CaseScenarios.Event(EventHeader.id(i + "-3").of(c).by(owner, ActorRole.OWNER)
          .at(t.plus(Duration.ofHours(2)))
          .acknowledged("48 h review started")));
      steps.add(new CaseScenarios.Event(EventHeader.id(i + "-4").of(c).by(owner, ActorRole.OWNER)
          .at(t.plus(Duration.ofHours(3)))
          .actionPlanned("send replacements")));
      steps.add(new CaseScenarios.Event(EventHeader.id(i + "-5").of(c).by(owner, ActorRole.OWNER)
          .at(t.plus(Duration.ofHours(4)))
          .workStarted("crew booked")));
      steps.add(new CaseScenarios.Event(EventHeader.id(i + "-6").of(c).by(owner, ActorRole.OWNER)
          .at(t.plus(Duration.ofHours(5)))
          .resolved("replacements arrived")));
      steps.add(new CaseScenarios.Event(EventHeader.id(i + "-7").of(c).by(client,
          ActorRole.SUBMITTER).at(t.plus(Duration.ofHours(6)))
          .confirmed("complete crew")));
      steps.add(new CaseScenarios.Event(EventHeader.id(i + "-8").of(c).by(owner, ActorRole.OWNER)
          .at(t.plus(Duration.ofHours(7)))
          .closed("loop closed")));
    }
    steps.sort(java.util.Comparator.comparing(CaseScenarios.Step::at));
    return steps;
  }

  private static void delete(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
