package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.testing.Theories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    assertThat(citation.dimension()).isEqualTo(finding.dimension());
    assertThat(citation.polarity()).isEqualTo(finding.polarity());
    assertThat(citation.magnitude()).isEqualTo(finding.magnitude());
    assertThat(citation.perspective()).isEqualTo(finding.perspective());
  }

  /** Whether the policy's corroboration rule holds for the concerns of {@code dimension}. */
  static boolean corroborated(List<Finding> findings, dev.huifang.core.Dimension dimension) {
    java.util.Set<Perspective> seen = findings.stream()
        .filter(f -> f.dimension().equals(dimension) && f.polarity() != Polarity.STRENGTH)
        .map(Finding::perspective).collect(java.util.stream.Collectors.toSet());
    return seen.contains(Perspective.SYSTEM)
        || seen.stream().filter(p -> p != Perspective.SYSTEM).count() >= 2;
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
          }
          script.concerns().forEach(concern -> assertCites(concern.citation(), findings));
        });
  }

  @Test
  void praisesTheStrongestStrengthAndRaisesTheLargestCorroboratedImpactFirst() {
    Theories.qt().forAll(ScriptGen.findings(), ScriptGen.policies())
        .checkAssert((findings, policy) -> {
          FeedbackScript script = script(findings, Audience.WORKER, policy);
          // generated evidence is measured (metric sources), so praise ranks by magnitude alone
          double strongest = findings.stream().filter(f -> f.polarity() == Polarity.STRENGTH)
              .mapToDouble(f -> f.magnitude().value()).max().orElse(-1);
          if (script.praise().citation() != null) {
            assertThat(script.praise().citation().magnitude().value()).isEqualTo(strongest);
          }
          double largest = findings.stream().filter(f -> f.polarity() != Polarity.STRENGTH
                  && corroborated(findings, f.dimension()))
              .mapToDouble(f -> f.magnitude().value()).max().orElse(-1);
          Concern first = script.concerns().get(0);
          assertThat(first.stretch()).isEqualTo(largest < 0);
          if (!first.stretch()) {
            assertThat(first.citation().magnitude().value()).isEqualTo(largest);
          }
        });
  }

  @Test
  void neverStatesASinglePerspectiveConcernAsTheWorkersProblem() {
    Theories.qt().forAll(ScriptGen.findings(), ScriptGen.audiences(), ScriptGen.policies())
        .checkAssert((findings, audience, policy) -> {
          FeedbackScript script = script(findings, audience, policy);
          script.concerns().stream().filter(c -> !c.stretch()).forEach(c -> {
            assertThat(corroborated(findings, c.citation().dimension())).isTrue();
            assertThat(c.singlePerspective()).isFalse();
          });
          script.withheld().forEach(c ->
              assertThat(c.attribution()).isNotEqualTo(Attribution.WORKER));
          CapabilityReport report = FeedbackComposer.ofDefaults()
              .report(ScriptGen.WORKER, findings).get();
          report.developmentAreas().forEach(area ->
              assertThat(corroborated(findings, area.dimension())).isTrue());
          report.toVerify().forEach(c -> {
            assertThat(corroborated(findings, c.dimension())).isFalse();
            assertThat(c.reason()).contains("not corroborated");
          });
        });
  }

  @Test
  void aCorroboratingPerspectiveOnlyMovesAConcernFromToVerifyToTheWorker() {
    FeedbackComposer composer = FeedbackComposer.ofDefaults();
    Theories.qt().forAll(ScriptGen.findings(), ScriptGen.findings(), integers().between(0, 7))
        .checkAssert((findings, extras, pick) -> {
          Finding seed = findings.get(pick % findings.size());
          Finding extra = Finding.builder().from(extras.get(0)).dimension(seed.dimension())
              .polarity(Polarity.WEAKNESS).build();
          List<Finding> more = new ArrayList<>(findings);
          more.add(extra);
          Map<dev.huifang.core.Dimension, Attribution> before = attributions(composer, findings);
          Map<dev.huifang.core.Dimension, Attribution> after = attributions(composer, more);
          before.forEach((dimension, attribution) -> {
            Attribution now = after.get(dimension);
            switch (attribution) {
              case TO_VERIFY -> assertThat(now).isIn(Attribution.TO_VERIFY, Attribution.WORKER);
              default -> assertThat(now).isEqualTo(attribution);
            }
          });
        });
  }

  private static Map<dev.huifang.core.Dimension, Attribution> attributions(
      FeedbackComposer composer, List<Finding> findings) {
    Map<dev.huifang.core.Dimension, Attribution> out = new java.util.TreeMap<>();
    composer.attribute(ScriptGen.WORKER, findings).get()
        .forEach(c -> out.put(c.dimension(), c.attribution()));
    return out;
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
      report.toVerify().forEach(a -> a.citations().forEach(c -> cited.add(c.findingIndex())));
      report.systemCauses().forEach(a -> a.citations().forEach(c -> cited.add(c.findingIndex())));
      assertThat(cited).hasSize(findings.size()).doesNotHaveDuplicates();
      assertThat(report.strengths()).extracting(a -> -a.magnitude().value()).isSorted();
      assertThat(report.developmentAreas()).extracting(a -> -a.magnitude().value()).isSorted();
      report.strengths().forEach(a -> assertThat(a.perspectives()).isNotEmpty());
      report.developmentAreas().forEach(a -> assertThat(a.perspectives()).isNotEmpty());
      report.developmentAreas().forEach(area -> assertThat(report.resources())
          .anyMatch(m -> m.dimension().equals(area.dimension())));
      assertThat(report.nextFocus().dimension()).isEqualTo(!report.developmentAreas().isEmpty()
          ? report.developmentAreas().get(0).dimension()
          : !report.toVerify().isEmpty() ? report.toVerify().get(0).dimension()
          : report.strengths().get(0).dimension());
    });
  }

  @Test
  void reportTextPassesTheLint() {
    PhraseLint lint = PhraseLint.defaults();
    Theories.qt().forAll(ScriptGen.findings()).checkAssert(findings -> {
      CapabilityReport report = FeedbackComposer.ofDefaults().report(ScriptGen.WORKER, findings)
          .get();
      for (String locale : List.of(LocalizedText.ZH_CN, LocalizedText.EN)) {
        for (String line : report.toText(locale).split("\n")) {
          assertThat(lint.check("report", locale, line)).as(line).isEmpty();
        }
      }
    });
  }
}
