package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  final LocalizedText greeting = LocalizedText.of("你好", "Hello");

  @Test
  void exactLocaleWins() {
    assertThat(greeting.in("zh-CN")).isEqualTo("你好");
    assertThat(greeting.in("en")).isEqualTo("Hello");
    assertThat(greeting.in("zh_cn")).isEqualTo("你好");
  }

  @Test
  void sameLanguageBeatsFallbackOrder() {
    assertThat(greeting.in("zh-TW")).isEqualTo("你好");
    assertThat(greeting.in("en-GB")).isEqualTo("Hello");
  }

  @Test
  void unknownLocaleFollowsTheExplicitFallbackOrder() {
    assertThat(greeting.in("fr")).isEqualTo("Hello");
    assertThat(greeting.in("fr", LocaleFallback.of("zh-CN", "en"))).isEqualTo("你好");
    LocalizedText onlyJapanese = LocalizedText.of(Map.of("ja", "こんにちは"));
    assertThat(onlyJapanese.in("fr")).isEqualTo("こんにちは");
  }

  @Test
  void bothHuifangLocalesAreRequired() {
    LocalizedText onlyEnglish = LocalizedText.of(Map.of("en", "Hello", "fr", " "));
    assertThat(onlyEnglish.problems("question.text").map(Problem::message)).containsExactly(
        "question.text.zh-CN: is required",
        "question.text.fr: must not be blank, was \" \"");
    assertThat(LocalizedText.validate("t", greeting).get()).isEqualTo(greeting);
  }
}
