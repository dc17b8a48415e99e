package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.Team;
import dev.huifang.kafka.internal.CohortMember;
import dev.huifang.kafka.internal.CohortProcessor;
import dev.huifang.kafka.internal.MonthlyWindows;
import dev.huifang.kafka.internal.ReportReader;
import dev.huifang.kafka.internal.Routed;
import dev.huifang.scoring.PercentileRule;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.TieRule;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The scoring topology: worker metrics keyed by worker id, the latest report of each worker per
 * calendar month (a windowed aggregation), repartitioned by team into monthly cohorts that are
 * scored and ranked with the library when the month closes; scorecards keyed by worker id and
 * rankings keyed by team go to their topics, unreadable or unscorable reports to the dead-letter
 * topic.
 *
 * <p>Rules: a month closes when stream time passes its end plus the grace period (never the wall
 * clock); a cohort is scored with {@link Scorer#scoreCohort} and ranked with {@link
 * dev.huifang.scoring.Ranking#of} under the given tie and percentile rules, exactly as the library
 * called directly; a report that arrives after its cohort closed is a dead letter.
 */
public final class ScoringTopology {

  /** The windowed store of each worker's latest report per month. */
  public static final String MONTHLY_STORE = "huifang-monthly-metrics";
  /** The store of open cohorts' rows, {@code <team>|<month>|<worker id>} to the worker's figures. */
  public static final String COHORT_STORE = "huifang-cohorts";
  /** The index of open cohorts, {@code <closing epoch milli, 19 digits>|<team>|<month>} to team. */
  public static final String OPEN_COHORT_STORE = "huifang-open-cohorts";
  /** The name of the repartition by team ({@code <application id>-huifang-by-team-repartition}). */
  public static final String BY_TEAM = "huifang-by-team";
  /** How long a month stays open to late reports by default. */
  public static final Duration DEFAULT_GRACE = Duration.ofDays(1);

  private ScoringTopology() {}

  /**
   * The topology with months in UTC, {@link #DEFAULT_GRACE}, {@link TieRule#COMPETITION} and
   * {@link PercentileRule#PERCENT_RANK}.
   */
  public static Topology build(Map<Team, ScoringScheme> schemes, Topics topics) {
    return build(schemes, topics, ZoneOffset.UTC, DEFAULT_GRACE, TieRule.COMPETITION,
        PercentileRule.PERCENT_RANK);
  }

  /**
   * The topology.
   *
   * @param schemes the scheme each team's cohort is scored with; a report of another team is a
   *     dead letter
   * @param topics the topic names
   * @param zone the time zone whose calendar months are the windows
   * @param grace how long after its end a month still takes reports; not negative
   * @param tieRule how tied totals share ranks
   * @param percentileRule how percentiles are defined
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if grace is negative (a programmer error)
   */
  public static Topology build(Map<Team, ScoringScheme> schemes, Topics topics, ZoneId zone,
      Duration grace, TieRule tieRule, PercentileRule percentileRule) {
    requireNonNull(schemes, "schemes is null");
    requireNonNull(topics, "topics is null");
    requireNonNull(zone, "zone is null");
    requireNonNull(grace, "grace is null");
    requireNonNull(tieRule, "tieRule is null");
    requireNonNull(percentileRule, "percentileRule is null");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative, was " + grace);
    }
    Map<Team, Scorer> scorers = new TreeMap<>();
    schemes.forEach((team, scheme) -> scorers.put(team, Scorer.of(scheme)));
    MonthlyWindows months = new MonthlyWindows(zone, grace);
    Serde<MetricsReport> reports = HuifangSerdes.metricsReports();

    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COHORT_STORE),
        Serdes.String(), HuifangSerdes.workerMetrics()));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(OPEN_COHORT_STORE), Serdes.String(), Serdes.String()));

    Map<String, KStream<String, ReportReader.Read>> read = builder
        .stream(topics.workerMetrics(), Consumed.with(Serdes.String(), Serdes.ByteArray())
            .withName("worker-metrics"))
        .processValues(() -> new ReportReader(scorers, months, topics.workerMetrics()),
            Named.as("read-reports"))
        .split(Named.as("reports-"))
        .branch((worker, r) -> r.report() != null, Branched.as("valid"))
        .defaultBranch(Branched.as("refused"));
    branch(read, "reports-refused")
        .mapValues(ReportReader.Read::deadLetter, Named.as("dead-letter-reports"))
        .to(topics.deadLetters(), Produced.with(Serdes.String(), Serdes.ByteArray()));

    branch(read, "reports-valid")
        .mapValues(ReportReader.Read::report, Named.as("report"))
        .groupByKey(Grouped.with("by-worker", Serdes.String(), reports))
        .windowedBy(months)
        .reduce((earlier, later) -> later, Named.as("latest-of-month"),
            Materialized.<String, MetricsReport>as(Stores.persistentTimestampedWindowStore(
                MONTHLY_STORE, Duration.ofMillis(months.size() + months.gracePeriodMs()),
                Duration.ofMillis(months.size()), false))
                .withKeySerde(Serdes.String()).withValueSerde(reports))
        .toStream(Named.as("monthly-reports"))
        .filter((worker, report) -> report != null, Named.as("present"))
        .map((worker, report) -> KeyValue.pair(report.team().code(), new CohortMember(
            months.monthOf(worker.window().start()).toString(), report)), Named.as("to-team"))
        .repartition(Repartitioned.with(Serdes.String(), HuifangSerdes.json(CohortMember.class))
            .withName(BY_TEAM))
        .process(() -> new CohortProcessor(scorers, topics, months, tieRule, percentileRule,
            CaseTopology.DEFAULT_TICK, COHORT_STORE, OPEN_COHORT_STORE), Named.as("cohorts"),
            COHORT_STORE, OPEN_COHORT_STORE)
        .to((key, routed, context) -> routed.topic(),
            Produced.with(Serdes.String(), Serdes.serdeFrom(
                (topic, routed) -> routed == null ? null : routed.value(),
                (topic, bytes) -> new Routed(topic, bytes))));
    return builder.build();
  }

  /** A branch of a split: present, as the split above names both (a programmer error if not). */
  private static <V> KStream<String, V> branch(Map<String, KStream<String, V>> branches,
      String name) {
    return java.util.Objects.requireNonNull(branches.get(name), () -> "no branch " + name);
  }
}
