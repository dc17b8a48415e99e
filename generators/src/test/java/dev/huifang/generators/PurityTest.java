package dev.huifang.generators;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import dev.huifang.testing.LibraryRules;
import org.junit.jupiter.api.Test;

/** The generators are pure: randomness only from the caller's seed, no clock, files or threads. */
class PurityTest {

  @Test
  void generatorsObeyEveryPurityRule() {
    JavaClasses classes = LibraryRules.mainClassesOf(ScoringValues.class);
    assertThat(classes).isNotEmpty();
    for (ArchRule rule : LibraryRules.purity()) {
      assertThat(rule.evaluate(classes).hasViolation()).as("%s", rule.getDescription()).isFalse();
    }
  }
}
