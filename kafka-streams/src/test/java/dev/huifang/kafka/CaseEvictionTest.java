package dev.huifang.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.EventHeader;
import dev.huifang.closedloop.EventId;
import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.LoopPolicy;
import dev.huifang.closedloop.LoopLimits;
import dev.huifang.core.CaseId;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finished cases leave the case store once their reopen window is over on stream time. */
class CaseEvictionTest {

  private static final Duration KEEP = Duration.ofDays(2);
  /** The library's reopen window and the topology's keepClosed agree: two days. */
  private static final FeedbackLoop LOOP = FeedbackLoop.of(LoopPolicy.defaults().withLimits(
      LoopPolicy.defaults().limits().withReopenWindow(KEEP)));
  private static final CaseId NO_SHOW = CaseId.of("case-2026-0704-noshow");
  /** When the no-show case is closed (its last event). */
  private static final Instant CLOSED = CaseScenarios.STAFFING_REVIEW.plus(Duration.ofHours(71));
  /** The last instant at which the closed no-show case may still be reopened. */
  private static final Instant EDGE = CLOSED.plus(KEEP);

  @TempDir
  Path state;

  /** Every millisecond of stream time is checked, so the edge is exact. */
  private CaseDriver driver(String dir, Duration tick) {
    return new CaseDriver(LOOP, state.resolve(dir), CaseLoopSettings.defaults()
        .withTick(tick).withKeepClosed(KEEP));
  }

  @Test
  void aClosedCaseStaysUntilTheEndOfItsReopenWindowAndLeavesOneMillisecondLater() {
    try (CaseDriver driver = driver("edge", Duration.ofMillis(1))) {
      driver.pipe(CaseScenarios.staffingNoShow());
      assertThat(driver.deadlines()).containsOnlyKeys(
          String.format("%019d|%s", EDGE.toEpochMilli() + 1, NO_SHOW.value()));

      driver.pipe(List.of(new CaseScenarios.Tick(EDGE)));
      assertThat(driver.caseStore().get(NO_SHOW.value())).isNotNull();

      driver.pipe(List.of(new CaseScenarios.Tick(EDGE.plusMillis(1))));
      assertThat(driver.caseStore().get(NO_SHOW.value())).isNull();
      assertThat(driver.deadlines()).isEmpty();
      List<KeyValue<String, byte[]>> changelog = driver.changelog(CaseDriver.CASES_CHANGELOG);
      assertThat(changelog.get(changelog.size() - 1)).isEqualTo(KeyValue.pair(NO_SHOW.value(),
          null));
      assertThat(driver.deadLetters.isEmpty()).isTrue();
    }
  }

  @Test
  void aReopenAtTheEdgeIsAppliedAndOneMillisecondLaterIsADeadLetter() {
    try (CaseDriver driver = driver("at-edge", CaseLoopSettings.DEFAULT_TICK)) {
      driver.pipe(CaseScenarios.staffingNoShow()).pipe(List.of(reopen("ns-9", EDGE)));
      assertThat(driver.caseStore().get(NO_SHOW.value()).state()).isEqualTo(CaseState.REOPENED);
      assertThat(driver.deadLetters.isEmpty()).isTrue();
    }
    try (CaseDriver driver = driver("after-edge", CaseLoopSettings.DEFAULT_TICK)) {
      driver.pipe(CaseScenarios.staffingNoShow());
      driver.effects.readValuesToList();

      driver.pipe(List.of(reopen("ns-9", EDGE.plusMillis(1))));

      assertThat(driver.caseStore().get(NO_SHOW.value())).isNull();
      assertThat(driver.deadlines()).isEmpty();
      assertThat(driver.effects.isEmpty()).isTrue();
      DeadLetter letter = driver.deadLetters.readValue();
      assertThat(letter.stage()).isEqualTo(DeadLetter.APPLY);
      assertThat(letter.problems()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo(Problem.UNKNOWN);
        assertThat(p.path()).isEqualTo("caseId");
        assertThat(p.message()).contains("removed after its reopen window", "PT48H");
      });
    }
  }

  @Test
  void aDeclinedCaseLeavesOnceThePolicysContestWindowIsOver() {
    List<CaseScenarios.Step> steps = new ArrayList<>(CaseScenarios.staffingNoShow().subList(0, 2));
    Instant declined = CaseScenarios.STAFFING_REVIEW.plus(Duration.ofHours(2));
    steps.add(new CaseScenarios.Event(EventHeader.id("ns-d").of(NO_SHOW).by("coord-wang",
        ActorRole.COORDINATOR).at(declined)
        .declined("the client withdrew the order")));
    Instant edge = declined.plus(LoopLimits.DEFAULT_CONTEST_WINDOW);
    try (CaseDriver driver = driver("declined", Duration.ofMillis(1)).pipe(steps)) {
      assertThat(driver.caseStore().get(NO_SHOW.value()).state()).isEqualTo(CaseState.WONT_FIX);

      driver.pipe(List.of(new CaseScenarios.Tick(edge)));
      assertThat(driver.caseStore().get(NO_SHOW.value())).isNotNull();
      driver.pipe(List.of(new CaseScenarios.Tick(edge.plusMillis(1))));
      assertThat(driver.caseStore().get(NO_SHOW.value())).isNull();
      assertThat(driver.deadLetters.isEmpty()).isTrue();
    }
  }

  @Test
  void lateEventsOfARemovedCaseAreDeadLettersAndBringNoCaseBack() {
    List<CaseScenarios.Step> original = CaseScenarios.staffingNoShow();
    try (CaseDriver driver = driver("late", CaseLoopSettings.DEFAULT_TICK)) {
      driver.pipe(original).pipe(List.of(new CaseScenarios.Tick(EDGE.plus(Duration.ofHours(1)))));
      driver.effects.readValuesToList();
      assertThat(driver.caseStore().get(NO_SHOW.value())).isNull();

      // the submission again, a repeat of the closure, and a new event, all late
      driver.pipe(List.of(original.get(0), original.get(7), acknowledge("ns-10", EDGE)));

      List<DeadLetter> letters = driver.deadLetters.readValuesToList();
      assertThat(letters).extracting(l -> l.problems().get(0).code())
          .containsExactly(Problem.RANGE, Problem.UNKNOWN, Problem.UNKNOWN);
      assertThat(letters.get(0).problems().get(0).message())
          .contains("would come back without its history");
      assertThat(driver.caseStore().get(NO_SHOW.value())).isNull();
      assertThat(driver.deadlines()).isEmpty();
      assertThat(driver.effects.isEmpty()).isTrue();
    }
  }

  @Test
  void replayingTheInputFromTheStartGivesIdenticalOutputsAndRemovals() {
    List<CaseScenarios.Step> steps = new ArrayList<>(CaseScenarios.all());
    steps.add(new CaseScenarios.Tick(EDGE.plus(Duration.ofMinutes(5))));
    steps.add(reopen("ns-9", EDGE.plus(Duration.ofMinutes(6))));
    steps.add(CaseScenarios.staffingNoShow().get(0));
    Outputs first = outputs("first", steps);
    assertThat(outputs("second", steps)).isEqualTo(first);
    assertThat(first.cases()).containsOnlyKeys("case-2026-0511-urgent");
    assertThat(first.deadLetters()).hasSize(2);
    assertThat(first.changelog()).contains(NO_SHOW.value() + "=null");
  }

  @Test
  void aRestartFromTheChangelogKeepsTheRemovalsAndTheIndex() {
    List<KeyValue<String, byte[]>> cases;
    List<KeyValue<String, byte[]>> deadlines;
    try (CaseDriver before = driver("before", CaseLoopSettings.DEFAULT_TICK)) {
      before.pipe(CaseScenarios.all());
      cases = before.changelog(CaseDriver.CASES_CHANGELOG);
      deadlines = before.changelog(CaseDriver.DEADLINES_CHANGELOG);
    }
    List<KeyValue<String, byte[]>> casesAfter;
    List<KeyValue<String, byte[]>> deadlinesAfter;
    try (CaseDriver middle = driver("middle", CaseLoopSettings.DEFAULT_TICK)) {
      middle.restore(cases, deadlines);
      // the restored index removes the case on the new instance's stream time
      middle.pipe(List.of(new CaseScenarios.Tick(EDGE.plus(Duration.ofMinutes(1)))));
      assertThat(middle.caseStore().get(NO_SHOW.value())).isNull();
      assertThat(middle.caseStore().get("case-2026-0619-training")).isNull();
      assertThat(middle.caseStore().get("case-2026-0511-urgent")).isNotNull();
      casesAfter = new ArrayList<>(cases);
      casesAfter.addAll(middle.changelog(CaseDriver.CASES_CHANGELOG));
      deadlinesAfter = new ArrayList<>(deadlines);
      deadlinesAfter.addAll(middle.changelog(CaseDriver.DEADLINES_CHANGELOG));
    }
    try (CaseDriver after = driver("after", CaseLoopSettings.DEFAULT_TICK)) {
      after.restore(casesAfter, deadlinesAfter);
      assertThat(after.caseStore().get(NO_SHOW.value())).isNull();

      after.pipe(List.of(reopen("ns-9", EDGE.plus(Duration.ofMinutes(2)))));

      assertThat(after.caseStore().get(NO_SHOW.value())).isNull();
      assertThat(after.deadLetters.readValue().problems().get(0).code())
          .isEqualTo(Problem.UNKNOWN);
      assertThat(after.deadlines().values()).doesNotContain(NO_SHOW.value());
      assertThat(after.caseStore().get("case-2026-0511-urgent")).isNotNull();
    }
  }

  private record Outputs(List<String> effects, List<String> deadLetters,
      Map<String, String> cases, Map<String, String> deadlines, List<String> changelog) {}

  private Outputs outputs(String dir, List<CaseScenarios.Step> steps) {
    try (CaseDriver driver = driver(dir, CaseLoopSettings.DEFAULT_TICK).pipe(steps)) {
      return new Outputs(
          driver.effects.readValuesToList().stream().map(HuifangJson::write).toList(),
          driver.deadLetters.readValuesToList().stream().map(HuifangJson::write).toList(),
          driver.casesAsJson(), driver.deadlines(),
          driver.changelog(CaseDriver.CASES_CHANGELOG).stream()
              .map(kv -> kv.key + "=" + (kv.value == null ? "null" : new String(kv.value,
                  StandardCharsets.UTF_8))).toList());
    }
  }

  private static CaseScenarios.Step reopen(String id, Instant at) {
    return new CaseScenarios.Event(EventHeader.id(id).of(NO_SHOW).by("client-hualian",
        ActorRole.SUBMITTER).at(at)
        .reopened("the crew was short again"));
  }

  private static CaseScenarios.Step acknowledge(String id, Instant at) {
    return new CaseScenarios.Event(EventHeader.id(id).of(NO_SHOW).by("cs-li", ActorRole.OWNER)
        .at(at)
        .acknowledged("looking again"));
  }
}
