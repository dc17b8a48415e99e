package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.LocalizedText;
import dev.huifang.testing.GoldenText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the words of the domain example's script (per audience) and report, in zh-CN and en, and
 * of the same example seen by the customer alone (the problem kept to verify), against the golden
 * files under {@code src/test/resources/golden}.
 *
 * <p>After a wording change on purpose, rewrite them with
 * {@code mvn -pl feedback -am verify -Dtest=GoldenTextTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dhuifang.golden.write=true}, read the diff and commit it.
 */
class GoldenTextTest {

  private static final GoldenText GOLDEN =
      GoldenText.under(Path.of("src", "test", "resources", "golden"));
  private static final List<String> LOCALES = List.of(LocalizedText.ZH_CN, LocalizedText.EN);

  @TestFactory
  List<DynamicTest> wordingMatchesTheGoldenFiles() {
    FeedbackComposer composer = FeedbackComposer.ofDefaults();
    PhraseLint lint = PhraseLint.defaults();
    List<DynamicTest> tests = new ArrayList<>();
    for (String locale : LOCALES) {
      for (Audience audience : Audience.values()) {
        FeedbackScript script =
            composer.script(ScriptGen.WORKER, audience, ScriptGen.domainExample()).get();
        tests.add(golden("domain-script." + audience.name().toLowerCase(java.util.Locale.ROOT)
            + "." + locale + ".md", script.toMarkdown(locale), lint, locale));
      }
      CapabilityReport report = composer.report(ScriptGen.WORKER, ScriptGen.domainExample()).get();
      tests.add(golden("domain-report." + locale + ".md", report.toMarkdown(locale), lint, locale));
      FeedbackScript single =
          composer.script(ScriptGen.WORKER, Audience.WORKER, ScriptGen.customerOnly()).get();
      tests.add(golden("customer-only-script.worker." + locale + ".md", single.toMarkdown(locale),
          lint, locale));
      CapabilityReport singleReport =
          composer.report(ScriptGen.WORKER, ScriptGen.customerOnly()).get();
      tests.add(golden("customer-only-report." + locale + ".md", singleReport.toMarkdown(locale),
          lint, locale));
    }
    return tests;
  }

  private static DynamicTest golden(String name, String actual, PhraseLint lint, String locale) {
    return DynamicTest.dynamicTest(name, () -> {
      GOLDEN.check(name, actual);
      for (String line : actual.split("\n")) {
        assertThat(lint.check(name, locale, line)).as(line).isEmpty();
      }
    });
  }
}
