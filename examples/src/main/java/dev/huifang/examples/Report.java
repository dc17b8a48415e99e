package dev.huifang.examples;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;
import java.io.PrintStream;

/**
 * Where a scenario writes its part of the main job's report, in one language.
 *
 * <p>Headings and lines are given in both languages and printed in the report's; tables come
 * from {@link TextTable}. Everything a scenario prints goes through here, so tests can capture it.
 */
public final class Report {

  private final PrintStream out;
  private final String language;

  /** A report printing to {@code out} in {@code language} ({@code zh-CN} or {@code en}). */
  public Report(PrintStream out, String language) {
    this.out = requireNonNull(out, "out is null");
    this.language = requireNonNull(language, "language is null");
  }

  /** The report's language tag. */
  public String language() {
    return language;
  }

  /** True when the report is in Chinese. */
  public boolean chinese() {
    return language.equals(LocalizedText.ZH_CN);
  }

  /** Picks the text of the report's language. */
  public String pick(String zhCn, String en) {
    return chinese() ? zhCn : en;
  }

  /** The localized text in the report's language. */
  public String text(LocalizedText text) {
    return text.in(language);
  }

  /** A scenario's title, underlined. */
  public Report title(String zhCn, String en) {
    String title = pick(zhCn, en);
    out.println();
    out.println(title);
    out.println("=".repeat(TextTable.width(title)));
    return this;
  }

  /** A section heading. */
  public Report heading(String zhCn, String en) {
    out.println();
    out.println("## " + pick(zhCn, en));
    return this;
  }

  /** One line in the report's language. */
  public Report line(String zhCn, String en) {
    out.println(pick(zhCn, en));
    return this;
  }

  /** One line as it is (data, identifiers, numbers). */
  public Report raw(String text) {
    out.println(text);
    return this;
  }

  /** A table, indented by two spaces. */
  public Report table(TextTable table) {
    out.print(table.render(2));
    return this;
  }
}
