package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

  final Template question = Template.of(
      "顾客问到{product}的{feature}时，你是怎么解释的？",
      "When a customer asked about the {product}'s {feature}, how did you explain it?");

  @Test
  void fillsEveryLocale() {
    LocalizedText filled = question.fill(Map.of("product", "冰箱", "feature", "节能"), "q").get();
    assertThat(filled.zhCn()).isEqualTo("顾客问到冰箱的节能时，你是怎么解释的？");
    assertThat(filled.en()).isEqualTo("When a customer asked about the 冰箱's 节能, how did you explain it?");
    assertThat(question.placeholders()).containsExactly("feature", "product");
  }

  @Test
  void missingValueIsAProblemNotABlank() {
    assertThat(question.fill(Map.of("product", "fridge"), "questions[2].text").getError()
        .map(Problem::message)).containsExactly(
            "questions[2].text: needs a value for placeholder feature, was \"{feature}\"");
  }

  @Test
  void unknownPlaceholdersAreReportedAgainstWhatIsKnown() {
    assertThat(question.unknownPlaceholders("t", List.of("product")).map(Problem::code))
        .containsExactly(Problem.UNKNOWN);
    assertThat(question.unknownPlaceholders("t", List.of("product", "feature"))).isEmpty();
  }

  @Test
  void bracesEscapeAndMalformedTemplatesAreProblems() {
    Template literal = Template.of("{{原样}}", "{{as is}} {x}");
    assertThat(literal.fill(Map.of("x", "1"), "t").get().en()).isEqualTo("{as is} 1");
    Template broken = Template.of("{未闭合", "a } b {1x}");
    assertThat(broken.problems("t").map(Problem::path)).containsExactly("t.en", "t.zh-CN");
    assertThat(broken.fill(Map.of(), "t").isInvalid()).isTrue();
  }

  @Test
  void aBraceAtTheVeryEndIsAProblemNamingWhereItStands() {
    Template openAtEnd = Template.of("好 {", "ok");
    assertThat(openAtEnd.problems("t").map(Problem::message))
        .containsExactly("t.zh-CN: must close every { with } (at 2), was \"好 {\"");
    Template closeAtEnd = Template.of("好", "ok }");
    assertThat(closeAtEnd.problems("t").map(Problem::message))
        .containsExactly("t.en: must not have a } without { (at 3), was \"ok }\"");
    assertThat(Template.of("{", "}").problems("t").map(Problem::message)).containsExactly(
        "t.en: must not have a } without { (at 0), was \"}\"",
        "t.zh-CN: must close every { with } (at 0), was \"{\"");
  }

  @Test
  void malformedNamesAreProblemsAtTheirBrace() {
    assertThat(Template.of("a{}", "b {1x}").problems("q").map(Problem::message)).containsExactly(
        "q.en: must name placeholders with letters, digits, _ or . starting with a letter (at 2),"
            + " was \"b {1x}\"",
        "q.zh-CN: must name placeholders with letters, digits, _ or . starting with a letter"
            + " (at 1), was \"a{}\"");
    assertThat(Template.of("{a b}", "{a-b}").problems("q")).hasSize(2);
    assertThat(Template.of("{worker.name_2}", "{W9}").problems("q")).isEmpty();
  }

  @Test
  void doubledBracesAtTheEndAreLiteralBraces() {
    Template literal = Template.of("x{{", "}}{y}}}");
    assertThat(literal.problems("t")).isEmpty();
    assertThat(literal.placeholders()).containsExactly("y");
    LocalizedText filled = literal.fill(Map.of("y", "1"), "t").get();
    assertThat(filled.zhCn()).isEqualTo("x{");
    assertThat(filled.en()).isEqualTo("}1}");
    assertThat(Template.of("{{}}", "{{{a}}}").fill(Map.of("a", "v"), "t").get().texts())
        .containsExactly(Map.entry("en", "{v}"), Map.entry("zh-CN", "{}"));
  }

  @Test
  void placeholdersListWhatAMalformedTemplateStillNames() {
    Template half = Template.of("{a} 然后 {", "{b} then } {c}");
    assertThat(half.placeholders()).containsExactly("a", "b");
    assertThat(half.fill(Map.of("a", "1", "b", "2", "c", "3"), "t").getError()
        .map(Problem::path)).containsExactly("t.en", "t.zh-CN");
  }

  @Test
  void everyMissingValueIsNamedAndBlankTextsAreProblems() {
    assertThat(question.fill(Map.of(), "q").getError().map(Problem::message)).containsExactly(
        "q: needs a value for placeholder feature, was \"{feature}\"",
        "q: needs a value for placeholder product, was \"{product}\"");
    assertThat(question.unknownPlaceholders("t", List.of("product")).map(Problem::message))
        .containsExactly("t: must use only known placeholders [product], was \"{feature}\"");
    assertThat(Template.of(" ", "ok").problems("t").map(Problem::message))
        .containsExactly("t.zh-CN: must not be blank, was \" \"");
    assertThat(Template.of(" ", "ok").fill(Map.of(), "t").isInvalid()).isTrue();
    assertThat(Template.of("无", "none").fill(Map.of(), "t").get().en()).isEqualTo("none");
  }

  @Test
  void templatesRoundTripAsLocalizedText() {
    String json = dev.huifang.core.json.HuifangJson.write(question);
    assertThat(json).startsWith("{\"en\":\"When a customer");
    assertThat(dev.huifang.core.json.HuifangJson.read(json, Template.class).get())
        .isEqualTo(question);
  }
}
