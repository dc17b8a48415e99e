package dev.huifang.examples;

import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.feedback.CapabilityReport;
import dev.huifang.feedback.picture.CaseTimelineChart;
import dev.huifang.feedback.picture.GanttTask;
import dev.huifang.feedback.picture.HeatMap;
import dev.huifang.feedback.picture.RadarChart;
import dev.huifang.scoring.MetricDefinition;
import dev.huifang.scoring.ScoreLine;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.ScoringScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pictures of scenario 1, drawn by the feedback engine's pure functions from plain data the
 * examples map onto them: the first-timer's capability radar with the team mean, a month of
 * service-quality cases as a heat map, and the training case's timeline as a Mermaid gantt.
 */
final class Pictures {

  /** China Standard Time, where the 618 sale took place. */
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private Pictures() {}

  /** The radar of the capability report, with the cohort's mean score per dimension (0 to 1). */
  static RadarChart radar(CapabilityReport report, ScoringScheme scheme, List<Scorecard> cohort) {
    Map<Dimension, Double> means = new TreeMap<>();
    for (MetricDefinition metric : scheme.metrics()) {
      double sum = 0;
      int count = 0;
      for (Scorecard card : cohort) {
        for (ScoreLine line : card.lines()) {
          if (line.metric().equals(metric.id()) && line.raw() != null) {
            sum += line.score() / 100.0;
            count++;
          }
        }
      }
      if (count > 0) {
        means.put(metric.dimension(), sum / count);
      }
    }
    return RadarChart.of(report, means).get();
  }

  /**
   * A month of service-quality cases by category and week, as the closed loop's monthly heat map;
   * the counts are the scenario's sample month, the training case among them.
   */
  static HeatMap heatMap() {
    List<LocalizedText> categories = List.of(
        LocalizedText.of("培训与排班诉求", "Training and shift requests"),
        LocalizedText.of("安装等待过长", "Installation wait"),
        LocalizedText.of("排班调度", "Scheduling"),
        LocalizedText.of("缺货", "Stock-outs"),
        LocalizedText.of("到岗不足", "No-shows"));
    List<LocalizedText> weeks = new ArrayList<>();
    for (int week = 1; week <= 4; week++) {
      weeks.add(LocalizedText.of("6 月第 " + week + " 周", "June wk " + week));
    }
    List<List<Double>> counts = List.of(
        Arrays.asList(1.0, 2.0, 4.0, 1.0),
        Arrays.asList(0.0, 3.0, 7.0, 2.0),
        Arrays.asList(2.0, 1.0, 3.0, 0.0),
        Arrays.asList(0.0, 1.0, 5.0, 1.0),
        Arrays.asList(1.0, 0.0, 2.0, null));
    List<List<Double>> cells = new ArrayList<>(counts);
    return HeatMap.validate(LocalizedText.of("6 月服务质量热力图（案例数）",
        "June service-quality heat map (cases)"), categories, weeks, cast(cells)).get();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<List<@org.jspecify.annotations.Nullable Double>> cast(List<List<Double>> cells) {
    return (List) cells;
  }

  /** The case's timeline: its steps, its 48-hour response deadline, and when it closed. */
  static CaseTimelineChart timeline(FeedbackCase closed) {
    LocalizedText handling = LocalizedText.of("处理", "Handling");
    LocalizedText deadlines = LocalizedText.of("时限", "Deadlines");
    List<GanttTask> tasks = new ArrayList<>();
    Instant submitted = closed.submittedAt();
    Instant responded = orElse(closed.firstResponseAt(), submitted);
    Instant resolved = orElse(closed.resolvedAt(), responded);
    Instant confirmed = orElse(closed.confirmedAt(), resolved);
    Instant end = orElse(closed.closedAt(), confirmed);
    tasks.add(new GanttTask(handling, LocalizedText.of("受理与首次回应", "Intake and first response"),
        submitted, responded, GanttTask.Status.DONE));
    tasks.add(new GanttTask(handling, LocalizedText.of("安排灵活培训", "Arranging flexible training"),
        responded, resolved, GanttTask.Status.DONE));
    tasks.add(new GanttTask(handling, LocalizedText.of("等待本人确认", "Waiting for the worker's confirmation"),
        resolved, confirmed, GanttTask.Status.DONE));
    tasks.add(new GanttTask(deadlines, LocalizedText.of("48 小时内回应", "Respond within 48 hours"),
        submitted.plus(Duration.ofHours(48)), submitted.plus(Duration.ofHours(48)),
        GanttTask.Status.MILESTONE));
    tasks.add(new GanttTask(deadlines, LocalizedText.of("闭环完成", "Loop closed"), end, end,
        GanttTask.Status.MILESTONE));
    return new CaseTimelineChart(LocalizedText.of("案例时间线 · " + closed.id().value(),
        "Case timeline · " + closed.id().value()), tasks);
  }

  /**
   * Writes the three pictures of scenario 1 into {@code directory} in {@code locale}: the radar and
   * heat map as SVG, the timeline as Mermaid source; returns the files written.
   */
  static List<Path> write(Path directory, ChanghongPromotion.Outcome outcome, String locale) {
    try {
      Files.createDirectories(directory);
      String suffix = locale.startsWith("zh") ? ".zh-CN" : ".en";
      List<Path> files = List.of(directory.resolve("capability-radar" + suffix + ".svg"),
          directory.resolve("service-quality-heat-map" + suffix + ".svg"),
          directory.resolve("case-timeline" + suffix + ".mmd"));
      Files.writeString(files.get(0), radar(outcome.capabilityReport(),
          ChanghongPromotion.promotionScheme(), outcome.scorecards()).svg(locale),
          StandardCharsets.UTF_8);
      Files.writeString(files.get(1), heatMap().svg(locale), StandardCharsets.UTF_8);
      Files.writeString(files.get(2), timeline(outcome.trainingCase()).mermaid(locale, SHANGHAI),
          StandardCharsets.UTF_8);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant orElse(@org.jspecify.annotations.Nullable Instant value, Instant other) {
    return value == null ? other : value;
  }
}
