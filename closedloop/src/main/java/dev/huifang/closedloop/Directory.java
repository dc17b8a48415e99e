package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Who holds which standing role, as the host app knows it from its own user store: the
 * coordinators, supervisors and directors of each team, and the actor id Huifang's own events
 * carry. A plain value with pure lookups; Huifang never stores credentials, it only reads ids.
 *
 * <p>Authorisation takes an actor's roles for a case from the case itself (submitter, proxies,
 * owner, escalation targets) and from this directory, never from what an event claims.
 * Coordinators of {@link Team#TRIAGE_QUEUE} are the central desk and coordinate every team's
 * cases; the coordinators of a team coordinate the cases routed to it.
 *
 * <p>Rules: the system actor is not blank and holds no other role; actor ids and team codes are
 * not blank ({@link Problem#BLANK}, {@link Problem#CONFLICT} for a system actor listed in a team).
 *
 * @param systemActor the actor id of the events Huifang adds itself (escalations, automatic
 *     closures)
 * @param coordinators team code to the actor ids that coordinate its cases
 * @param supervisors team code to the actor ids of its supervisors (second escalation step)
 * @param directors team code to the actor ids of its directors (last escalation step)
 */
public record Directory(
    ActorId systemActor,
    SortedMap<String, SortedSet<ActorId>> coordinators,
    SortedMap<String, SortedSet<ActorId>> supervisors,
    SortedMap<String, SortedSet<ActorId>> directors) {

  /** The actor id of Huifang's own events in {@link #systemOnly()}. */
  public static final String DEFAULT_SYSTEM_ACTOR = "huifang";

  /**
   * Creates a directory.
   *
   * @throws dev.huifang.core.InvalidModelException if a rule is broken
   */
  @JsonCreator
  public Directory(
      @JsonProperty("systemActor") ActorId systemActor,
      @JsonProperty("coordinators") SortedMap<String, SortedSet<ActorId>> coordinators,
      @JsonProperty("supervisors") SortedMap<String, SortedSet<ActorId>> supervisors,
      @JsonProperty("directors") SortedMap<String, SortedSet<ActorId>> directors) {
    Checklist checks = Checklist.root().id("systemActor", systemActor);
    check(checks, "coordinators", coordinators, systemActor);
    check(checks, "supervisors", supervisors, systemActor);
    check(checks, "directors", directors, systemActor);
    checks.throwIfAny("Directory");
    this.systemActor = systemActor;
    this.coordinators = copy(coordinators);
    this.supervisors = copy(supervisors);
    this.directors = copy(directors);
  }

  /** A directory with only Huifang's own actor ({@link #DEFAULT_SYSTEM_ACTOR}): no staff. */
  public static Directory systemOnly() {
    return new Directory(ActorId.of(DEFAULT_SYSTEM_ACTOR), new TreeMap<>(), new TreeMap<>(),
        new TreeMap<>());
  }

  /** The directory, or every Problem of its rules. */
  public static Validation<Seq<Problem>, Directory> validate(ActorId systemActor,
      SortedMap<String, SortedSet<ActorId>> coordinators,
      SortedMap<String, SortedSet<ActorId>> supervisors,
      SortedMap<String, SortedSet<ActorId>> directors) {
    return Validated.of(() -> new Directory(systemActor, coordinators, supervisors, directors));
  }

  /** This directory with {@code actor} as a coordinator of {@code team}. */
  public Directory withCoordinator(Team team, ActorId actor) {
    return new Directory(systemActor, add(coordinators, team, actor), supervisors, directors);
  }

  /** This directory with the actor of id {@code actor} as a coordinator of {@code team}. */
  public Directory withCoordinator(Team team, String actor) {
    return withCoordinator(team, ActorId.of(actor));
  }

  /** This directory with {@code actor} as a supervisor of {@code team}. */
  public Directory withSupervisor(Team team, ActorId actor) {
    return new Directory(systemActor, coordinators, add(supervisors, team, actor), directors);
  }

  /** This directory with the actor of id {@code actor} as a supervisor of {@code team}. */
  public Directory withSupervisor(Team team, String actor) {
    return withSupervisor(team, ActorId.of(actor));
  }

  /** This directory with {@code actor} as a director of {@code team}. */
  public Directory withDirector(Team team, ActorId actor) {
    return new Directory(systemActor, coordinators, supervisors, add(directors, team, actor));
  }

  /** This directory with the actor of id {@code actor} as a director of {@code team}. */
  public Directory withDirector(Team team, String actor) {
    return withDirector(team, ActorId.of(actor));
  }

  /** True when {@code actor} is Huifang's own actor. */
  public boolean isSystem(ActorId actor) {
    return systemActor.equals(actor);
  }

  /**
   * True when {@code actor} coordinates the cases of {@code team}: a coordinator of that team or
   * of the central {@link Team#TRIAGE_QUEUE}.
   */
  public boolean isCoordinator(ActorId actor, Team team) {
    return holds(coordinators, team.code(), actor)
        || holds(coordinators, Team.TRIAGE_QUEUE.code(), actor);
  }

  /**
   * The actor ids that hold a standing {@code role} for {@code team}: its supervisors, directors
   * or coordinators; empty for every other role (those come from the case, not the directory).
   */
  public SortedSet<ActorId> holders(ActorRole role, Team team) {
    SortedMap<String, SortedSet<ActorId>> map;
    switch (role) {
      case SUPERVISOR:
        map = supervisors;
        break;
      case DIRECTOR:
        map = directors;
        break;
      case COORDINATOR:
        map = coordinators;
        break;
      default:
        return Collections.emptySortedSet();
    }
    SortedSet<ActorId> ids = map.get(team.code());
    return ids == null ? Collections.emptySortedSet() : ids;
  }

  private static boolean holds(Map<String, SortedSet<ActorId>> map, String team, ActorId actor) {
    SortedSet<ActorId> ids = map.get(team);
    return ids != null && ids.contains(actor);
  }

  private static void check(Checklist checks, String field,
      SortedMap<String, SortedSet<ActorId>> map, @Nullable ActorId systemActor) {
    checks.present(field, map);
    if (map == null) {
      return;
    }
    for (Map.Entry<String, SortedSet<ActorId>> e : map.entrySet()) {
      String at = Problem.join(field, e.getKey());
      checks.notBlank(field, e.getKey());
      checks.present(at, e.getValue());
      if (e.getValue() == null) {
        continue;
      }
      for (ActorId actor : e.getValue()) {
        checks.id(at, actor);
        checks.require(actor == null || !actor.equals(systemActor), Problem.CONFLICT, at,
            actor == null ? null : actor.value(),
            "must not list the system actor: Huifang's own id holds no staff role");
      }
    }
  }

  private static SortedMap<String, SortedSet<ActorId>> copy(
      SortedMap<String, SortedSet<ActorId>> map) {
    TreeMap<String, SortedSet<ActorId>> out = new TreeMap<>();
    for (Map.Entry<String, SortedSet<ActorId>> e : map.entrySet()) {
      out.put(e.getKey(), Collections.unmodifiableSortedSet(new TreeSet<>(e.getValue())));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  private static SortedMap<String, SortedSet<ActorId>> add(
      SortedMap<String, SortedSet<ActorId>> map, Team team, ActorId actor) {
    requireNonNull(team, "team is null");
    requireNonNull(actor, "actor is null");
    TreeMap<String, SortedSet<ActorId>> out = new TreeMap<>(map);
    TreeSet<ActorId> ids = new TreeSet<>(map.getOrDefault(team.code(), new TreeSet<>()));
    ids.add(actor);
    out.put(team.code(), ids);
    return out;
  }
}
