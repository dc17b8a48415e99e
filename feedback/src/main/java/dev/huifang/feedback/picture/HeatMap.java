package dev.huifang.feedback.picture;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A monthly service-quality heat map: rows (e.g. case categories) by columns (e.g. weeks or
 * places), each cell a count or rate; the darker, the more.
 *
 * <p>Rules: every row holds one cell per column; cells are finite and not negative, or null for
 * "no data" (drawn grey). The closed-loop engine's cases are mapped onto it by the host, so the
 * feedback engine does not depend on the closed-loop engine.
 *
 * @param title the map's title
 * @param rows the row labels, top to bottom
 * @param columns the column labels, left to right
 * @param cells per row, per column, the value or null
 */
// jspecify is a compile-only annotation dependency; readers need not require it.
public record HeatMap(LocalizedText title, List<LocalizedText> rows, List<LocalizedText> columns,
    List<List<@Nullable Double>> cells) {

  /**
   * Creates a heat map; lists are copied.
   *
   * @throws NullPointerException if an argument or label is null
   * @throws dev.huifang.core.InvalidModelException if it breaks a rule of {@link #validate}
   */
  public HeatMap {
    requireNonNull(title, "title is null");
    rows = List.copyOf(requireNonNull(rows, "rows is null"));
    columns = List.copyOf(requireNonNull(columns, "columns is null"));
    List<List<@Nullable Double>> copy = new ArrayList<>();
    for (List<@Nullable Double> row : requireNonNull(cells, "cells is null")) {
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    cells = java.util.Collections.unmodifiableList(copy);
    problems(rows, columns, cells).throwIfAny("HeatMap");
  }

  /**
   * The heat map, or every Problem: {@link Problem#REQUIRED} for no rows or no columns,
   * {@link Problem#INCONSISTENT} at {@code cells} or {@code cells[i]} when the shape does not
   * match the labels, {@link Problem#RANGE} at {@code cells[i][j]} for a negative or non-finite
   * value.
   */
  public static Validation<Seq<Problem>, HeatMap> validate(LocalizedText title,
      List<LocalizedText> rows, List<LocalizedText> columns, List<List<@Nullable Double>> cells) {
    return problems(rows, columns, cells).toValidation(
        () -> new HeatMap(title, rows, columns, cells));
  }

  /** The map as a standalone SVG document, labelled in {@code locale}, values rounded. */
  public String svg(String locale) {
    boolean zh = Svg.zh(locale);
    int labelWidth = 170;
    int cellWidth = 72;
    int cellHeight = 38;
    int top = 88;
    int width = labelWidth + cellWidth * columns.size() + 30;
    int height = top + cellHeight * rows.size() + 60;
    double max = 0;
    for (List<@Nullable Double> row : cells) {
      for (Double value : row) {
        if (value != null) {
          max = Math.max(max, value);
        }
      }
    }
    StringBuilder out = Svg.open(width, height, Svg.text(title, locale));
    out.append("  <text x=\"20\" y=\"34\" font-size=\"20\" font-weight=\"bold\" fill=\"#1f2937\">")
        .append(Svg.text(title, locale)).append("</text>\n");
    for (int j = 0; j < columns.size(); j++) {
      out.append("  <text x=\"").append(Svg.num(labelWidth + cellWidth * (j + 0.5)))
          .append("\" y=\"").append(top - 12).append("\" font-size=\"13\" text-anchor=\"middle\"")
          .append(" fill=\"#374151\">").append(Svg.text(columns.get(j), locale)).append("</text>\n");
    }
    for (int i = 0; i < rows.size(); i++) {
      int y = top + cellHeight * i;
      out.append("  <text x=\"").append(labelWidth - 10).append("\" y=\"")
          .append(Svg.num(y + cellHeight / 2.0 + 5)).append("\" font-size=\"13\"")
          .append(" text-anchor=\"end\" fill=\"#111827\">").append(Svg.text(rows.get(i), locale))
          .append("</text>\n");
      for (int j = 0; j < columns.size(); j++) {
        Double value = cells.get(i).get(j);
        int x = labelWidth + cellWidth * j;
        double share = value == null || max == 0 ? 0 : value / max;
        out.append("  <rect x=\"").append(x + 1).append("\" y=\"").append(y + 1)
            .append("\" width=\"").append(cellWidth - 2).append("\" height=\"")
            .append(cellHeight - 2).append("\" rx=\"3\" fill=\"")
            .append(value == null ? "#e5e7eb" : colour(share)).append("\"/>\n");
        out.append("  <text x=\"").append(Svg.num(x + cellWidth / 2.0)).append("\" y=\"")
            .append(Svg.num(y + cellHeight / 2.0 + 5)).append("\" font-size=\"13\"")
            .append(" text-anchor=\"middle\" fill=\"").append(share > 0.55 ? "#ffffff" : "#111827")
            .append("\">").append(value == null ? "–" : human(value)).append("</text>\n");
      }
    }
    int legendY = top + cellHeight * rows.size() + 30;
    for (int k = 0; k <= 4; k++) {
      out.append("  <rect x=\"").append(labelWidth + 24 * k).append("\" y=\"").append(legendY - 12)
          .append("\" width=\"22\" height=\"14\" fill=\"").append(colour(k / 4.0)).append("\"/>\n");
    }
    out.append("  <text x=\"").append(labelWidth + 130).append("\" y=\"").append(legendY)
        .append("\" font-size=\"12\" fill=\"#374151\">")
        .append(zh ? "颜色越深，数量越多；– 表示没有数据" : "Darker means more; – means no data")
        .append("</text>\n");
    out.append("</svg>\n");
    return out.toString();
  }

  /** A value as people read it: whole numbers plain, others with one decimal. */
  private static String human(double value) {
    long rounded = Math.round(value);
    return Math.abs(value - rounded) < 0.05 ? Long.toString(rounded)
        : String.format(java.util.Locale.ROOT, "%.1f", value);
  }

  /** From a pale yellow (0) to a deep red (1). */
  private static String colour(double share) {
    double t = Math.max(0, Math.min(1, share));
    int r = (int) Math.round(255 + (153 - 255) * t);
    int g = (int) Math.round(247 + (27 - 247) * t);
    int b = (int) Math.round(236 + (21 - 236) * t);
    return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static Checklist problems(List<LocalizedText> rows, List<LocalizedText> columns,
      List<List<@Nullable Double>> cells) {
    Checklist checks = Checklist.root();
    checks.require(!rows.isEmpty(), Problem.REQUIRED, "rows", null, "must hold at least one row");
    checks.require(!columns.isEmpty(), Problem.REQUIRED, "columns", null,
        "must hold at least one column");
    checks.require(cells.size() == rows.size(), Problem.INCONSISTENT, "cells", cells.size(),
        "must hold one row of cells per row label (" + rows.size() + ")");
    for (int i = 0; i < cells.size(); i++) {
      List<@Nullable Double> row = cells.get(i);
      checks.require(row.size() == columns.size(), Problem.INCONSISTENT, Problem.index("cells", i),
          row.size(), "must hold one cell per column (" + columns.size() + ")");
      for (int j = 0; j < row.size(); j++) {
        Double value = row.get(j);
        if (value != null) {
          checks.require(Double.isFinite(value) && value >= 0, Problem.RANGE,
              Problem.index("cells", i) + "[" + j + "]", value, "must be a finite number >= 0");
        }
      }
    }
    return checks;
  }
}
