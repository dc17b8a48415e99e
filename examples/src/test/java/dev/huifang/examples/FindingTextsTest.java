package dev.huifang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.feedback.PhraseLint;
import dev.huifang.scoring.Scorecard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Findings that scoring and questionnaire runs hand to the feedback engine read as a person
 * would write them: their summaries and evidence pass the phrase lint (no rule syntax, raw scores
 * or ASCII marks in Chinese).
 */
class FindingTextsTest {

  private static Report quiet() {
    return new Report(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        LocalizedText.EN);
  }

  @Test
  void scenarioFindingsPassThePhraseLint() {
    List<Finding> findings = new ArrayList<>(ChanghongPromotion.run(quiet()).findings());
    for (Scorecard card : AfterSalesMonth.run(quiet()).scorecards()) {
      findings.addAll(card.findings());
    }
    assertThat(findings).hasSizeGreaterThan(5);
    PhraseLint lint = PhraseLint.defaults();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      assertThat(lint.check("findings[" + i + "].summary", finding.summary())).isEmpty();
      for (int j = 0; j < finding.evidence().size(); j++) {
        assertThat(lint.check("findings[" + i + "].evidence[" + j + "]",
            finding.evidence().get(j).statement())).isEmpty();
      }
    }
  }
}
