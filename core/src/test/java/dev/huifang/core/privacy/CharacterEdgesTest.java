package dev.huifang.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The characters at the edges of each class the scanners know: the first and last ASCII and
 * full-width digits and letters glue a number into a longer token, their neighbours do not.
 */
class CharacterEdgesTest {

  private final Redactor redactor = Redactor.defaults();

  @Test
  void fullWidthDigitsAtBothEndsOfTheirRangeCount() {
    assertThat(redactor.redact("１３９１２３４５６７０").text()).isEqualTo("１３９****５６７０");
    assertThat(redactor.redact("１３０１２３４５６７９").text()).isEqualTo("１３０****５６７９");
  }

  @Test
  void lettersAtTheEdgesOfTheirRangesGlueNumbersIntoTokens() {
    for (String word : List.of("a", "z", "A", "Z", "_", "\uFF21", "\uFF3A", "\uFF41", "\uFF5A",
        "0", "９")) {
      assertThat(redactor.redact(word + "13812345678").isClean()).as("before " + word).isTrue();
      assertThat(redactor.redact("13812345678" + word).isClean()).as("after " + word).isTrue();
    }
    for (String edge : List.of("`", "{", "@", "[", "\uFF20", "\uFF3B", "\uFF40", "\uFF5B", ":",
        "/", "\uFF0F", "\uFF1A")) {
      assertThat(redactor.redact(edge + "13812345678" + edge).text()).as(edge)
          .isEqualTo(edge + "138****5678" + edge);
    }
  }

  @Test
  void joinersGlueOnlyWhenAWordIsOnTheirOtherSide() {
    assertThat(redactor.redact("a.13812345678").isClean()).isTrue();
    assertThat(redactor.redact(".13812345678").text()).isEqualTo(".138****5678");
    assertThat(redactor.redact("13812345678/a").isClean()).isTrue();
    assertThat(redactor.redact("13812345678/").text()).isEqualTo("138****5678/");
    assertThat(redactor.redact("13812345678, ok").text()).isEqualTo("138****5678, ok");
  }

  @Test
  void emailDomainsUseAsciiLettersAndDigits() {
    for (String address : List.of("a@b.az", "a@b.ZA", "z@b0.cn", "Z@9b.cn", "a0@b.cn", "9@b.cn")) {
      assertThat(redactor.redact(address).maskings()).as(address).singleElement()
          .extracting(Masking::kind).isEqualTo(PersonalInfoKind.EMAIL);
    }
    for (String edge : List.of("a@b.c`", "a@b.c{", "a@b.c@", "a@b.c[")) {
      assertThat(redactor.redact(edge).isClean()).as(edge).isTrue();
    }
    assertThat(redactor.redact("`a@b.cn").text()).isEqualTo("`a***@b.cn");
    assertThat(redactor.redact("{a@b.cn").text()).isEqualTo("{a***@b.cn");
    assertThat(redactor.redact("a@b/.cn").isClean()).isTrue();
  }
}
