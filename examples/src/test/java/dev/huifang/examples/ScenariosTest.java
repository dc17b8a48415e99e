package dev.huifang.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.Team;
import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.QuestionId;
import dev.huifang.questionnaire.FollowUpAction;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.feedback.Audience;
import dev.huifang.scoring.BalanceFlag;
import dev.huifang.scoring.RankedWorker;
import dev.huifang.scoring.WorkforceAssessment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every scenario of the main job, with its key outcomes pinned so the examples cannot rot. */
class ScenariosTest {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  private Report report(String language) {
    return new Report(new PrintStream(buffer, true, StandardCharsets.UTF_8), language);
  }

  private String printed() {
    return buffer.toString(StandardCharsets.UTF_8);
  }

  static List<String> ids(SelectedQuestionnaire questionnaire) {
    return questionnaire.questions().stream().map(q -> q.question().id().value()).toList();
  }

  @Test
  void the618PromotionAsksFirstTimersAndRepeatersDifferentlyAndClosesTheTrainingCase() {
    ChanghongPromotion.Outcome outcome = ChanghongPromotion.run(report(LocalizedText.EN));

    assertThat(ids(outcome.firstTime())).contains("self.training_useful", "self.schedule_fit")
        .doesNotContain("self.strategy");
    assertThat(ids(outcome.repeat())).containsAnyOf("self.strategy", "self.strategy_rating")
        .doesNotContain("self.training_useful");
    assertThat(outcome.scorecards().get(0).total()).isCloseTo(77.4, within(1e-9));
    assertThat(outcome.scorecards().get(1).grade()).isEqualTo("B");
    assertThat(outcome.script().audience()).isEqualTo(Audience.FIRST_TIMER);
    assertThat(outcome.script().concerns()).singleElement()
        .satisfies(c -> assertThat(c.citation().dimension()).isEqualTo(Dimension.PRODUCT_KNOWLEDGE));
    assertThat(outcome.capabilityReport().developmentAreas()).isNotEmpty();
    assertThat(outcome.script().withheld()).extracting(c -> c.caseCategory())
        .containsExactly("stock_out");
    assertThat(outcome.trainingCase().routing().team()).isEqualTo(Team.HR);
    assertThat(outcome.trainingCase().state()).isEqualTo(CaseState.CLOSED);
    assertThat(outcome.trainingCase().confirmedAt()).isNotNull();
    assertThat(printed()).contains("10-year warranty", "routed to hr");
  }

  @Test
  void theAfterSalesMonthScoresBonusesPromotesAndAlerts() {
    AfterSalesMonth.Outcome outcome = AfterSalesMonth.run(report(LocalizedText.EN));

    assertThat(outcome.wangRework().value()).isEqualTo(0.1);
    assertThat(outcome.wangOrdersPerDay()).isCloseTo(64.4 / 22, within(1e-9));
    assertThat(outcome.scorecards().get(0).adjustments()).extracting(a -> a.points())
        .containsExactly(-2.5, 4.0);
    assertThat(outcome.scorecards().get(0).line(MetricId.of("rework_rate")).get().score())
        .isCloseTo(50, within(1e-9));
    assertThat(outcome.awards()).extracting(a -> a.workerId().value()).containsExactly("wang", "liu");
    assertThat(outcome.awards()).allSatisfy(a -> assertThat(a.amount()).isEqualTo(0.10));
    assertThat(outcome.promotionList()).extracting(RankedWorker::workerId)
        .extracting(w -> w.value()).containsExactly("liu", "huang", "zhao");
    assertThat(outcome.balance()).extracting(f -> f.workerId().value(), BalanceFlag::kind).contains(
        org.assertj.core.groups.Tuple.tuple("li", BalanceFlag.Kind.SPEED_OVER_QUALITY));
  }

  @Test
  void theUrgentOrderClientGetsCommunicationQuestionsAPhoneInterviewAndTwoEscalations() {
    HeadhuntingUrgentOrder.Outcome outcome = HeadhuntingUrgentOrder.run(report(LocalizedText.EN));

    assertThat(outcome.questionnaire().plan().rule()).isEqualTo("headhunting-urgent");
    assertThat(ids(outcome.questionnaire())).contains("client.response_speed",
        "client.professionalism", "client.urgent.updates");
    assertThat(outcome.run().satisfactionPercent()).isLessThan(60);
    assertThat(outcome.run().actions()).extracting(FollowUpAction::kind)
        .contains(FollowUpAction.Kind.PHONE_INTERVIEW);
    assertThat(outcome.escalation().escalations()).hasSize(2);
    assertThat(outcome.questionnaire().questions()).extracting(q -> q.question().id())
        .doesNotContain(QuestionId.of("client.match"));
  }

  @Test
  void theNoShowDropsTwoWorkersIntoReplacementCandidates() {
    StaffingNoShow.Outcome outcome = StaffingNoShow.run(report(LocalizedText.EN));

    assertThat(outcome.workforce()).filteredOn(WorkforceAssessment::replacementCandidate)
        .extracting(a -> a.workerId().value()).containsExactly("w-501", "w-502");
    assertThat(outcome.workforce()).filteredOn(WorkforceAssessment::starWorker)
        .extracting(a -> a.workerId().value()).containsExactly("w-503");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-CN"})
  void theMainJobRunsEveryScenarioInBothLanguages(String language) {
    Main.run(new PrintStream(buffer, true, StandardCharsets.UTF_8),
        Main.Options.parse("--lang=" + language).get());
    String out = printed();
    assertThat(out).contains("stateDiagram-v2");
    if (language.equals("en")) {
      assertThat(out).contains("Scenario 1", "Scenario 2", "Scenario 3", "Scenario 4");
    } else {
      assertThat(out).contains("场景 1", "场景 2", "场景 3", "场景 4");
    }
  }

  @Test
  void badArgumentsAreRejected() {
    assertThat(Main.Options.parse("--scenario=9").getError()).isEqualTo("unknown scenario 9");
    assertThat(Main.Options.parse("--lang=fr").getError()).isEqualTo("unknown language fr");
    assertThat(Main.Options.parse("--fast").getError()).isEqualTo("unknown argument --fast");
    assertThat(Main.Options.parse("--scenario=2").get().runs("2")).isTrue();
  }
}
