package dev.huifang.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.privacy.DisclosurePolicy.Output;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Erasures fall due exactly at the end of their period; policies change one output at a time. */
class RetentionBoundsTest {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aFieldIsDueExactlyWhenItsPeriodEnds() {
    RetentionTerms terms = new RetentionTerms(Duration.ofDays(365), Duration.ofDays(180));
    List<KeptRecord> log = List.of(KeptRecord.of("e1", T0,
        Map.of("description", PersonalField.FREE_TEXT, "submitter", PersonalField.CONTACT)));
    assertThat(terms.erasures(log, T0.plus(Duration.ofDays(180)).minusNanos(1))).isEmpty();
    assertThat(terms.erasures(log, T0.plus(Duration.ofDays(180)))).singleElement()
        .satisfies(erasure -> {
          assertThat(erasure.fields()).containsExactly("submitter");
          assertThat(erasure.due()).isEqualTo(T0.plus(Duration.ofDays(180)));
        });
    assertThat(terms.erasures(log, T0.plus(Duration.ofDays(365)))).singleElement()
        .satisfies(erasure -> {
          assertThat(erasure.fields()).containsExactly("description", "submitter");
          assertThat(erasure.due()).isEqualTo(T0.plus(Duration.ofDays(180)));
          assertThat(erasure.rule()).isEqualTo("free text is kept for 365 days, contact details"
              + " for 180 days, counted from when the record was recorded");
        });
  }

  @Test
  void theEarliestDueFieldDatesTheErasureWhateverTheOrder() {
    RetentionTerms terms = new RetentionTerms(Duration.ofDays(10), Duration.ofDays(20));
    List<KeptRecord> log = List.of(KeptRecord.of("e1", T0,
        Map.of("a", PersonalField.CONTACT, "b", PersonalField.FREE_TEXT, "c",
            PersonalField.CONTACT)));
    assertThat(terms.erasures(log, T0.plus(Duration.ofDays(30)))).singleElement()
        .satisfies(erasure -> assertThat(erasure.due()).isEqualTo(T0.plus(Duration.ofDays(10))));
    assertThat(terms.period(PersonalField.FREE_TEXT)).isEqualTo(Duration.ofDays(10));
    assertThat(terms.period(PersonalField.CONTACT)).isEqualTo(Duration.ofDays(20));
  }

  @Test
  void periodsThatAreNotWholeDaysAreWrittenAsDurations() {
    RetentionTerms terms = new RetentionTerms(Duration.ofHours(36), Duration.ofDays(1).plusNanos(1));
    assertThat(terms.erasures(List.of(KeptRecord.of("e1", T0, Map.of("n",
        PersonalField.FREE_TEXT))), T0.plus(Duration.ofDays(2)))).singleElement()
        .satisfies(erasure -> assertThat(erasure.rule()).isEqualTo("free text is kept for PT36H,"
            + " contact details for PT24H0.000000001S, counted from when the record was recorded"));
    assertThat(RetentionTerms.defaults().freeText()).isEqualTo(Duration.ofDays(365));
    assertThat(RetentionTerms.defaults().contact()).isEqualTo(Duration.ofDays(180));
    assertThat(RetentionTerms.validate(Duration.ofNanos(1), Duration.ofNanos(1)).isValid()).isTrue();
  }

  @Test
  void policiesChangeOneOutputAndKeepTheRest() {
    DisclosurePolicy none = new DisclosurePolicy(java.util.Set.of());
    assertThat(none.redacts(Output.JSON_EXPORT)).isFalse();
    DisclosurePolicy one = none.with(Output.JSON_EXPORT, true);
    assertThat(one.redacted()).containsExactly(Output.JSON_EXPORT);
    assertThat(one.with(Output.FEEDBACK_SCRIPT, true).redacted())
        .containsExactlyInAnyOrder(Output.JSON_EXPORT, Output.FEEDBACK_SCRIPT);
    assertThat(one.with(Output.JSON_EXPORT, false).redacted()).isEmpty();
    Redactor redactor = Redactor.defaults();
    assertThat(none.apply(Output.FEEDBACK_SCRIPT, "电话13812345678", redactor).isClean()).isTrue();
    assertThat(one.apply(Output.JSON_EXPORT, "电话13812345678", redactor).text())
        .isEqualTo("电话138****5678");
  }

  @Test
  void redactedTextsCountByKindAndNeverShowTheirWords() {
    RedactedText result = Redactor.defaults().redact("13812345678 13912345678 a@qq.com");
    assertThat(result.count(PersonalInfoKind.MOBILE)).isEqualTo(2);
    assertThat(result.count(PersonalInfoKind.EMAIL)).isEqualTo(1);
    assertThat(result.count(PersonalInfoKind.BANK_CARD)).isZero();
    assertThat(result.toString())
        .isEqualTo("RedactedText[length=35, maskings=3, MOBILE=2, EMAIL=1]");
    assertThat(result.tokens()).isEmpty();
    assertThat(RedactedText.clean("x").toString()).isEqualTo("RedactedText[length=1, maskings=0]");
    assertThat(RedactedText.clean("x").keyedText()).isEqualTo("x");
  }
}
