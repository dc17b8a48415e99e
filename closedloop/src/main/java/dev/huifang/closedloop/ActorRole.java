package dev.huifang.closedloop;

/**
 * The role an actor claims when it sends a {@link CaseEvent}; authorisation checks it together with
 * the actor's id.
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
