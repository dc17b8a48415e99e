package dev.huifang.testing;

import static dev.huifang.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Engagement;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Percent;
import dev.huifang.core.Period;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import dev.huifang.core.Score;
import dev.huifang.core.StarRating;
import dev.huifang.core.UrgencyPolicy;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.testing.CoreGen.EngagementDefect;
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
}
