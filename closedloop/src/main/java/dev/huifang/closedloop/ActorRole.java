package dev.huifang.closedloop;

/**
 * The role an actor acts in when it sends a {@link CaseEvent}. Authorisation never trusts it: the
 * actor must hold the role for the case, as the case (submitter, proxies, owner, escalation
 * targets) and the host's {@link Directory} (coordinators, supervisors, directors, Huifang's own
 * actor) say.
 */
public enum ActorRole {
  /** The person who raised the feedback: a worker, a client, an internal team member. */
  SUBMITTER,
  /** Someone the submitter declared to act for them (a client's assistant, an agency contact). */
  PROXY,
  /** Sorts incoming cases, assigns owners, merges duplicates. */
  COORDINATOR,
  /** The person a case is assigned to. */
  OWNER,
  /** The owner's supervisor, second step of the escalation ladder. */
  SUPERVISOR,
  /** The director, last step of the escalation ladder. */
  DIRECTOR,
  /** Huifang itself: escalations and automatic closures from {@link FeedbackLoop#advance}. */
  SYSTEM
}
