package dev.huifang.closedloop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * When time limits run: working days, daily working hours and holidays in one time zone, as service
 * desks count them. {@link #wallClock()} (the default) counts every hour of every day.
 *
 * <p>Rules: at least one working day ({@link Problem#INFEASIBLE} otherwise: no deadline could
 * ever be reached); {@code opens} before {@code closes} ({@link Problem#ORDER}); {@code closes}
 * {@code null} means midnight at the end of the day. Days are taken in {@link #zone()}, so
 * daylight-saving changes shorten or lengthen a working day as a clock on the wall would.
 *
 * @param zone the time zone of the working hours and holidays
 * @param workingDays the days of the week with working hours
 * @param opens when a working day starts
 * @param closes when a working day ends, or {@code null} for the end of the day
 * @param holidays dates without working hours
 */
public record BusinessCalendar(
    ZoneId zone,
    SortedSet<DayOfWeek> workingDays,
    LocalTime opens,
    @Nullable LocalTime closes,
    SortedSet<LocalDate> holidays) {

  /**
   * Creates a calendar.
   *
   * @throws dev.huifang.core.InvalidModelException if a rule is broken
   */
  @JsonCreator
  public BusinessCalendar(
      @JsonProperty("zone") ZoneId zone,
      @JsonProperty("workingDays") SortedSet<DayOfWeek> workingDays,
      @JsonProperty("opens") LocalTime opens,
      @JsonProperty("closes") @Nullable LocalTime closes,
      @JsonProperty("holidays") SortedSet<LocalDate> holidays) {
    Checklist checks = Checklist.root().present("zone", zone).present("workingDays", workingDays)
        .present("opens", opens).present("holidays", holidays);
    if (workingDays != null) {
      checks.require(!workingDays.isEmpty(), Problem.INFEASIBLE, "workingDays", workingDays,
          "must name at least one day, or no deadline could ever be reached");
    }
    if (opens != null && closes != null) {
      checks.require(opens.isBefore(closes), Problem.ORDER, "closes", closes,
          "must be after opens (" + opens + ")");
    }
    checks.throwIfAny("BusinessCalendar");
    this.zone = zone;
    this.workingDays = Collections.unmodifiableSortedSet(new TreeSet<>(workingDays));
    this.opens = opens;
    this.closes = closes;
    this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
  }

  /** Every hour of every day, in UTC: elapsed business time is plain elapsed time. */
  public static BusinessCalendar wallClock() {
    return new BusinessCalendar(ZoneOffset.UTC, new TreeSet<>(EnumSet.allOf(DayOfWeek.class)),
        LocalTime.MIDNIGHT, null, new TreeSet<>());
  }

  /** Monday to Friday, {@code opens} to {@code closes}, in {@code zone}, without holidays. */
  public static BusinessCalendar weekdays(ZoneId zone, LocalTime opens, LocalTime closes) {
    return new BusinessCalendar(zone,
        new TreeSet<>(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), opens, closes,
        new TreeSet<>());
  }

  /** The calendar, or every Problem of its rules. */
  public static Validation<Seq<Problem>, BusinessCalendar> validate(ZoneId zone,
      SortedSet<DayOfWeek> workingDays, LocalTime opens, @Nullable LocalTime closes,
      SortedSet<LocalDate> holidays) {
    return Validated.of(() -> new BusinessCalendar(zone, workingDays, opens, closes, holidays));
  }

  /** This calendar with these extra holidays. */
  public BusinessCalendar withHolidays(LocalDate... dates) {
    TreeSet<LocalDate> more = new TreeSet<>(holidays);
    Collections.addAll(more, dates);
    return new BusinessCalendar(zone, workingDays, opens, closes, more);
  }

  /** True when every instant is business time. */
  @JsonIgnore
  public boolean isAlwaysOpen() {
    return workingDays.size() == 7 && opens.equals(LocalTime.MIDNIGHT) && closes == null
        && holidays.isEmpty();
  }

  /** True when {@code instant} falls in working hours. */
  public boolean isOpen(Instant instant) {
    if (isAlwaysOpen()) {
      return true;
    }
    LocalDate date = instant.atZone(zone).toLocalDate();
    return isWorkingDay(date) && !instant.isBefore(dayStart(date)) && instant.isBefore(dayEnd(date));
  }

  /**
   * The business time between two instants: the length of the working hours inside
   * {@code [from, to)}; zero when {@code to} is not after {@code from}.
   */
  public Duration elapsed(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    if (isAlwaysOpen()) {
      return Duration.between(from, to);
    }
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last);
        date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      Instant start = max(from, dayStart(date));
      Instant end = min(to, dayEnd(date));
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  /**
   * The instant at which {@code amount} of business time has passed since {@code from}: a deadline.
   * A zero or negative amount gives {@code from}.
   */
  public Instant plus(Instant from, Duration amount) {
    if (amount.isNegative() || amount.isZero()) {
      return from;
    }
    if (isAlwaysOpen()) {
      return from.plus(amount);
    }
    Duration left = amount;
    for (LocalDate date = from.atZone(zone).toLocalDate(); ; date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      Instant start = max(from, dayStart(date));
      Instant end = dayEnd(date);
      if (!end.isAfter(start)) {
        continue;
      }
      Duration open = Duration.between(start, end);
      if (open.compareTo(left) >= 0) {
        return start.plus(left);
      }
      left = left.minus(open);
    }
  }

  private boolean isWorkingDay(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  private Instant dayStart(LocalDate date) {
    return date.atTime(opens).atZone(zone).toInstant();
  }

  private Instant dayEnd(LocalDate date) {
    LocalTime end = closes;
    return end == null
        ? date.plusDays(1).atStartOfDay(zone).toInstant()
        : date.atTime(end).atZone(zone).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
