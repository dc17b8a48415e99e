package dev.huifang.scoring;

import static dev.huifang.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.huifang.core.MetricId;
import dev.huifang.core.WorkerId;
import dev.huifang.testing.JsonRoundTrip;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invariants of scoring over random schemes and cohorts. */
class ScoringPropertiesTest {

  @Test
  void totalsStayWithinZeroAndHundred() {
    qt().forAll(ScoringGen.cohorts()).checkAssert(cohort -> {
      for (Scorecard card : Scorer.of(cohort.scheme()).scoreCohort(cohort.workers()).get()) {
        assertThat(card.total()).isBetween(0.0, 100.0);
        assertThat(card.weightedTotal()).isBetween(0.0, 100.0);
        assertThat(card.coverage()).isBetween(0.0, 1.0);
        double sum = card.lines().stream().mapToDouble(ScoreLine::contribution).sum();
        assertThat(sum).isCloseTo(card.weightedTotal(), within(1e-9));
      }
    });
  }

  @Test
  void improvingAMetricNeverLowersTheTotal() {
    qt().forAll(ScoringGen.cohorts()).checkAssert(cohort -> {
      Scorer scorer = Scorer.of(cohort.scheme());
      Map<MetricId, CohortStats> stats = scorer.cohortStats(cohort.workers());
      WorkerMetrics worker = cohort.workers().get(0);
      double before = scorer.score(worker, stats).get().total();
      for (MetricDefinition metric : cohort.scheme().metrics()) {
        Double raw = worker.values().get(metric.id());
        if (raw == null) {
          continue;
        }
        double better = metric.direction() == Direction.HIGHER_IS_BETTER
            ? Math.min(metric.max(), raw + 1) : Math.max(metric.min(), raw - 1);
        double after = scorer.score(worker.with(metric.id(), better), stats).get().total();
        assertThat(after).as("improving %s from %s to %s", metric.id(), raw, better)
            .isGreaterThanOrEqualTo(before - 1e-9);
      }
    });
  }

  @Test
  void permutingMetricOrderChangesNoTotalByEvenOneBit() {
    qt().forAll(ScoringGen.cohorts(), longs().all()).checkAssert((cohort, seed) -> {
      ScoringScheme permuted = ScoringGen.permuted(cohort.scheme(), seed);
      Scorer original = Scorer.of(cohort.scheme());
      Scorer shuffled = Scorer.of(permuted);
      List<Scorecard> a = original.scoreCohort(cohort.workers()).get();
      List<Scorecard> b = shuffled.scoreCohort(cohort.workers()).get();
      double[] compiledA = compiledTotals(original, cohort.workers(), false);
      double[] compiledB = compiledTotals(shuffled, cohort.workers(), false);
      double[] unroundedB = compiledTotals(shuffled, cohort.workers(), true);
      for (int i = 0; i < a.size(); i++) {
        assertThat(bits(b.get(i).unroundedTotal())).isEqualTo(bits(a.get(i).unroundedTotal()));
        assertThat(bits(b.get(i).total())).isEqualTo(bits(a.get(i).total()));
        assertThat(b.get(i).grade()).isEqualTo(a.get(i).grade());
        assertThat(bits(compiledA[i])).isEqualTo(bits(a.get(i).total()));
        assertThat(bits(compiledB[i])).isEqualTo(bits(a.get(i).total()));
        assertThat(bits(unroundedB[i])).isEqualTo(bits(a.get(i).unroundedTotal()));
      }
    });
  }

  private static long bits(double value) {
    return Double.doubleToRawLongBits(value);
  }

  /** The compiled totals of workers, columns in the compiled scheme's order. */
  static double[] compiledTotals(Scorer scorer, List<WorkerMetrics> workers, boolean unrounded) {
    CompiledScheme compiled = scorer.compile();
    double[][] columns = new double[compiled.metrics().size()][workers.size()];
    for (int m = 0; m < columns.length; m++) {
      for (int w = 0; w < workers.size(); w++) {
        Double raw = workers.get(w).values().get(compiled.metrics().get(m));
        columns[m][w] = raw == null ? Double.NaN : raw;
      }
    }
    double[] totals = compiled.totals(columns).get();
    if (unrounded) {
      compiled.computeUnroundedInto(columns, totals);
    }
    return totals;
  }

  @Test
  void normalizationKeepsRelativeWeights() {
    qt().forAll(ScoringGen.schemes()).checkAssert(scheme -> {
      List<WeightGroup> doubled = scheme.groups().stream().map(g -> new WeightGroup(g.id(), g.name(),
          g.weight() * 3, g.metrics().stream().map(m -> new WeightedMetric(m.metric(), m.weight() * 7))
              .toList())).toList();
      ScoringScheme rescaled = ScoringScheme.builder().from(scheme)
          .groups(ScoringScheme.normalize(doubled).get()).build();
      Map<MetricId, Double> original = scheme.effectiveWeights();
      rescaled.effectiveWeights().forEach((metric, weight) ->
          assertThat(weight).isCloseTo(original.get(metric), within(1e-9)));
    });
  }

  @Test
  void rankOrderAgreesWithTotals() {
    qt().forAll(ScoringGen.cohorts()).checkAssert(cohort -> {
      List<Scorecard> cards = Scorer.of(cohort.scheme()).scoreCohort(cohort.workers()).get();
      for (TieRule tieRule : TieRule.values()) {
        List<RankedWorker> ranked = Ranking.of(cards, tieRule, PercentileRule.PERCENT_RANK).get().workers();
        for (int i = 1; i < ranked.size(); i++) {
          RankedWorker above = ranked.get(i - 1);
          RankedWorker below = ranked.get(i);
          assertThat(above.total()).isGreaterThanOrEqualTo(below.total());
          assertThat(above.rank()).isLessThanOrEqualTo(below.rank());
          assertThat(above.percentile()).isGreaterThanOrEqualTo(below.percentile());
          assertThat(above.rank() == below.rank()).isEqualTo(above.total() == below.total());
        }
      }
    });
  }

  @Test
  void rankingEqualsSortingByTotalThenWorkerId() {
    // few distinct totals (including -0.0 and 0.0, which tie) and shuffled ids: many tie groups
    double[] values = {-0.0, 0.0, 12.5, 12.5, 60, 99.75, -3};
    qt().forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 60))
        .checkAssert(codes -> {
          List<double[]> items = new ArrayList<>();
          for (int i = 0; i < codes.size(); i++) {
            items.add(new double[] {values[codes.get(i) % values.length], codes.get(i) / 7, i});
          }
          List<double[]> expected = new ArrayList<>(items);
          expected.sort((x, y) -> {
            int byTotal = Double.compare(y[0] == 0 ? 0.0 : y[0], x[0] == 0 ? 0.0 : x[0]);
            return byTotal != 0 ? byTotal
                : ("w" + (long) x[1]).compareTo("w" + (long) y[1]);
          });
          for (TieRule tieRule : TieRule.values()) {
            for (PercentileRule percentileRule : PercentileRule.values()) {
              List<RankedWorker> ranked = Ranking.rank(items, x -> WorkerId.of("w" + (long) x[1]),
                  x -> x[0], tieRule, percentileRule).get().workers();
              assertThat(ranked).extracting(r -> r.workerId().value())
                  .containsExactlyElementsOf(expected.stream().map(x -> "w" + (long) x[1]).toList());
              for (int i = 0; i < ranked.size(); i++) {
                double total = expected.get(i)[0];
                long greater = expected.stream().filter(x -> x[0] > total).count();
                long notLess = expected.stream().filter(x -> x[0] >= total).count();
                long distinctGreater = expected.stream().filter(x -> x[0] > total)
                    .mapToDouble(x -> x[0] + 0.0).distinct().count(); // -0.0 + 0.0 is 0.0
                double rank = switch (tieRule) {
                  case COMPETITION -> greater + 1;
                  case DENSE -> distinctGreater + 1;
                  case FRACTIONAL -> (greater + 1 + notLess) / 2.0;
                };
                assertThat(ranked.get(i).rank()).isEqualTo(rank);
                assertThat(ranked.get(i).total()).isEqualTo(total, within(0.0));
              }
            }
          }
          // the same cohort handed over in worker-id order (the ranking's fast path for it)
          List<double[]> byId = new ArrayList<>(items);
          byId.sort((x, y) -> ("w" + (long) x[1]).compareTo("w" + (long) y[1]));
          assertThat(Ranking.rank(byId, x -> WorkerId.of("w" + (long) x[1]), x -> x[0],
                  TieRule.COMPETITION, PercentileRule.PERCENT_RANK).get().workers())
              .extracting(r -> r.workerId().value())
              .containsExactlyElementsOf(expected.stream().map(x -> "w" + (long) x[1]).toList());
        });
  }

  @Test
  void theCompiledPathGivesTheScorecardTotalsBitForBit() {
    qt().forAll(ScoringGen.cohorts()).checkAssert(cohort -> {
      Scorer scorer = Scorer.of(cohort.scheme());
      List<Scorecard> cards = scorer.scoreCohort(cohort.workers()).get();
      double[] totals = compiledTotals(scorer, cohort.workers(), false);
      double[] unrounded = compiledTotals(scorer, cohort.workers(), true);
      for (int w = 0; w < totals.length; w++) {
        assertThat(bits(totals[w])).isEqualTo(bits(cards.get(w).total()));
        assertThat(bits(unrounded[w])).isEqualTo(bits(cards.get(w).weightedTotal()));
        assertThat(bits(unrounded[w])).isEqualTo(bits(cards.get(w).unroundedTotal()));
      }
    });
  }

  @Test
  void sameInputGivesTheSameScorecardsByteForByte() {
    qt(50).forAll(ScoringGen.cohorts()).checkAssert(cohort -> {
      String once = dev.huifang.core.json.HuifangJson.write(
          Scorer.of(cohort.scheme()).scoreCohort(cohort.workers()).get());
      String twice = dev.huifang.core.json.HuifangJson.write(
          Scorer.of(cohort.scheme()).scoreCohort(cohort.workers()).get());
      assertThat(twice).isEqualTo(once);
    });
  }

  @Test
  void modelsRoundTripThroughJson() {
    qt(50).forAll(ScoringGen.cohorts()).checkAssert(cohort -> {
      JsonRoundTrip.check(cohort.scheme(), ScoringScheme.class);
      cohort.workers().forEach(worker -> JsonRoundTrip.check(worker, WorkerMetrics.class));
      Scorer.of(cohort.scheme()).scoreCohort(cohort.workers()).get()
          .forEach(card -> JsonRoundTrip.check(card, Scorecard.class));
    });
  }
}
