package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.huifang.testing.LibraryRules;
import org.junit.jupiter.api.Test;

/** The questionnaire module is pure and depends on core only. */
class ArchitectureTest {

  @Test
  void questionnaireObeysTheLibraryRules() {
    assertThatCode(() -> LibraryRules.check(QuestionSelector.class, "dev.huifang.questionnaire"))
        .doesNotThrowAnyException();
  }
}
