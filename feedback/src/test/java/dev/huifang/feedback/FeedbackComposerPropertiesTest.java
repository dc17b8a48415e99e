package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Polarity;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.testing.Theories;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants of issue 6 over generated Findings. */
class FeedbackComposerPropertiesTest {

  private static FeedbackScript script(List<Finding> findings, Audience audience,
      ScriptPolicy policy) {
    return FeedbackComposer.of(ScriptTemplates.defaults(), ResourceCatalogue.defaults(),
        PhraseLint.defaults(), policy).script(ScriptGen.WORKER, audience, findings).get();
  }

  private static void assertCites(Citation citation, List<Finding> findings) {
    assertThat(citation.findingIndex()).isBetween(0, findings.size() - 1);
    Finding finding = findings.get(citation.findingIndex());
    Evidence evidence = finding.evidence().get(citation.evidenceIndex());
    assertThat(citation.source()).isEqualTo(evidence.source());
    assertThat(citation.statement()).isEqualTo(evidence.statement());
    assertThat(citation.dimension()).isEqualTo(finding.dimension());
    assertThat(citation.polarity()).isEqualTo(finding.polarity());
    assertThat(citation.magnitude()).isEqualTo(finding.magnitude());
  }

  @Test
  void ordersPraiseThenProblemsThenEncouragement() {
    Theories.qt().forAll(ScriptGen.findings(), ScriptGen.audiences(), ScriptGen.policies())
        .checkAssert((findings, audience, policy) -> {
          FeedbackScript script = script(findings, audience, policy);
          List<LocalizedText> expected = new ArrayList<>();
          expected.add(script.opening());
          expected.add(script.praise().text());
          script.concerns().forEach(c -> expected.add(c.text()));
          expected.add(script.encouragement().text());
          expected.add(script.closing());
          assertThat(script.lines()).containsExactlyElementsOf(expected);
          for (String locale : List.of(LocalizedText.ZH_CN, LocalizedText.EN)) {
            String text = script.toText(locale);
            int praise = text.indexOf(script.praise().text().in(locale));
            int problem = text.indexOf(script.concerns().get(0).text().in(locale));
            int encouragement = text.indexOf(script.encouragement().text().in(locale));
            assertThat(praise).isNotNegative().isLessThan(problem);
            assertThat(problem).isLessThan(encouragement);
          }
        });
  }

  @Test
  void raisesOneOrTwoProblemsOfDistinctDimensionsWithinThePolicy() {
    Theories.qt().forAll(ScriptGen.findings(), ScriptGen.audiences(), ScriptGen.policies())
        .checkAssert((findings, audience, policy) -> {
          List<Concern> concerns = script(findings, audience, policy).concerns();
          assertThat(concerns).hasSizeBetween(1, Math.min(2, policy.maxConcerns()));
          assertThat(concerns).extracting(c -> c.citation().dimension()).doesNotHaveDuplicates();
        });
  }

  @Test
  void citesEvidenceOfAnInputFindingForEveryPraiseAndProblem() {
    Theories.qt().forAll(ScriptGen.findings(), ScriptGen.audiences(), ScriptGen.policies())
        .checkAssert((findings, audience, policy) -> {
          FeedbackScript script = script(findings, audience, policy);
          boolean anyStrength = findings.stream().anyMatch(f -> f.polarity() == Polarity.STRENGTH);
          assertThat(script.praise().weak()).isEqualTo(!anyStrength);
          if (script.praise().citation() != null) {
            assertCites(script.praise().citation(), findings);
            assertThat(script.praise().text().en())
                .contains(findings.get(script.praise().citation().findingIndex()).summary().en());
          }
          script.concerns().forEach(concern -> assertCites(concern.citation(), findings));
        });
  }

  @Test
  void praisesTheStrongestStrengthAndRaisesTheLargestImpactFirst() {
    Theories.qt().forAll(ScriptGen.findings(), ScriptGen.policies())
        .checkAssert((findings, policy) -> {
          FeedbackScript script = script(findings, Audience.WORKER, policy);
          double strongest = findings.stream().filter(f -> f.polarity() == Polarity.STRENGTH)
              .mapToDouble(f -> f.magnitude().value()).max().orElse(-1);
          if (script.praise().citation() != null) {
            assertThat(script.praise().citation().magnitude().value()).isEqualTo(strongest);
          }
          double largest = findings.stream().filter(f -> f.polarity() != Polarity.STRENGTH)
              .mapToDouble(f -> f.magnitude().value()).max().orElse(-1);
          Concern first = script.concerns().get(0);
          assertThat(first.stretch()).isEqualTo(largest < 0);
          if (!first.stretch()) {
            assertThat(first.citation().magnitude().value()).isEqualTo(largest);
          }
        });
  }

  @Test
  void generatesTextThatPassesTheLint() {
    PhraseLint lint = PhraseLint.defaults();
    Theories.qt().forAll(ScriptGen.findings(), ScriptGen.audiences(), ScriptGen.policies())
        .checkAssert((findings, audience, policy) -> script(findings, audience, policy).lines()
            .forEach(line -> assertThat(lint.check("line", line)).isEmpty()));
  }

  @Test
  void givesTheSameOutputForTheSameInput() {
    Theories.qt().forAll(ScriptGen.findings(), ScriptGen.audiences(), ScriptGen.policies())
        .checkAssert((findings, audience, policy) -> {
          FeedbackScript once = script(findings, audience, policy);
          FeedbackScript again = script(List.copyOf(findings), audience, policy);
          assertThat(again).isEqualTo(once);
          assertThat(HuifangJson.write(again)).isEqualTo(HuifangJson.write(once));
          assertThat(again.toMarkdown(LocalizedText.ZH_CN))
              .isEqualTo(once.toMarkdown(LocalizedText.ZH_CN));
          CapabilityReport report = FeedbackComposer.ofDefaults()
              .report(ScriptGen.WORKER, findings).get();
          assertThat(FeedbackComposer.ofDefaults().report(ScriptGen.WORKER, findings).get()
              .toText(LocalizedText.EN)).isEqualTo(report.toText(LocalizedText.EN));
        });
  }

  @Test
  void reportsEveryFindingUnderExactlyOneAssessmentRankedByMagnitude() {
    Theories.qt().forAll(ScriptGen.findings()).checkAssert(findings -> {
      CapabilityReport report = FeedbackComposer.ofDefaults().report(ScriptGen.WORKER, findings)
          .get();
      List<Integer> cited = new ArrayList<>();
      report.strengths().forEach(a -> a.citations().forEach(c -> {
        assertThat(c.polarity()).isEqualTo(Polarity.STRENGTH);
        cited.add(c.findingIndex());
      }));
      report.developmentAreas().forEach(a -> a.citations().forEach(c -> {
        assertThat(c.polarity()).isNotEqualTo(Polarity.STRENGTH);
        cited.add(c.findingIndex());
      }));
      assertThat(cited).hasSize(findings.size()).doesNotHaveDuplicates();
      assertThat(report.strengths()).extracting(a -> -a.magnitude().value()).isSorted();
      assertThat(report.developmentAreas()).extracting(a -> -a.magnitude().value()).isSorted();
      report.developmentAreas().forEach(area -> assertThat(report.resources())
          .anyMatch(m -> m.dimension().equals(area.dimension())));
      assertThat(report.nextFocus().dimension()).isEqualTo(report.developmentAreas().isEmpty()
          ? report.strengths().get(0).dimension() : report.developmentAreas().get(0).dimension());
    });
  }
}
