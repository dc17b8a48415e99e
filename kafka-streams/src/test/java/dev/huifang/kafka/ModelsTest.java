package dev.huifang.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.Recipient;
import dev.huifang.closedloop.Team;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.CaseId;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.scoring.PercentileRule;
import dev.huifang.scoring.Ranking;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.TieRule;
import dev.huifang.testing.JsonRoundTrip;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The module's documents round-trip through Huifang's JSON; the settings are exactly-once v2. */
class ModelsTest {

  private static final Instant AT = Instant.parse("2026-07-04T10:00:00Z");

  @Test
  void everyDocumentRoundTripsThroughJson() {
    JsonRoundTrip.check(new DeadLetter("huifang.case-events", 3, 42L, AT, "case-1", "{bad",
        "utf-8", DeadLetter.READ, List.of(Problem.of(Problem.FORMAT, "$", "{bad",
            "must be JSON"))), DeadLetter.class);
    JsonRoundTrip.check(new CaseEffect(CaseId.of("case-1"), "ns-1", AT, CaseState.RECEIVED, 1,
        "notify", new Effect.Notify(Recipient.parse("customer_success"), LocalizedText.of("新案件", "A new case"),
            "routed"), "routed"), CaseEffect.class);
    JsonRoundTrip.check(new CaseEffect(CaseId.of("case-1"), CaseEffect.TICK, AT, CaseState.CLOSED,
        9, "closed", null, "auto closed"), CaseEffect.class);
    JsonRoundTrip.check(new TeamStaff(new TreeSet<>(Set.of(ActorId.of("coord-wang"))),
        new TreeSet<>(),
        new TreeSet<>(Set.of(ActorId.of("director-he")))), TeamStaff.class);
    JsonRoundTrip.check(new MetricsReport(Team.of("after_sales"),
        ScoringScenarios.afterSalesTeam().get(0)), MetricsReport.class);
    List<Scorecard> cards = Scorer.of(ScoringScenarios.promotionScheme())
        .scoreCohort(ScoringScenarios.promoters()).get();
    JsonRoundTrip.check(new MonthlyScorecard(Team.of("promoters"), "2026-06", cards.get(0)),
        MonthlyScorecard.class);
    JsonRoundTrip.check(new CohortRanking(Team.of("promoters"), "2026-06", "promotion-618",
        Ranking.of(cards, TieRule.DENSE, PercentileRule.CUME_DIST).get()), CohortRanking.class);
  }

  @Test
  void caseLoopSettingsRoundTripAndNameTheirBrokenRules() {
    JsonRoundTrip.check(CaseLoopSettings.defaults(), CaseLoopSettings.class);
    JsonRoundTrip.check(CaseLoopSettings.defaults().withKeepClosed(Duration.ofDays(90))
        .withStores(CaseTopology.StoreKind.IN_MEMORY), CaseLoopSettings.class);
    assertThat(CaseLoopSettings.validate(Duration.ZERO, CaseTopology.StoreKind.ROCKSDB,
        Duration.ofDays(-1)).getError()).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("tick", Problem.RANGE), tuple("keepClosed", Problem.RANGE));
  }

  @Test
  void theBytesOfADocumentAreItsHuifangJson() {
    CaseEffect effect = new CaseEffect(CaseId.of("case-1"), "ns-1", AT, CaseState.RECEIVED, 1,
        "notify", new Effect.Notify(Recipient.parse("customer_success"), LocalizedText.of("新案件：少到 4 人",
            "A new case"), "routed"), "routed");
    assertThat(new String(HuifangSerdes.bytes(effect), StandardCharsets.UTF_8))
        .isEqualTo(HuifangJson.write(effect));
  }

  @Test
  void settingsAreExactlyOnceV2() {
    Properties settings = StreamsSettings.exactlyOnce(StreamsSettings.CASES_APPLICATION_ID,
        "kafka-1:9092");

    assertThat(settings).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
        StreamsConfig.EXACTLY_ONCE_V2).containsEntry(StreamsConfig.APPLICATION_ID_CONFIG,
        "huifang-cases");
    assertThat(new StreamsConfig(settings).getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
        .isEqualTo("exactly_once_v2");
  }

  @Test
  void topicNamesTakeAPrefix() {
    assertThat(Topics.prefixed("acme.").caseEvents()).isEqualTo("acme.case-events");
    assertThat(Topics.defaults().deadLetters()).isEqualTo("huifang.dead-letters");
  }
}
