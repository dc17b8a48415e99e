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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
 * daylight-saving changes shorten or lengthen a working day as a clock on the wall would, also
 * when working hours start or end inside the change (working hours are the instants whose
 * wall-clock time is in {@code [opens, closes)} on a working day).
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

  /**
   * True when {@code instant} falls in working hours: its wall-clock date in {@link #zone()} is a
   * working day and its wall-clock time is in {@code [opens, closes)}. Instants beyond
   * {@link #FLOOR} and {@link #CEILING} are read at those bounds.
   */
  public boolean isOpen(Instant instant) {
    if (isAlwaysOpen()) {
      return true;
    }
    LocalDateTime local = clamp(instant).atZone(zone).toLocalDateTime();
    LocalDate date = local.toLocalDate();
    long time = local.toLocalTime().toNanoOfDay();
    return isWorkingDay(date) && time >= opens.toNanoOfDay() && time < endNanos();
  }

  /**
   * The business time between two instants: the length of the working hours inside
   * {@code [from, to)}; zero when {@code to} is not after {@code from}.
   *
   * <p>Working hours follow the wall clock, so a day with a daylight-saving change is shortened
   * or lengthened as a clock on the wall would be, also when the hours start or end inside the
   * change. The cost is proportional to the number of offset periods of the zone in the span
   * (about two a year in a zone with daylight saving, one in a zone without) and of holidays;
   * weeks are counted in closed form, never walked day by day. Instants beyond {@link #FLOOR}
   * and {@link #CEILING} are read at those bounds; nothing here throws for an extreme instant.
   */
  public Duration elapsed(Instant from, Instant to) {
    Instant a = clamp(from);
    Instant b = clamp(to);
    if (!b.isAfter(a)) {
      return Duration.ZERO;
    }
    if (isAlwaysOpen()) {
      return Duration.between(a, b);
    }
    ZoneRules rules = zone.getRules();
    Duration total = Duration.ZERO;
    Instant cursor = a;
    while (cursor.isBefore(b)) {
      ZoneOffset offset = rules.getOffset(cursor);
      ZoneOffsetTransition next = rules.nextTransition(cursor);
      Instant end = next == null || next.getInstant().isAfter(b) ? b : next.getInstant();
      total = total.plus(counted(end, offset).minus(counted(cursor, offset)));
      cursor = end;
    }
    return total;
  }

  /**
   * The earliest instant at which {@code amount} of business time has passed since {@code from}:
   * a deadline. A zero or negative amount gives {@code from}; a deadline beyond {@link #CEILING}
   * is reported as {@link #CEILING}. Costs as {@link #elapsed} does.
   */
  public Instant plus(Instant from, Duration amount) {
    if (amount.isNegative() || amount.isZero()) {
      return from;
    }
    Instant cursor = clamp(from);
    if (isAlwaysOpen()) {
      return amount.compareTo(Duration.between(cursor, CEILING)) >= 0
          ? CEILING : cursor.plus(amount);
    }
    ZoneRules rules = zone.getRules();
    Duration left = amount;
    while (true) {
      ZoneOffset offset = rules.getOffset(cursor);
      ZoneOffsetTransition next = rules.nextTransition(cursor);
      Instant end = next == null || next.getInstant().isAfter(CEILING)
          ? CEILING : next.getInstant();
      Duration before = counted(cursor, offset);
      Duration available = counted(end, offset).minus(before);
      if (available.compareTo(left) >= 0) {
        return reached(before.plus(left)).toInstant(offset);
      }
      if (end.equals(CEILING)) {
        return CEILING;
      }
      left = left.minus(available);
      cursor = end;
    }
  }

  /** The earliest instant read; earlier instants count as this one (the year -10000). */
  public static final Instant FLOOR = LocalDateTime.of(-10_000, 1, 1, 0, 0).toInstant(
      ZoneOffset.UTC);
  /** The latest instant read; later instants count as this one (the year 10000). */
  public static final Instant CEILING = LocalDateTime.of(10_000, 1, 1, 0, 0).toInstant(
      ZoneOffset.UTC);

  /** The epoch day of Monday 1970-01-05, where the closed-form week count starts. */
  private static final long MONDAY = 4;
  private static final long DAY = 86_400_000_000_000L;

  private static Instant clamp(Instant instant) {
    return instant.isBefore(FLOOR) ? FLOOR : instant.isAfter(CEILING) ? CEILING : instant;
  }

  private long endNanos() {
    LocalTime end = closes;
    return end == null ? DAY : end.toNanoOfDay();
  }

  /** The working nanoseconds of a day of the week, Monday 0, holidays aside. */
  private long dayLength(int weekday) {
    return workingDays.contains(DayOfWeek.of(weekday + 1))
        ? endNanos() - opens.toNanoOfDay() : 0;
  }

  /** The working nanoseconds of a day of the week before {@code nanoOfDay}, holidays aside. */
  private long partial(int weekday, long nanoOfDay) {
    if (!workingDays.contains(DayOfWeek.of(weekday + 1))) {
      return 0;
    }
    long start = opens.toNanoOfDay();
    return Math.max(0, Math.min(nanoOfDay, endNanos()) - start);
  }

  private long week() {
    long total = 0;
    for (int i = 0; i < 7; i++) {
      total += dayLength(i);
    }
    return total;
  }

  private long beforeWeekday(int weekday) {
    long total = 0;
    for (int i = 0; i < weekday; i++) {
      total += dayLength(i);
    }
    return total;
  }

  /**
   * The working time on the wall clock from Monday 1970-01-05 00:00 to {@code local} (negative
   * before it), holidays left out; differences of it at one offset measure business time.
   */
  private Duration counted(LocalDateTime local) {
    return regular(local).minus(holidayTime(local));
  }

  private Duration counted(Instant instant, ZoneOffset offset) {
    return counted(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
        offset));
  }

  /** {@link #counted(LocalDateTime)} as if there were no holidays: whole weeks in closed form. */
  private Duration regular(LocalDateTime local) {
    long k = local.toLocalDate().toEpochDay() - MONDAY;
    long weeks = Math.floorDiv(k, 7);
    int weekday = Math.floorMod(k, 7);
    return Duration.ofNanos(week()).multipliedBy(weeks).plusNanos(beforeWeekday(weekday)
        + partial(weekday, local.toLocalTime().toNanoOfDay()));
  }

  /** The working time of the holidays before {@code local} (that day's part included). */
  private Duration holidayTime(LocalDateTime local) {
    if (holidays.isEmpty()) {
      return Duration.ZERO;
    }
    LocalDate date = local.toLocalDate();
    long total = 0;
    Duration sum = Duration.ZERO;
    for (LocalDate holiday : holidays.headSet(date)) {
      total += dayLength(holiday.getDayOfWeek().getValue() - 1);
      if (total > DAY * 1000) {
        sum = sum.plusNanos(total);
        total = 0;
      }
    }
    if (holidays.contains(date)) {
      total += partial(date.getDayOfWeek().getValue() - 1, local.toLocalTime().toNanoOfDay());
    }
    return sum.plusNanos(total);
  }

  /** The earliest wall-clock time at which {@link #counted(LocalDateTime)} reaches {@code v}. */
  private LocalDateTime reached(Duration v) {
    Duration target = v;
    while (true) {
      LocalDateTime local = regularReached(target);
      Duration off = holidayTime(local);
      if (target.minus(off).compareTo(v) >= 0) {
        return local;
      }
      target = v.plus(off);
    }
  }

  /** The earliest wall-clock time at which {@link #regular} reaches {@code target}. */
  private LocalDateTime regularReached(Duration target) {
    Duration week = Duration.ofNanos(week());
    long weeks = target.dividedBy(week);
    Duration rest = target.minus(week.multipliedBy(weeks));
    if (rest.isNegative()) {
      weeks--;
      rest = rest.plus(week);
    }
    if (rest.isZero()) {
      weeks--;
      rest = week;
    }
    long r = rest.toNanos();
    long before = 0;
    for (int i = 0; i < 7; i++) {
      long length = dayLength(i);
      if (length > 0 && r <= before + length) {
        return LocalDate.ofEpochDay(MONDAY + weeks * 7 + i).atStartOfDay()
            .plusNanos(opens.toNanoOfDay() + r - before);
      }
      before += length;
    }
    throw new IllegalStateException("a week has working time, so a day must take the rest");
  }

  private boolean isWorkingDay(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }
}
