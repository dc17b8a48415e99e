package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A compiled scheme over a workforce larger than one block of its loop, with missing values and
 * cohort-relative metrics, gives the scorecards' totals bit for bit; shapes it cannot take are a
 * programmer's error with a plain message.
 */
class CompiledTotalsTest {

  /** After-sales plus a cohort-relative metric, so the columns' own statistics matter. */
  private static ScoringScheme.Builder withCohortMetric() {
    MetricDefinition relative = MetricDefinition.ratio("first_time_fix",
        LocalizedText.of("一次修复率", "First-time fix rate"), MetricCategory.QUALITY,
        Dimension.QUALITY, Direction.HIGHER_IS_BETTER, new Normalization.CohortMinMax());
    return ScoringScheme.builder().from(AfterSales.scheme()).addMetrics(relative)
        .groups(List.of(
            WeightGroup.of("workload", LocalizedText.of("工作量", "Workload"), 0.4,
                WeightedMetric.of("orders_per_day", 0.5), WeightedMetric.of("on_time_rate", 0.5)),
            WeightGroup.of("quality", LocalizedText.of("质量", "Quality"), 0.6,
                WeightedMetric.of("rework_rate", 0.3), WeightedMetric.of("satisfaction", 0.4),
                WeightedMetric.of("repair_success_rate", 0.2),
                WeightedMetric.of("first_time_fix", 0.1))));
  }

  /** Random workers, about one value in eight missing, every worker with at least one value. */
  private static List<WorkerMetrics> workforce(ScoringScheme scheme, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<WorkerMetrics> workers = new ArrayList<>();
    for (int w = 0; w < size; w++) {
      Map<String, Double> values = new HashMap<>();
      for (MetricDefinition metric : scheme.metrics()) {
        if (values.isEmpty() || random.nextInt(8) != 0) {
          double span = Math.min(metric.max(), 10) - metric.min();
          values.put(metric.id().value(), metric.min() + random.nextInt(1001) * span / 1000);
        }
      }
      workers.add(WorkerMetrics.of("w" + w, values));
    }
    return workers;
  }

  private static long bits(double value) {
    return Double.doubleToRawLongBits(value);
  }

  @Test
  void moreWorkersThanOneBlockGiveTheScorecardTotalsBitForBit() {
    for (MissingValuePolicy policy : List.of(MissingValuePolicy.RENORMALIZE,
        MissingValuePolicy.COUNT_AS_ZERO)) {
      ScoringScheme scheme = withCohortMetric().missingValues(policy)
          .adjustments(Adjustments.NONE).build();
      Scorer scorer = Scorer.of(scheme);
      // 2,060 workers: one whole block of 2,048 and a part of a second; the workers on either
      // side of the block's edge, and at both ends, are scored one by one against the cohort
      List<WorkerMetrics> workers = workforce(scheme, 2060, 11);
      Map<dev.huifang.core.MetricId, CohortStats> stats = scorer.cohortStats(workers);
      double[] totals = ScoringPropertiesTest.compiledTotals(scorer, workers, false);
      double[] unrounded = ScoringPropertiesTest.compiledTotals(scorer, workers, true);
      for (int w : new int[] {0, 1, 2, 2045, 2046, 2047, 2048, 2049, 2050, 2058, 2059}) {
        Scorecard card = scorer.score(workers.get(w), stats).get();
        assertThat(bits(totals[w])).as("%s, worker %s", policy, w)
            .isEqualTo(bits(card.total()));
        assertThat(bits(unrounded[w])).as("%s, worker %s", policy, w)
            .isEqualTo(bits(card.unroundedTotal()));
      }
    }
  }

  @Test
  void theUncheckedPathGivesAWorkerWithoutValuesZero() {
    CompiledScheme compiled = Scorer.of(AfterSales.scheme()).compile();
    double nan = Double.NaN;
    double[][] columns = {{8, nan}, {1.0, nan}, {0.0, nan}, {5, nan}, {1.0, nan}};
    double[] out = new double[2];
    compiled.computeInto(columns, out);
    assertThat(out).containsExactly(100.0, 0.0);
    compiled.computeUnroundedInto(columns, out);
    assertThat(out).containsExactly(100.0, 0.0);
    // the checked path says why
    assertThat(compiled.totals(columns).getError().map(Problem::message))
        .containsExactly("workers[1]: must have a value for at least one metric");
  }

  @Test
  void missingValuesCountAsZeroOrAreRequiredAsThePolicySays() {
    double nan = Double.NaN;
    double[][] columns = {{8, 4}, {nan, 0.75}, {0.0, 0.1}, {5, nan}, {1.0, 0.85}};
    CompiledScheme zero = Scorer.of(AfterSales.builder()
        .missingValues(MissingValuePolicy.COUNT_AS_ZERO).build()).compile();
    // worker 0: 0.2 × 100 + 0 + 0.18 × 100 + 0.3 × 100 + 0.12 × 100 = 80
    // worker 1: 0.2 × 50 + 0.2 × 50 + 0.18 × 50 + 0 + 0.12 × 50 = 35
    assertThat(zero.totals(columns).get()).containsExactly(80.0, 35.0);
    double[] out = new double[2];
    zero.computeUnroundedInto(columns, out);
    assertThat(out[0]).isCloseTo(80.0, org.assertj.core.api.Assertions.within(1e-12));
    // no values at all, counted as zero: a total of 0 and no Problem
    assertThat(zero.totals(new double[][] {{nan}, {nan}, {nan}, {nan}, {nan}}).get())
        .containsExactly(0.0);
    CompiledScheme rejecting = Scorer.of(AfterSales.builder()
        .missingValues(MissingValuePolicy.REJECT).build()).compile();
    assertThat(rejecting.totals(columns).getError().map(Problem::message)).containsExactly(
        "columns[1][0]: is required", "columns[3][1]: is required");
    // an infinite value is out of range whatever the policy
    columns[2][1] = Double.POSITIVE_INFINITY;
    assertThat(zero.totals(columns).getError().map(Problem::message)).containsExactly(
        "columns[2][1]: must be within [0.0, 1.0] for rework_rate, was Infinity");
  }

  @Test
  void aCompiledSchemeRoundsAtItsSchemesPrecision() {
    DecisionPrecision tenths = DecisionPrecision.of(1, java.math.RoundingMode.FLOOR);
    CompiledScheme compiled = Scorer.of(AfterSales.builder().precision(tenths).build()).compile();
    assertThat(compiled.precision()).isEqualTo(tenths);
    assertThat(compiled.metrics()).extracting(dev.huifang.core.MetricId::value).containsExactly(
        "orders_per_day", "on_time_rate", "rework_rate", "satisfaction", "repair_success_rate");
    // technician A's 77.8 is 77.79999999999998 or so in doubles: floored at one decimal, 77.8
    assertThat(compiled.totals(new double[][] {{6}, {0.95}, {0.1}, {4.6}, {0.92}}).get())
        .containsExactly(77.8);
  }

  @Test
  void noWorkersGiveNoTotals() {
    CompiledScheme compiled = Scorer.of(AfterSales.scheme()).compile();
    assertThat(compiled.totals(new double[5][0]).get()).isEmpty();
    assertThat(compiled.totals(new double[0][]).getError().map(Problem::message))
        .containsExactly("columns: must hold one column per metric [orders_per_day, on_time_rate,"
            + " rework_rate, satisfaction, repair_success_rate], was 0");
    assertThat(compiled.totals(new double[][] {{1, 2}, {1}, {1, 2}, {}, {1, 2}}).getError()
        .map(Problem::message)).containsExactly(
            "columns[1]: must hold one value per worker (2), was 1",
            "columns[3]: must hold one value per worker (2), was 0");
  }

  @Test
  void shapesTheUncheckedPathCannotTakeAreAProgrammerError() {
    CompiledScheme compiled = Scorer.of(AfterSales.scheme()).compile();
    assertThatThrownBy(() -> compiled.computeInto(new double[][] {{1}}, new double[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 5 columns, got 1");
    assertThatThrownBy(() -> compiled.computeUnroundedInto(
        new double[][] {{1, 2}, {1, 2}, {1, 2, 3}, {1, 2}, {1, 2}}, new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 2 has 3 values, expected 2");
  }

  @Test
  void aTotalJustAboveOneHundredFromWeightsWithinTheirToleranceIsClampedToOneHundred() {
    // group weights summing to 1 + 5e-10, within the scheme's tolerance: a worker at the best of
    // every metric sums to a hair above 100
    ScoringScheme scheme = ScoringScheme.builder().from(AfterSales.scheme())
        .groups(List.of(
            WeightGroup.of("workload", LocalizedText.of("工作量", "Workload"), 0.4000000005,
                WeightedMetric.of("orders_per_day", 0.5), WeightedMetric.of("on_time_rate", 0.5)),
            WeightGroup.of("quality", LocalizedText.of("质量", "Quality"), 0.6,
                WeightedMetric.of("rework_rate", 0.3), WeightedMetric.of("satisfaction", 0.5),
                WeightedMetric.of("repair_success_rate", 0.2))))
        .missingValues(MissingValuePolicy.COUNT_AS_ZERO).build();
    CompiledScheme compiled = Scorer.of(scheme).compile();
    double[][] best = {{8}, {1.0}, {0.0}, {5}, {1.0}};
    double[] out = new double[1];
    compiled.computeUnroundedInto(best, out);
    assertThat(out).containsExactly(100.0);
    assertThat(Scorer.of(scheme).score(WorkerMetrics.of("w", Map.of("orders_per_day", 8.0,
        "on_time_rate", 1.0, "rework_rate", 0.0, "satisfaction", 5.0, "repair_success_rate", 1.0)),
        Map.of()).get().unroundedTotal()).isEqualTo(100.0);
  }
}
