package dev.huifang.examples;

import dev.huifang.closedloop.CaseAdvance;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseStep;
import dev.huifang.closedloop.ClockReading;
import dev.huifang.closedloop.Directory;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.Team;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives one feedback case through a {@link FeedbackLoop} and keeps its timeline for the report:
 * every event with its actor, the state it led to and the effects it asked for, and every check of
 * the time limits.
 *
 * <p>A scenario is a script whose events are all meant to be accepted, so a rejected event is a
 * defect of the scenario and fails loudly.
 */
final class CaseTimeline {

  /**
   * The staff of the scenarios as the host's user store knows them: the coordinators of the
   * central triage desk, and the supervisor of customer success who takes late cases over.
   */
  static final Directory STAFF = Directory.systemOnly()
      .withCoordinator(Team.TRIAGE_QUEUE, "coord-wang")
      .withCoordinator(Team.TRIAGE_QUEUE, "coord-zhao")
      .withSupervisor(Team.CUSTOMER_SUCCESS, "supervisor-liu");

  /** The default loop with the scenarios' staff. */
  static FeedbackLoop loop() {
    return FeedbackLoop.ofDefaults(STAFF);
  }

  private final FeedbackLoop loop;
  private final Instant start;
  private final TextTable table;
  private final List<Effect> effects = new ArrayList<>();
  private FeedbackCase current;

  private CaseTimeline(FeedbackLoop loop, FeedbackCase opened, Instant start, Report report) {
    this.loop = loop;
    this.current = opened;
    this.start = start;
    this.table = TextTable.of(report.pick("时间", "time"), report.pick("事件", "event"),
        report.pick("操作人", "actor"), report.pick("状态", "state"), report.pick("效果", "effects"));
    table.row(offset(start), "submitted", opened.submitter(), opened.state(),
        report.pick("路由：", "routed: ") + opened.routing().reason());
  }

  /** Opens the case with its submission. */
  static CaseTimeline open(FeedbackLoop loop, CaseEvent.Submitted submitted, Report report) {
    Validation<Seq<Problem>, CaseStep> opened = loop.open(submitted);
    if (opened.isInvalid()) {
      throw new IllegalStateException("scenario submission rejected: " + opened.getError());
    }
    return new CaseTimeline(loop, opened.get().feedbackCase(), submitted.at(), report);
  }

  /** Applies an event that the scenario expects to be accepted. */
  CaseTimeline apply(CaseEvent event) {
    Validation<Seq<Problem>, CaseStep> step = loop.apply(current, event);
    if (step.isInvalid()) {
      throw new IllegalStateException("scenario event " + event.eventId() + " rejected: "
          + step.getError().map(Problem::message).mkString("; "));
    }
    current = step.get().feedbackCase();
    effects.addAll(step.get().effects());
    table.row(offset(event.at()), kind(event), event.actor() + " (" + event.actorRole() + ")",
        current.state(), describe(step.get().effects()));
    return this;
  }

  /** Lets Huifang check the time limits at {@code now}; escalations become events of the case. */
  CaseAdvance advance(Instant now) {
    Validation<Seq<Problem>, CaseAdvance> advance = loop.advance(current, now);
    if (advance.isInvalid()) {
      throw new IllegalStateException("advance rejected: "
          + advance.getError().map(Problem::message).mkString("; "));
    }
    current = advance.get().feedbackCase();
    effects.addAll(advance.get().effects());
    StringBuilder clocks = new StringBuilder();
    for (ClockReading clock : advance.get().clocks()) {
      clocks.append(clocks.length() == 0 ? "" : ", ").append(clock.clock()).append('=')
          .append(clock.status());
    }
    table.row(offset(now), "advance [" + clocks + "]", "huifang", current.state(),
        describe(advance.get().effects()));
    return advance.get();
  }

  /** The case as it stands now. */
  FeedbackCase current() {
    return current;
  }

  /** Every effect asked for so far, in order. */
  List<Effect> effects() {
    return List.copyOf(effects);
  }

  /** The timeline as a table. */
  TextTable table() {
    return table;
  }

  private String offset(Instant at) {
    long minutes = java.time.Duration.between(start, at).toMinutes();
    return String.format(java.util.Locale.ROOT, "+%dh%02d", minutes / 60, minutes % 60);
  }

  private static String kind(CaseEvent event) {
    String name = event.getClass().getSimpleName();
    return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String describe(List<Effect> effects) {
    List<String> parts = new ArrayList<>();
    for (Effect effect : effects) {
      if (effect instanceof Effect.Escalate escalate) {
        parts.add("escalate L" + escalate.level() + " → " + escalate.target());
      } else if (effect instanceof Effect.Notify notify) {
        parts.add("notify " + notify.recipient());
      } else if (effect instanceof Effect.ScheduleFollowUp followUp) {
        parts.add("follow-up " + followUp.purpose());
      }
    }
    return String.join("; ", parts);
  }
}
