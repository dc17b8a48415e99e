package dev.huifang.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules behind numbers that are masked, each exactly at its bounds: birth dates of resident
 * ids (years 1900 to 2099, real calendar days), issuer prefixes and lengths of bank cards, mobile
 * prefixes. Check characters and Luhn digits were computed independently.
 */
class NumberRulesTest {

  private final Redactor redactor = Redactor.defaults();

  private boolean masked(String number) {
    return !redactor.redact("号 " + number + " 号").isClean();
  }

  @Test
  void residentIdsNeedARealBirthDateFrom1900To2099() {
    for (String valid : List.of("11010519000101001X", "110105209912310010",
        "110105200002290013", "110105202402290011", "110105202604300011",
        "110105202612310017")) {
      assertThat(masked(valid)).as(valid).isTrue();
    }
    for (String invalid : List.of("110105189912310015", "110105210001010015",
        "110105190002290017", "110105202302290014", "110105202604310017",
        "110105202613010016", "110105202600010017", "110105202601000013")) {
      assertThat(masked(invalid)).as(invalid).isFalse();
    }
    assertThat(redactor.redact("11010519000101001X").text()).isEqualTo("110***********001X");
    assertThat(redactor.redact("110105209912310010").maskings()).singleElement()
        .extracting(Masking::kind).isEqualTo(PersonalInfoKind.RESIDENT_ID);
  }

  @Test
  void bankCardsNeedAKnownIssuerAndSixteenToNineteenDigits() {
    for (String card : List.of("4012345678000008", "5112345678000004", "5512345678000000",
        "3512345678000005", "6012345678000003", "6212345678000001", "6512345678000008",
        "9512345678000002", "6212345678000000002")) {
      assertThat(masked(card)).as(card).isTrue();
    }
    for (String other : List.of("5012345678000005", "5612345678000009", "3412345678000006",
        "6112345678000002", "9612345678000001", "62123456780000000001", "621234567800002")) {
      assertThat(masked(other)).as(other).isFalse();
    }
    assertThat(redactor.redact("6212345678000000002").text()).isEqualTo("6212***********0002");
    assertThat(redactor.redact("4012345678000008").text()).isEqualTo("4012********0008");
  }

  @Test
  void mobileNumbersStartWithOneAndThenThreeOrMore() {
    assertThat(masked("13012345678")).isTrue();
    assertThat(masked("19912345678")).isTrue();
    assertThat(masked("12912345678")).isFalse();
    assertThat(masked("23812345678")).isFalse();
    assertThat(masked("1381234567")).isFalse();
    assertThat(masked("138123456789")).isFalse();
    assertThat(redactor.redact("+8613812345678").text()).isEqualTo("+86138****5678");
    assertThat(redactor.redact("8613812345678").isClean()).isTrue();
    assertThat(redactor.redact("008613812345678").text()).isEqualTo("0086138****5678");
    assertThat(redactor.redact("009913812345678").isClean()).isTrue();
  }
}
