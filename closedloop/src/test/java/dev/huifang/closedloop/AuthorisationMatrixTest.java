package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.machine.Transition;
import dev.huifang.core.CaseId;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every (state, event kind, relation of the actor to the case) against the two tables of
 * {@code docs/closedloop-authorisation.md}: who may send each event, and which states accept it.
 */
class AuthorisationMatrixTest {

  private static final Path DOC = Path.of("..", "docs", "closedloop-authorisation.md");
  private static final Instant AT = T0.plus(Duration.ofDays(30));

  /** A relation of an actor to the case: who acts, in which role. */
  private record Relation(String column, String actor, ActorRole role) {}

  private static final List<Relation> RELATIONS = List.of(
      new Relation("submitter", "client-1", ActorRole.SUBMITTER),
      new Relation("proxy", "proxy-1", ActorRole.PROXY),
      new Relation("owner", "owner-1", ActorRole.OWNER),
      new Relation("coordinator", "coord-1", ActorRole.COORDINATOR),
      new Relation("escalated supervisor", "sup-1", ActorRole.SUPERVISOR),
      new Relation("escalated director", "dir-1", ActorRole.DIRECTOR),
      new Relation("Huifang (system)", "huifang", ActorRole.SYSTEM));

  /** Who claims each role without holding it: strangers, and the submitter claiming staff roles. */
  private static final List<Relation> IMPOSTORS = List.of(
      new Relation("anyone else", "stranger", ActorRole.COORDINATOR),
      new Relation("anyone else", "stranger", ActorRole.OWNER),
      new Relation("anyone else", "stranger", ActorRole.SUBMITTER),
      new Relation("anyone else", "stranger", ActorRole.SYSTEM),
      new Relation("anyone else", "owner-2", ActorRole.SUPERVISOR),
      new Relation("anyone else", "client-1", ActorRole.COORDINATOR),
      new Relation("anyone else", "client-1", ActorRole.SUPERVISOR),
      new Relation("anyone else", "proxy-1", ActorRole.OWNER));

  private final FeedbackLoop loop = LoopGen.loop();

  private static List<List<String>> table(String heading) throws IOException {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    int at = lines.indexOf(heading);
    assertThat(at).as("heading %s in %s", heading, DOC).isNotNegative();
    List<List<String>> rows = new ArrayList<>();
    for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      String line = lines.get(i);
      if (!line.startsWith("|") || line.startsWith("|---")) {
        if (!rows.isEmpty() && !line.startsWith("|")) {
          break;
        }
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
        cells.add(cell.trim());
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String kind(CaseEvent e) {
    return e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2")
        .toLowerCase(Locale.ROOT);
  }

  /** One event of each kind but submitted, from {@code r}, that passes its own field checks. */
  private static List<CaseEvent> events(Relation r) {
    String a = r.actor();
    ActorRole role = r.role();
    String id = "x-1";
    return List.of(
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .triaged(Category.NO_SHOW, "owner-1"),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .acknowledged("ok"),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .actionPlanned("plan"),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .workStarted("go"),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .resolved("done"),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .confirmed("thanks"),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .rejected("no"),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .closed("closed"),
        EventHeader.id("system:x-1").of(CASE).by(a, role).at(AT)
            .autoClosed("silent"),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .reopened("again"),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .declined("out of scope"),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .merged(CaseId.of("case-0")),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .infoRequested("which shift?"),
        EventHeader.id(id).of(CASE).by(a, role).at(AT)
            .infoProvided("night"),
        EventHeader.id("system:x-1").of(CASE).by(a, role).at(AT)
            .escalated(SlaClock.VISIBLE_ACTION, 1, ActorRole.OWNER, List.of()));
  }

  /**
   * A case in {@code state}, owned by owner-1, escalated to sup-1 and dir-1, in which every
   * documented condition of {@code kind} holds at {@link #AT}.
   */
  private FeedbackCase caseIn(CaseState state, String kind) {
    FeedbackCase opened = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    FeedbackCase.Builder b = FeedbackCase.builder().from(opened).state(state).owner(ActorId
        .of("owner-1"))
        .escalationTargets(new TreeMap<>(Map.of(ActorId.of("sup-1"), ActorRole.SUPERVISOR,
            ActorId.of("dir-1"), ActorRole.DIRECTOR)));
    if (state == CaseState.RESOLVED) {
      b.resolvedAt(T0.plus(Duration.ofDays(1)));
    }
    if (state == CaseState.CLOSED || state == CaseState.WONT_FIX
        || state == CaseState.MERGED_AS_DUPLICATE) {
      b.closedAt(AT.minus(Duration.ofDays(1)));
    }
    if (kind.equals("info_provided")) {
      b.awaitingSince(T0.plus(Duration.ofDays(2)));
    }
    return b.build();
  }

  @Test
  void theTransitionTableIsTheDocumentedOne() throws IOException {
    Set<List<String>> documented = new HashSet<>();
    for (List<String> row : table("## Which states accept each event").subList(1,
        table("## Which states accept each event").size())) {
      documented.add(List.of(row.get(0), row.get(1), row.get(2), row.get(3)));
    }
    Map<CaseTrigger, String> kinds = new HashMap<>();
    for (CaseEvent e : events(RELATIONS.get(0))) {
      kinds.put(e.trigger(), kind(e));
    }
    Set<List<String>> actual = new HashSet<>();
    for (Transition<CaseState, CaseTrigger, CaseContext> t : loop.definition().transitions()) {
      actual.add(List.of(t.from().name(), kinds.get(t.event()), t.to().name(),
          t.guard() == null ? "" : t.guard().name()));
    }
    assertThat(actual).isEqualTo(documented);
  }

  @Test
  void everyStateKindAndRelationAnswersAsDocumented() throws IOException {
    List<List<String>> who = table("## Who may send each event");
    List<String> columns = who.get(0);
    Map<String, List<String>> allowed = new HashMap<>();
    for (List<String> row : who.subList(1, who.size())) {
      allowed.put(row.get(0), row);
    }
    Set<String> accepting = new HashSet<>();
    List<List<String>> moves = table("## Which states accept each event");
    for (List<String> row : moves.subList(1, moves.size())) {
      accepting.add(row.get(0) + " " + row.get(1));
    }
    List<Relation> all = new ArrayList<>(RELATIONS);
    all.addAll(IMPOSTORS);
    int checked = 0;
    for (CaseState state : CaseState.values()) {
      for (Relation r : all) {
        for (CaseEvent e : events(r)) {
          String kind = kind(e);
          FeedbackCase c = caseIn(state, kind);
          boolean may = allowed.get(kind).get(columns.indexOf(r.column())).equals("yes");
          boolean accepts = accepting.contains(state + " " + kind);
          Validation<Seq<Problem>, CaseStep> step = loop.apply(c, e);
          String what = state + " / " + kind + " / " + r;
          if (!may) {
            assertThat(step.isInvalid()).as(what).isTrue();
            assertThat(step.getError().map(Problem::code)).as(what + ": " + step.getError())
                .containsExactly(Problem.FORBIDDEN);
          } else if (!accepts) {
            assertThat(step.isInvalid()).as(what).isTrue();
            assertThat(step.getError().map(Problem::code)).as(what + ": " + step.getError())
                .containsExactly(FeedbackLoop.STATE_ORDER);
          } else {
            assertThat(step.isValid()).as(what + ": " + step).isTrue();
            assertThat(step.get().feedbackCase().version()).as(what).isEqualTo(2);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(CaseState.values().length * all.size() * 15);
  }
}
