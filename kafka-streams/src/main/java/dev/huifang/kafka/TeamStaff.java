package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.ActorId;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The standing roles of one team, as a record of the compacted directory topic keyed by team code:
 * who coordinates its cases, who supervises it, who directs it. The record keyed
 * {@code triage_queue} is the central desk, whose coordinators coordinate every team's cases.
 *
 * <p>Rule: before an event is applied, the staff of the teams it concerns (the case's team, the
 * team a triage or a submission routes it to, and the central desk) are added to the loop's
 * {@link dev.huifang.closedloop.Directory}, which then authorises the event as the library always
 * does; a tombstone removes the team's staff.
 *
 * @param coordinators the actor ids that coordinate the team's cases
 * @param supervisors the actor ids of the team's supervisors (second escalation step)
 * @param directors the actor ids of the team's directors (last escalation step)
 */
public record TeamStaff(
    SortedSet<ActorId> coordinators, SortedSet<ActorId> supervisors, SortedSet<ActorId> directors) {

  /**
   * Creates the staff of a team; the sets are copied.
   *
   * @throws NullPointerException if a set is null
   */
  public TeamStaff {
    coordinators = copy(requireNonNull(coordinators, "coordinators is null"));
    supervisors = copy(requireNonNull(supervisors, "supervisors is null"));
    directors = copy(requireNonNull(directors, "directors is null"));
  }

  private static SortedSet<ActorId> copy(SortedSet<ActorId> ids) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(ids));
  }
}
