package dev.huifang.core.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.privacy.FingerprintKey;
import dev.huifang.core.privacy.HostPattern;
import dev.huifang.core.privacy.Masking;
import dev.huifang.core.privacy.PersonalInfoKind;
import dev.huifang.core.privacy.RedactionPolicy;
import dev.huifang.core.privacy.Redactor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The scanners at the edges of the text and of their tables: an {@code @} at the very start, a
 * known name that ends the text, a longer known name listed after its prefix, a name that starts
 * with the first CJK radical, a host pattern that can match nothing between two characters.
 */
class ScannerBoundsTest {

  private static final Redactor EMAILS =
      Redactor.of(RedactionPolicy.builder().addKinds(PersonalInfoKind.EMAIL).build());

  private static Redactor names(String... names) {
    return Redactor.of(RedactionPolicy.builder().addKinds(PersonalInfoKind.NAME)
        .addKnownNames(names).build());
  }

  @Test
  void anAtSignThatStartsTheTextDoesNotStopTheScan() {
    assertThat(EMAILS.redact("@ a@b.cn").text()).isEqualTo("@ a***@b.cn");
    assertThat(EMAILS.redact("@a@b.cn").text()).isEqualTo("@a***@b.cn");
  }

  @Test
  void aLongerKnownNameWinsOverItsPrefixWhateverTheOrderTheyAreListedIn() {
    assertThat(names("张三", "张三丰").redact("张三丰到了，张三没到").text())
        .isEqualTo("张**到了，张*没到");
    assertThat(names("张三丰", "张三").redact("张三丰到了，张三没到").text())
        .isEqualTo("张**到了，张*没到");
    assertThat(names("Li", "Li Na").redact("call Li Na or Li.").text())
        .isEqualTo("call L* or L*.");
  }

  @Test
  void aLatinNameThatEndsTheTextIsMasked() {
    Redactor redactor = names("Li", "John Smith");
    assertThat(redactor.redact("call Li").text()).isEqualTo("call L*");
    assertThat(redactor.redact("ask john smith").text()).isEqualTo("ask J*");
    assertThat(redactor.redact("Li").maskings()).containsExactly(new Masking(
        PersonalInfoKind.NAME, 0, 2, 0, 2, "known name supplied by the host app", null));
    assertThat(redactor.redact("call Lin").isClean()).isTrue();
  }

  @Test
  void namesFromTheFirstCjkRadicalOnMatchInsideWordsAndKeepUpToTwoStars() {
    // U+2E80 is the first character that makes a name non-Latin: it matches anywhere, case kept.
    Redactor radical = names("\u2E80ab");
    assertThat(radical.redact("x\u2E80aby").text()).isEqualTo("x\u2E80**y");
    assertThat(radical.redact("\u2E80AB").isClean()).isTrue();
    // U+2E7F is still Latin: whole words only, one star.
    Redactor below = names("\u2E7Fab");
    assertThat(below.redact("x\u2E7Faby").isClean()).isTrue();
    assertThat(below.redact("x \u2E7FAB y").text()).isEqualTo("x \u2E7F* y");
  }

  @Test
  void aHostPatternMatchingNothingBetweenTwoCharactersMasksOnlyWhatItMatched() {
    Redactor tags = Redactor.of(RedactionPolicy.builder().addKinds(PersonalInfoKind.HOST_PATTERN)
        .addPatterns(HostPattern.of("tag", "(?<=#)\\d*")).build());
    assertThat(tags.redact("# and #12").text()).isEqualTo("# and #1***");
    assertThat(tags.redact("# and #12").maskings()).containsExactly(new Masking(
        PersonalInfoKind.HOST_PATTERN, 7, 9, 7, 11, "host pattern tag", null));
    assertThat(tags.redact("end #").isClean()).isTrue();
  }

  @Test
  void theRedactorNamesItsPolicyAndWhetherItTokens() {
    RedactionPolicy policy = RedactionPolicy.builder().addKinds(PersonalInfoKind.EMAIL).build();
    FingerprintKey key = FingerprintKey.of(
        "a host secret of 32 bytes length".getBytes(StandardCharsets.UTF_8)).get();
    assertThat(Redactor.of(policy).toString()).isEqualTo("Redactor[" + policy + "]");
    assertThat(Redactor.of(policy, key).toString())
        .isEqualTo("Redactor[" + policy + ", with fingerprints]");
    assertThat(Redactor.of(policy, key).toString())
        .isEqualTo("Redactor[RedactionPolicy{kinds=[EMAIL], patterns=[]}, with fingerprints]");
  }
}
