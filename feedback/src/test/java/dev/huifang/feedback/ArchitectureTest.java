package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.huifang.testing.LibraryRules;
import org.junit.jupiter.api.Test;

/** The feedback engine is pure and depends on core only: it never imports another engine. */
class ArchitectureTest {

  @Test
  void feedbackObeysTheLibraryRules() {
    assertThat(LibraryRules.ENGINES).contains("dev.huifang.feedback");
    assertThatCode(() -> LibraryRules.check(FeedbackComposer.class, "dev.huifang.feedback"))
        .doesNotThrowAnyException();
  }
}
