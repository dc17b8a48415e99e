package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.huifang.core.Problem;
import dev.huifang.testing.Theories;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Time limits at their edges: the business calendar against an independent minute-by-minute walk
 * of the wall clock in UTC, Asia/Shanghai and two zones with daylight saving (working hours that
 * start or end inside a DST gap or overlap included); pauses after a breach; extreme instants.
 */
class SlaEdgesTest {

  private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Asia/Shanghai"),
      ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));
  /** Just before the DST changes of 2026 in Berlin (03-29, 10-25) and New York (03-08, 11-01). */
  private static final List<Instant> NEAR_CHANGES = List.of(
      Instant.parse("2026-03-27T00:00:00Z"), Instant.parse("2026-10-23T00:00:00Z"),
      Instant.parse("2026-03-06T00:00:00Z"), Instant.parse("2026-10-30T00:00:00Z"));

  /** The wall-clock rule, read without the calendar's arithmetic. */
  private static boolean openOnTheWall(BusinessCalendar c, Instant m) {
    LocalDateTime local = m.atZone(c.zone()).toLocalDateTime();
    LocalTime time = local.toLocalTime();
    LocalTime closes = c.closes();
    return c.workingDays().contains(local.getDayOfWeek())
        && !c.holidays().contains(local.toLocalDate())
        && !time.isBefore(c.opens()) && (closes == null || time.isBefore(closes));
  }

  /** A calendar from a seed: a zone, opens and closes on half hours (DST hours likely). */
  private static BusinessCalendar calendar(int zone, int opens, int length, int days) {
    LocalTime open = LocalTime.of(0, 0).plusMinutes(30L * opens);
    int end = opens + 1 + length;
    @Nullable LocalTime close = end >= 48 ? null : LocalTime.of(0, 0).plusMinutes(30L * end);
    TreeSet<DayOfWeek> working = new TreeSet<>();
    for (int i = 0; i < 7; i++) {
      if ((days >> i & 1) == 1 || i == days % 7) {
        working.add(DayOfWeek.of(i + 1));
      }
    }
    TreeSet<LocalDate> holidays = new TreeSet<>();
    if (days % 3 == 0) {
      holidays.add(LocalDate.of(2026, 3, 30));
      holidays.add(LocalDate.of(2026, 10, 26));
    }
    return new BusinessCalendar(ZONES.get(zone), working, open, close, holidays);
  }

  @Test
  void businessTimeAndDeadlinesAgreeWithAWalkOfTheWallClock() {
    Theories.qt(300).forAll(integers().between(0, ZONES.size() * NEAR_CHANGES.size() - 1),
            integers().between(0, 47 * 48 - 1), integers().between(0, 127),
            integers().between(0, 5 * 24 * 60))
        .checkAssert((where, hours, days, span) -> {
          int opens = hours % 47;
          int length = (hours / 47) % (48 - opens - 1 + 1);
          BusinessCalendar c = calendar(where % ZONES.size(), opens, length, days);
          Instant from = NEAR_CHANGES.get(where / ZONES.size())
              .plus(Duration.ofMinutes(span % (3 * 24 * 60)));
          Instant to = from.plus(Duration.ofMinutes(span));
          long open = 0;
          Instant deadline = null;
          long wanted = Math.max(1, span / 7);
          for (Instant m = from; m.isBefore(to); m = m.plus(Duration.ofMinutes(1))) {
            boolean wall = openOnTheWall(c, m);
            assertThat(c.isOpen(m)).as("%s at %s", c, m).isEqualTo(wall);
            if (wall) {
              open++;
              if (open == wanted) {
                deadline = m.plus(Duration.ofMinutes(1));
              }
            }
          }
          assertThat(c.elapsed(from, to)).as("%s from %s to %s", c, from, to)
              .isEqualTo(Duration.ofMinutes(open));
          if (deadline != null) {
            assertThat(c.plus(from, Duration.ofMinutes(wanted))).as("%s + %s min from %s", c,
                wanted, from).isEqualTo(deadline);
          }
        });
  }

  @Test
  void workingHoursInsideADstGapFollowTheWallClock() {
    // Berlin, 2026-03-29: 02:00 does not exist, clocks go from 01:59 to 03:00
    BusinessCalendar c = new BusinessCalendar(ZoneId.of("Europe/Berlin"),
        new TreeSet<>(List.of(DayOfWeek.SUNDAY)), LocalTime.of(2, 30), LocalTime.of(4, 0),
        new TreeSet<>());
    Instant day = Instant.parse("2026-03-29T00:00:00Z");
    // open from 03:00 on the wall (01:00 UTC) to 04:00 (02:00 UTC): one hour, not 30 minutes
    assertThat(c.elapsed(day, day.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(1));
    assertThat(c.plus(day, Duration.ofMinutes(1))).isEqualTo(Instant.parse("2026-03-29T01:01:00Z"));
  }

  @Test
  void farSpansCostCalendarPeriodsNotDays() {
    BusinessCalendar c = BusinessCalendar.weekdays(ZoneId.of("America/New_York"),
        LocalTime.of(9, 0), LocalTime.of(17, 0)).withHolidays(LocalDate.of(2026, 12, 25));
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    Instant far = Instant.parse("9000-01-01T00:00:00Z");
    Duration years = c.elapsed(from, far);
    // beyond the calendar's ceiling (the year 10000) time stands still: year 58136 reads as it
    assertThat(c.elapsed(from, Instant.parse("+58136-01-01T00:00:00Z")))
        .isEqualTo(c.elapsed(from, BusinessCalendar.CEILING));
    assertThat(years).isPositive();
    assertThat(c.elapsed(from, Instant.MAX)).isGreaterThan(years);
    assertThat(c.elapsed(Instant.MIN, Instant.MAX)).isPositive();
    assertThat(c.plus(Instant.MAX, Duration.ofHours(1))).isEqualTo(BusinessCalendar.CEILING);
    assertThat(c.plus(from, Duration.ofSeconds(Long.MAX_VALUE)))
        .isEqualTo(BusinessCalendar.CEILING);
    assertThat(c.isOpen(Instant.MIN)).isIn(true, false);
    Instant deadline = c.plus(from, years);
    assertThat(c.elapsed(from, deadline)).isEqualTo(years);
  }

  @Test
  void aPauseAfterTheBreachDoesNotMoveTheDeadline() {
    FeedbackLoop loop = LoopGen.loop();
    FeedbackCase c = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    c = loop.apply(c, EventHeader.id("e-1").of(CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(T0.plus(Duration.ofHours(1)))
        .triaged(Category.NO_SHOW, "owner-1")).get().feedbackCase();
    FeedbackCase asked = loop.apply(c, EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER)
        .at(T0.plus(Duration.ofHours(50)))
        .infoRequested("which shift?")).get()
        .feedbackCase();
    Instant limit = T0.plus(Duration.ofHours(48));
    ClockReading paused = loop.clocks(asked, T0.plus(Duration.ofHours(60))).get(0);
    assertThat(paused.deadline()).isEqualTo(limit);
    assertThat(paused.status()).isEqualTo(ClockStatus.BREACHED);
    FeedbackCase answered = loop.apply(asked, EventHeader.id("e-3").of(CASE).by("client-1",
        ActorRole.SUBMITTER).at(T0.plus(Duration.ofHours(70)))
        .infoProvided("night")).get()
        .feedbackCase();
    assertThat(loop.clocks(answered, T0.plus(Duration.ofHours(71))).get(0).deadline())
        .isEqualTo(limit);
    // a pause that starts before the deadline still moves it by its length
    FeedbackCase early = loop.apply(c, EventHeader.id("e-2").of(CASE).by("owner-1", ActorRole.OWNER)
        .at(T0.plus(Duration.ofHours(10)))
        .infoRequested("which shift?")).get()
        .feedbackCase();
    early = loop.apply(early, EventHeader.id("e-3").of(CASE).by("client-1", ActorRole.SUBMITTER)
        .at(T0.plus(Duration.ofHours(15)))
        .infoProvided("night")).get().feedbackCase();
    assertThat(loop.clocks(early, T0.plus(Duration.ofHours(16))).get(0).deadline())
        .isEqualTo(limit.plus(Duration.ofHours(5)));
  }

  @Test
  void extremeAndFarInstantsAreProblemsNeverExceptions() {
    FeedbackLoop loop = LoopGen.loop();
    FeedbackCase c = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    for (Instant at : List.of(Instant.MAX, Instant.MIN, Instant.parse("+58136-01-01T00:00:00Z"),
        Instant.EPOCH)) {
      Problem p = loop.apply(c, EventHeader.id("e-1").of(CASE).by("coord-1", ActorRole.COORDINATOR)
          .at(at)
          .triaged(Category.NO_SHOW, "owner-1")).getError().head();
      assertThat(p.code()).as("%s", at).isIn(Problem.RANGE, Problem.ORDER);
      assertThat(loop.advance(c, at).getError().head().code()).isIn(Problem.RANGE, Problem.ORDER);
      assertThat(loop.clocks(c, at)).isNotEmpty();
      assertThat(loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, at)).getError().head().code())
          .isEqualTo(Problem.RANGE);
    }
    Problem tooFar = loop.apply(c, EventHeader.id("e-1").of(CASE).by("coord-1",
        ActorRole.COORDINATOR).at(T0.plus(Duration.ofDays(4000)))
        .triaged(Category.NO_SHOW, "owner-1")).getError().head();
    assertThat(tooFar.code()).isEqualTo(Problem.RANGE);
    assertThat(tooFar.rule()).contains("after the case's last event");
    Problem backwards = loop.apply(c, EventHeader.id("e-1").of(CASE).by("coord-1",
        ActorRole.COORDINATOR).at(T0.minusSeconds(1))
        .triaged(Category.NO_SHOW, "owner-1")).getError().head();
    assertThat(backwards.code()).isEqualTo(Problem.ORDER);
    Problem outOfState = loop.apply(c, EventHeader.id("e-1").of(CASE).by("owner-1", ActorRole.OWNER)
        .at(T0.plusSeconds(1))
        .resolved("done")).getError().head();
    assertThat(outOfState.code()).isIn(Problem.FORBIDDEN, FeedbackLoop.STATE_ORDER)
        .isNotEqualTo(Problem.ORDER);
  }
}
