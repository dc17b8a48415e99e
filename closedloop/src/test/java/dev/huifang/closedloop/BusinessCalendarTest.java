package dev.huifang.closedloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.huifang.core.Problem;
import dev.huifang.testing.JsonRoundTrip;
import dev.huifang.testing.Theories;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Weekdays 09:00 to 18:00 in Berlin, 2026-03-27 (a Friday) off; DST starts 2026-03-29. */
  private final BusinessCalendar office = BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0),
      LocalTime.of(18, 0)).withHolidays(LocalDate.of(2026, 3, 27));
  /** Every day 22:00 to midnight: crosses the DST night. */
  private final BusinessCalendar nights = new BusinessCalendar(BERLIN,
      new TreeSet<>(EnumSet.allOf(DayOfWeek.class)), LocalTime.of(22, 0), null, new TreeSet<>());
  private static final Instant START = Instant.parse("2026-03-23T00:00:00Z");

  @Test
  void countsOnlyWorkingHours() {
    Instant fridayEvening = Instant.parse("2026-03-20T16:00:00Z"); // 17:00 in Berlin
    Instant mondayMorning = Instant.parse("2026-03-23T09:00:00Z"); // 10:00 in Berlin
    assertThat(office.elapsed(fridayEvening, mondayMorning)).isEqualTo(Duration.ofHours(2));
    assertThat(office.plus(fridayEvening, Duration.ofHours(2))).isEqualTo(mondayMorning);
    assertThat(office.isOpen(Instant.parse("2026-03-27T10:00:00Z"))).as("holiday").isFalse();
    assertThat(BusinessCalendar.wallClock().elapsed(fridayEvening, mondayMorning))
        .isEqualTo(Duration.ofHours(65));
  }

  @Test
  void agreesWithAMinuteByMinuteCount() {
    for (BusinessCalendar calendar : List.of(office, nights, BusinessCalendar.wallClock())) {
      agreesMinuteByMinute(calendar, START, 14, 60);
    }
  }

  /**
   * Over {@code examples} spans of up to three days starting within {@code days} of
   * {@code start}: elapsed business time is the count of open minutes, the deadline for that
   * count is reached within the span, and the minute before the deadline is open.
   */
  private static void agreesMinuteByMinute(BusinessCalendar calendar, Instant start, int days,
      int examples) {
    Theories.qt(examples).forAll(integers().between(0, days * 24 * 60),
            integers().between(0, 3 * 24 * 60))
        .checkAssert((offset, length) -> {
          Instant from = start.plus(Duration.ofMinutes(offset));
          Instant to = from.plus(Duration.ofMinutes(length));
          long open = 0;
          for (Instant m = from; m.isBefore(to); m = m.plus(Duration.ofMinutes(1))) {
            open += calendar.isOpen(m) ? 1 : 0;
          }
          assertThat(calendar.elapsed(from, to)).as("%s", calendar)
              .isEqualTo(Duration.ofMinutes(open));
          if (open > 0) {
            Instant deadline = calendar.plus(from, Duration.ofMinutes(open));
            assertThat(calendar.elapsed(from, deadline)).isEqualTo(Duration.ofMinutes(open));
            assertThat(deadline).isBeforeOrEqualTo(to);
            assertThat(calendar.isOpen(deadline.minus(Duration.ofMinutes(1)))).isTrue();
          }
        });
  }

  /**
   * Calendars one rule short of always open: six days, opening a minute after midnight, closing
   * a minute before it, one holiday. Each takes the general path, which must count exactly what
   * the wall clock says is open.
   */
  private static List<BusinessCalendar> almostAlwaysOpen() {
    TreeSet<DayOfWeek> everyDay = new TreeSet<>(EnumSet.allOf(DayOfWeek.class));
    TreeSet<DayOfWeek> noSunday = new TreeSet<>(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
    return List.of(
        new BusinessCalendar(BERLIN, noSunday, LocalTime.MIDNIGHT, null, new TreeSet<>()),
        new BusinessCalendar(BERLIN, everyDay, LocalTime.of(0, 1), null, new TreeSet<>()),
        new BusinessCalendar(BERLIN, everyDay, LocalTime.MIDNIGHT, LocalTime.of(23, 59),
            new TreeSet<>()),
        new BusinessCalendar(BERLIN, everyDay, LocalTime.MIDNIGHT, null,
            new TreeSet<>(List.of(LocalDate.of(2026, 3, 25)))));
  }

  @Test
  void isAlwaysOpenOnlyWhenNoRuleClosesAnyInstant() {
    assertThat(BusinessCalendar.wallClock().isAlwaysOpen()).isTrue();
    assertThat(new BusinessCalendar(BERLIN, new TreeSet<>(EnumSet.allOf(DayOfWeek.class)),
        LocalTime.MIDNIGHT, null, new TreeSet<>()).isAlwaysOpen()).as("any zone").isTrue();
    assertThat(almostAlwaysOpen()).noneMatch(BusinessCalendar::isAlwaysOpen);
    assertThat(office.isAlwaysOpen()).isFalse();
    assertThat(nights.isAlwaysOpen()).isFalse();
  }

  @Test
  void calendarsOneRuleShortOfAlwaysOpenCountMinuteByMinute() {
    for (BusinessCalendar calendar : almostAlwaysOpen()) {
      agreesMinuteByMinute(calendar, START, 10, 30);
    }
  }

  @Test
  void aDeadlineThatUsesUpADayEndsAtItsClosingTimeNotTheNextOpening() {
    Instant mondayOpening = Instant.parse("2026-03-23T08:00:00Z"); // 09:00 in Berlin
    assertThat(office.plus(mondayOpening, Duration.ofHours(9)))
        .isEqualTo(Instant.parse("2026-03-23T17:00:00Z"));
    assertThat(office.plus(mondayOpening, Duration.ofHours(9).plusNanos(1)))
        .isEqualTo(Instant.parse("2026-03-24T08:00:00.000000001Z"));
    // a whole working week from Monday's opening ends at Friday's closing, not next Monday's
    BusinessCalendar plain = BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0),
        LocalTime.of(18, 0));
    assertThat(plain.plus(Instant.parse("2026-03-16T08:00:00Z"), Duration.ofHours(45)))
        .isEqualTo(Instant.parse("2026-03-20T17:00:00Z"));
  }

  @Test
  void agreesWithAMinuteByMinuteCountBeforeAndAcrossTheEpochWeek() {
    for (BusinessCalendar calendar : List.of(office, nights)) {
      agreesMinuteByMinute(calendar, Instant.parse("1969-12-22T00:00:00Z"), 21, 40);
    }
  }

  @Test
  void breachDetectionAgreesWithABruteForceCheck() {
    FeedbackLoop loop = LoopGen.loop(LoopPolicy.defaults().withCalendar(office));
    Theories.qt(40).forAll(integers().between(0, 3 * 24 * 60), integers().between(0, 6 * 24 * 60),
            integers().between(0, 2 * 24 * 60))
        .checkAssert((offset, sinceStart, pauseLength) -> {
          Instant submitted = START.plus(Duration.ofMinutes(offset));
          Instant asked = submitted.plus(Duration.ofMinutes(sinceStart / 3));
          Instant answered = asked.plus(Duration.ofMinutes(pauseLength));
          Instant now = submitted.plus(Duration.ofMinutes(sinceStart));
          FeedbackCase c = loop.open(LoopGen.submitted(LoopGen.CASE, Category.NO_SHOW, submitted))
              .get().feedbackCase();
          c = loop.apply(c, EventHeader.id("q").of(LoopGen.CASE).by("coord-1",
              ActorRole.COORDINATOR).at(asked)
              .infoRequested("?")).get().feedbackCase();
          if (!answered.isAfter(now)) {
            c = loop.apply(c, EventHeader.id("a").of(LoopGen.CASE).by("client-1",
                ActorRole.SUBMITTER).at(answered)
                .infoProvided("!")).get().feedbackCase();
          }
          long counted = 0;
          for (Instant m = submitted; m.isBefore(now); m = m.plus(Duration.ofMinutes(1))) {
            boolean paused = !m.isBefore(asked) && m.isBefore(answered);
            counted += office.isOpen(m) && !paused ? 1 : 0;
          }
          ClockReading first = loop.clocks(c, now).get(0);
          assertThat(first.elapsed()).isEqualTo(Duration.ofMinutes(counted));
          assertThat(first.status() == ClockStatus.BREACHED)
              .isEqualTo(counted > SlaTerms.DEFAULT_FIRST_RESPONSE.toMinutes());
        });
  }

  @Test
  void roundTripsThroughJson() {
    JsonRoundTrip.check(office, BusinessCalendar.class);
    JsonRoundTrip.check(nights, BusinessCalendar.class);
    JsonRoundTrip.check(BusinessCalendar.wallClock(), BusinessCalendar.class);
  }

  @Test
  void rejectsACalendarWithoutWorkingDays() {
    assertThat(BusinessCalendar.validate(BERLIN, new TreeSet<>(), LocalTime.of(9, 0), null,
        new TreeSet<>()).getError()).containsExactly(new Problem(Problem.INFEASIBLE,
            "workingDays", "[]", "must name at least one day, or no deadline could ever be reached"));
  }

  @Test
  void rejectsClosingBeforeOpening() {
    assertThat(BusinessCalendar.validate(BERLIN, new TreeSet<>(EnumSet.of(DayOfWeek.MONDAY)),
        LocalTime.of(18, 0), LocalTime.of(9, 0), new TreeSet<>()).getError())
        .containsExactly(new Problem(Problem.ORDER, "closes", "09:00",
            "must be after opens (18:00)"));
  }
}
