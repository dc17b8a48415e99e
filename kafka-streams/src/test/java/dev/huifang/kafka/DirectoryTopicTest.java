package dev.huifang.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.Team;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken record of the directory topic is a dead letter and blocks nobody. */
class DirectoryTopicTest {

  private static final FeedbackLoop LOOP = FeedbackLoop.ofDefaults();
  private static final FeedbackLoop LIBRARY = FeedbackLoop.ofDefaults(CaseScenarios.STAFF);

  @TempDir
  Path state;

  @Test
  void brokenStaffRecordsAreDeadLettersAndEveryTeamKeepsItsLastValidStaff() {
    List<CaseScenarios.Step> steps = CaseScenarios.headhuntingEscalation();
    try (CaseDriver driver = new CaseDriver(LOOP, state)) {
      // after the valid records: the central desk's record broken, customer success's invalid,
      // and a team never seen with a record that is not JSON
      driver.directory.pipeInput(Team.TRIAGE_QUEUE.code(), utf8("{\"coordinators\":[\"coord"));
      driver.directory.pipeInput(Team.CUSTOMER_SUCCESS.code(), HuifangSerdes.bytes(new TeamStaff(
          new TreeSet<>(), new TreeSet<>(Set.of(ActorId.of(" "))), new TreeSet<>())));
      driver.directory.pipeInput(Team.HR.code(), utf8("not json"));
      driver.directory.pipeInput(Team.SUPPLY_CHAIN.code(), HuifangSerdes.bytes(new TeamStaff(
          new TreeSet<>(), new TreeSet<>(Set.of(ActorId.of("huifang"))), new TreeSet<>())));

      driver.pipe(steps);

      // triage by the central desk and both escalations to customer success go on as before
      assertThat(driver.effects.readValuesToList()).isEqualTo(LibraryRun.of(LIBRARY, steps).effects)
          .extracting(CaseEffect::effect).filteredOn(Effect.Escalate.class::isInstance)
          .hasSize(2);
      List<DeadLetter> letters = driver.deadLetters.readValuesToList();
      assertThat(letters).extracting(DeadLetter::key).containsExactly(Team.TRIAGE_QUEUE.code(),
          Team.CUSTOMER_SUCCESS.code(), Team.HR.code(), Team.SUPPLY_CHAIN.code());
      assertThat(letters).allSatisfy(letter -> {
        assertThat(letter.topic()).isEqualTo(CaseDriver.TOPICS.directory());
        assertThat(letter.stage()).isEqualTo(DeadLetter.READ);
        assertThat(letter.problems()).isNotEmpty();
      });
      assertThat(letters.get(0).problems()).extracting(Problem::code).contains(Problem.FORMAT);
      assertThat(letters.get(1).problems()).extracting(Problem::code).contains(Problem.BLANK);
      assertThat(letters.get(3).problems()).extracting(Problem::code).contains(Problem.CONFLICT);
      assertThat(letters.get(2).value()).isEqualTo("not json");

      // written once: later punctuations and more events add no dead letter
      driver.pipe(List.of(new CaseScenarios.Tick(steps.get(steps.size() - 1).at()
          .plusSeconds(3600))));
      assertThat(driver.deadLetters.isEmpty()).isTrue();
    }
  }

  @Test
  void aValidRecordAfterABrokenOneTakesEffect() {
    List<CaseScenarios.Step> steps = CaseScenarios.headhuntingEscalation();
    try (CaseDriver driver = new CaseDriver(LOOP, state)) {
      driver.directory.pipeInput(Team.TRIAGE_QUEUE.code(), utf8("{"));
      driver.directory.pipeInput(Team.TRIAGE_QUEUE.code(), (byte[]) null);
      driver.pipe(steps.subList(0, 2));
      // no central desk any more: the triage by coord-zhao is refused
      assertThat(driver.deadLetters.readValuesToList()).extracting(DeadLetter::stage)
          .containsExactlyInAnyOrder(DeadLetter.APPLY, DeadLetter.READ);

      driver.directory.pipeInput(Team.TRIAGE_QUEUE.code(),
          HuifangSerdes.bytes(CaseScenarios.directory().get(Team.TRIAGE_QUEUE.code())));
      driver.pipe(steps.subList(1, steps.size()));
      assertThat(driver.deadLetters.isEmpty()).isTrue();
      assertThat(driver.effects.readValuesToList()).extracting(CaseEffect::kind)
          .contains("escalate");
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
