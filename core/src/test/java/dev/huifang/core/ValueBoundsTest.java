package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The small values of the shared model, exactly at their bounds and one step beyond. */
class ValueBoundsTest {

  static final Instant START = Instant.parse("2026-06-18T00:00:00Z");

  @Test
  void sharesAndScoresIncludeBothEnds() {
    assertThat(Ratio.of(0.0).value()).isZero();
    assertThat(Ratio.of(1.0).value()).isEqualTo(1.0);
    assertThat(Ratio.validate("r", Math.nextUp(1.0)).getError().map(Problem::message))
        .containsExactly("r: must be within [0.0, 1.0], was 1.0000000000000002");
    assertThat(Percent.validate("p", 100.0).get().value()).isEqualTo(100.0);
    assertThat(Percent.validate("p", 100.5).getError().map(Problem::message))
        .containsExactly("p: must be within [0.0, 100.0], was 100.5");
    assertThat(Score.validate("s", 0.0).get()).isEqualTo(Score.ZERO);
    assertThat(Score.validate("s", -0.5).getError().map(Problem::message))
        .containsExactly("s: must be within [0.0, 100.0], was -0.5");
    assertThat(StarRating.validate("stars", 1.0).get().value()).isEqualTo(1.0);
    assertThat(StarRating.validate("stars", 5.5).getError().map(Problem::message))
        .containsExactly("stars: must be within [1.0, 5.0], was 5.5");
    assertThat(StarRating.of(2).toRatio().value()).isEqualTo(0.25);
    assertThat(StarRating.of(3).toPercent().value()).isEqualTo(50.0);
    assertThat(Percent.of(50).toRatio().value()).isEqualTo(0.5);
    assertThat(Ratio.of(0.25).toPercent().value()).isEqualTo(25.0);
  }

  @Test
  void partsOfAWholeIncludeNoneAndAll() {
    assertThat(Ratio.of(0, 1).value()).isZero();
    assertThat(Ratio.of(1, 1).value()).isEqualTo(1.0);
    assertThat(Ratio.of(1, 4).value()).isEqualTo(0.25);
    assertThatThrownBy(() -> Ratio.of(-1, 4))
        .hasMessage("invalid Ratio: part: must be within [0, whole], was -1");
    assertThatThrownBy(() -> Ratio.of(5, 4))
        .hasMessage("invalid Ratio: part: must be within [0, whole], was 5");
    assertThatThrownBy(() -> Ratio.of(0, 0))
        .hasMessage("invalid Ratio: whole: must be >= 1, was 0");
  }

  @Test
  void valuesCompareByTheirNumber() {
    assertThat(Ratio.of(0.2).compareTo(Ratio.of(0.3))).isNegative();
    assertThat(Ratio.of(0.3).compareTo(Ratio.of(0.2))).isPositive();
    assertThat(Percent.of(20).compareTo(Percent.of(30))).isNegative();
    assertThat(Percent.of(30).compareTo(Percent.of(30))).isZero();
    assertThat(Score.of(90).compareTo(Score.of(80))).isPositive();
    assertThat(StarRating.of(4).compareTo(StarRating.of(5))).isNegative();
    assertThat(Role.of("a").compareTo(Role.of("b"))).isNegative();
    assertThat(Dimension.of("b").compareTo(Dimension.of("a"))).isPositive();
    assertThat(Role.PROMOTION.value()).isEqualTo("promotion");
    assertThat(Role.LOGISTICS.toString()).isEqualTo("logistics");
    assertThat(Dimension.TURNOUT.value()).isEqualTo("turnout");
    assertThat(Dimension.QUALITY.toString()).isEqualTo("quality");
    assertThat(Role.builtIns())
        .containsExactly(Role.PROMOTION, Role.TECHNICAL_SUPPORT, Role.LOGISTICS);
  }

  @Test
  void periodsIncludeTheirStartAndExcludeTheirEnd() {
    Period day = Period.of(START, START.plus(Duration.ofDays(1)));
    assertThat(day.contains(START)).isTrue();
    assertThat(day.contains(START.minusNanos(1))).isFalse();
    assertThat(day.contains(START.plus(Duration.ofDays(1)).minusNanos(1))).isTrue();
    assertThat(day.contains(START.plus(Duration.ofDays(1)))).isFalse();
    assertThat(day.length()).contains(Duration.ofDays(1));
    Period open = Period.openFrom(START);
    assertThat(open.contains(START.plus(Duration.ofDays(10_000)))).isTrue();
    assertThat(open.contains(START.minusNanos(1))).isFalse();
    assertThat(open.length()).isEmpty();
    assertThat(open.problems("period")).isEmpty();
    assertThat(Period.of(START, START).problems("period")).isEmpty();
    assertThat(Period.of(START, START.minusNanos(1)).problems("period").map(Problem::message))
        .containsExactly("period.end: must not be before start (2026-06-18T00:00:00Z),"
            + " was 2026-06-17T23:59:59.999999999Z");
  }

  @Test
  void urgencyThresholdsAreInclusive() {
    UrgencyPolicy policy = new UrgencyPolicy(Duration.ofHours(24), Duration.ofHours(72));
    assertThat(policy.classify(Duration.ofHours(24).plusNanos(1))).isEqualTo(Urgency.URGENT);
    assertThat(policy.classify(Duration.ofHours(72))).isEqualTo(Urgency.URGENT);
    assertThat(policy.classify(Duration.ofHours(72).plusNanos(1))).isEqualTo(Urgency.ROUTINE);
    UrgencyPolicy equal = new UrgencyPolicy(Duration.ofHours(24), Duration.ofHours(24));
    assertThat(equal.classify(Duration.ofHours(24))).isEqualTo(Urgency.ULTRA_URGENT);
    assertThat(equal.classify(Duration.ofHours(25))).isEqualTo(Urgency.ROUTINE);
    assertThat(UrgencyPolicy.validate(Duration.ofHours(24), Duration.ofHours(24)).isValid())
        .isTrue();
    assertThatThrownBy(() -> new UrgencyPolicy(Duration.ofHours(25), Duration.ofHours(24)))
        .hasMessage("invalid UrgencyPolicy: ultraUrgentWithin: must be <= urgentWithin (PT24H),"
            + " was PT25H");
    assertThat(UrgencyPolicy.defaults().ultraUrgentWithin())
        .isEqualTo(UrgencyPolicy.DEFAULT_ULTRA_URGENT_WITHIN);
    assertThat(UrgencyPolicy.defaults().urgentWithin()).isEqualTo(Duration.ofHours(72));
  }

  @Test
  void evidenceChecksItsSourceStatementAndFigures() {
    Evidence bad = Evidence.of(" ", LocalizedText.of(Map.of("en", "x")),
        Map.of("arrived", Double.NaN, "promised", 10.0));
    assertThat(bad.problems("evidence[0]").map(Problem::message)).containsExactly(
        "evidence[0].source: must not be blank, was \" \"",
        "evidence[0].statement.zh-CN: is required",
        "evidence[0].figures.arrived: must be a finite number, was NaN");
    Evidence good = Evidence.of("metric:turnout", LocalizedText.of("六人到岗", "6 arrived"),
        Map.of("promised", 10.0, "arrived", 6.0));
    assertThat(good.problems("e")).isEmpty();
    assertThat(good.figures().keySet()).containsExactly("arrived", "promised");
    assertThatThrownBy(() -> good.figures().put("x", 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void localizedTextsShowLengthsNeverWordsAndRefuseBadTags() {
    LocalizedText text = LocalizedText.of("你好", "Hello");
    assertThat(text.toString()).isEqualTo("LocalizedText[en: 5 chars, zh-CN: 2 chars]");
    assertThat(LocalizedText.of(Map.of("ja", "はい")).toString())
        .isEqualTo("LocalizedText[ja: 2 chars]");
    assertThat(LocalizedText.of(Map.of("en", "a", "zh-CN", "b", "ZH-tw", "c")).texts())
        .containsOnlyKeys("en", "zh-CN", "zh-TW");
    assertThatThrownBy(() -> LocalizedText.of(Map.of("en", "a", "", "b")))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems()
            .map(Problem::message)).containsExactly(
                "$: must be a well-formed BCP 47 language tag such as zh-CN or en, was \"\""));
    assertThatThrownBy(() -> LocalizedText.of(Map.of("en", "a", " fr", "b")))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("\" fr\"");
    TreeMap<String, String> twice = new TreeMap<>(Map.of("EN", "a", "en", "b", "zh-CN", "c"));
    assertThatThrownBy(() -> new LocalizedText(twice))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems()
            .map(Problem::message)).containsExactly("en: must name a locale only once, but"
                + " \"EN\" names the same locale en, was \"en\""));
    assertThat(LocalizedText.validate("t", LocalizedText.of(Map.of("en", "a"))).getError()
        .map(Problem::message)).containsExactly("t.zh-CN: is required");
    assertThat(LocalizedText.of(Map.of("en", "", "zh-CN", "好")).problems("t").map(Problem::message))
        .containsExactly("t.en: must not be blank, was \"\"");
  }

  @Test
  void fallbackOrdersAreCanonicalAndNeverEmpty() {
    assertThat(LocaleFallback.of("zh_cn", "EN", "zh-CN").order()).containsExactly("zh-CN", "en");
    assertThatThrownBy(() -> new LocaleFallback(List.of()))
        .hasMessage("order: must not be empty");
    assertThat(LocaleFallback.DEFAULT.order()).containsExactly("en", "zh-CN");
    LocalizedText text = LocalizedText.of(Map.of("fr", "Bonjour", "ja", "こんにちは"));
    assertThat(text.in("de", LocaleFallback.of("ja", "fr"))).isEqualTo("こんにちは");
    assertThat(text.in("de", LocaleFallback.of("ko", "fr"))).isEqualTo("Bonjour");
    assertThat(text.in("fr-CA")).isEqualTo("Bonjour");
  }
}
