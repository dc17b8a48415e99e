package dev.huifang.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.LocalizedText;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricWordingTest {

  @Test
  void roundsNumbersForPeople() {
    assertThat(MetricWording.number(98.8366)).isEqualTo("98.8");
    assertThat(MetricWording.number(6.8)).isEqualTo("6.8");
    assertThat(MetricWording.number(4.0)).isEqualTo("4");
    assertThat(MetricWording.number(123.456)).isEqualTo("123");
    assertThat(MetricWording.number(-0.04)).isEqualTo("0");
    assertThat(MetricWording.number(0.05)).isEqualTo("0.1");
  }

  @Test
  void namesValuesInTheirUnit() {
    assertThat(MetricWording.value(0.325, "ratio").texts())
        .containsExactly(Map.entry("en", "32.5%"), Map.entry("zh-CN", "32.5%"));
    assertThat(MetricWording.value(4.6, "stars").texts())
        .containsExactly(Map.entry("en", "4.6 stars"), Map.entry("zh-CN", "4.6 星"));
    assertThat(MetricWording.value(6, "orders/day").texts())
        .containsExactly(Map.entry("en", "6 orders a day"), Map.entry("zh-CN", "每天 6 单"));
    assertThat(MetricWording.value(2.5, "hours").texts())
        .containsExactly(Map.entry("en", "2.5 hours"), Map.entry("zh-CN", "2.5 小时"));
    assertThat(MetricWording.value(45, "minutes").texts())
        .containsExactly(Map.entry("en", "45 minutes"), Map.entry("zh-CN", "45 分钟"));
    assertThat(MetricWording.value(88, "points").texts())
        .containsExactly(Map.entry("en", "88 points"), Map.entry("zh-CN", "88 分"));
    assertThat(MetricWording.number(Double.NaN)).isEqualTo("NaN");
    assertThat(MetricWording.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    assertThat(MetricWording.number(99.96)).isEqualTo("100");
    assertThat(MetricWording.value(12, "km").texts())
        .containsExactly(Map.entry("en", "12 km"), Map.entry("zh-CN", "12"));
  }

  @Test
  void saysAFullScoreInWords() {
    LocalizedText name = LocalizedText.of("日均服务顾客数", "customers served per day");
    LocalizedText value = MetricWording.value(98.8366, "customers/day");
    assertThat(MetricWording.summary(name, true, value, value, false, 100).texts())
        .containsExactly(
            Map.entry("en", "Customers served per day stands out: 98.8 customers a day, a full score"),
            Map.entry("zh-CN", "日均服务顾客数表现突出：每天 98.8 位顾客，拿到满分"));
    assertThat(MetricWording.summary(name, false, value, MetricWording.value(120, "customers/day"),
        true, 6.8).zhCn())
        .isEqualTo("日均服务顾客数有待提升：每天 98.8 位顾客，团队平均每天 120 位顾客，得 7 分（满分 100 分）");
  }
}
