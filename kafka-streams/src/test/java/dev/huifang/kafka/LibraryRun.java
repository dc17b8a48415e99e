package dev.huifang.kafka;

import dev.huifang.closedloop.CaseAdvance;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseStep;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.CaseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The scenarios run by calling the library directly, as the examples module does: open, apply,
 * and advance at each tick; the effects wrapped as the topology wraps them.
 */
final class LibraryRun {

  final Map<CaseId, FeedbackCase> cases = new TreeMap<>();
  final List<CaseEffect> effects = new ArrayList<>();
  private final FeedbackLoop loop;
  private final boolean everyInstant;

  private LibraryRun(FeedbackLoop loop, boolean everyInstant) {
    this.loop = loop;
    this.everyInstant = everyInstant;
  }

  /** The examples' calls: open and apply each event, advance every case at each tick. */
  static LibraryRun of(FeedbackLoop loop, List<CaseScenarios.Step> steps) {
    LibraryRun run = new LibraryRun(loop, false);
    steps.forEach(run::step);
    return run;
  }

  /**
   * Time passing as in a stream: every case is also advanced at every step's instant, a case
   * before its own event and the others after it; the full scan the deadline index avoids.
   */
  static LibraryRun atEveryInstant(FeedbackLoop loop, List<CaseScenarios.Step> steps) {
    LibraryRun run = new LibraryRun(loop, true);
    steps.forEach(run::step);
    return run;
  }

  void step(CaseScenarios.Step step) {
    if (step instanceof CaseScenarios.Event e) {
      CaseEvent event = e.event();
      FeedbackCase before = cases.get(event.caseId());
      if (everyInstant && before != null) {
        before = advance(before, event.at());
      }
      CaseStep taken = before == null
          ? loop.open((CaseEvent.Submitted) event).get()
          : loop.apply(before, event).get();
      if (!taken.ignored()) {
        record(before, taken.feedbackCase(), event.eventId().value(), event.at(), taken.effects());
      }
      if (!everyInstant) {
        return;
      }
    }
    for (FeedbackCase before : List.copyOf(cases.values())) {
      advance(before, step.at());
    }
  }

  private FeedbackCase advance(FeedbackCase before, Instant now) {
    if (now.isBefore(before.lastEventAt())) {
      return before;
    }
    CaseAdvance advance = loop.advance(before, now).get();
    if (advance.events().isEmpty()) {
      return before;
    }
    record(before, advance.feedbackCase(), CaseEffect.TICK, now, advance.effects());
    return advance.feedbackCase();
  }

  List<Effect.Escalate> escalations() {
    List<Effect.Escalate> out = new ArrayList<>();
    for (CaseEffect effect : effects) {
      if (effect.effect() instanceof Effect.Escalate escalate) {
        out.add(escalate);
      }
    }
    return out;
  }

  private void record(@Nullable FeedbackCase before, FeedbackCase after, String cause, Instant at,
      List<Effect> stepEffects) {
    cases.put(after.id(), after);
    for (Effect effect : stepEffects) {
      effects.add(new CaseEffect(after.id(), cause, at, after.state(), after.version(),
          CaseEffect.kindOf(effect), effect, effect.reason()));
    }
    if (after.closedAt() != null && (before == null || before.closedAt() == null)) {
      effects.add(new CaseEffect(after.id(), cause, at, after.state(), after.version(), "closed",
          null, after.lastReason()));
    }
  }
}
