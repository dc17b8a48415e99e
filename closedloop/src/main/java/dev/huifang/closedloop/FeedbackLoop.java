package dev.huifang.closedloop;

import dev.huifang.closedloop.internal.LoopEngine;
import dev.huifang.closedloop.machine.StateMachineDefinition;
import dev.huifang.core.CaseId;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * The feedback-case loop: opens cases, applies their events through the case state machine,
 * checks who may do what, keeps the event log, replays it, and advances time limits.
 *
 * <p>Rules it enforces on every event, in this order: the event belongs to the case
 * ({@link Problem#UNKNOWN}); an exact repeat of a logged event is ignored, so sending twice is
 * safe, while a logged id with other content is a {@link Problem#CONFLICT}; the event's own fields
 * are well formed (ids Huifang generates start with {@link CaseEvent#SYSTEM_ID_PREFIX}, which no
 * other event may use); the expected version, if given, is the case's ({@link Problem#CONFLICT});
 * its time lies in the policy's {@link LoopLimits} ({@link Problem#RANGE}) and does not go
 * backwards ({@link Problem#ORDER}); the actor holds the role it acts in, as the case (submitter,
 * proxies, owner, escalation targets) and the {@link Directory} say, never as the event claims,
 * and that role may send the event ({@link CaseTrigger#senders()}; {@link Problem#FORBIDDEN},
 * naming actor, role and case); the submitter and proxies are never owner, coordinator or
 * escalation target of their own case ({@link Problem#FORBIDDEN}); triage names a known category
 * ({@link Problem#UNKNOWN}); the state allows the event and its condition holds, else it came out
 * of order ({@link #STATE_ORDER}); Huifang's own events (escalation, automatic closure) are
 * accepted only when their rule holds at their instant ({@link Problem#FORBIDDEN} naming the
 * event), so a forged log fails {@link #replay} and {@link #verify}. A rejected event changes
 * nothing.
 *
 * <p>Nothing here reads a clock: events carry their time and {@link #advance} takes {@code now}.
 */
public interface FeedbackLoop {

  /**
   * The Problem code of an event the case's state does not accept (or whose condition does not
   * hold in that state): it came in the wrong order of the loop. Distinct from
   * {@link Problem#ORDER}, which is an event dated before the case's previous event.
   */
  String STATE_ORDER = "state_order";

  /**
   * A loop with this policy and this directory of standing roles.
   *
   * @throws NullPointerException if an argument is null
   */
  static FeedbackLoop of(LoopPolicy policy, Directory directory) {
    return new LoopEngine(policy, directory);
  }

  /**
   * A loop with this policy and {@link Directory#systemOnly()}: no coordinators, supervisors or
   * directors, so no case can be triaged; hosts pass their own directory.
   *
   * @throws NullPointerException if policy is null
   */
  static FeedbackLoop of(LoopPolicy policy) {
    return of(policy, Directory.systemOnly());
  }

  /** A loop with {@link LoopPolicy#defaults()} and this directory. */
  static FeedbackLoop ofDefaults(Directory directory) {
    return of(LoopPolicy.defaults(), directory);
  }

  /** A loop with {@link LoopPolicy#defaults()} and {@link Directory#systemOnly()}. */
  static FeedbackLoop ofDefaults() {
    return of(LoopPolicy.defaults());
  }

  /** The directory of standing roles this loop authorises against. */
  Directory directory();

  /** The policy of this loop. */
  LoopPolicy policy();

  /** The case state machine, for diagrams ({@code definition().toMermaid()}) and inspection. */
  StateMachineDefinition<CaseState, CaseTrigger, CaseContext> definition();

  /**
   * Opens a case: routes it by category (an unknown category waits in the triage queue, said so
   * in {@link Routing#reason()}) and puts it in {@link CaseState#RECEIVED}.
   *
   * @return the new case, or every Problem at once: the event's own field Problems,
   *     {@link Problem#RANGE} at {@code at} outside the policy's {@link LoopLimits},
   *     {@link Problem#FORBIDDEN} when the actor's role is not {@link ActorRole#SUBMITTER} or the
   *     actor is Huifang's own, one per proxy that is the submitter or Huifang's own actor,
   *     {@link Problem#CONFLICT} at {@code expectedVersion} when one other than 0 is given
   */
  Validation<Seq<Problem>, CaseStep> open(CaseEvent.Submitted submitted);

  /**
   * Applies one event to a case; see the class documentation for the rules.
   *
   * <p>Every Problem is reported at once: the event's field Problems together with a reused id,
   * a stale version, its time, its authorisation and an unknown triage category. Only an event
   * free of those is then tried against the case's state ({@link #STATE_ORDER}, or
   * {@link Problem#FORBIDDEN} for a system event whose rule does not hold).
   *
   * @return the step (the same case, {@code ignored}, for a repeated event), or every Problem; a
   *     Problem leaves the case as it was
   */
  Validation<Seq<Problem>, CaseStep> apply(FeedbackCase current, CaseEvent event);

  /**
   * Folds a case's event log: the first event must open it, the others are applied in order.
   * The first refused event stops the fold; its Problems are all reported, placed under
   * {@code events[i]}.
   *
   * @return the case, or {@link Problem#UNKNOWN} at {@code events[0]} when the log does not start
   *     with {@link CaseEvent.Submitted} (no such case), {@link Problem#REQUIRED} for an empty log,
   *     {@link Problem#DUPLICATE} for an event logged twice, or every Problem of the first refused
   *     event under {@code events[i]}
   */
  Validation<Seq<Problem>, FeedbackCase> replay(List<CaseEvent> events);

  /**
   * Checks a case snapshot (read from a store, say) against its own log: replaying
   * {@link FeedbackCase#events()} must give the snapshot back.
   *
   * @return the snapshot, or the replay's Problems, or {@link Problem#INCONSISTENT} at {@code $}
   *     when the replayed case differs (the rule names the first differing fields' state and
   *     version)
   */
  Validation<Seq<Problem>, FeedbackCase> verify(FeedbackCase snapshot);

  /**
   * Folds the interleaved logs of many cases; the first refused event stops the fold.
   *
   * @return every case by id, or every Problem of the first refused event under
   *     {@code events[i]}; an event for a case not yet submitted is {@link Problem#UNKNOWN} at
   *     {@code events[i].caseId}
   */
  Validation<Seq<Problem>, SortedMap<CaseId, FeedbackCase>> replayAll(List<CaseEvent> events);

  /**
   * The readings of the time limits that apply to a case at {@code now}: first response, visible
   * action, and the confirmation window while the case is resolved. Pure; adds no events.
   */
  List<ClockReading> clocks(FeedbackCase current, Instant now);

  /**
   * Lets time pass: reads the time limits at {@code now}, escalates each broken limit along the
   * ladder (each step once per cycle; every step due is taken) and closes a resolved case whose
   * confirmation window ran out. Each of these is an event added to the log, sent by the
   * directory's system actor with an id under {@link CaseEvent#SYSTEM_ID_PREFIX}, so a replay
   * gives the same case; only events actually appended are reported. Escalations name the actor
   * ids of their step (the owner, or the directory's supervisors or directors of the case's team,
   * never the submitter or a proxy).
   *
   * @return the advance, or every Problem of {@code now}: {@link Problem#RANGE} outside the
   *     policy's {@link LoopLimits}, {@link Problem#ORDER} when it is before the case's last event
   */
  Validation<Seq<Problem>, CaseAdvance> advance(FeedbackCase current, Instant now);
}
