package dev.huifang.kafka.internal;

import dev.huifang.closedloop.CaseAdvance;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseStep;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;

/**
 * Every decision the case topology asks of a {@link FeedbackLoop}, in one place: open a case,
 * apply an event, let time pass. Each gives the step or every Problem that refuses it, as the
 * processor writes them to the dead-letter topic.
 *
 * <p>Rule: the topology decides nothing itself; when the library's signatures change, this class
 * is the one to adapt.
 */
final class LoopDecisions {

  private LoopDecisions() {}

  /** Opens a case with {@link FeedbackLoop#open}. */
  static Validation<Seq<Problem>, CaseStep> open(FeedbackLoop loop,
      CaseEvent.Submitted submitted) {
    return loop.open(submitted);
  }

  /** Applies an event to a case with {@link FeedbackLoop#apply}. */
  static Validation<Seq<Problem>, CaseStep> apply(FeedbackLoop loop, FeedbackCase current,
      CaseEvent event) {
    return loop.apply(current, event);
  }

  /** Lets time pass for a case with {@link FeedbackLoop#advance}. */
  static Validation<Seq<Problem>, CaseAdvance> advance(FeedbackLoop loop, FeedbackCase current,
      Instant now) {
    return loop.advance(current, now);
  }
}
