package dev.huifang.feedback.picture;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.feedback.AttributedConcern;
import dev.huifang.feedback.CapabilityReport;
import dev.huifang.feedback.DimensionAssessment;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A capability radar chart (雷达图): one spoke per capability, the worker's values as a filled
 * polygon and the team mean, where known, as a dashed second polygon.
 *
 * <p>Rules: at least {@value #MIN_AXES} axes (fewer make no polygon), every value and team mean in
 * [0, 1]; {@link #svg(String)} is a pure function of the chart and the locale.
 *
 * @param title the chart's title
 * @param axes the spokes, drawn clockwise from the top
 */
public record RadarChart(LocalizedText title, List<RadarAxis> axes) {

  /** A radar needs at least three spokes to enclose an area. */
  public static final int MIN_AXES = 3;

  /**
   * Creates a chart.
   *
   * @throws NullPointerException if an argument or axis is null
   * @throws dev.huifang.core.InvalidModelException if it breaks a rule of {@link #validate}
   */
  public RadarChart {
    requireNonNull(title, "title is null");
    axes = List.copyOf(requireNonNull(axes, "axes is null"));
    problems(axes).throwIfAny("RadarChart");
  }

  /**
   * The chart, or every Problem: a {@link Problem#RANGE} at {@code axes} for fewer than
   * {@value #MIN_AXES} axes, at {@code axes[i].value} or {@code axes[i].teamMean} for a number
   * outside [0, 1].
   */
  public static Validation<Seq<Problem>, RadarChart> validate(LocalizedText title,
      List<RadarAxis> axes) {
    return problems(axes).toValidation(() -> new RadarChart(title, axes));
  }

  /**
   * The radar of a capability report: one spoke per dimension it speaks of, in the order strengths,
   * development areas, concerns to verify. A strength sits at {@code 0.5 + magnitude / 2}, a
   * development area at {@code 0.5 - magnitude / 2}, a concern still to verify at 0.5 (nothing is
   * pinned on the worker yet). {@code teamMeans} gives the team's value per dimension on the same
   * scale, where known.
   *
   * @return the chart, or the Problems of {@link #validate} (e.g. a report of fewer than three
   *     dimensions)
   */
  public static Validation<Seq<Problem>, RadarChart> of(CapabilityReport report,
      Map<Dimension, Double> teamMeans) {
    requireNonNull(report, "report is null");
    requireNonNull(teamMeans, "teamMeans is null");
    TreeMap<Dimension, Double> means = new TreeMap<>(teamMeans);
    List<RadarAxis> axes = new ArrayList<>();
    List<Dimension> seen = new ArrayList<>();
    for (DimensionAssessment strength : report.strengths()) {
      seen.add(strength.dimension());
      axes.add(new RadarAxis(strength.name(), 0.5 + strength.magnitude().value() / 2,
          means.get(strength.dimension())));
    }
    for (DimensionAssessment area : report.developmentAreas()) {
      if (!seen.contains(area.dimension())) {
        seen.add(area.dimension());
        axes.add(new RadarAxis(area.name(), 0.5 - area.magnitude().value() / 2,
            means.get(area.dimension())));
      }
    }
    for (AttributedConcern concern : report.toVerify()) {
      if (!seen.contains(concern.dimension())) {
        seen.add(concern.dimension());
        axes.add(new RadarAxis(concern.name(), 0.5, means.get(concern.dimension())));
      }
    }
    return validate(LocalizedText.of("能力雷达图 · " + report.workerId().value(),
        "Capability radar · " + report.workerId().value()), axes);
  }

  /** The chart as a standalone SVG document, labelled in {@code locale}. */
  public String svg(String locale) {
    boolean zh = Svg.zh(locale);
    int width = 560;
    int height = 520;
    double cx = 280;
    double cy = 270;
    double radius = 170;
    int n = axes.size();
    StringBuilder out = Svg.open(width, height, Svg.text(title, locale));
    out.append("  <text x=\"").append(Svg.num(cx)).append("\" y=\"34\" font-size=\"20\"")
        .append(" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#1f2937\">")
        .append(Svg.text(title, locale)).append("</text>\n");
    for (int ring = 1; ring <= 4; ring++) {
      out.append("  <polygon points=\"").append(points(cx, cy, radius * ring / 4, Ring.GRID))
          .append("\" fill=\"none\" stroke=\"#d1d5db\" stroke-width=\"1\"/>\n");
    }
    for (int i = 0; i < n; i++) {
      double angle = angle(i, n);
      out.append("  <line x1=\"").append(Svg.num(cx)).append("\" y1=\"").append(Svg.num(cy))
          .append("\" x2=\"").append(Svg.num(cx + radius * Math.cos(angle))).append("\" y2=\"")
          .append(Svg.num(cy + radius * Math.sin(angle)))
          .append("\" stroke=\"#d1d5db\" stroke-width=\"1\"/>\n");
    }
    boolean anyMean = axes.stream().anyMatch(a -> a.teamMean() != null);
    if (anyMean) {
      out.append("  <polygon points=\"").append(points(cx, cy, radius, Ring.TEAM_MEAN))
          .append("\" fill=\"#f59e0b\" fill-opacity=\"0.12\" stroke=\"#d97706\" stroke-width=\"2\"")
          .append(" stroke-dasharray=\"6 4\"/>\n");
    }
    out.append("  <polygon points=\"").append(points(cx, cy, radius, Ring.WORKER))
        .append("\" fill=\"#2563eb\" fill-opacity=\"0.35\" stroke=\"#1d4ed8\" stroke-width=\"2.5\"/>\n");
    for (int i = 0; i < n; i++) {
      double angle = angle(i, n);
      double value = axes.get(i).value();
      out.append("  <circle cx=\"").append(Svg.num(cx + radius * value * Math.cos(angle)))
          .append("\" cy=\"").append(Svg.num(cy + radius * value * Math.sin(angle)))
          .append("\" r=\"4\" fill=\"#1d4ed8\"/>\n");
      double lx = cx + (radius + 24) * Math.cos(angle);
      double ly = cy + (radius + 24) * Math.sin(angle) + 5;
      double cos = Math.cos(angle);
      String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
      out.append("  <text x=\"").append(Svg.num(lx)).append("\" y=\"").append(Svg.num(ly))
          .append("\" font-size=\"14\" text-anchor=\"").append(anchor)
          .append("\" fill=\"#111827\">").append(Svg.text(axes.get(i).label(), locale))
          .append("</text>\n");
    }
    int legendY = height - 24;
    out.append("  <rect x=\"150\" y=\"").append(legendY - 11).append("\" width=\"16\" height=\"12\"")
        .append(" fill=\"#2563eb\" fill-opacity=\"0.35\" stroke=\"#1d4ed8\"/>\n")
        .append("  <text x=\"172\" y=\"").append(legendY).append("\" font-size=\"13\" fill=\"#111827\">")
        .append(zh ? "本人" : "Worker").append("</text>\n");
    if (anyMean) {
      out.append("  <rect x=\"300\" y=\"").append(legendY - 11)
          .append("\" width=\"16\" height=\"12\" fill=\"#f59e0b\" fill-opacity=\"0.12\"")
          .append(" stroke=\"#d97706\" stroke-dasharray=\"4 2\"/>\n")
          .append("  <text x=\"322\" y=\"").append(legendY)
          .append("\" font-size=\"13\" fill=\"#111827\">").append(zh ? "团队平均" : "Team mean")
          .append("</text>\n");
    }
    out.append("</svg>\n");
    return out.toString();
  }

  /** Which polygon {@link #points} draws. */
  private enum Ring {
    /** A grid ring, every axis at full length. */
    GRID,
    /** The team mean. */
    TEAM_MEAN,
    /** The worker's own values. */
    WORKER
  }

  /** Polygon points: a grid ring of {@code r}, or the team mean or the worker scaled to it. */
  private String points(double cx, double cy, double r, Ring ring) {
    StringBuilder points = new StringBuilder();
    int n = axes.size();
    for (int i = 0; i < n; i++) {
      double angle = angle(i, n);
      double value;
      if (ring == Ring.GRID) {
        value = 1;
      } else if (ring == Ring.TEAM_MEAN) {
        Double m = axes.get(i).teamMean();
        value = m == null ? 0 : m;
      } else {
        value = axes.get(i).value();
      }
      if (i > 0) {
        points.append(' ');
      }
      points.append(Svg.num(cx + r * value * Math.cos(angle))).append(',')
          .append(Svg.num(cy + r * value * Math.sin(angle)));
    }
    return points.toString();
  }

  private static double angle(int i, int n) {
    return -Math.PI / 2 + 2 * Math.PI * i / n;
  }

  private static Checklist problems(List<RadarAxis> axes) {
    Checklist checks = Checklist.root();
    checks.require(axes.size() >= MIN_AXES, Problem.RANGE, "axes", axes.size(),
        "must hold at least " + MIN_AXES + " axes to enclose an area");
    for (int i = 0; i < axes.size(); i++) {
      RadarAxis axis = requireNonNull(axes.get(i), "axis is null");
      checks.within(Problem.index("axes", i) + ".value", axis.value(), 0.0, 1.0);
      if (axis.teamMean() != null) {
        checks.within(Problem.index("axes", i) + ".teamMean", axis.teamMean(), 0.0, 1.0);
      }
    }
    return checks;
  }
}
