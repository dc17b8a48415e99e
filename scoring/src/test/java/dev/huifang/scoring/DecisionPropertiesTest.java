package dev.huifang.scoring;

import static dev.huifang.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.WorkerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Decisions never hinge on floating-point noise: over generated schemes and cohorts whose exact
 * totals are decimals, the grade, the rank and the tie follow the exact decimal total.
 */
class DecisionPropertiesTest {

  private static final String[] METRICS = {"a", "b", "c", "d"};

  /**
   * Two groups, weights in tenths ({@code g} / 10 and the rest; {@code x} / 10 and the rest
   * inside each), every metric linear 0 to 10: with whole values every exact total is a decimal
   * of at most 2 places, so totals land on grade boundaries often.
   */
  static ScoringScheme tenths(int g, int x, int y, boolean inPoints) {
    ScoringScheme.Builder builder = ScoringScheme.builder().id("tenths")
        .name(LocalizedText.of("十分位", "Tenths"));
    for (String id : METRICS) {
      builder.addMetrics(MetricDefinition.builder().id(id)
          .name(LocalizedText.of("指标 " + id, "Metric " + id)).category(MetricCategory.QUALITY)
          .dimension(Dimension.QUALITY).unit("points").range(0, 10)
          .normalization(new Normalization.Linear(0, 10)).build());
    }
    // in points (2 and 8 rather than 0.2 and 0.8), normalised: the same scheme, other bits
    double unit = inPoints ? 1 : 10.0;
    List<WeightGroup> groups = List.of(
        WeightGroup.of("g1", LocalizedText.of("一", "One"), g / unit,
            WeightedMetric.of("a", x / unit), WeightedMetric.of("b", (10 - x) / unit)),
        WeightGroup.of("g2", LocalizedText.of("二", "Two"), (10 - g) / unit,
            WeightedMetric.of("c", y / unit), WeightedMetric.of("d", (10 - y) / unit)));
    return builder.groups(inPoints ? ScoringScheme.normalize(groups).get() : groups).build();
  }

  /** The exact decimal total of {@code values} (a, b, c, d) under {@link #tenths}. */
  static BigDecimal exactTotal(int g, int x, int y, int[] values) {
    BigDecimal tenth = new BigDecimal("0.1");
    BigDecimal g1 = tenth.multiply(BigDecimal.valueOf(g));
    BigDecimal g2 = tenth.multiply(BigDecimal.valueOf(10 - g));
    BigDecimal[] weights = {
        g1.multiply(tenth.multiply(BigDecimal.valueOf(x))),
        g1.multiply(tenth.multiply(BigDecimal.valueOf(10 - x))),
        g2.multiply(tenth.multiply(BigDecimal.valueOf(y))),
        g2.multiply(tenth.multiply(BigDecimal.valueOf(10 - y)))};
    BigDecimal total = BigDecimal.ZERO;
    for (int m = 0; m < 4; m++) {
      total = total.add(weights[m].multiply(BigDecimal.valueOf(10L * values[m])));
    }
    return total;
  }

  static List<WorkerMetrics> cohort(List<Integer> values) {
    List<WorkerMetrics> workers = new ArrayList<>();
    for (int w = 0; w + 4 <= values.size(); w += 4) {
      Map<String, Double> map = new TreeMap<>();
      for (int m = 0; m < 4; m++) {
        map.put(METRICS[m], (double) values.get(w + m));
      }
      workers.add(WorkerMetrics.of("w" + (w / 4), map));
    }
    return workers;
  }

  static int[] values(WorkerMetrics worker) {
    int[] values = new int[4];
    for (int m = 0; m < 4; m++) {
      values[m] = worker.values().get(MetricId.of(METRICS[m])).intValue();
    }
    return values;
  }

  @Test
  void gradeAndTotalFollowTheExactDecimalTotalEvenOnABoundary() {
    qt().forAll(integers().between(1, 9), integers().between(1, 9), integers().between(1, 9),
            lists().of(integers().between(0, 10)).ofSizeBetween(4, 40))
        .checkAssert((g, x, y, values) -> {
          ScoringScheme scheme = tenths(g, x, y, false);
          for (Scorecard card : Scorer.of(scheme).scoreCohort(cohort(values)).get()) {
            int[] raw = values(WorkerMetrics.of(card.workerId().value(), valuesOf(card)));
            BigDecimal exact = exactTotal(g, x, y, raw);
            assertThat(card.total()).isEqualTo(exact.doubleValue());
            Grade expected = scheme.grades().stream()
                .filter(grade -> exact.compareTo(BigDecimal.valueOf(grade.minTotal())) >= 0)
                .findFirst().get();
            assertThat(card.grade()).as("total %s", exact).isEqualTo(expected.code());
          }
        });
  }

  private static Map<String, Double> valuesOf(Scorecard card) {
    Map<String, Double> values = new HashMap<>();
    card.lines().forEach(line -> values.put(line.metric().value(), line.raw()));
    return values;
  }

  @Test
  void mathematicallyEqualTotalsGetTheSameRankAndGrade() {
    // the same cohort under the scheme in tenths and the same scheme in points, normalised: the
    // totals may differ in their last bits, the decisions may not
    qt().forAll(integers().between(1, 9), integers().between(1, 9), integers().between(1, 9),
            lists().of(integers().between(0, 10)).ofSizeBetween(8, 48))
        .checkAssert((g, x, y, values) -> {
          List<WorkerMetrics> workers = cohort(values);
          List<Scorecard> tenths = Scorer.of(tenths(g, x, y, false)).scoreCohort(workers).get();
          List<Scorecard> points = Scorer.of(tenths(g, x, y, true)).scoreCohort(workers).get();
          // one cohort: each worker twice, once per scheme, under distinct ids
          List<Scorecard> both = new ArrayList<>(tenths);
          for (Scorecard card : points) {
            both.add(renamed(card, card.workerId().value() + "-points"));
          }
          Map<WorkerId, RankedWorker> ranked = new HashMap<>();
          Ranking.of(both, TieRule.COMPETITION, PercentileRule.PERCENT_RANK).get().workers()
              .forEach(worker -> ranked.put(worker.workerId(), worker));
          for (int w = 0; w < workers.size(); w++) {
            Scorecard a = tenths.get(w);
            Scorecard b = both.get(tenths.size() + w);
            assertThat(b.total()).isEqualTo(a.total());
            assertThat(b.grade()).isEqualTo(a.grade());
            assertThat(ranked.get(b.workerId()).rank()).isEqualTo(ranked.get(a.workerId()).rank());
            BigDecimal exactA = exactTotal(g, x, y, values(workers.get(w)));
            for (int v = 0; v < workers.size(); v++) {
              BigDecimal exactV = exactTotal(g, x, y, values(workers.get(v)));
              double rankA = ranked.get(a.workerId()).rank();
              double rankV = ranked.get(tenths.get(v).workerId()).rank();
              int byTotal = exactA.compareTo(exactV);
              assertThat(byTotal == 0 ? rankA == rankV : byTotal > 0 ? rankA < rankV : rankA > rankV)
                  .as("exact %s vs %s, ranks %s vs %s", exactA, exactV, rankA, rankV).isTrue();
            }
          }
        });
  }

  private static Scorecard renamed(Scorecard card, String worker) {
    return new Scorecard(WorkerId.of(worker), card.scheme(), card.lines(), card.groups(),
        card.weightedTotal(), card.adjustments(), card.total(), card.unroundedTotal(),
        card.coverage(), card.grade(), card.stars(), List.of());
  }

  @Test
  void noShareWithinZeroAndOneThrowsAndEachIsTheExactCeiling() {
    qt().forAll(doubles().between(Double.MIN_VALUE, 1.0), integers().between(1, 200))
        .checkAssert((share, n) -> checkTop(share, n));
    for (double share : new double[] {Double.MIN_VALUE, 1e-300, 1e-12, 0.1, 0.3, 0.7,
        Math.nextDown(1.0), 1.0}) {
      for (int n = 1; n <= 40; n++) {
        checkTop(share, n);
      }
    }
  }

  private static void checkTop(double share, int n) {
    List<RankedWorker> workers = new ArrayList<>();
    for (int w = 0; w < n; w++) {
      workers.add(new RankedWorker(WorkerId.of(String.format("w%03d", w)), 100 - w, w + 1, 0));
    }
    Ranking ranking = new Ranking(workers, TieRule.COMPETITION, PercentileRule.PERCENT_RANK);
    int expected = Math.max(1, BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(n))
        .setScale(0, RoundingMode.CEILING).intValueExact());
    for (BoundaryRule boundary : BoundaryRule.values()) {
      assertThat(ranking.top(share, boundary).get()).as("share %s of %s", share, n)
          .hasSize(expected);
    }
  }
}
