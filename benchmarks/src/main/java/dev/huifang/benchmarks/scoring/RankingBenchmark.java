package dev.huifang.benchmarks.scoring;

import dev.huifang.core.WorkerId;
import dev.huifang.scoring.PercentileRule;
import dev.huifang.scoring.RankedWorker;
import dev.huifang.scoring.Ranking;
import dev.huifang.scoring.TieRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
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
 * Ranking a cohort of 100,000 totals (one in ten shared with another worker, so ties occur) with
 * competition ranks (1224) and SQL {@code PERCENT_RANK} percentiles: {@link Ranking#rank}
 * ({@code huifang}) against a hand-written sort of a primitive array computing the same ranks
 * and percentiles ({@code floor}). Huifang rounds every total to 2 decimals (half up) and
 * compares the rounded totals exactly. Goal: within 3x of the floor.
 *
 * <p>Run: {@code mvn -q -B -Pbench -DskipTests -Dbench.include=RankingBenchmark package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RankingBenchmark {

  static final int WORKERS = 100_000;

  /** A worker's total, as a host app holds it. */
  public record WorkerTotal(WorkerId worker, double total) {}

  @Param({"huifang", "floor"})
  public String implementation;

  private List<WorkerTotal> cohort;
  private double[] totals;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(100_000);
    cohort = new ArrayList<>(WORKERS);
    totals = new double[WORKERS];
    for (int w = 0; w < WORKERS; w++) {
      double total = w % 10 == 9 ? totals[w - 1] : Math.round(random.nextDouble() * 10_000) / 100.0;
      totals[w] = total;
      cohort.add(new WorkerTotal(WorkerId.of(String.format("w-%06d", w)), total));
    }
    List<RankedWorker> huifang = ((Ranking) rank("huifang")).workers();
    double[][] floor = (double[][]) rank("floor");
    for (int i = 0; i < WORKERS; i++) {
      RankedWorker r = huifang.get(i);
      if (r.total() != floor[0][i] || r.rank() != floor[1][i]
          || Math.abs(r.percentile() - floor[2][i]) > 1e-12) {
        throw new IllegalStateException("place " + i + ": Huifang " + r + ", floor "
            + floor[0][i] + "/" + floor[1][i] + "/" + floor[2][i]);
      }
    }
  }

  private Object rank(String which) {
    if (which.equals("huifang")) {
      return Ranking.rank(cohort, WorkerTotal::worker, WorkerTotal::total, TieRule.COMPETITION,
          PercentileRule.PERCENT_RANK).get();
    }
    return floor();
  }

  @Benchmark
  public Object ranking() {
    return rank(implementation);
  }

  /** The floor: sort a copy, then walk it from the top; totals, ranks, percentiles by place. */
  private double[][] floor() {
    int n = totals.length;
    double[] sorted = totals.clone();
    Arrays.sort(sorted);
    double[] total = new double[n];
    double[] rank = new double[n];
    double[] percentile = new double[n];
    for (int start = 0; start < n; ) {
      double value = sorted[n - 1 - start];
      int end = start;
      while (end + 1 < n && sorted[n - 2 - end] == value) {
        end++;
      }
      double p = (double) (n - 1 - end) / (n - 1);
      for (int i = start; i <= end; i++) {
        total[i] = value;
        rank[i] = start + 1;
        percentile[i] = p;
      }
      start = end + 1;
    }
    return new double[][] {total, rank, percentile};
  }
}
