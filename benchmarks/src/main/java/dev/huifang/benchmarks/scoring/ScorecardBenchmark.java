package dev.huifang.benchmarks.scoring;

import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.WorkerMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
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
 * Full scorecards for a cohort of 10,000 workers on the 10-metric scheme of
 * {@link ScoringBenchmark}: every line with raw value, score, weight, contribution and rule,
 * group scores, grade, stars and Findings, through {@link Scorer#scoreCohort}. There is no floor:
 * the cost is what explaining every number adds to {@link ScoringBenchmark}'s plain totals.
 *
 * <p>Run: {@code mvn -q -B -Pbench -DskipTests -Dbench.include=ScorecardBenchmark package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScorecardBenchmark {

  static final int WORKERS = 10_000;

  @Param({"huifang"})
  public String implementation;

  private Scorer scorer;
  private List<WorkerMetrics> workers;

  @Setup
  public void setUp() {
    scorer = Scorer.of(ScoringBenchmark.scheme());
    SplittableRandom random = new SplittableRandom(20261122L);
    workers = new ArrayList<>(WORKERS);
    for (int w = 0; w < WORKERS; w++) {
      Map<String, Double> values = new TreeMap<>();
      for (int m = 0; m < ScoringBenchmark.METRICS; m++) {
        values.put("m" + m, random.nextDouble());
      }
      workers.add(WorkerMetrics.of(String.format("w-%06d", w), values));
    }
    List<Scorecard> once = scorecards();
    long withFindings = once.stream().filter(c -> !c.findings().isEmpty()).count();
    if (once.size() != WORKERS || once.get(0).lines().size() != ScoringBenchmark.METRICS
        || withFindings == 0) {
      throw new IllegalStateException("the cohort did not score in full: " + once.size()
          + " cards, " + withFindings + " with findings");
    }
  }

  @Benchmark
  public List<Scorecard> scorecards() {
    return scorer.scoreCohort(workers).get();
  }
}
