package dev.huifang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.Team;
import dev.huifang.closedloop.machine.Effect;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The closed-loop parts of scenarios 3 and 4, with their key outcomes pinned. */
class CaseScenariosTest {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final Report report = new Report(new PrintStream(buffer, true, StandardCharsets.UTF_8), "en");

  @Test
  void noShowCaseIsReviewedWithin48HoursFixedAndConfirmedByTheClient() {
    StaffingNoShow.Outcome outcome = StaffingNoShow.run(report);

    assertThat(outcome.turnout().value()).isEqualTo(0.6);
    assertThat(outcome.feedbackCase().state()).isEqualTo(CaseState.CLOSED);
    assertThat(outcome.feedbackCase().routing().team()).isEqualTo(Team.CUSTOMER_SUCCESS);
    assertThat(outcome.firstResponse()).isEqualTo(Duration.ofHours(20));
    assertThat(outcome.feedbackCase().confirmedAt()).isNotNull();
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("turnout 60%", "confirmed");
  }

  @Test
  void urgentOrderFeedbackEscalatesTwiceBeforeTheSupervisorAnswers() {
    HeadhuntingUrgentOrder.CaseOutcome outcome = HeadhuntingUrgentOrder.escalation(report);

    assertThat(outcome.escalations()).extracting(Effect.Escalate::level).containsExactly(1, 2);
    assertThat(outcome.escalations()).extracting(Effect.Escalate::clock)
        .containsOnly(dev.huifang.closedloop.SlaClock.FIRST_RESPONSE);
    assertThat(outcome.feedbackCase().escalatedTo())
        .containsExactly(ActorRole.OWNER, ActorRole.SUPERVISOR);
    assertThat(outcome.feedbackCase().state()).isEqualTo(CaseState.ACKNOWLEDGED);
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("FIRST_RESPONSE=BREACHED");
  }
}
