package dev.huifang.generators;

import static dev.huifang.generators.ScoringValuesTest.COUNT;
import static dev.huifang.generators.ScoringValuesTest.SEED;
import static dev.huifang.generators.ScoringValuesTest.expectExactly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Finding;
import dev.huifang.feedback.FeedbackScript;
import dev.huifang.generators.FeedbackValues.ScriptDefect;
import dev.huifang.generators.FeedbackValues.ScriptRequest;
import dev.huifang.testing.Invalid;
import dev.huifang.testing.JsonRoundTrip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generated feedback values: valid requests get scripts, invalid ones give their Problem. */
class FeedbackValuesTest {

  @Test
  void validRequestsGetScripts() {
    for (ScriptRequest request : FeedbackValues.scriptRequests().list(SEED, COUNT)) {
      request.findings().forEach(f ->
          assertThat(Finding.builder().from(f).validate().isValid()).isTrue());
      assertThat(request.compose().isValid()).as("%s", request.compose().swap().getOrNull())
          .isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(ScriptDefect.class)
  void eachDefectGivesExactlyItsProblem(ScriptDefect defect) {
    for (Invalid<ScriptRequest> invalid :
        FeedbackValues.invalidScriptRequests(defect).list(SEED, COUNT)) {
      expectExactly(invalid.value().compose().getError(), invalid);
    }
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    assertThat(FeedbackValues.scriptRequests().list(SEED, 20))
        .isEqualTo(FeedbackValues.scriptRequests().list(SEED, 20))
        .isNotEqualTo(FeedbackValues.scriptRequests().list(SEED + 1, 20));
  }

  @Test
  void findingsAndScriptsRoundTripThroughJson() {
    for (ScriptRequest request : FeedbackValues.scriptRequests().list(SEED, 20)) {
      request.findings().forEach(f -> JsonRoundTrip.check(f, Finding.class));
      JsonRoundTrip.check(request.compose().get(), FeedbackScript.class);
    }
  }
}
