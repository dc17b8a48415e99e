package dev.huifang.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.LocalizedText;
import dev.huifang.core.Template;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A template read once fills as {@link Template#fill} does: escaped braces kept, each value a
 * clause in the locale's own language, the result tidied; a missing value gives null.
 */
class ParsedTemplateTest {

  private static final Map<String, LocalizedText> VALUES = Map.of(
      "strength", LocalizedText.of("问候很热情。", " greeted customers warmly. "),
      "evidence", LocalizedText.of("顾客说很满意！", "the customer said so!"));

  @Test
  void fillsEachLocaleWithItsOwnValuesAsClausesAndKeepsEscapedBraces() {
    Template template = Template.of("{{注意}}做得好:{strength},{evidence}。",
        "{{note}} Well done: {strength} - {evidence}.");
    LocalizedText filled = ParsedTemplate.of(template).fill(VALUES);
    assertThat(filled).isEqualTo(LocalizedText.of("{注意}做得好：问候很热情，顾客说很满意。",
        "{note} Well done: greeted customers warmly - the customer said so."));
    TreeMap<String, String> local = new TreeMap<>();
    VALUES.forEach((name, value) -> local.put(name,
        DefaultFeedbackComposer.clause(value.in("en"))));
    assertThat(filled.en()).isEqualTo(template.fill(local, "t").get().en());
  }

  @Test
  void fillsATemplateOfLiteralsOrOfPlaceholdersOnly() {
    assertThat(ParsedTemplate.of(Template.of("谢谢。", "Thanks.")).fill(Map.of()))
        .isEqualTo(LocalizedText.of("谢谢。", "Thanks."));
    assertThat(ParsedTemplate.of(Template.of("{strength}", "{strength}{evidence}")).fill(VALUES))
        .isEqualTo(LocalizedText.of("问候很热情",
            "greeted customers warmlythe customer said so"));
    assertThat(ParsedTemplate.of(Template.of("}}{{", "a}}b")).fill(Map.of()))
        .isEqualTo(LocalizedText.of("}{", "a}b"));
  }

  @Test
  void givesNullWhenAPlaceholderHasNoValue() {
    assertThat(ParsedTemplate.of(Template.of("好", "{strength} and {dimension}")).fill(VALUES))
        .isNull();
  }

  @Test
  void aClauseLosesSurroundingSpaceAndEveryFinalMark() {
    assertThat(DefaultFeedbackComposer.clause("  做得好。！ ")).isEqualTo("做得好");
    assertThat(DefaultFeedbackComposer.clause("well done .;,")).isEqualTo("well done");
    assertThat(DefaultFeedbackComposer.clause("a、b，")).isEqualTo("a、b");
    assertThat(DefaultFeedbackComposer.clause("。")).isEmpty();
    assertThat(DefaultFeedbackComposer.clause("Mr. Li said ok")).isEqualTo("Mr. Li said ok");
  }
}
