package dev.huifang.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keyed tokens are HMAC-SHA256 over the kind and the normalised value, checked against values
 * computed independently; e-mail addresses are masked only with a well-formed domain.
 */
class FingerprintAndEmailTest {

  static final FingerprintKey KEY = FingerprintKey.of(
      "a host secret of 32 bytes length".getBytes(StandardCharsets.UTF_8)).get();

  @Test
  void secretsNeedSixteenBytes() {
    assertThat(FingerprintKey.of(new byte[FingerprintKey.MIN_BYTES]).isValid()).isTrue();
    assertThat(FingerprintKey.of(new byte[15]).getError().head().message())
        .isEqualTo("secret: must be at least 16 bytes long, was 15 bytes");
    assertThat(KEY.toString()).isEqualTo("FingerprintKey[HmacSHA256, secret hidden]");
  }

  @Test
  void tokensAreTheFirstEightBytesOfTheKeyedHashInHex() {
    // python3: hmac.new(key, b"MOBILE:13812345678", hashlib.sha256).hexdigest()[:16]
    assertThat(KEY.token(PersonalInfoKind.MOBILE, "+86 138-1234-5678"))
        .isEqualTo("767dcac831fe702e");
    assertThat(KEY.tokenOfNormalised(PersonalInfoKind.EMAIL, "zhang@qq.com"))
        .isEqualTo("11c0651dd2f239da");
    assertThat(KEY.fingerprint(List.of(" Installation ", "SLOW")))
        .isEqualTo("67e83d585fea08a9");
    assertThat(KEY.fingerprint(List.of("ab", "c"))).isNotEqualTo(KEY.fingerprint(List.of("a", "bc")));
    assertThat(KEY.token(PersonalInfoKind.NAME, "x")).isNotEqualTo(
        KEY.token(PersonalInfoKind.EMAIL, "x"));
    assertThat(KEY.tokens(List.of(PersonalInfoKind.MOBILE, PersonalInfoKind.EMAIL),
        List.of("13812345678", " Zhang@QQ.com ")))
        .containsExactly("767dcac831fe702e", "11c0651dd2f239da");
    assertThat(KEY.tokens(List.of(), List.of())).isEmpty();
    assertThatThrownBy(() -> KEY.tokens(List.of(PersonalInfoKind.MOBILE), List.of()))
        .hasMessage("kinds and values: must be of the same size, were 1 and 0");
  }

  @Test
  void valuesAreNormalisedPerKind() {
    assertThat(FingerprintKey.normalise(PersonalInfoKind.MOBILE, "0086 138-1234-5678"))
        .isEqualTo("13812345678");
    assertThat(FingerprintKey.normalise(PersonalInfoKind.MOBILE, "1381234567"))
        .isEqualTo("1381234567");
    assertThat(FingerprintKey.normalise(PersonalInfoKind.MOBILE, "１３８１２３４５６７８"))
        .isEqualTo("13812345678");
    assertThat(FingerprintKey.normalise(PersonalInfoKind.BANK_CARD, "6222 0212-3456"))
        .isEqualTo("622202123456");
    assertThat(FingerprintKey.normalise(PersonalInfoKind.RESIDENT_ID, "110105 19491231-002x"))
        .isEqualTo("11010519491231002X");
    assertThat(FingerprintKey.normalise(PersonalInfoKind.EMAIL, " Zhang@QQ.com "))
        .isEqualTo("zhang@qq.com");
    assertThat(FingerprintKey.normalise(PersonalInfoKind.NAME, " John SMITH "))
        .isEqualTo("john smith");
    assertThat(FingerprintKey.normalise(PersonalInfoKind.HOST_PATTERN, "  wxid_A \t b "))
        .isEqualTo("wxid_A b");
  }

  @Test
  void emailsNeedALocalPartAndADomainEndingInTwoLetters() {
    Redactor emails = Redactor.of(RedactionPolicy.builder().addKinds(PersonalInfoKind.EMAIL)
        .build());
    assertThat(emails.redact("a@b.co").text()).isEqualTo("a***@b.co");
    assertThat(emails.redact("x a_b%c+d-e@mail-1.example.org y").text())
        .isEqualTo("x a***@mail-1.example.org y");
    assertThat(emails.redact("..a@b.cn").text()).isEqualTo("..a***@b.cn");
    assertThat(emails.redact("mail a@b.cn-").text()).isEqualTo("mail a***@b.cn-");
    for (String notAnAddress : List.of("a@b.c", "a@-b.com", "a@b-.com", "a@b..com", "a@b.c0m",
        "a@.com", "a@com", "@b.com", "a@", "a@b.com1", "中@b.com")) {
      assertThat(emails.redact(notAnAddress).isClean()).as(notAnAddress).isTrue();
    }
    assertThat(emails.redact("a@b.cn@c.cn").text()).isEqualTo("a***@b.cn@c.cn");
    assertThat(emails.redact("a@b.cn x@y.cn").maskings()).hasSize(2);
  }
}
