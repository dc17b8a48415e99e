package dev.huifang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.LocalizedText;
import dev.huifang.feedback.Audience;
import dev.huifang.feedback.CapabilityReport;
import dev.huifang.feedback.FeedbackComposer;
import dev.huifang.feedback.FeedbackScript;
import dev.huifang.feedback.PhraseLint;
import dev.huifang.testing.GoldenText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the words of scenario 1's feedback script (for each audience; the first-timer's is the one
 * the scenario prints) and capability report, in zh-CN and en, against the golden files under
 * {@code src/test/resources/golden}; every line passes the phrase lint.
 *
 * <p>After a wording change on purpose, rewrite them with {@code mvn -pl examples -am verify
 * -Dtest=ScenarioOneGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dhuifang.golden.write=true}, read the diff and commit it.
 */
class ScenarioOneGoldenTest {

  private static final GoldenText GOLDEN =
      GoldenText.under(Path.of("src", "test", "resources", "golden"));

  @TestFactory
  List<DynamicTest> scenarioOneReadsAsAPersonWouldWriteIt() {
    Report quiet = new Report(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), LocalizedText.EN);
    ChanghongPromotion.Outcome outcome = ChanghongPromotion.run(quiet);
    FeedbackComposer composer = FeedbackComposer.ofDefaults();
    PhraseLint lint = PhraseLint.defaults();
    List<DynamicTest> tests = new ArrayList<>();
    for (String locale : List.of(LocalizedText.ZH_CN, LocalizedText.EN)) {
      for (Audience audience : Audience.values()) {
        FeedbackScript script = composer.script(ChanghongPromotion.FIRST_TIMER, audience,
            outcome.findings()).get();
        tests.add(golden("scenario1-script." + audience.name().toLowerCase(Locale.ROOT) + "."
            + locale + ".txt", script.toText(locale), lint, locale));
      }
      tests.add(golden("scenario1-script.first_timer." + locale + ".md",
          outcome.script().toMarkdown(locale), lint, locale));
      CapabilityReport report = outcome.capabilityReport();
      tests.add(golden("scenario1-report." + locale + ".txt", report.toText(locale), lint, locale));
      tests.add(golden("scenario1-report." + locale + ".md", report.toMarkdown(locale), lint,
          locale));
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
