package dev.huifang.scoring.internal;

import dev.huifang.core.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a measured metric is said to people in a Finding: its value in its unit and rounded (a
 * ratio as a percentage, one decimal at most), its score out of 100 as a whole number, in zh-CN
 * with Chinese punctuation and no rule or metric code inside the sentence. The exact numbers stay
 * in the evidence's figures, and the rule in the scorecard's line.
 */
public final class MetricWording {

  private MetricWording() {}

  /**
   * A number as people read it: whole from 100 up, otherwise at most one decimal, without a
   * trailing {@code .0}.
   */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    int scale = Math.abs(value) >= 100 ? 0 : 1;
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    String text = rounded.signum() == 0 ? "0" : rounded.toPlainString();
    return text;
  }

  /** A raw value in its unit: {@code ratio} as a percentage, known units named in each language. */
  public static LocalizedText value(double raw, String unit) {
    switch (unit) {
      case "ratio":
        return same(number(raw * 100) + "%");
      case "stars":
        return LocalizedText.of(number(raw) + " 星", number(raw) + " stars");
      case "hours":
        return LocalizedText.of(number(raw) + " 小时", number(raw) + " hours");
      case "minutes":
        return LocalizedText.of(number(raw) + " 分钟", number(raw) + " minutes");
      case "points":
        return LocalizedText.of(number(raw) + " 分", number(raw) + " points");
      case "orders/day":
        return LocalizedText.of("每天 " + number(raw) + " 单", number(raw) + " orders a day");
      case "customers/day":
        return LocalizedText.of("每天 " + number(raw) + " 位顾客", number(raw) + " customers a day");
      default:
        // a host's unit is a code: named in English only, never inside Chinese text
        return LocalizedText.of(number(raw), number(raw) + " " + unit);
    }
  }

  /**
   * The summary of a metric Finding: "转化率表现突出：32%，团队平均 25%，拿到满分" / "Conversion rate
   * stands out: 32%, team average 25%, a full score".
   */
  public static LocalizedText summary(LocalizedText name, boolean strength, LocalizedText value,
      LocalizedText teamMean, boolean hasMean, double score) {
    long points = Math.round(score);
    String zhScore = points >= 100 ? "拿到满分" : "得 " + points + " 分（满分 100 分）";
    String enScore = points >= 100 ? "a full score" : points + " of 100 points";
    return LocalizedText.of(
        name.zhCn() + (strength ? "表现突出：" : "有待提升：") + value.zhCn()
            + (hasMean ? "，" + spaced("团队平均", teamMean.zhCn()) : "") + "，" + zhScore,
        capitalised(name.en()) + (strength ? " stands out: " : " needs work: ") + value.en()
            + (hasMean ? ", team average " + teamMean.en() : "") + ", " + enScore);
  }

  /**
   * What was measured: "转化率为 32%，团队平均为 25%" / "Conversion rate was 32%; the team average
   * was 25%".
   */
  public static LocalizedText statement(LocalizedText name, LocalizedText value,
      LocalizedText teamMean, boolean hasMean) {
    return LocalizedText.of(
        spaced(name.zhCn() + "为", value.zhCn())
            + (hasMean ? "，" + spaced("团队平均为", teamMean.zhCn()) : ""),
        capitalised(name.en()) + " was " + value.en()
            + (hasMean ? "; the team average was " + teamMean.en() : ""));
  }

  /** Chinese words then a value, with a space only before a number. */
  private static String spaced(String words, String value) {
    return words + (!value.isEmpty() && value.charAt(0) < 128 ? " " : "") + value;
  }

  private static LocalizedText same(String text) {
    return LocalizedText.of(text, text);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
