package dev.huifang.kafka.internal;

import dev.huifang.closedloop.Team;
import dev.huifang.core.Problem;
import dev.huifang.kafka.CohortRanking;
import dev.huifang.kafka.DeadLetter;
import dev.huifang.kafka.HuifangSerdes;
import dev.huifang.kafka.MetricsReport;
import dev.huifang.kafka.MonthlyScorecard;
import dev.huifang.kafka.Topics;
import dev.huifang.scoring.PercentileRule;
import dev.huifang.scoring.Ranking;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.TieRule;
import dev.huifang.scoring.WorkerMetrics;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Gathers each team's monthly cohort (one row per worker, the worker's latest report) and, when
 * stream time reaches the month's end plus the grace period, scores the cohort with the team's
 * scheme, ranks it, emits every scorecard and the ranking, and forgets the cohort.
 *
 * <p>A report for a month whose cohort already closed is a dead letter, never silently dropped.
 */
public final class CohortProcessor implements Processor<String, CohortMember, String, Routed> {

  private final Map<Team, Scorer> scorers;
  private final Topics topics;
  private final MonthlyWindows months;
  private final TieRule tieRule;
  private final PercentileRule percentileRule;
  private final Duration tick;
  private final String cohortStoreName;
  private final String openStoreName;
  private @Nullable ProcessorContext<String, Routed> context;
  private @Nullable KeyValueStore<String, WorkerMetrics> cohorts;
  private @Nullable KeyValueStore<String, String> open;

  /** A processor over the named stores. */
  public CohortProcessor(Map<Team, Scorer> scorers, Topics topics, MonthlyWindows months,
      TieRule tieRule, PercentileRule percentileRule, Duration tick, String cohortStore,
      String openStore) {
    this.scorers = scorers;
    this.topics = topics;
    this.months = months;
    this.tieRule = tieRule;
    this.percentileRule = percentileRule;
    this.tick = tick;
    this.cohortStoreName = cohortStore;
    this.openStoreName = openStore;
  }

  @Override
  public void init(ProcessorContext<String, Routed> ctx) {
    this.context = ctx;
    this.cohorts = ctx.getStateStore(cohortStoreName);
    this.open = ctx.getStateStore(openStoreName);
    ctx.schedule(tick, PunctuationType.STREAM_TIME, this::close);
  }

  @Override
  public void process(Record<String, CohortMember> record) {
    ProcessorContext<String, Routed> ctx = Objects.requireNonNull(context, "not initialised");
    CohortMember member = record.value();
    MetricsReport report = member.report();
    YearMonth month = YearMonth.parse(member.month());
    long closesAt = months.closesAt(month);
    String team = report.team().code();
    if (ctx.currentStreamTimeMs() >= closesAt) {
      byte[] letter = DeadLetters.bytes(ctx, report.metrics().workerId().value(),
          HuifangSerdes.bytes(report), record.timestamp(), topics.workerMetrics(),
          DeadLetter.APPLY, List.of(Problem.of(Problem.ORDER, "month", member.month(),
              "must be a month that is still open: team " + team + "'s cohort of "
                  + member.month() + " was scored when stream time reached " + java.time.Instant
                  .ofEpochMilli(closesAt) + " (its end plus the grace period)")));
      ctx.forward(new Record<>(record.key(), new Routed(topics.deadLetters(), letter),
          record.timestamp()));
      return;
    }
    Objects.requireNonNull(cohorts, "not initialised").put(
        rowPrefix(team, member.month()) + report.metrics().workerId().value(), report.metrics());
    Objects.requireNonNull(open, "not initialised").put(openKey(closesAt, team, member.month()),
        team);
  }

  private void close(long streamTime) {
    KeyValueStore<String, String> index = Objects.requireNonNull(open, "not initialised");
    List<KeyValue<String, String>> due = new ArrayList<>();
    try (KeyValueIterator<String, String> it = index.range(pad(0), pad(streamTime + 1))) {
      it.forEachRemaining(due::add);
    }
    for (KeyValue<String, String> entry : due) {
      index.delete(entry.key);
      String month = entry.key.substring(entry.key.lastIndexOf('|') + 1);
      score(entry.value, month, streamTime);
    }
  }

  private void score(String team, String month, long streamTime) {
    ProcessorContext<String, Routed> ctx = Objects.requireNonNull(context, "not initialised");
    KeyValueStore<String, WorkerMetrics> rows = Objects.requireNonNull(cohorts, "not initialised");
    List<String> keys = new ArrayList<>();
    List<WorkerMetrics> workers = new ArrayList<>();
    try (KeyValueIterator<String, WorkerMetrics> it =
        rows.prefixScan(rowPrefix(team, month), new StringSerializer())) {
      it.forEachRemaining(kv -> {
        keys.add(kv.key);
        workers.add(kv.value);
      });
    }
    keys.forEach(rows::delete);
    Scorer scorer = scorers.get(Team.of(team));
    if (scorer == null || workers.isEmpty()) {
      return;
    }
    Validation<Seq<Problem>, List<Scorecard>> cards = scorer.scoreCohort(workers);
    Validation<Seq<Problem>, Ranking> ranking = cards.isValid()
        ? Ranking.of(cards.get(), tieRule, percentileRule)
        : Validation.invalid(cards.getError());
    if (ranking.isInvalid()) {
      byte[] letter = DeadLetters.bytes(ctx, team, null, streamTime, topics.workerMetrics(),
          DeadLetter.APPLY, ranking.getError().toJavaList());
      ctx.forward(new Record<>(team, new Routed(topics.deadLetters(), letter), streamTime));
      return;
    }
    for (Scorecard card : cards.get()) {
      MonthlyScorecard out = new MonthlyScorecard(Team.of(team), month, card);
      ctx.forward(new Record<>(card.workerId().value(),
          new Routed(topics.scorecards(), HuifangSerdes.bytes(out)), streamTime));
    }
    CohortRanking out = new CohortRanking(Team.of(team), month, scorer.scheme().id(),
        ranking.get());
    ctx.forward(new Record<>(team, new Routed(topics.rankings(), HuifangSerdes.bytes(out)),
        streamTime));
  }

  private static String rowPrefix(String team, String month) {
    return team + "|" + month + "|";
  }

  private static String openKey(long closesAt, String team, String month) {
    return pad(closesAt) + "|" + team + "|" + month;
  }

  private static String pad(long millis) {
    return String.format(Locale.ROOT, "%019d", Math.max(0, millis));
  }
}
