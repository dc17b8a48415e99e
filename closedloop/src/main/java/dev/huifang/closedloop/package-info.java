/**
 * Closed loops for feedback: problem → responsibility → solution → feedback.
 *
 * <p>A {@link dev.huifang.closedloop.FeedbackLoop} opens a {@link dev.huifang.closedloop.FeedbackCase}
 * from a {@link dev.huifang.closedloop.CaseEvent.Submitted}, routes it by category with a
 * {@link dev.huifang.closedloop.RoutingTable} (an unknown category waits in the triage queue,
 * explicitly), and moves it through the case state machine one {@link
 * dev.huifang.closedloop.CaseEvent} at a time, checking who may do what. A case is the fold of its
 * accepted events, so {@link dev.huifang.closedloop.FeedbackLoop#replay} of its log gives it back.
 * Who may act is decided from identity: the case and the host's
 * {@link dev.huifang.closedloop.Directory} give an actor its roles, never the event's claim.
 * Time limits ({@link dev.huifang.closedloop.SlaPolicy}) are counted in the business time of a
 * {@link dev.huifang.closedloop.BusinessCalendar}, pause while the submitter is asked something,
 * and {@link dev.huifang.closedloop.FeedbackLoop#advance} escalates along an
 * {@link dev.huifang.closedloop.EscalationLadder}. {@link dev.huifang.closedloop.LoopAnalytics}
 * turns a set of cases into the loop's figures and the quarterly self-check.
 *
 * <p>Nothing here reads a clock or does I/O: events carry their time, {@code now} is an argument,
 * and what the host app must do comes back as {@link dev.huifang.closedloop.machine.Effect}s. Bad
 * input is a {@link dev.huifang.core.Problem}, never an exception.
 */
@NullMarked
@HuifangStyle
package dev.huifang.closedloop;

import dev.huifang.core.HuifangStyle;
import org.jspecify.annotations.NullMarked;
