package dev.huifang.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the Redactor on generated data: every generated piece of personal information
 * embedded in random zh-CN and en text is masked and its digits are gone; numbers that fail their
 * checksum and ordinary business numbers are left alone.
 */
class RedactorPropertiesTest {

  private static final long SEED = Long.getLong("huifang.seed", 20261122L);
  private static final int EXAMPLES = Integer.getInteger("huifang.examples", 500);
  private static final String[] EDGES = {" ", "：", "，", "是", "(", ")", "\n", "。", ": "};

  private final Redactor redactor = Redactor.defaults();

  /** Text around {@code value}, with a separator that does not glue it to a word. */
  private static Gen<String> embedded(Gen<String> value) {
    Gen<String> edge = SourceDSL.integers().between(0, EDGES.length - 1).map(i -> EDGES[i]);
    return PersonalInfoGen.filler().zip(edge, value, edge, PersonalInfoGen.filler(),
        (before, left, v, right, after) -> before + left + "\u0000" + v + "\u0000" + right + after);
  }

  private void assertMasked(Gen<String> values, PersonalInfoKind kind) {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(embedded(values)).checkAssert(marked -> {
      int open = marked.indexOf('\u0000');
      int close = marked.indexOf('\u0000', open + 1);
      String value = marked.substring(open + 1, close);
      String text = marked.replace("\u0000", "");
      RedactedText result = redactor.redact(text);
      assertThat(result.maskings()).as(text).anySatisfy(masking -> {
        assertThat(masking.kind()).isEqualTo(kind);
        assertThat(masking.start()).isLessThanOrEqualTo(open);
        assertThat(masking.end()).isGreaterThanOrEqualTo(open + value.length());
      });
      assertThat(result.text()).doesNotContain(value);
    });
  }

  @Test
  void masksEveryGeneratedMobileNumber() {
    assertMasked(PersonalInfoGen.mobile(), PersonalInfoKind.MOBILE);
  }

  @Test
  void masksEveryResidentIdWithAValidCheckCharacter() {
    assertMasked(PersonalInfoGen.residentId(), PersonalInfoKind.RESIDENT_ID);
  }

  @Test
  void masksEveryEmailAddress() {
    assertMasked(PersonalInfoGen.email(), PersonalInfoKind.EMAIL);
  }

  @Test
  void masksEveryBankCardThatPassesLuhn() {
    assertMasked(PersonalInfoGen.bankCard(), PersonalInfoKind.BANK_CARD);
  }

  @Test
  void leavesResidentIdsWithAWrongCheckCharacterAlone() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(embedded(PersonalInfoGen.residentIdWithBadCheck()))
        .checkAssert(marked -> assertThat(redactor.redact(marked.replace("\u0000", ""))
            .count(PersonalInfoKind.RESIDENT_ID)).as(marked).isZero());
  }

  @Test
  void leavesBankCardsWithAWrongLuhnDigitAlone() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(embedded(PersonalInfoGen.bankCardWithBadCheck()))
        .checkAssert(marked -> assertThat(redactor.redact(marked.replace("\u0000", ""))
            .count(PersonalInfoKind.BANK_CARD)).as(marked).isZero());
  }

  @Test
  void leavesOrderNumbersExtensionsAmountsAndDatesAlone() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(embedded(PersonalInfoGen.ordinaryNumber()))
        .checkAssert(marked -> assertThat(redactor.redact(marked.replace("\u0000", ""))
            .isClean()).as(marked).isTrue());
  }

  @Test
  void isDeterministicAndKeepsTextOutsideTheMasks() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(embedded(PersonalInfoGen.mobile()), embedded(PersonalInfoGen.email()))
        .checkAssert((a, b) -> {
          String text = a.replace("\u0000", "") + b.replace("\u0000", "");
          RedactedText once = redactor.redact(text);
          assertThat(redactor.redact(text)).isEqualTo(once);
          int copied = 0;
          int written = 0;
          for (Masking masking : once.maskings()) {
            assertThat(once.text().substring(written, masking.maskedStart()))
                .isEqualTo(text.substring(copied, masking.start()));
            copied = masking.end();
            written = masking.maskedEnd();
          }
          assertThat(once.text().substring(written)).isEqualTo(text.substring(copied));
        });
  }
}
