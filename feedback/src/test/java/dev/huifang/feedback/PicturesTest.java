package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pictures' rules and determinism; rendering with a real SVG renderer is tested in the
 * examples module, which draws scenario 1's pictures.
 */
class PicturesTest {

  private static final LocalizedText TITLE = LocalizedText.of("标题 <&>", "Title <&>");

  @Test
  void radarRejectsTooFewAxesAndValuesOutsideZeroToOne() {
    assertThat(RadarChart.validate(TITLE, List.of(
        new RadarAxis(LocalizedText.of("甲", "a"), 1.2, -0.1))).getError())
        .extracting(Problem::path).containsExactly("axes", "axes[0].value", "axes[0].teamMean");
  }

  @Test
  void radarOfACapabilityReportPlacesStrengthsOutsideAndAreasInside() {
    CapabilityReport report = FeedbackComposer.ofDefaults().report(ScriptGen.WORKER,
        List.of(ScriptGen.priceObjectionStrength(), ScriptGen.missedWarranty(),
            ScriptGen.storeManagerSawWarranty(), selfRatedStrength())).get();
    RadarChart chart = RadarChart.of(report, Map.of(Dimension.OBJECTION_HANDLING, 0.6)).get();
    assertThat(chart.axes()).extracting(a -> a.label().en()).containsExactly(
        "objection handling", "teamwork", "product knowledge");
    assertThat(chart.axes().get(0).value()).isEqualTo(0.9);
    assertThat(chart.axes().get(2).value()).isCloseTo(0.15, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(chart.axes().get(0).teamMean()).isEqualTo(0.6);
    String svg = chart.svg(LocalizedText.EN);
    assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")
        .endsWith("</svg>\n").contains("Team mean", "Capability radar · w-1024")
        .isEqualTo(chart.svg(LocalizedText.EN));
    assertThat(chart.svg(LocalizedText.ZH_CN)).contains("能力雷达图", "团队平均", "异议处理");
  }

  @Test
  void escapesLabelsSoTheSvgStaysWellFormed() {
    RadarChart chart = new RadarChart(TITLE, List.of(new RadarAxis(TITLE, 0.5, null),
        new RadarAxis(TITLE, 0.5, null), new RadarAxis(TITLE, 0.5, null)));
    assertThat(chart.svg(LocalizedText.EN)).contains("Title &lt;&amp;&gt;").doesNotContain("<&>")
        .doesNotContain("Team mean");
  }

  @Test
  void heatMapChecksItsShapeAndValues() {
    assertThat(HeatMap.validate(TITLE, List.of(TITLE), List.of(TITLE, TITLE),
        List.of(Arrays.asList(1.0, -2.0), Arrays.asList(1.0))).getError())
        .extracting(Problem::path).containsExactly("cells", "cells[0][1]", "cells[1]");
    HeatMap map = HeatMap.validate(TITLE, List.of(TITLE), List.of(TITLE, TITLE),
        List.of(Arrays.asList(3.0, null))).get();
    assertThat(map.svg(LocalizedText.ZH_CN)).contains(">3</text>", ">–</text>", "颜色越深")
        .isEqualTo(map.svg(LocalizedText.ZH_CN));
  }

  @Test
  void timelineIsAMermaidGanttWithoutSyntaxInLabels() {
    Instant start = Instant.parse("2026-06-19T10:00:00Z");
    CaseTimelineChart chart = new CaseTimelineChart(LocalizedText.of("时间线", "Timeline"), List.of(
        new GanttTask(LocalizedText.of("处理", "Handling"), LocalizedText.of("受理：首次", "Intake: first"),
            start, start.plusSeconds(7200), GanttTask.Status.DONE),
        new GanttTask(LocalizedText.of("时限", "Deadlines"), LocalizedText.of("超时升级", "Escalated"),
            start.plusSeconds(3600), start.plusSeconds(3600), GanttTask.Status.MILESTONE)));
    assertThat(chart.mermaid(LocalizedText.EN, ZoneOffset.UTC)).isEqualTo("gantt\n"
        + "    title Timeline\n"
        + "    dateFormat YYYY-MM-DD HH:mm\n"
        + "    axisFormat %m-%d %H:%M\n"
        + "    section Handling\n"
        + "    Intake  first :done, t1, 2026-06-19 10:00, 2026-06-19 12:00\n"
        + "    section Deadlines\n"
        + "    Escalated :milestone, t2, 2026-06-19 11:00, 0d\n");
  }

  private static dev.huifang.core.Finding selfRatedStrength() {
    return dev.huifang.core.Finding.builder().from(ScriptGen.priceObjectionStrength())
        .dimension(Dimension.TEAMWORK).magnitude(dev.huifang.core.Ratio.of(0.5)).build();
  }
}
