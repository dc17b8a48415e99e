package dev.huifang.kafka.internal;

import dev.huifang.closedloop.Team;
import dev.huifang.core.Problem;
import dev.huifang.kafka.DeadLetter;
import dev.huifang.kafka.HuifangSerdes;
import dev.huifang.kafka.MetricsReport;
import dev.huifang.scoring.Scorer;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a worker-metrics record: its JSON, its key (the worker id), its team's scheme, and its
 * values against that scheme (scored alone as a cohort of one); and its month, which must still be open; a failure becomes a dead letter.
 */
public final class ReportReader
    implements FixedKeyProcessor<String, byte[], ReportReader.Read> {

  /**
   * A record read: a report, or the dead letter's bytes.
   *
   * @param report the report, or {@code null}
   * @param deadLetter the dead letter, or {@code null}
   */
  public record Read(@Nullable MetricsReport report, byte @Nullable [] deadLetter) {}

  private final Map<Team, Scorer> scorers;
  private final MonthlyWindows months;
  private final String topic;
  private @Nullable FixedKeyProcessorContext<String, Read> context;

  /** A reader checking reports against the scorers of their teams. */
  public ReportReader(Map<Team, Scorer> scorers, MonthlyWindows months, String topic) {
    this.scorers = scorers;
    this.months = months;
    this.topic = topic;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Read> ctx) {
    this.context = ctx;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    FixedKeyProcessorContext<String, Read> ctx = Objects.requireNonNull(context, "not initialised");
    Validation<Seq<Problem>, MetricsReport> read =
        HuifangSerdes.read(record.value(), MetricsReport.class);
    if (read.isInvalid()) {
      ctx.forward(record.withValue(refused(ctx, record, DeadLetter.READ, read.getError().toJavaList())));
      return;
    }
    MetricsReport report = read.get();
    String worker = report.metrics().workerId().value();
    if (!worker.equals(record.key())) {
      ctx.forward(record.withValue(refused(ctx, record, DeadLetter.READ, List.of(Problem.of(
          Problem.INCONSISTENT, "key", record.key(), "must be the report's worker id (" + worker
              + "), so that every report of a worker goes to the same partition")))));
      return;
    }
    Scorer scorer = scorers.get(report.team());
    if (scorer == null) {
      ctx.forward(record.withValue(refused(ctx, record, DeadLetter.APPLY, List.of(Problem.of(
          Problem.UNKNOWN, "team", report.team().code(), "must be a team with a scoring scheme "
              + scorers.keySet())))));
      return;
    }
    Validation<Seq<Problem>, ?> alone = scorer.scoreCohort(List.of(report.metrics()));
    if (alone.isInvalid()) {
      List<Problem> problems = alone.getError()
          .map(problem -> problem.path().startsWith("workers[0]")
              ? new Problem(problem.code(), "metrics" + problem.path().substring("workers[0]".length()),
                  problem.rejected(), problem.rule())
              : problem).toJavaList();
      ctx.forward(record.withValue(refused(ctx, record, DeadLetter.APPLY, problems)));
      return;
    }
    YearMonth month = months.monthOf(record.timestamp());
    long closesAt = months.closesAt(month);
    if (ctx.currentStreamTimeMs() >= closesAt) {
      // the monthly window would drop it without a word: keep it with the reason instead
      ctx.forward(record.withValue(refused(ctx, record, DeadLetter.APPLY, List.of(Problem.of(
          Problem.ORDER, "month", month.toString(), "must be a month that is still open: "
              + month + " closed to reports when stream time reached "
              + Instant.ofEpochMilli(closesAt) + " (its end plus the grace period)")))));
      return;
    }
    ctx.forward(record.withValue(new Read(report, null)));
  }

  private Read refused(FixedKeyProcessorContext<String, Read> ctx,
      FixedKeyRecord<String, byte[]> record, String stage, List<Problem> problems) {
    return new Read(null, DeadLetters.bytes(ctx, record.key(), record.value(), record.timestamp(),
        topic, stage, problems));
  }
}
