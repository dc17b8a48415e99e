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
}
