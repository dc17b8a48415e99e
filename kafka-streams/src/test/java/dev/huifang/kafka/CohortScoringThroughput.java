package dev.huifang.kafka;

import dev.huifang.core.json.HuifangJson;
import dev.huifang.scoring.PercentileRule;
import dev.huifang.scoring.Ranking;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.TieRule;
import dev.huifang.scoring.WorkerMetrics;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures what closing a month costs the scoring topology: the library's
 * {@link Scorer#scoreCohort} and {@link Ranking#of} over cohorts of the after-sales scheme, in
 * workers per CPU-second, and the size of a report and a scorecard as JSON. Run (see
 * docs/scale-out.md): {@code java -cp ... dev.huifang.kafka.CohortScoringThroughput [cohort]
 * [rounds]}.
 */
public final class CohortScoringThroughput {

  private CohortScoringThroughput() {}

  /** Runs the measurement and prints one line per round. */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Scorer scorer = Scorer.of(ScoringScenarios.afterSalesScheme());
    List<WorkerMetrics> cohort = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      double f = (i % 97) / 97.0;
      cohort.add(WorkerMetrics.of("w-" + i, Map.of("orders_per_day", 2 + 6 * f,
          "on_time_rate", 0.6 + 0.4 * f, "rework_rate", 0.2 * (1 - f),
          "satisfaction_rate", 0.7 + 0.3 * f, "repair_success_rate", 0.75 + 0.25 * f)));
    }
    List<Scorecard> cards = scorer.scoreCohort(cohort).get();
    System.out.printf(Locale.ROOT, "cohort of %d; report %d bytes, scorecard %d bytes as JSON%n",
        size, HuifangSerdes.bytes(new MetricsReport(dev.huifang.closedloop.Team.of("after_sales"),
            cohort.get(0))).length,
        HuifangJson.write(cards.get(0)).getBytes(StandardCharsets.UTF_8).length);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      int scored = 0;
      while (threads.getCurrentThreadCpuTime() - cpu < 2_000_000_000L) {
        List<Scorecard> out = scorer.scoreCohort(cohort).get();
        Ranking.of(out, TieRule.COMPETITION, PercentileRule.PERCENT_RANK).get();
        out.forEach(HuifangSerdes::bytes);
        scored += size;
      }
      long cpuNs = threads.getCurrentThreadCpuTime() - cpu;
      System.out.printf(Locale.ROOT, "round %d: %.0f workers scored, ranked and written per "
          + "CPU-second%n", round, scored / (cpuNs / 1e9));
    }
  }
}
