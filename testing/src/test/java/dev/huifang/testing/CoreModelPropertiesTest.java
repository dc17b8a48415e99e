package dev.huifang.testing;

import static dev.huifang.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Engagement;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocaleFallback;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Percent;
import dev.huifang.core.Period;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import dev.huifang.core.Role;
import dev.huifang.core.Score;
import dev.huifang.core.StarRating;
import dev.huifang.core.Template;
import dev.huifang.core.UrgencyPolicy;
import dev.huifang.core.WorkerId;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.testing.CoreGen.EngagementDefect;
import dev.huifang.testing.CoreGen.FindingDefect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Properties of the core model over generated values, valid and invalid. */
class CoreModelPropertiesTest {

  @Test
  void everyModelRoundTripsThroughJson() {
    qt().forAll(CoreGen.engagements()).checkAssert(e -> JsonRoundTrip.check(e, Engagement.class));
    qt().forAll(CoreGen.findings()).checkAssert(f -> JsonRoundTrip.check(f, Finding.class));
    qt().forAll(CoreGen.localizedTexts())
        .checkAssert(t -> JsonRoundTrip.check(t, LocalizedText.class));
    qt().forAll(CoreGen.periods()).checkAssert(p -> JsonRoundTrip.check(p, Period.class));
    qt().forAll(CoreGen.templates()).checkAssert(t -> JsonRoundTrip.check(t, Template.class));
    qt().forAll(CoreGen.problems()).checkAssert(p -> JsonRoundTrip.check(p, Problem.class));
    qt().forAll(CoreGen.evidence()).checkAssert(e -> JsonRoundTrip.check(e, Evidence.class));
    qt().forAll(CoreGen.localeFallbacks())
        .checkAssert(f -> JsonRoundTrip.check(f, LocaleFallback.class));
    qt().forAll(CoreGen.workerIds(), CoreGen.roles(), CoreGen.dimensions())
        .checkAssert((w, r, d) -> {
          JsonRoundTrip.check(w, WorkerId.class);
          JsonRoundTrip.check(r, Role.class);
          JsonRoundTrip.check(d, Dimension.class);
        });
    qt().forAll(CoreGen.urgencyPolicies())
        .checkAssert(p -> JsonRoundTrip.check(p, UrgencyPolicy.class));
    qt().forAll(CoreGen.ratios(), CoreGen.percents(), CoreGen.starRatings(), CoreGen.scores())
        .checkAssert((r, p, s, score) -> {
          JsonRoundTrip.check(r, Ratio.class);
          JsonRoundTrip.check(p, Percent.class);
          JsonRoundTrip.check(s, StarRating.class);
          JsonRoundTrip.check(score, Score.class);
        });
  }

  @Test
  void generatedEngagementsAreValid() {
    qt().forAll(CoreGen.engagements())
        .check(e -> Engagement.builder().from(e).validate().isValid());
  }

  @ParameterizedTest
  @EnumSource(EngagementDefect.class)
  void eachDefectGivesExactlyItsProblem(EngagementDefect defect) {
    qt().forAll(CoreGen.invalidEngagements(defect)).checkAssert(builder ->
        assertThat(builder.validate().getError().map(Problem::path)).containsExactly(defect.path()));
  }

  @Test
  void nonFiniteNumbersAreNeverAccepted() {
    qt().forAll(CoreGen.nonFinite()).checkAssert(x -> {
      assertThat(Ratio.validate("r", x).isInvalid()).isTrue();
      assertThat(Score.validate("s", x).isInvalid()).isTrue();
      assertThat(StarRating.validate("s", x).isInvalid()).isTrue();
    });
  }

  @Test
  void invalidEngagementJsonNamesTheBrokenField() {
    qt().forAll(CoreGen.invalidEngagements(EngagementDefect.NEGATIVE_PRIOR_ENGAGEMENTS))
        .checkAssert(builder -> {
          String json = HuifangJson.write(builder.priorEngagements(0).build())
              .replace("\"priorEngagements\":0", "\"priorEngagements\":-7");
          assertThat(HuifangJson.read(json, Engagement.class).getError().map(Problem::message))
              .containsExactly("priorEngagements: must be >= 0, was -7");
        });
  }

  @Test
  void starRatingsMapIntoTheUnitInterval() {
    qt().forAll(CoreGen.starRatings()).check(s ->
        s.toRatio().value() >= 0 && s.toRatio().value() <= 1);
  }

  @ParameterizedTest
  @EnumSource(FindingDefect.class)
  void eachFindingDefectGivesExactlyItsProblem(FindingDefect defect) {
    qt().forAll(CoreGen.invalidFindings(defect)).checkAssert(builder ->
        assertThat(builder.validate().getError().map(Problem::path)).containsExactly(defect.path()));
  }

  @Test
  void everyMeasurementRejectsValuesOutsideItsRange() {
    qt().forAll(CoreGen.outside(0, 1)).check(x -> Ratio.validate("r", x).isInvalid());
    qt().forAll(CoreGen.outside(0, 100)).check(x -> Percent.validate("p", x).isInvalid());
    qt().forAll(CoreGen.outside(1, 5)).check(x -> StarRating.validate("s", x).isInvalid());
    qt().forAll(CoreGen.outside(0, 100)).checkAssert(x ->
        assertThat(Score.validate("total", x).getError().head().message())
            .startsWith("total: must be within [0.0, 100.0], was "));
  }

  @Test
  void templatesFilledWithAllTheirValuesNeverKeepABrace() {
    qt().forAll(CoreGen.templates()).checkAssert(t -> {
      var filled = t.fill(java.util.Map.of("a", "x", "b", "y"), "t").get();
      assertThat(filled.en()).doesNotContain("{").doesNotContain("}");
      assertThat(t.fill(java.util.Map.of(), "t").isValid()).isEqualTo(t.placeholders().isEmpty());
    });
  }
}
