package dev.huifang.benchmarks.scoring;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.scoring.CompiledScheme;
import dev.huifang.scoring.Direction;
import dev.huifang.scoring.MetricCategory;
import dev.huifang.scoring.MetricDefinition;
import dev.huifang.scoring.Normalization;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.WeightGroup;
import dev.huifang.scoring.WeightedMetric;
import java.util.ArrayList;
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
 * Rescoring a workforce of 100,000 workers × 10 metrics in two weighted groups (workload 40%,
 * quality 60%): Huifang's compiled scheme through its public API ({@code huifang}: checked
 * {@link CompiledScheme#totals}; {@code huifang_unchecked}: {@link CompiledScheme#computeInto})
 * against a hand-written loop over the same primitive arrays computing the same totals
 * ({@code floor}). Huifang's totals are rounded to the scheme's decision precision (half up to 2
 * decimals) and summed in one fixed order; the floor is the plain unrounded sum. Goal: the
 * checked totals, rounding on, within 1.5x of the floor.
 *
 * <p>Run: {@code mvn -q -B -Pbench -DskipTests -Dbench.include=ScoringBenchmark package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScoringBenchmark {

  static final int WORKERS = 100_000;
  static final int METRICS = 10;

  @Param({"huifang", "huifang_unchecked", "floor"})
  public String implementation;

  private double[][] columns;
  private double[] worst;
  private double[] best;
  private double[] weights;
  private CompiledScheme compiled;
  private double[] out;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261122L);
    columns = new double[METRICS][WORKERS];
    worst = new double[METRICS];
    best = new double[METRICS];
    weights = new double[METRICS];
    List<MetricDefinition> metrics = new ArrayList<>();
    List<WeightedMetric> workload = new ArrayList<>();
    List<WeightedMetric> quality = new ArrayList<>();
    for (int m = 0; m < METRICS; m++) {
      boolean higher = m % 3 != 2;
      worst[m] = higher ? 0.2 : 0.8;
      best[m] = higher ? 0.9 : 0.1;
      String id = "m" + m;
      metrics.add(MetricDefinition.ratio(id, LocalizedText.of("指标" + m, "Metric " + m),
          MetricCategory.QUALITY, Dimension.QUALITY,
          higher ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
          new Normalization.Linear(worst[m], best[m])));
      (m < 4 ? workload : quality).add(WeightedMetric.of(id, m < 4 ? 0.25 : 1.0 / 6));
      weights[m] = m < 4 ? 0.4 * 0.25 : 0.6 / 6;
      for (int w = 0; w < WORKERS; w++) {
        columns[m][w] = random.nextDouble();
      }
    }
    compiled = Scorer.of(scheme(metrics, workload, quality)).compile();
    out = new double[WORKERS];
    checkSameTotals();
  }

  /** Ten metrics in two groups, workload 40% (four metrics) and quality 60% (six). */
  static ScoringScheme scheme() {
    List<MetricDefinition> metrics = new ArrayList<>();
    List<WeightedMetric> workload = new ArrayList<>();
    List<WeightedMetric> quality = new ArrayList<>();
    for (int m = 0; m < METRICS; m++) {
      boolean higher = m % 3 != 2;
      String id = "m" + m;
      metrics.add(MetricDefinition.ratio(id, LocalizedText.of("指标" + m, "Metric " + m),
          MetricCategory.QUALITY, Dimension.QUALITY,
          higher ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
          new Normalization.Linear(higher ? 0.2 : 0.8, higher ? 0.9 : 0.1)));
      (m < 4 ? workload : quality).add(WeightedMetric.of(id, m < 4 ? 0.25 : 1.0 / 6));
    }
    return scheme(metrics, workload, quality);
  }

  private static ScoringScheme scheme(List<MetricDefinition> metrics,
      List<WeightedMetric> workload, List<WeightedMetric> quality) {
    return ScoringScheme.builder().id("bench").name(LocalizedText.of("基准", "Bench"))
        .metrics(metrics)
        .addGroups(new WeightGroup("workload", LocalizedText.of("工作量", "Workload"), 0.4, workload),
            new WeightGroup("quality", LocalizedText.of("质量", "Quality"), 0.6, quality))
        .build();
  }

  /**
   * Once, outside measurement: Huifang and the floor must give the same totals, Huifang's rounded
   * half up to 2 decimals (so within 0.005 of the floor's) and its unrounded ones within 1e-9.
   */
  private void checkSameTotals() {
    double[] huifang = compiled.totals(columns).get();
    double[] unrounded = new double[WORKERS];
    compiled.computeUnroundedInto(columns, unrounded);
    double[] floor = new double[WORKERS];
    floor(floor);
    for (int w = 0; w < WORKERS; w++) {
      if (Math.abs(huifang[w] - floor[w]) > 0.005 + 1e-9
          || Math.abs(unrounded[w] - floor[w]) > 1e-9
          || huifang[w] != compiled.precision().round(unrounded[w])) {
        throw new IllegalStateException("worker " + w + ": Huifang " + huifang[w] + ", floor " + floor[w]);
      }
    }
  }

  @Benchmark
  public double[] totals() {
    switch (implementation) {
      case "huifang":
        return compiled.totals(columns).get();
      case "huifang_unchecked":
        compiled.computeInto(columns, out);
        return out;
      case "floor":
        floor(out);
        return out;
      default:
        throw new IllegalArgumentException(implementation);
    }
  }

  /** The floor: the same weighted sum of capped linear scores, by hand over primitive arrays. */
  private void floor(double[] totals) {
    for (int w = 0; w < WORKERS; w++) {
      double sum = 0;
      for (int m = 0; m < METRICS; m++) {
        double s = 100.0 * (columns[m][w] - worst[m]) / (best[m] - worst[m]);
        sum += weights[m] * (s < 0 ? 0 : s > 100 ? 100 : s);
      }
      totals[w] = sum;
    }
  }
}
