package dev.huifang.feedback.picture;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case timeline as a Mermaid gantt chart: the case's steps as bars, its deadlines as milestones,
 * breaches and escalations in red, grouped in sections in the order they first appear.
 *
 * <p>Rule: the text is the same for the same tasks, locale and zone; labels lose the characters
 * Mermaid reads as syntax ({@code :} {@code ;} {@code #}).
 *
 * @param title the chart's title
 * @param tasks the bars and milestones, in drawing order
 */
public record CaseTimelineChart(LocalizedText title, List<GanttTask> tasks) {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /**
   * Creates a chart.
   *
   * @throws NullPointerException if an argument or task is null
   */
  public CaseTimelineChart {
    requireNonNull(title, "title is null");
    tasks = List.copyOf(requireNonNull(tasks, "tasks is null"));
  }

  /** The chart as Mermaid gantt source, labelled in {@code locale}, times shown in {@code zone}. */
  public String mermaid(String locale, ZoneId zone) {
    requireNonNull(zone, "zone is null");
    StringBuilder out = new StringBuilder();
    out.append("gantt\n")
        .append("    title ").append(clean(title.in(locale))).append('\n')
        .append("    dateFormat YYYY-MM-DD HH:mm\n")
        .append("    axisFormat %m-%d %H:%M\n");
    Map<String, List<Integer>> sections = new LinkedHashMap<>();
    for (int i = 0; i < tasks.size(); i++) {
      sections.computeIfAbsent(clean(tasks.get(i).section().in(locale)), s -> new ArrayList<>())
          .add(i);
    }
    sections.forEach((section, indexes) -> {
      out.append("    section ").append(section).append('\n');
      for (int i : indexes) {
        GanttTask task = tasks.get(i);
        String start = STAMP.format(task.start().atZone(zone));
        out.append("    ").append(clean(task.label().in(locale))).append(" :");
        switch (task.status()) {
          case DONE -> out.append("done, ");
          case ACTIVE -> out.append("active, ");
          case CRITICAL -> out.append("crit, ");
          default -> out.append("milestone, ");
        }
        out.append('t').append(i + 1).append(", ").append(start).append(", ");
        if (task.status() == GanttTask.Status.MILESTONE) {
          out.append("0d");
        } else {
          long minutes = Math.max(1, Duration.between(task.start(), task.end()).toMinutes());
          out.append(STAMP.format(task.start().plus(Duration.ofMinutes(minutes)).atZone(zone)));
        }
        out.append('\n');
      }
    });
    return out.toString();
  }

  private static String clean(String text) {
    return text.replace(':', ' ').replace('：', ' ').replace(';', ',').replace('#', ' ')
        .replace('\n', ' ').strip();
  }
}
