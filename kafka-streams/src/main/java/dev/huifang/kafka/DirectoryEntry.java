package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.Team;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One actor of the host's directory, as a record of the compacted directory topic keyed by actor
 * id: the roles the actor holds and the teams they hold them for.
 *
 * <p>Rule: an event that claims {@link ActorRole#COORDINATOR}, {@link ActorRole#SUPERVISOR} or
 * {@link ActorRole#DIRECTOR} is applied only when the directory gives its actor that role for the
 * case's team; a tombstone removes the actor.
 *
 * @param actorId the actor's id, the record's key
 * @param roles the roles held
 * @param teams the teams the roles are held for
 */
public record DirectoryEntry(String actorId, SortedSet<ActorRole> roles, SortedSet<Team> teams) {

  /**
   * Creates an entry; the sets are copied.
   *
   * @throws NullPointerException if an argument is null
   */
  public DirectoryEntry {
    requireNonNull(actorId, "actorId is null");
    roles = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(roles, "roles is null")));
    teams = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(teams, "teams is null")));
  }
}
