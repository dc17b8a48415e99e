package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.feedback.picture.CaseTimelineChart;
import dev.huifang.feedback.picture.GanttTask;
import dev.huifang.feedback.picture.HeatMap;
import dev.huifang.feedback.picture.RadarAxis;
import dev.huifang.feedback.picture.RadarChart;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pictures drawn point by point: a radar's rings, spokes and polygons where the numbers put
 * them, a heat map's colours and rounding, a timeline's statuses, zone and durations.
 */
class PictureDrawingTest {

  private static LocalizedText text(String zh, String en) {
    return LocalizedText.of(zh, en);
  }

  @Test
  void drawsARadarOfFourAxesWithTheTeamMeanPointByPoint() {
    // a square: the top spoke at full length, the right at half, the bottom at zero, the left at a
    // quarter; the team mean known for the top (half) and the left (full) only
    RadarChart chart = new RadarChart(text("雷达", "Radar"), List.of(
        new RadarAxis(text("甲", "a"), 1.0, 0.5), new RadarAxis(text("乙", "b"), 0.5, null),
        new RadarAxis(text("丙", "c"), 0.0, null), new RadarAxis(text("丁", "d"), 0.25, 1.0)));
    assertThat(chart.svg(LocalizedText.EN)).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="560" height="520" \
        viewBox="0 0 560 520" font-family="'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',\
        'Helvetica Neue',Arial,sans-serif">
          <title>Radar</title>
          <rect x="0" y="0" width="560" height="520" fill="#ffffff"/>
          <text x="280.0" y="34" font-size="20" font-weight="bold" text-anchor="middle" \
        fill="#1f2937">Radar</text>
          <polygon points="280.0,227.5 322.5,270.0 280.0,312.5 237.5,270.0" fill="none" \
        stroke="#d1d5db" stroke-width="1"/>
          <polygon points="280.0,185.0 365.0,270.0 280.0,355.0 195.0,270.0" fill="none" \
        stroke="#d1d5db" stroke-width="1"/>
          <polygon points="280.0,142.5 407.5,270.0 280.0,397.5 152.5,270.0" fill="none" \
        stroke="#d1d5db" stroke-width="1"/>
          <polygon points="280.0,100.0 450.0,270.0 280.0,440.0 110.0,270.0" fill="none" \
        stroke="#d1d5db" stroke-width="1"/>
          <line x1="280.0" y1="270.0" x2="280.0" y2="100.0" stroke="#d1d5db" stroke-width="1"/>
          <line x1="280.0" y1="270.0" x2="450.0" y2="270.0" stroke="#d1d5db" stroke-width="1"/>
          <line x1="280.0" y1="270.0" x2="280.0" y2="440.0" stroke="#d1d5db" stroke-width="1"/>
          <line x1="280.0" y1="270.0" x2="110.0" y2="270.0" stroke="#d1d5db" stroke-width="1"/>
          <polygon points="280.0,185.0 280.0,270.0 280.0,270.0 110.0,270.0" fill="#f59e0b" \
        fill-opacity="0.12" stroke="#d97706" stroke-width="2" stroke-dasharray="6 4"/>
          <polygon points="280.0,100.0 365.0,270.0 280.0,270.0 237.5,270.0" fill="#2563eb" \
        fill-opacity="0.35" stroke="#1d4ed8" stroke-width="2.5"/>
          <circle cx="280.0" cy="100.0" r="4" fill="#1d4ed8"/>
          <text x="280.0" y="81.0" font-size="14" text-anchor="middle" fill="#111827">a</text>
          <circle cx="365.0" cy="270.0" r="4" fill="#1d4ed8"/>
          <text x="474.0" y="275.0" font-size="14" text-anchor="start" fill="#111827">b</text>
          <circle cx="280.0" cy="270.0" r="4" fill="#1d4ed8"/>
          <text x="280.0" y="469.0" font-size="14" text-anchor="middle" fill="#111827">c</text>
          <circle cx="237.5" cy="270.0" r="4" fill="#1d4ed8"/>
          <text x="86.0" y="275.0" font-size="14" text-anchor="end" fill="#111827">d</text>
          <rect x="150" y="485" width="16" height="12" fill="#2563eb" fill-opacity="0.35" \
        stroke="#1d4ed8"/>
          <text x="172" y="496" font-size="13" fill="#111827">Worker</text>
          <rect x="300" y="485" width="16" height="12" fill="#f59e0b" fill-opacity="0.12" \
        stroke="#d97706" stroke-dasharray="4 2"/>
          <text x="322" y="496" font-size="13" fill="#111827">Team mean</text>
        </svg>
        """);
  }

  @Test
  void drawsATriangleRadarWithoutTeamMeanInChinese() {
    RadarChart chart = new RadarChart(text("三角", "Triangle"), List.of(
        new RadarAxis(text("甲", "a"), 0.5, null), new RadarAxis(text("乙", "b"), 0.5, null),
        new RadarAxis(text("丙", "c"), 0.5, null)));
    String svg = chart.svg(LocalizedText.ZH_CN);
    assertThat(svg)
        .contains("  <title>三角</title>\n")
        .contains("  <polygon points=\"280.0,100.0 427.2,355.0 132.8,355.0\" fill=\"none\"")
        .contains("  <line x1=\"280.0\" y1=\"270.0\" x2=\"427.2\" y2=\"355.0\"")
        .contains("  <polygon points=\"280.0,185.0 353.6,312.5 206.4,312.5\" fill=\"#2563eb\"")
        .contains("<text x=\"448.0\" y=\"372.0\" font-size=\"14\" text-anchor=\"start\" fill="
            + "\"#111827\">乙</text>")
        .contains("<text x=\"112.0\" y=\"372.0\" font-size=\"14\" text-anchor=\"end\" fill="
            + "\"#111827\">丙</text>")
        .contains("fill=\"#111827\">本人</text>\n</svg>\n")
        .doesNotContain("stroke-dasharray", "团队平均", "Worker");
  }

  @Test
  void escapesTheFiveXmlCharactersAndDropsControlCharacters() {
    RadarAxis axis = new RadarAxis(text("甲", "a"), 0.5, null);
    RadarChart chart = new RadarChart(text("标题", "q\"'<&>\u0001\tz\ny"),
        List.of(axis, axis, axis));
    assertThat(chart.svg(LocalizedText.EN))
        .contains("<title>q&quot;&apos;&lt;&amp;&gt;\tz\ny</title>");
  }

  @Test
  void radarRulesNameEachAxisAndAcceptTheBoundsThemselves() {
    LocalizedText label = text("甲", "a");
    assertThat(RadarChart.validate(label, List.of(new RadarAxis(label, 0.0, 1.0),
        new RadarAxis(label, 1.0, 0.0), new RadarAxis(label, 0.5, null))).isValid()).isTrue();
    assertThat(RadarChart.validate(label, List.of(new RadarAxis(label, 0.5, null),
        new RadarAxis(label, 0.5, 1.5))).getError()).containsExactly(
        new Problem(Problem.RANGE, "axes", "2", "must hold at least 3 axes to enclose an area"),
        new Problem(Problem.RANGE, "axes[1].teamMean", "1.5", "must be within [0.0, 1.0]"));
  }

  @Test
  void shadesHeatMapCellsByTheirShareOfTheLargestAndWritesDarkTextFromJustAbove055() {
    HeatMap map = HeatMap.validate(text("热力图", "Heat"), List.of(text("甲", "a")),
        List.of(text("一", "w1"), text("二", "w2"), text("三", "w3")),
        List.of(Arrays.asList(20.0, 11.0, 2.04))).get();
    assertThat(map.svg(LocalizedText.EN)).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="416" height="186" \
        viewBox="0 0 416 186" font-family="'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',\
        'Helvetica Neue',Arial,sans-serif">
          <title>Heat</title>
          <rect x="0" y="0" width="416" height="186" fill="#ffffff"/>
          <text x="20" y="34" font-size="20" font-weight="bold" fill="#1f2937">Heat</text>
          <text x="206.0" y="76" font-size="13" text-anchor="middle" fill="#374151">w1</text>
          <text x="278.0" y="76" font-size="13" text-anchor="middle" fill="#374151">w2</text>
          <text x="350.0" y="76" font-size="13" text-anchor="middle" fill="#374151">w3</text>
          <text x="160" y="112.0" font-size="13" text-anchor="end" fill="#111827">a</text>
          <rect x="171" y="89" width="70" height="36" rx="3" fill="#991b15"/>
          <text x="206.0" y="112.0" font-size="13" text-anchor="middle" fill="#ffffff">20</text>
          <rect x="243" y="89" width="70" height="36" rx="3" fill="#c77e76"/>
          <text x="278.0" y="112.0" font-size="13" text-anchor="middle" fill="#111827">11</text>
          <rect x="315" y="89" width="70" height="36" rx="3" fill="#f5e1d6"/>
          <text x="350.0" y="112.0" font-size="13" text-anchor="middle" fill="#111827">2</text>
          <rect x="170" y="144" width="22" height="14" fill="#fff7ec"/>
          <rect x="194" y="144" width="22" height="14" fill="#e6c0b6"/>
          <rect x="218" y="144" width="22" height="14" fill="#cc8981"/>
          <rect x="242" y="144" width="22" height="14" fill="#b3524b"/>
          <rect x="266" y="144" width="22" height="14" fill="#991b15"/>
          <text x="300" y="156" font-size="12" fill="#374151">Darker means more; – means no data</text>
        </svg>
        """);
  }

  @Test
  void drawsMissingDataGreyAndHalvesWithOneDecimal() {
    HeatMap map = HeatMap.validate(text("热力图", "Heat"),
        List.of(text("甲", "a"), text("乙", "b")), List.of(text("一", "w1"), text("二", "w2")),
        List.of(Arrays.asList(4.0, 2.5), Arrays.asList(null, 0.0))).get();
    assertThat(map.svg(LocalizedText.ZH_CN))
        .contains("<rect x=\"243\" y=\"89\" width=\"70\" height=\"36\" rx=\"3\" fill=\"#bf6e66\"/>\n"
            + "  <text x=\"278.0\" y=\"112.0\" font-size=\"13\" text-anchor=\"middle\" fill=\""
            + "#ffffff\">2.5</text>")
        .contains("<text x=\"160\" y=\"150.0\" font-size=\"13\" text-anchor=\"end\" fill=\""
            + "#111827\">乙</text>")
        .contains("<rect x=\"171\" y=\"127\" width=\"70\" height=\"36\" rx=\"3\" fill=\"#e5e7eb\"/>"
            + "\n  <text x=\"206.0\" y=\"150.0\" font-size=\"13\" text-anchor=\"middle\" fill=\""
            + "#111827\">–</text>")
        .contains("<rect x=\"243\" y=\"127\" width=\"70\" height=\"36\" rx=\"3\" fill=\"#fff7ec\"/>"
            + "\n  <text x=\"278.0\" y=\"150.0\" font-size=\"13\" text-anchor=\"middle\" fill=\""
            + "#111827\">0</text>")
        .contains("width=\"344\" height=\"224\"", "<text x=\"300\" y=\"194\" font-size=\"12\"",
            "颜色越深，数量越多；– 表示没有数据");
  }

  @Test
  void aHeatMapOfZerosOnlyIsPaleEverywhere() {
    HeatMap map = HeatMap.validate(text("热力图", "Heat"), List.of(text("甲", "a")),
        List.of(text("一", "w1")), List.of(Arrays.asList(0.0))).get();
    assertThat(map.svg(LocalizedText.EN))
        .contains("rx=\"3\" fill=\"#fff7ec\"/>", "fill=\"#111827\">0</text>");
  }

  @Test
  void showsAValueExactlyHalfATenthFromAWholeNumberWithOneDecimal() {
    HeatMap map = HeatMap.validate(text("热力图", "Heat"), List.of(text("甲", "a")),
        List.of(text("一", "w1"), text("二", "w2")), List.of(Arrays.asList(0.05, 1.04))).get();
    assertThat(map.svg(LocalizedText.EN)).contains(">0.1</text>", ">1</text>");
  }

  @Test
  void heatMapRulesNameRowsColumnsAndCells() {
    LocalizedText label = text("甲", "a");
    assertThat(HeatMap.validate(label, List.of(), List.of(), List.of(List.of())).getError())
        .containsExactly(
            new Problem(Problem.REQUIRED, "rows", null, "must hold at least one row"),
            new Problem(Problem.REQUIRED, "columns", null, "must hold at least one column"),
            new Problem(Problem.INCONSISTENT, "cells", "1",
                "must hold one row of cells per row label (0)"));
    assertThat(HeatMap.validate(label, List.of(label), List.of(label),
        List.of(Arrays.asList(Double.POSITIVE_INFINITY))).getError()).extracting(Problem::path,
        Problem::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("cells[0][0]", "must be a finite number >= 0"));
    assertThat(HeatMap.validate(label, List.of(label), List.of(label),
        List.of(Arrays.asList(Double.NaN))).isInvalid()).isTrue();
  }

  @Test
  void timelineShowsEveryStatusInTheZoneAndAtLeastOneMinute() {
    Instant start = Instant.parse("2026-06-19T10:00:00Z");
    CaseTimelineChart chart = new CaseTimelineChart(text("时间线#1", "Timeline; one"), List.of(
        new GanttTask(text("处理", "Handling"), text("进行中", "Active step"), start,
            start.plusSeconds(30), GanttTask.Status.ACTIVE),
        new GanttTask(text("时限", "Deadlines"), text("超时", "Breach\nnow"), start,
            start.plusSeconds(5400), GanttTask.Status.CRITICAL),
        new GanttTask(text("处理", "Handling"), text("结案", "Closed"), start.plusSeconds(5400),
            start.plusSeconds(9000), GanttTask.Status.DONE)));
    assertThat(chart.mermaid(LocalizedText.ZH_CN, ZoneOffset.ofHours(8))).isEqualTo("gantt\n"
        + "    title 时间线 1\n"
        + "    dateFormat YYYY-MM-DD HH:mm\n"
        + "    axisFormat %m-%d %H:%M\n"
        + "    section 处理\n"
        + "    进行中 :active, t1, 2026-06-19 18:00, 2026-06-19 18:01\n"
        + "    结案 :done, t3, 2026-06-19 19:30, 2026-06-19 20:30\n"
        + "    section 时限\n"
        + "    超时 :crit, t2, 2026-06-19 18:00, 2026-06-19 19:30\n");
    assertThat(chart.mermaid(LocalizedText.EN, ZoneOffset.UTC))
        .contains("    title Timeline, one\n", "    Breach now :crit, t2, 2026-06-19 10:00,");
  }

  @Test
  void picturesBuiltInCodeObeyTheSameRules() {
    LocalizedText label = text("甲", "a");
    RadarAxis axis = new RadarAxis(label, 0.5, null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RadarChart(label,
        List.of(axis, axis))).isInstanceOf(dev.huifang.core.InvalidModelException.class)
        .hasMessageContaining("axes");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HeatMap(label, List.of(label),
        List.of(label), List.of(Arrays.asList(-1.0))))
        .isInstanceOf(dev.huifang.core.InvalidModelException.class)
        .hasMessageContaining("cells[0][0]");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CaseTimelineChart(label, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aReportsRadarHasOneSpokePerDimensionStrengthsFirstThenAreasThenConcernsToVerify() {
    dev.huifang.core.Ratio half = dev.huifang.core.Ratio.of(0.5);
    Citation cited = new Citation(0, 0, dev.huifang.core.Dimension.QUALITY,
        dev.huifang.core.Polarity.WEAKNESS, half, dev.huifang.core.Perspective.CUSTOMER, "q",
        text("好", "good"));
    DimensionAssessment strength = new DimensionAssessment(dev.huifang.core.Dimension.QUALITY,
        text("质量", "quality"), dev.huifang.core.Polarity.STRENGTH, dev.huifang.core.Ratio.of(0.6),
        text("好", "good"), List.of(cited), List.of(), "r");
    DimensionAssessment area = new DimensionAssessment(dev.huifang.core.Dimension.TEAMWORK,
        text("团队协作", "teamwork"), dev.huifang.core.Polarity.WEAKNESS, half, text("差", "poor"),
        List.of(cited), List.of(), "r");
    DimensionAssessment sameAsStrength = new DimensionAssessment(
        dev.huifang.core.Dimension.QUALITY, text("质量", "quality"),
        dev.huifang.core.Polarity.WEAKNESS, half, text("差", "poor"), List.of(cited), List.of(),
        "r");
    AttributedConcern verify = new AttributedConcern(dev.huifang.core.Dimension.ATTITUDE,
        text("态度", "attitude"), Attribution.TO_VERIFY, half, List.of(), List.of(cited), null,
        null, text("问问", "ask"), "r");
    AttributedConcern verifyArea = new AttributedConcern(dev.huifang.core.Dimension.TEAMWORK,
        text("团队协作", "teamwork"), Attribution.TO_VERIFY, half, List.of(), List.of(cited), null,
        null, text("问问", "ask"), "r");
    CapabilityReport report = new CapabilityReport(dev.huifang.core.WorkerId.of("w-3"),
        List.of(strength), List.of(sameAsStrength, area), List.of(verifyArea, verify), List.of(),
        List.of(), new FollowUpFocus(dev.huifang.core.Dimension.TEAMWORK, text("看", "look"), "r"));
    RadarChart chart = RadarChart.of(report, java.util.Map.of(
        dev.huifang.core.Dimension.ATTITUDE, 0.4)).get();
    assertThat(chart.title()).isEqualTo(text("能力雷达图 · w-3", "Capability radar · w-3"));
    assertThat(chart.axes()).extracting(a -> a.label().en() + "=" + a.value() + "/" + a.teamMean())
        .containsExactly("quality=0.8/null", "teamwork=0.25/null", "attitude=0.5/0.4");
  }
}
