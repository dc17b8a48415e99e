package dev.huifang.feedback;

import dev.huifang.testing.JsonRoundTrip;
import dev.huifang.testing.Theories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public model of the package round-trips through HuifangJson. */
class ScriptJsonTest {

  @Test
  void roundTripsScriptsAndTheirParts() {
    Theories.qt(100).forAll(ScriptGen.findings(), ScriptGen.audiences(), ScriptGen.policies())
        .checkAssert((findings, audience, policy) -> {
          FeedbackScript script = FeedbackComposer.of(ScriptTemplates.defaults(),
              ResourceCatalogue.defaults(), PhraseLint.defaults(), policy)
              .script(ScriptGen.WORKER, audience, findings).get();
          JsonRoundTrip.check(script, FeedbackScript.class);
          JsonRoundTrip.check(script.praise(), Praise.class);
          JsonRoundTrip.check(script.concerns().get(0), Concern.class);
          JsonRoundTrip.check(script.concerns().get(0).citation(), Citation.class);
          JsonRoundTrip.check(script.encouragement(), Encouragement.class);
          JsonRoundTrip.check(policy, ScriptPolicy.class);
        });
  }

  @Test
  void roundTripsReportsAndTheirParts() {
    Theories.qt(100).forAll(ScriptGen.findings()).checkAssert(findings -> {
      CapabilityReport report = FeedbackComposer.ofDefaults().report(ScriptGen.WORKER, findings)
          .get();
      JsonRoundTrip.check(report, CapabilityReport.class);
      JsonRoundTrip.check(report.nextFocus(), FollowUpFocus.class);
      JsonRoundTrip.check(report.resources().isEmpty()
          ? ResourceCatalogue.defaults().match(report.nextFocus().dimension(), List.of())
          : report.resources().get(0), ResourceMatch.class);
      report.strengths().forEach(a -> JsonRoundTrip.check(a, DimensionAssessment.class));
      report.developmentAreas().forEach(a -> JsonRoundTrip.check(a, DimensionAssessment.class));
      report.toVerify().forEach(c -> JsonRoundTrip.check(c, AttributedConcern.class));
      report.systemCauses().forEach(c -> JsonRoundTrip.check(c, AttributedConcern.class));
      FeedbackComposer.ofDefaults().attribute(ScriptGen.WORKER, findings).get()
          .forEach(c -> JsonRoundTrip.check(c, AttributedConcern.class));
    });
  }

  @Test
  void roundTripsResources() {
    Theories.qt().forAll(ScriptGen.resources()).checkAssert(resource ->
        JsonRoundTrip.check(resource, LearningResource.class));
  }

  @Test
  void roundTripsTheDefaultCataloguesAndLint() {
    JsonRoundTrip.check(ScriptTemplates.defaults(), ScriptTemplates.class);
    JsonRoundTrip.check(AttributionPolicy.defaults(), AttributionPolicy.class);
    JsonRoundTrip.check(ScriptTemplates.defaults().of(Audience.STAR_WORKER),
        SandwichTemplates.class);
    JsonRoundTrip.check(ResourceCatalogue.defaults(), ResourceCatalogue.class);
    JsonRoundTrip.check(PhraseLint.defaults(), PhraseLint.class);
    JsonRoundTrip.check(PhraseLint.defaults().rules().get(0), LintRule.class);
    JsonRoundTrip.check(PhraseLint.defaults().check("p", "en", "You always do").get(0),
        LintFlag.class);
  }
}
