package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Dimension;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import dev.huifang.scoring.internal.MetricWording;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the star who is really a compliance risk: a hard metric at least {@code aboveMean} above
 * the team mean (conversion 20% above the team) while a soft rating of behaviour is at or below
 * {@code softAtOrBelow} (feedback says the worker over-promises promotions). Such a worker gets a
 * {@link Polarity#RISK} Finding on {@link Dimension#COMPLIANCE}, not just a bonus.
 *
 * @param hardMetric the measured metric, e.g. {@code conversion_rate}
 * @param softMetric the rating of behaviour, e.g. {@code promise_accuracy} in stars
 * @param aboveMean how far above the team mean counts as high, as a share (0.2 = 20% above), {@code > 0}
 * @param softAtOrBelow the soft rating that flags the behaviour
 */
public record CompliancePolicy(MetricId hardMetric, MetricId softMetric, double aboveMean,
    double softAtOrBelow) {

  /** Default: 20% above the team mean. */
  public static final double DEFAULT_ABOVE_MEAN = 0.2;

  /**
   * Creates a policy.
   *
   * @throws NullPointerException if a metric is null
   */
  public CompliancePolicy {
    requireNonNull(hardMetric, "hardMetric is null");
    requireNonNull(softMetric, "softMetric is null");
  }

  /**
   * How far a worker's raw value is above (positive) or below (negative) the team mean, as a share:
   * {@code raw / mean - 1}; empty when the worker has no value or the mean is not positive.
   */
  public static java.util.Optional<Double> relativeToMean(Scorecard card, MetricId metric,
      CohortStats stats) {
    Double raw = card.line(metric).map(ScoreLine::raw).orElse(null);
    return raw == null || stats.mean() <= 0 ? java.util.Optional.empty()
        : java.util.Optional.of(raw / stats.mean() - 1);
  }

  /**
   * The RISK Findings of a scored cohort.
   *
   * @param cohort the cohort's statistics, from {@link Scorer#cohortStats}
   * @return one Finding per flagged worker, in input order; or Problems: metrics the scorecards do
   *     not have, a non-positive {@code aboveMean}
   */
  public Validation<Seq<Problem>, List<Finding>> risks(List<Scorecard> cards,
      Map<MetricId, CohortStats> cohort) {
    Checklist checks = Checklist.root().greaterThan("aboveMean", aboveMean, 0)
        .finite("softAtOrBelow", softAtOrBelow);
    if (!cards.isEmpty()) {
      for (MetricId metric : List.of(hardMetric, softMetric)) {
        checks.require(cards.get(0).line(metric).isPresent(), Problem.UNKNOWN, "metric",
            metric.value(), "must be a metric of the scorecards");
      }
    }
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    CohortStats stats = cohort.getOrDefault(hardMetric, CohortStats.EMPTY);
    List<Finding> risks = new ArrayList<>();
    for (Scorecard card : cards) {
      Double soft = card.line(softMetric).map(ScoreLine::raw).orElse(null);
      java.util.Optional<Double> above = relativeToMean(card, hardMetric, stats);
      if (soft == null || above.isEmpty() || above.get() < aboveMean || soft > softAtOrBelow) {
        continue;
      }
      double hard = requireNonNull(card.line(hardMetric).get().raw(),
          "relativeToMean found a raw value");
      Map<String, Double> figures = new TreeMap<>(Map.of("value", hard, "teamMean", stats.mean(),
          "aboveMean", above.get(), "softRating", soft));
      String percent = String.valueOf(Math.round(above.get() * 100));
      String rating = MetricWording.number(soft);
      risks.add(Finding.builder().workerId(card.workerId()).dimension(Dimension.COMPLIANCE)
          .polarity(Polarity.RISK).magnitude(Ratio.of(Math.min(1.0, above.get())))
          .perspective(Perspective.SYSTEM)
          // the metric codes stay in the evidence's source, the exact numbers in its figures
          .summary(LocalizedText.of(
              "业绩高出团队平均 " + percent + "%，但相关的行为评价只有 " + rating
                  + " 分，需要留意合规风险",
              "Results " + percent + "% above the team average, but the related behaviour was"
                  + " rated only " + rating + ": a compliance risk to look into"))
          .addEvidence(Evidence.of("metric:" + hardMetric.value() + "+" + softMetric.value(),
              LocalizedText.of("业绩高出团队平均 " + percent + "%，行为评价只有 " + rating + " 分",
                  percent + "% above the team average, with the behaviour rated " + rating),
              figures))
          .build());
    }
    return Validation.valid(List.copyOf(risks));
  }
}
