package dev.huifang.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.EventHeader;
import dev.huifang.closedloop.EventId;
import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.CaseId;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case-loop topology against the library called directly, in a TopologyTestDriver. */
class CaseTopologyTest {

  /** The topology's loop: Huifang's own actor only; the staff come from the directory topic. */
  private static final FeedbackLoop LOOP = FeedbackLoop.ofDefaults();
  /** The library called directly, as the examples do: the same staff in the loop's directory. */
  private static final FeedbackLoop LIBRARY = FeedbackLoop.ofDefaults(CaseScenarios.STAFF);

  @TempDir
  Path state;

  @Test
  void changhongTrainingCaseEndsAsWithTheLibrary() {
    sameAsLibrary(CaseScenarios.changhongTraining());
  }

  @Test
  void headhuntingCaseEscalatesTwiceOnStreamTimeAsWithTheLibrary() {
    List<CaseEffect> effects = sameAsLibrary(CaseScenarios.headhuntingEscalation());

    assertThat(effects).extracting(CaseEffect::effect).filteredOn(Effect.Escalate.class::isInstance)
        .extracting(e -> ((Effect.Escalate) e).level()).containsExactly(1, 2);
    assertThat(effects).filteredOn(e -> e.kind().equals("escalate"))
        .extracting(CaseEffect::cause).containsOnly(CaseEffect.TICK);
  }

  @Test
  void staffingNoShowCaseIsClosedAsWithTheLibrary() {
    List<CaseEffect> effects = sameAsLibrary(CaseScenarios.staffingNoShow());

    assertThat(effects).filteredOn(e -> e.kind().equals("closed")).singleElement()
        .satisfies(e -> assertThat(e.state()).isEqualTo(CaseState.CLOSED));
  }

  @Test
  void interleavedScenariosGiveEveryCaseTheLibrarysStateAndEffects() {
    List<CaseScenarios.Step> steps = CaseScenarios.all();
    LibraryRun library = LibraryRun.atEveryInstant(LIBRARY, steps);
    try (CaseDriver driver = new CaseDriver(LOOP, state).pipe(steps)) {
      assertThat(driver.casesAsJson()).isEqualTo(json(library.cases));
      assertThat(byCase(driver.effects.readValuesToList())).isEqualTo(byCase(library.effects));
      assertThat(driver.deadLetters.isEmpty()).isTrue();
    }
  }

  @Test
  void replayingTheInputFromTheStartGivesIdenticalOutputs() {
    List<CaseScenarios.Step> steps = withPoison(CaseScenarios.all());
    Outputs first;
    try (CaseDriver driver = new CaseDriver(LOOP, state.resolve("first"))) {
      first = pipeAndRead(driver, steps);
    }
    try (CaseDriver driver = new CaseDriver(LOOP, state.resolve("second"))) {
      assertThat(pipeAndRead(driver, steps)).isEqualTo(first);
    }
    assertThat(first.effects).isNotEmpty();
    assertThat(first.deadLetters).hasSize(1);
  }

  @Test
  void replayingTheInputIntoTheSameStateEmitsNothingNew() {
    List<CaseScenarios.Step> steps = CaseScenarios.all();
    try (CaseDriver driver = new CaseDriver(LOOP, state).pipe(steps)) {
      Map<String, String> cases = driver.casesAsJson();
      driver.effects.readValuesToList();

      driver.pipe(steps);

      assertThat(driver.effects.isEmpty()).isTrue();
      assertThat(driver.deadLetters.isEmpty()).isTrue();
      assertThat(driver.casesAsJson()).isEqualTo(cases);
    }
  }

  @Test
  void theSameEventTwiceIsAppliedOnce() {
    List<CaseScenarios.Step> steps = new ArrayList<>(CaseScenarios.staffingNoShow());
    steps.add(3, steps.get(2));
    try (CaseDriver driver = new CaseDriver(LOOP, state).pipe(steps)) {
      FeedbackCase closed = driver.caseStore().get("case-2026-0704-noshow");
      assertThat(closed.version()).isEqualTo(8);
      assertThat(closed.events()).extracting(e -> e.eventId().value()).containsOnlyOnce("ns-3");
      List<CaseEffect> effects = driver.effects.readValuesToList();
      assertThat(effects).isEqualTo(LibraryRun.of(LIBRARY, CaseScenarios.staffingNoShow()).effects);
      assertThat(driver.deadLetters.isEmpty()).isTrue();
    }
  }

  @Test
  void poisonedRecordsLandInTheDeadLetterTopicWithTheirProblemsAndTheStreamGoesOn() {
    Instant at = CaseScenarios.STAFFING_REVIEW;
    try (CaseDriver driver = new CaseDriver(LOOP, state)) {
      driver.pipeRaw("case-x", "{not json", at);
      driver.pipeRaw("case-x", "{\"type\":\"acknowledged\",\"eventId\":\"x-1\"}", at);
      driver.events.pipeInput("case-x", new byte[] {(byte) 0xff, (byte) 0xfe}, at);
      driver.events.pipeInput("case-x", (byte[]) null, at);
      driver.pipe(CaseScenarios.staffingNoShow());

      List<DeadLetter> letters = driver.deadLetters.readValuesToList();
      assertThat(letters).hasSize(4).allSatisfy(letter -> {
        assertThat(letter.stage()).isEqualTo(DeadLetter.READ);
        assertThat(letter.topic()).isEqualTo(CaseDriver.TOPICS.caseEvents());
        assertThat(letter.key()).isEqualTo("case-x");
        assertThat(letter.problems()).isNotEmpty();
      });
      assertThat(letters.get(0).value()).isEqualTo("{not json");
      assertThat(letters.get(0).problems()).extracting(Problem::code).contains(Problem.FORMAT);
      assertThat(letters.get(1).problems()).extracting(Problem::code)
          .containsAnyOf(Problem.REQUIRED, Problem.FORMAT);
      assertThat(letters.get(2).encoding()).isEqualTo("base64");
      assertThat(letters.get(2).problems().get(0).message()).contains("must be UTF-8 text");
      assertThat(letters.get(3).encoding()).isEqualTo("none");
      assertThat(letters).extracting(DeadLetter::offset).containsExactly(0L, 1L, 2L, 3L);
      assertThat(driver.caseStore().get("case-2026-0704-noshow").state())
          .isEqualTo(CaseState.CLOSED);
    }
  }

  @Test
  void refusedEventsLandInTheDeadLetterTopicNamingTheRule() {
    List<CaseScenarios.Step> steps = new ArrayList<>(CaseScenarios.staffingNoShow().subList(0, 1));
    CaseId c = CaseId.of("case-2026-0704-noshow");
    Instant at = CaseScenarios.STAFFING_REVIEW.plus(Duration.ofHours(1));
    steps.add(new CaseScenarios.Event(EventHeader.id("bad-1").of(c).by("coord-zhou",
        ActorRole.COORDINATOR).at(at)
        .triaged(dev.huifang.closedloop.Category.NO_SHOW, "cs-li")));
    steps.add(new CaseScenarios.Event(EventHeader.id("bad-2").of(c).by("supervisor-liu",
        ActorRole.COORDINATOR).at(at)
        .triaged(dev.huifang.closedloop.Category.NO_SHOW, "cs-li")));
    steps.add(new CaseScenarios.Event(EventHeader.id("bad-3").of(c).by("cs-li", ActorRole.OWNER)
        .at(at)
        .resolved("done")));
    steps.add(new CaseScenarios.Event(EventHeader.id("bad-4").of(CaseId.of("case-never-submitted"))
        .by("cs-li", ActorRole.OWNER).at(at)
        .acknowledged("hello")));
    try (CaseDriver driver = new CaseDriver(LOOP, state).pipe(steps)) {
      List<DeadLetter> letters = driver.deadLetters.readValuesToList();

      assertThat(letters).extracting(DeadLetter::stage).containsOnly(DeadLetter.APPLY);
      assertThat(letters).extracting(l -> l.problems().get(0).code()).containsExactly(
          Problem.FORBIDDEN, Problem.FORBIDDEN, Problem.FORBIDDEN, Problem.UNKNOWN);
      assertThat(letters.get(0).problems().get(0).message()).contains("coord-zhou");
      assertThat(letters.get(1).problems().get(0).message()).contains("supervisor-liu");
      assertThat(driver.caseStore().get(c.value()).state()).isEqualTo(CaseState.RECEIVED);
    }
  }

  @Test
  void aRestartFromTheChangelogContinuesWhereItLeftOff() {
    List<CaseScenarios.Step> steps = CaseScenarios.all();
    int half = steps.size() / 2;
    LibraryRun library = LibraryRun.atEveryInstant(LIBRARY, steps);
    List<CaseEffect> effects = new ArrayList<>();
    List<KeyValue<String, byte[]>> cases;
    List<KeyValue<String, byte[]>> deadlines;
    try (CaseDriver before = new CaseDriver(LOOP, state.resolve("before"))) {
      before.pipe(steps.subList(0, half));
      effects.addAll(before.effects.readValuesToList());
      cases = before.changelog(CaseDriver.CASES_CHANGELOG);
      deadlines = before.changelog(CaseDriver.DEADLINES_CHANGELOG);
    }
    assertThat(cases).isNotEmpty();
    try (CaseDriver after = new CaseDriver(LOOP, state.resolve("after"))) {
      after.restore(cases, deadlines);
      after.pipe(steps.subList(half, steps.size()));
      effects.addAll(after.effects.readValuesToList());

      assertThat(after.casesAsJson()).isEqualTo(json(library.cases));
      assertThat(byCase(effects)).isEqualTo(byCase(library.effects));
    }
  }

  @Test
  void theDeadlineIndexKeysACaseByTheFirstInstantAtWhichTheLibraryWouldChangeIt() {
    List<CaseScenarios.Step> steps = CaseScenarios.headhuntingEscalation();
    try (CaseDriver driver = new CaseDriver(LOOP, state).pipe(steps)) {
      Map<String, String> index = driver.deadlines();
      assertThat(index.values()).containsExactly("case-2026-0511-urgent");
      Instant due = Instant.ofEpochMilli(Long.parseLong(index.keySet().iterator().next()
          .substring(0, 19)));
      FeedbackCase urgent = driver.caseStore().get("case-2026-0511-urgent");

      assertThat(LOOP.advance(urgent, due.minusMillis(1)).get().events()).isEmpty();
      assertThat(LOOP.advance(urgent, due).get().events()).isNotEmpty();
    }
  }

  @Test
  void theDeadlineIndexKeepsClosedCasesOnlyUntilTheyLeaveTheStore() {
    try (CaseDriver driver = new CaseDriver(LOOP, state)) {
      driver.pipe(CaseScenarios.changhongTraining()).pipe(CaseScenarios.staffingNoShow());
      Map<String, String> expected = new TreeMap<>();
      for (String id : List.of("case-2026-0619-training", "case-2026-0704-noshow")) {
        Instant closed = driver.caseStore().get(id).closedAt();
        Instant leaves = closed.plus(CaseLoopSettings.DEFAULT_KEEP_CLOSED).plusMillis(1);
        expected.put(String.format("%019d|%s", leaves.toEpochMilli(), id), id);
      }
      assertThat(driver.deadlines()).isEqualTo(expected);
    }
  }

  private List<CaseEffect> sameAsLibrary(List<CaseScenarios.Step> steps) {
    LibraryRun library = LibraryRun.of(LIBRARY, steps);
    try (CaseDriver driver = new CaseDriver(LOOP, state).pipe(steps)) {
      List<CaseEffect> effects = driver.effects.readValuesToList();
      assertThat(driver.casesAsJson()).isEqualTo(json(library.cases));
      assertThat(effects).isEqualTo(library.effects);
      assertThat(driver.deadLetters.isEmpty()).isTrue();
      return effects;
    }
  }

  private static List<CaseScenarios.Step> withPoison(List<CaseScenarios.Step> steps) {
    List<CaseScenarios.Step> out = new ArrayList<>(steps);
    // a triage by someone who is not in the directory: refused, and kept as a dead letter
    out.add(2, new CaseScenarios.Event(EventHeader.id("poison-1").of(CaseId
        .of("case-2026-0511-urgent")).by("mallory", ActorRole.COORDINATOR).at(steps.get(2).at())
        .triaged(dev.huifang.closedloop.Category.URGENT_ORDER_FEEDBACK, "mallory")));
    return out;
  }

  private record Outputs(List<String> effects, List<String> deadLetters, Map<String, String> cases,
      Map<String, String> deadlines) {}

  private static Outputs pipeAndRead(CaseDriver driver, List<CaseScenarios.Step> steps) {
    driver.pipe(steps);
    return new Outputs(
        driver.effects.readValuesToList().stream().map(HuifangJson::write).toList(),
        driver.deadLetters.readValuesToList().stream().map(HuifangJson::write).toList(),
        driver.casesAsJson(), driver.deadlines());
  }

  private static Map<String, String> json(Map<CaseId, FeedbackCase> cases) {
    Map<String, String> out = new TreeMap<>();
    cases.forEach((id, c) -> out.put(id.value(), HuifangJson.write(c)));
    return out;
  }

  private static Map<CaseId, List<CaseEffect>> byCase(List<CaseEffect> effects) {
    Map<CaseId, List<CaseEffect>> out = new TreeMap<>();
    Supplier<List<CaseEffect>> list = ArrayList::new;
    effects.forEach(e -> out.computeIfAbsent(e.caseId(), id -> list.get()).add(e));
    return out;
  }
}
