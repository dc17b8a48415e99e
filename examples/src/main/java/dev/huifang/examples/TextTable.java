package dev.huifang.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the main job's report, aligned for monospace terminals; wide (CJK)
 * characters count as two columns so that zh-CN tables line up too.
 */
public final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** A table with these column headers. */
  public static TextTable of(String... header) {
    return new TextTable(List.of(header));
  }

  /** Adds a row; missing cells are blank, extra cells are an error. */
  public TextTable row(Object... cells) {
    if (cells.length > header.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, table has "
          + header.size() + " columns");
    }
    List<String> row = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      row.add(i < cells.length ? String.valueOf(cells[i]) : "");
    }
    rows.add(row);
    return this;
  }

  /** The table, indented by {@code indent} spaces, one line per row, ending with a newline. */
  public String render(int indent) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(header.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, indent, header, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, indent, rule, widths);
    for (List<String> row : rows) {
      line(out, indent, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, int indent, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(" ".repeat(indent));
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      line.append(cell);
      if (c < cells.size() - 1) {
        line.append(" ".repeat(widths[c] - width(cell) + 2));
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** Display width: East Asian wide characters take two columns. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
