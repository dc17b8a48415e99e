package dev.huifang.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.core.privacy.DisclosurePolicy.Output;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-output disclosure, complaint fingerprints on redacted text, and retention erasures. */
class DisclosureAndRetentionTest {

  private static final FingerprintKey KEY = FingerprintKey.of(
      "host secret, 16 bytes or more".getBytes(StandardCharsets.UTF_8)).get();
  private final Redactor redactor = Redactor.of(RedactionPolicy.defaults(), KEY);

  @Test
  void everyOutputRedactsByDefaultAndHostsOptOutPerOutput() {
    DisclosurePolicy policy = DisclosurePolicy.defaults();
    assertThat(Output.values()).allMatch(policy::redacts);
    DisclosurePolicy scriptsInFull = policy.with(Output.FEEDBACK_SCRIPT, false);
    String text = "请回电13812345678";
    assertThat(scriptsInFull.textFor(Output.FEEDBACK_SCRIPT, text, redactor)).isEqualTo(text);
    assertThat(scriptsInFull.textFor(Output.CAPABILITY_REPORT, text, redactor))
        .isEqualTo("请回电138****5678");
    assertThat(scriptsInFull.textFor(Output.LOOP_ANALYTICS, text, redactor))
        .startsWith("请回电[MOBILE:").doesNotContain("5678");
    assertThat(DisclosurePolicy.redacting(Output.JSON_EXPORT).redacted())
        .containsExactly(Output.JSON_EXPORT);
  }

  @Test
  void repeatComplaintsMatchOnRedactedTextWhenTheSamePhoneAppears() {
    DisclosurePolicy policy = DisclosurePolicy.defaults();
    String first = KEY.fingerprint(List.of("installation",
        policy.textFor(Output.LOOP_ANALYTICS, "安装太慢 13812345678", redactor), "望京店"));
    String second = KEY.fingerprint(List.of("Installation",
        policy.textFor(Output.LOOP_ANALYTICS, "安装太慢  138-1234-5678 ", redactor), "望京店"));
    String otherPhone = KEY.fingerprint(List.of("installation",
        policy.textFor(Output.LOOP_ANALYTICS, "安装太慢 13800005678", redactor), "望京店"));
    assertThat(first).isEqualTo(second).isNotEqualTo(otherPhone).hasSize(16);
  }

  @Test
  void erasesTextAndContactsAfterTheirPeriodsAndKeepsTheRecord() {
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    RetentionTerms terms = new RetentionTerms(Duration.ofDays(365), Duration.ofDays(180));
    List<KeptRecord> log = List.of(
        KeptRecord.of("e1", t0, Map.of("description", PersonalField.FREE_TEXT,
            "submitter", PersonalField.CONTACT)),
        KeptRecord.of("e2", t0.plus(Duration.ofDays(100)), Map.of("note", PersonalField.FREE_TEXT)),
        KeptRecord.of("e3", t0, Map.of()));
    assertThat(terms.erasures(log, t0.plus(Duration.ofDays(179)))).isEmpty();
    assertThat(terms.erasures(log, t0.plus(Duration.ofDays(200)))).singleElement()
        .satisfies(erasure -> {
          assertThat(erasure.recordId()).isEqualTo("e1");
          assertThat(erasure.fields()).containsExactly("submitter");
          assertThat(erasure.due()).isEqualTo(t0.plus(Duration.ofDays(180)));
          assertThat(erasure.rule()).contains("365 days").contains("180 days");
        });
    assertThat(terms.erasures(log, t0.plus(Duration.ofDays(465))))
        .extracting(Erasure::recordId, e -> List.copyOf(e.fields()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("e1", List.of("description", "submitter")),
            org.assertj.core.groups.Tuple.tuple("e2", List.of("note")));
  }

  @Test
  void rejectsRetentionPeriodsThatAreNotPositive() {
    assertThat(RetentionTerms.validate(Duration.ZERO, Duration.ofDays(-1)).getError()
        .map(Problem::message)).containsExactly(
            "freeText: must be > PT0S, was PT0S", "contact: must be > PT0S, was PT-24H");
  }

  @Test
  void policiesAndResultsRoundTripThroughJson() {
    RedactionPolicy policy = RedactionPolicy.builder()
        .addPatterns(HostPattern.of("wechat", "wxid_[a-z0-9]{6,20}"))
        .addKnownNames("张三").build();
    for (Object value : List.of(policy, RedactionPolicy.defaults(), DisclosurePolicy.defaults(),
        RetentionTerms.defaults(),
        redactor.redact("张三 13812345678 a@qq.com"),
        new Erasure("e1", new java.util.TreeSet<>(List.of("note")), Instant.EPOCH, "rule"),
        KeptRecord.of("e1", Instant.EPOCH, Map.of("note", PersonalField.FREE_TEXT)))) {
      String json = HuifangJson.write(value);
      assertThat(HuifangJson.read(json, value.getClass()).mapError(Object::toString))
          .as(json).isEqualTo(io.vavr.control.Validation.valid(value));
    }
  }
}
