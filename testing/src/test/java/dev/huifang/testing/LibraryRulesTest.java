package dev.huifang.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.huifang.core.Problem;
import org.junit.jupiter.api.Test;

/** Proves each rule fails on a class that breaks it, passes on pure code, and guards core. */
class LibraryRulesTest {

  static JavaClasses fixture(String simpleName) throws ClassNotFoundException {
    return new ClassFileImporter().importClasses(
        Class.forName("dev.huifang.testing.fixture.Forbidden$" + simpleName));
  }

  static boolean violated(ArchRule rule, String fixture) throws ClassNotFoundException {
    return rule.evaluate(fixture(fixture)).hasViolation();
  }

  @Test
  void eachRuleCatchesItsForbiddenCall() throws Exception {
    assertThat(violated(LibraryRules.NO_SYSTEM_CLOCK, "ReadsTheClock")).isTrue();
    assertThat(violated(LibraryRules.NO_UNSEEDED_RANDOMNESS, "RollsUnseededDice")).isTrue();
    assertThat(violated(LibraryRules.NO_STANDARD_STREAMS, "Prints")).isTrue();
    assertThat(violated(LibraryRules.NO_FILES, "ReadsFiles")).isTrue();
    assertThat(violated(LibraryRules.NO_THREADS, "StartsThreads")).isTrue();
    assertThat(violated(LibraryRules.NO_NETWORK, "OpensSockets")).isTrue();
  }

  @Test
  void seededRandomnessIsAllowed() throws Exception {
    assertThat(violated(LibraryRules.NO_UNSEEDED_RANDOMNESS, "Seeded")).isFalse();
    assertThat(violated(LibraryRules.NO_SYSTEM_CLOCK, "Seeded")).isFalse();
  }

  @Test
  void moduleGraphCatchesAnEngineReachingIntoAnotherModule() throws Exception {
    ArchRule fixtureAsEngine = LibraryRules.moduleGraph("dev.huifang.testing.fixture");
    assertThat(fixtureAsEngine.evaluate(fixture("ReachesAcrossModules")).hasViolation()).isTrue();
    assertThat(fixtureAsEngine.evaluate(fixture("Seeded")).hasViolation()).isFalse();
  }

  @Test
  void coreIsPureAndDependsOnNoOtherModule() {
    assertThatCode(() -> LibraryRules.check(Problem.class, "dev.huifang.core"))
        .doesNotThrowAnyException();
    assertThat(LibraryRules.mainClassesOf(Problem.class).contain("dev.huifang.core.Engagement"))
        .isTrue();
  }
}
