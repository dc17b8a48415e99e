package dev.huifang.closedloop;

import static dev.huifang.closedloop.ActorRole.COORDINATOR;
import static dev.huifang.closedloop.ActorRole.DIRECTOR;
import static dev.huifang.closedloop.ActorRole.OWNER;
import static dev.huifang.closedloop.ActorRole.PROXY;
import static dev.huifang.closedloop.ActorRole.SUBMITTER;
import static dev.huifang.closedloop.ActorRole.SUPERVISOR;
import static dev.huifang.closedloop.ActorRole.SYSTEM;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The events of the feedback-case state machine, one per kind of {@link CaseEvent} except
 * {@link CaseEvent.Submitted}, which creates the case instead of moving it.
 *
 * <p>Each trigger declares here, in one place, the roles that may send it ({@link #senders()});
 * authorisation reads this declaration and the documented matrix in
 * {@code docs/closedloop-authorisation.md} is tested against it. An actor acts in a role only
 * when the case and the {@link Directory} say it holds that role: the owner side is the assigned
 * owner and the actor ids a case was escalated to ({@link ActorRole#SUPERVISOR},
 * {@link ActorRole#DIRECTOR}); the submitter side is the submitter and its declared proxies.
 */
public enum CaseTrigger {
  /** {@link CaseEvent.Triaged}: a coordinator of the case's team. */
  TRIAGE(COORDINATOR),
  /** {@link CaseEvent.Acknowledged}: the owner side. */
  ACKNOWLEDGE(OWNER, SUPERVISOR, DIRECTOR),
  /** {@link CaseEvent.ActionPlanned}: the owner side. */
  PLAN_ACTION(OWNER, SUPERVISOR, DIRECTOR),
  /** {@link CaseEvent.WorkStarted}: the owner side. */
  START_WORK(OWNER, SUPERVISOR, DIRECTOR),
  /** {@link CaseEvent.Resolved}: the owner side. */
  RESOLVE(OWNER, SUPERVISOR, DIRECTOR),
  /** {@link CaseEvent.Confirmed}: the submitter side. */
  CONFIRM(SUBMITTER, PROXY),
  /** {@link CaseEvent.Rejected}: the submitter side. */
  REJECT(SUBMITTER, PROXY),
  /** {@link CaseEvent.Closed}: after the submitter confirmed; either side or a coordinator. */
  CLOSE(SUBMITTER, PROXY, OWNER, SUPERVISOR, DIRECTOR, COORDINATOR),
  /** {@link CaseEvent.AutoClosed}: Huifang itself, once the confirmation window ran out. */
  AUTO_CLOSE(SYSTEM),
  /** {@link CaseEvent.Reopened}: the submitter side (contesting) or a coordinator. */
  REOPEN(SUBMITTER, PROXY, COORDINATOR),
  /** {@link CaseEvent.Declined}: the owner side or a coordinator. */
  DECLINE(OWNER, SUPERVISOR, DIRECTOR, COORDINATOR),
  /** {@link CaseEvent.Merged}: a coordinator. */
  MERGE(COORDINATOR),
  /** {@link CaseEvent.InfoRequested}: the owner side or a coordinator. */
  REQUEST_INFO(OWNER, SUPERVISOR, DIRECTOR, COORDINATOR),
  /** {@link CaseEvent.InfoProvided}: the submitter side. */
  PROVIDE_INFO(SUBMITTER, PROXY),
  /** {@link CaseEvent.Escalated}: Huifang itself, for a time limit broken at that step. */
  ESCALATE(SYSTEM);

  private final Set<ActorRole> senders;

  CaseTrigger(ActorRole first, ActorRole... rest) {
    this.senders = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /** The roles that may send this trigger, when the actor holds the role for the case. */
  public Set<ActorRole> senders() {
    return senders;
  }

  /** True for the triggers only Huifang itself sends: escalation and automatic closure. */
  public boolean isSystem() {
    return senders.contains(SYSTEM);
  }
}
