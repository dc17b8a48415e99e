package dev.huifang.kafka.internal;

import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.Directory;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.Team;
import dev.huifang.core.Problem;
import dev.huifang.kafka.HuifangSerdes;
import dev.huifang.kafka.TeamStaff;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The loop an event is applied with: the topology's loop, its {@link Directory} joined with the
 * staff that the directory topic gives the teams the event concerns.
 *
 * <p>The only glue between the directory topic and the library's authorisation, kept in this one
 * class. Rules: the teams are the central desk ({@link Team#TRIAGE_QUEUE}), the case's team, and
 * the team a submission or a triage routes the case to; the library then decides, from the case
 * and the directory alone, who may do what. The store holds only valid records
 * ({@link DirectoryProcessor}); should it hold an unreadable one all the same, that team is taken
 * to have no staff from the topic, and the other teams' staff still apply.
 */
public final class StreamDirectory {

  private final FeedbackLoop loop;
  private final Function<String, byte @Nullable []> staffOf;
  private final Map<String, Cached> cache = new HashMap<>();
  /** The loops joined last, by the records they joined (few: an event concerns up to 3 teams). */
  private final Map<List<Cached>, Either<Problem, FeedbackLoop>> joined = new HashMap<>();
  private static final int JOINED = 256;

  /** A directory reading staff records (the directory topic's raw values) through staffOf. */
  public StreamDirectory(FeedbackLoop loop, Function<String, byte @Nullable []> staffOf) {
    this.loop = loop;
    this.staffOf = staffOf;
  }

  /**
   * The loop to apply {@code event} to {@code current} with (or, without an event, to advance
   * {@code current} with: escalations name the supervisors and directors of the case's team), or
   * why there is none.
   */
  public Either<Problem, FeedbackLoop> loopFor(@Nullable CaseEvent event,
      @Nullable FeedbackCase current) {
    TreeSet<Team> teams = new TreeSet<>();
    teams.add(Team.TRIAGE_QUEUE);
    if (current != null) {
      teams.add(current.routing().team());
    }
    if (event instanceof CaseEvent.Triaged triaged) {
      teams.add(loop.policy().routing().route(triaged.category()).team());
    } else if (event instanceof CaseEvent.Submitted submitted) {
      teams.add(loop.policy().routing().route(submitted.category()).team());
    }
    List<Cached> used = new ArrayList<>(teams.size());
    for (Team team : teams) {
      byte[] raw = staffOf.apply(team.code());
      if (raw != null) {
        Cached staff = read(team.code(), raw);
        if (staff.staff().isValid()) {
          used.add(staff);
        }
      }
    }
    if (used.isEmpty()) {
      return Either.right(loop);
    }
    Either<Problem, FeedbackLoop> known = joined.get(used);
    if (known == null) {
      known = join(used);
      if (joined.size() >= JOINED) {
        joined.clear();
      }
      joined.put(used, known);
    }
    return known;
  }

  /** The loop with the base directory joined with the staff of {@code used}. */
  private Either<Problem, FeedbackLoop> join(List<Cached> used) {
    Directory base = loop.directory();
    SortedMap<String, SortedSet<ActorId>> coordinators = new TreeMap<>(base.coordinators());
    SortedMap<String, SortedSet<ActorId>> supervisors = new TreeMap<>(base.supervisors());
    SortedMap<String, SortedSet<ActorId>> directors = new TreeMap<>(base.directors());
    for (Cached cached : used) {
      Team team = Team.of(cached.team());
      TeamStaff staff = cached.staff().get();
      join(coordinators, team, staff.coordinators());
      join(supervisors, team, staff.supervisors());
      join(directors, team, staff.directors());
    }
    Validation<Seq<Problem>, Directory> joined =
        Directory.validate(base.systemActor(), coordinators, supervisors, directors);
    if (joined.isInvalid()) {
      return Either.left(joined.getError().head().under("directory"));
    }
    return Either.right(FeedbackLoop.of(loop.policy(), joined.get()));
  }

  /** The team's record as read, the same instance for as long as its bytes do not change. */
  private Cached read(String team, byte[] raw) {
    Cached known = cache.get(team);
    if (known != null && Arrays.equals(known.raw, raw)) {
      return known;
    }
    Cached staff = new Cached(team, raw, HuifangSerdes.read(raw, TeamStaff.class));
    cache.put(team, staff);
    return staff;
  }

  private static void join(SortedMap<String, SortedSet<ActorId>> map, Team team,
      SortedSet<ActorId> ids) {
    if (ids.isEmpty()) {
      return;
    }
    TreeSet<ActorId> all = new TreeSet<>(map.getOrDefault(team.code(), new TreeSet<>()));
    all.addAll(ids);
    map.put(team.code(), all);
  }

  /**
   * A team's record and what it reads as; compared by identity (its bytes are an array), so that a
   * joined loop is reused only while every record it joined is the same.
   */
  private record Cached(String team, byte[] raw, Validation<Seq<Problem>, TeamStaff> staff) {}
}
