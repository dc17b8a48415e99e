package dev.huifang.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Real-format examples of what the Redactor masks, how the masks read, and what it leaves. */
class RedactorExamplesTest {

  private final Redactor redactor = Redactor.defaults();

  @Test
  void theDocumentedExample() {
    RedactedText result = redactor.redact("客户张三电话 +86 138-1234-5678，邮箱 zhangsan@qq.com");
    assertThat(result.text()).isEqualTo("客户张三电话 +86 138****5678，邮箱 z***@qq.com");
    assertThat(result.maskings()).extracting(Masking::kind)
        .containsExactly(PersonalInfoKind.MOBILE, PersonalInfoKind.EMAIL);
  }

  @Test
  void masksMobileNumbersInEveryUsualFormat() {
    assertThat(redactor.redact("联系电话13812345678，谢谢").text()).isEqualTo("联系电话138****5678，谢谢");
    assertThat(redactor.redact("call 138 1234 5678 today").text()).isEqualTo("call 138****5678 today");
    assertThat(redactor.redact("手机：138-1234-5678。").text()).isEqualTo("手机：138****5678。");
    assertThat(redactor.redact("tel +86 13812345678").text()).isEqualTo("tel +86 138****5678");
    assertThat(redactor.redact("tel +86-138-1234-5678").text()).isEqualTo("tel +86-138****5678");
    assertThat(redactor.redact("0086 13812345678").text()).isEqualTo("0086 138****5678");
    assertThat(redactor.redact("（+86）15912345678").text()).isEqualTo("（+86）159****5678");
    assertThat(redactor.redact("全角１３８１２３４５６７８").text()).isEqualTo("全角１３８****５６７８");
  }

  @Test
  void reportsKindPositionAndRuleButNeverTheValue() {
    RedactedText result = redactor.redact("电话13812345678");
    assertThat(result.maskings()).singleElement().satisfies(masking -> {
      assertThat(masking.kind()).isEqualTo(PersonalInfoKind.MOBILE);
      assertThat(masking.start()).isEqualTo(2);
      assertThat(masking.end()).isEqualTo(13);
      assertThat(result.text().substring(masking.maskedStart(), masking.maskedEnd()))
          .isEqualTo("138****5678");
      assertThat(masking.rule()).isEqualTo(PersonalInfoKind.MOBILE.rule());
      assertThat(masking.token()).isNull();
      assertThat(masking.toString()).doesNotContain("13812345678");
    });
    assertThat(result.toString()).doesNotContain("138").contains("MOBILE=1");
  }

  @Test
  void masksResidentIdsWithValidCheckCharacterOnly() {
    assertThat(redactor.redact("身份证11010519491231002X已核验").text())
        .isEqualTo("身份证110***********002X已核验");
    assertThat(redactor.redact("id 11010519491231002x.").text())
        .isEqualTo("id 110***********002x.");
    assertThat(redactor.redact("身份证 110105 19491231 002X").text())
        .isEqualTo("身份证 110***********002X");
    // wrong check character, impossible birth date, unknown region: left alone
    assertThat(redactor.redact("11010519491231002Y").isClean()).isTrue();
    assertThat(redactor.redact("110105194912310021").isClean()).isTrue();
    assertThat(redactor.redact("110105194913310026").isClean()).isTrue();
    assertThat(redactor.redact("990105194912310021").isClean()).isTrue();
  }

  @Test
  void masksEmailAddresses() {
    assertThat(redactor.redact("邮箱zhangsan.88@qq.com请回复").text()).isEqualTo("邮箱z***@qq.com请回复");
    assertThat(redactor.redact("Mail me at john.doe+work@mail.example.com.").text())
        .isEqualTo("Mail me at j***@mail.example.com.");
    assertThat(redactor.redact("13812345678@163.com").text()).isEqualTo("1***@163.com");
    assertThat(redactor.redact("not an address: a@b, x@localhost, @qq.com, me@x.c").isClean())
        .isTrue();
  }

  @Test
  void masksBankCardsThatPassLuhn() {
    assertThat(redactor.redact("卡号6222021234567890128").text())
        .isEqualTo("卡号6222***********0128");
    assertThat(redactor.redact("card 4367 4212 3456 7896 ok").text())
        .isEqualTo("card 4367********7896 ok");
    assertThat(redactor.redact("card 4367-4212-3456-7897").isClean()).isTrue();
  }

  @Test
  void leavesOrderNumbersExtensionsAndAmountsAlone() {
    for (String ordinary : new String[] {
        "订单号202611261381234567890", "order SO13812345678", "SO-20261126-13812345678",
        "运单 138123456789", "010-65529988 转 8021", "400-800-1234 ext. 1234",
        "金额 13812345678.50 元", "WX13812345678", "13812345678A", "2026-11-26 14:30",
        "订单 1381234567813812345678"}) {
      assertThat(redactor.redact(ordinary).isClean()).as(ordinary).isTrue();
    }
  }

  @Test
  void masksThePhoneButNotItsExtension() {
    assertThat(redactor.redact("13812345678 转 8021").text()).isEqualTo("138****5678 转 8021");
    assertThat(redactor.redact("+86 138 1234 5678 ext. 12").text())
        .isEqualTo("+86 138****5678 ext. 12");
  }

  @Test
  void masksKnownNamesReadably() {
    Redactor withNames = Redactor.of(RedactionPolicy.builder()
        .addKnownNames("张三", "欧阳娜娜", "John Smith", "Li").build());
    assertThat(withNames.redact("张三说欧阳娜娜的电话13812345678").text())
        .isEqualTo("张*说欧**的电话138****5678");
    assertThat(withNames.redact("John Smith and JOHN SMITH, not Johnny Smithers; Li not Lisa")
        .text()).isEqualTo("J* and J*, not Johnny Smithers; L* not Lisa");
  }

  @Test
  void masksHostPatterns() {
    Redactor withWechat = Redactor.of(RedactionPolicy.builder()
        .addPatterns(HostPattern.of("wechat", "wxid_[a-z0-9]{6,20}")).build());
    RedactedText result = withWechat.redact("加微信wxid_abc12345好友");
    assertThat(result.text()).isEqualTo("加微信w***好友");
    assertThat(result.maskings()).singleElement().extracting(Masking::kind, Masking::rule)
        .containsExactly(PersonalInfoKind.HOST_PATTERN, "host pattern wechat");
  }

  @Test
  void masksOnlyTheKindsOfThePolicy() {
    Redactor phonesOnly = Redactor.of(RedactionPolicy.builder()
        .addKinds(PersonalInfoKind.MOBILE).build());
    assertThat(phonesOnly.redact("13812345678 a@qq.com 11010519491231002X").text())
        .isEqualTo("138****5678 a@qq.com 11010519491231002X");
  }

  @Test
  void rejectsBadPatternsAndNamesWithProblems() {
    assertThat(RedactionPolicy.builder()
        .addPatterns(HostPattern.of("wechat", "("), HostPattern.of("", "a*"),
            HostPattern.of("wechat", "wx"))
        .addKnownNames("张", " ")
        .validate().getError().map(Problem::message))
        .containsExactly(
            "patterns[0].regex: must be a valid regular expression (Unclosed group near index 1),"
                + " was \"(\"",
            "patterns[1].name: must not be blank, was \"\"",
            "patterns[1].regex: must not match the empty text, was \"a*\"",
            "patterns[2].name: must be unique among the patterns, was \"wechat\"",
            "knownNames[0]: must be at least 2 characters long, was \"张\"",
            "knownNames[1]: must not be blank, was \" \"");
  }

  @Test
  void policyToStringHidesKnownNames() {
    RedactionPolicy policy = RedactionPolicy.builder().addKnownNames("张三").build();
    assertThat(policy.toString()).doesNotContain("张三");
  }

  @Test
  void keyedTokensMatchTheSameValueInAnyFormat() {
    FingerprintKey key = FingerprintKey.of("a host secret of 32 bytes length"
        .getBytes(StandardCharsets.UTF_8)).get();
    Redactor keyed = Redactor.of(RedactionPolicy.defaults(), key);
    RedactedText first = keyed.redact("客户13812345678投诉安装慢");
    RedactedText second = keyed.redact("客户 +86 138-1234-5678 again");
    RedactedText other = keyed.redact("客户13800005678投诉安装慢");
    assertThat(first.tokens()).hasSize(1).isEqualTo(second.tokens());
    assertThat(other.tokens()).doesNotContainAnyElementsOf(first.tokens());
    assertThat(first.text()).isEqualTo(other.text());
    assertThat(first.keyedText()).isNotEqualTo(other.keyedText())
        .startsWith("客户[MOBILE:").endsWith("]投诉安装慢").doesNotContain("1381234");
    assertThat(key.token(PersonalInfoKind.MOBILE, "0086 13812345678"))
        .isEqualTo(first.tokens().first());
    assertThat(FingerprintKey.of(new byte[8]).getError().map(Problem::message))
        .containsExactly("secret: must be at least 16 bytes long, was 8 bytes");
    assertThat(key.toString()).doesNotContain("secret of");
    assertThat(key.tokens(java.util.List.of(PersonalInfoKind.MOBILE, PersonalInfoKind.EMAIL),
        java.util.List.of("+86 13812345678", "Zhang@QQ.com")))
        .containsExactly(first.tokens().first(), key.token(PersonalInfoKind.EMAIL, "zhang@qq.com"));
  }
}
