package dev.huifang.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.core.InvalidModelException;
import dev.huifang.core.Problem;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Trusted constructors refuse what their rules forbid: retention terms that are not positive throw
 * with every Problem, a masking needs a span of at least one character on both sides; and the
 * rules and masks of each kind are worded exactly.
 */
class MaskingAndRetentionBoundsTest {

  @Test
  void retentionTermsThatAreNotPositiveAreRefusedWithEveryProblem() {
    assertThatThrownBy(() -> new RetentionTerms(Duration.ZERO, Duration.ofDays(-1)))
        .isInstanceOfSatisfying(InvalidModelException.class, thrown -> {
          assertThat(thrown.problems()).containsExactly(
              new Problem(Problem.RANGE, "freeText", "PT0S", "must be > PT0S"),
              new Problem(Problem.RANGE, "contact", "PT-24H", "must be > PT0S"));
          assertThat(thrown).hasMessage("invalid RetentionTerms: freeText: must be > PT0S, was PT0S;"
              + " contact: must be > PT0S, was PT-24H");
        });
    assertThatThrownBy(() -> new RetentionTerms(Duration.ofDays(1), Duration.ofNanos(-1)))
        .isInstanceOfSatisfying(InvalidModelException.class, thrown ->
            assertThat(thrown.problems()).containsExactly(
                new Problem(Problem.RANGE, "contact", "PT-0.000000001S", "must be > PT0S")));
    RetentionTerms shortest = new RetentionTerms(Duration.ofNanos(1), Duration.ofNanos(1));
    assertThat(shortest.period(PersonalField.FREE_TEXT)).isEqualTo(Duration.ofNanos(1));
    assertThat(shortest.period(PersonalField.CONTACT)).isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void aMaskingSpansAtLeastOneCharacterOnBothSides() {
    Masking shortest = new Masking(PersonalInfoKind.NAME, 0, 1, 0, 1, "r", null);
    assertThat(shortest.length()).isEqualTo(1);
    assertThat(new Masking(PersonalInfoKind.EMAIL, 2, 7, 3, 4, "r", "t").length()).isEqualTo(5);
    assertThatThrownBy(() -> new Masking(PersonalInfoKind.NAME, 3, 3, 0, 1, "r", null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("span: must be non-empty and not negative, was [3, 3) masked as [0, 1)");
    assertThatThrownBy(() -> new Masking(PersonalInfoKind.NAME, 0, 1, 4, 4, "r", null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("span: must be non-empty and not negative, was [0, 1) masked as [4, 4)");
    assertThatThrownBy(() -> new Masking(PersonalInfoKind.NAME, -1, 1, 0, 1, "r", null))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Masking(PersonalInfoKind.NAME, 0, 1, -1, 1, "r", null))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyKindWordsItsRuleAndItsMask() {
    assertThat(PersonalInfoKind.MOBILE.rule())
        .isEqualTo("mainland mobile number: 11 digits starting 13-19, optionally after +86 or 0086");
    assertThat(PersonalInfoKind.MOBILE.mask())
        .isEqualTo("keeps the first 3 and last 4 digits: 138****5678");
    assertThat(PersonalInfoKind.RESIDENT_ID.rule()).isEqualTo("resident identity number: 18 "
        + "characters, valid region, plausible birth date and GB 11643 check character");
    assertThat(PersonalInfoKind.RESIDENT_ID.mask())
        .isEqualTo("keeps the first 3 and last 4 characters: 110***********002X");
    assertThat(PersonalInfoKind.EMAIL.rule()).isEqualTo(
        "e-mail address: local part, @, domain with a top-level domain of 2 or more letters");
    assertThat(PersonalInfoKind.EMAIL.mask()).isEqualTo(
        "keeps the first character of the local part and the domain: z***@example.com");
    assertThat(PersonalInfoKind.BANK_CARD.rule()).isEqualTo("bank card number: 16-19 digits with"
        + " an issuer prefix (4, 51-55, 35, 60, 62, 65, 95) and a valid Luhn check digit");
    assertThat(PersonalInfoKind.BANK_CARD.mask())
        .isEqualTo("keeps the first 4 and last 4 digits: 6222***********1234");
    assertThat(PersonalInfoKind.NAME.rule()).isEqualTo("known name supplied by the host app");
    assertThat(PersonalInfoKind.NAME.mask()).isEqualTo(
        "keeps the first character: 张三 becomes 张*, 欧阳娜娜 欧**, John Smith J*");
    assertThat(PersonalInfoKind.HOST_PATTERN.rule()).isEqualTo("pattern supplied by the host app");
    assertThat(PersonalInfoKind.HOST_PATTERN.mask())
        .isEqualTo("keeps the first character: w***");
  }

  @Test
  void aMaskingNamesTheRuleOfItsKindInWords() {
    RedactedText result = Redactor.defaults().redact("mail a@b.cn");
    assertThat(result.maskings()).containsExactly(new Masking(PersonalInfoKind.EMAIL, 5, 11, 5, 14,
        "e-mail address: local part, @, domain with a top-level domain of 2 or more letters",
        null));
  }
}
