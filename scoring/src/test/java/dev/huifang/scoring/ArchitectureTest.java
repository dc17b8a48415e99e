package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.huifang.testing.LibraryRules;
import org.junit.jupiter.api.Test;

/** Scoring is pure (no I/O, clock, unseeded randomness or threads) and depends on core only. */
class ArchitectureTest {

  @Test
  void scoringObeysTheLibraryRules() {
    assertThatCode(() -> LibraryRules.check(Scorer.class, "dev.huifang.scoring"))
        .doesNotThrowAnyException();
  }
}
