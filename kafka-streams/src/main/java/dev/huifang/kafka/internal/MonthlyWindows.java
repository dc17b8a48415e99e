package dev.huifang.kafka.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.apache.kafka.streams.kstream.Windows;
import org.apache.kafka.streams.kstream.internals.TimeWindow;

/**
 * Calendar months in a time zone as Kafka Streams windows: a record falls in the month of its
 * timestamp, from the first midnight of the month to the next; a month's window takes records until
 * its end plus the grace period.
 */
public final class MonthlyWindows extends Windows<TimeWindow> {

  private static final long LONGEST_MONTH = Duration.ofDays(31).toMillis();

  private final ZoneId zone;
  private final long graceMs;

  /** Months in {@code zone}, open to late records for {@code grace}. */
  public MonthlyWindows(ZoneId zone, Duration grace) {
    this.zone = zone;
    this.graceMs = grace.toMillis();
  }

  /** The month of an instant. */
  public YearMonth monthOf(long timestamp) {
    return YearMonth.from(Instant.ofEpochMilli(timestamp).atZone(zone));
  }

  /** The first instant of a month. */
  public long start(YearMonth month) {
    return month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
  }

  /** The first instant after a month. */
  public long end(YearMonth month) {
    return start(month.plusMonths(1));
  }

  /** When a month's cohort closes: its end plus the grace period. */
  public long closesAt(YearMonth month) {
    return end(month) + graceMs;
  }

  @Override
  public Map<Long, TimeWindow> windowsFor(long timestamp) {
    YearMonth month = monthOf(timestamp);
    long start = start(month);
    return Map.of(start, new TimeWindow(start, end(month)));
  }

  @Override
  public long size() {
    return LONGEST_MONTH;
  }

  @Override
  public long gracePeriodMs() {
    return graceMs;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MonthlyWindows that && zone.equals(that.zone)
        && graceMs == that.graceMs;
  }

  @Override
  public int hashCode() {
    return zone.hashCode() * 31 + Long.hashCode(graceMs);
  }
}
