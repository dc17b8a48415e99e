package dev.huifang.feedback.internal;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocaleFallback;
import dev.huifang.core.LocalizedText;
import dev.huifang.feedback.CapabilityReport;
import dev.huifang.feedback.Citation;
import dev.huifang.feedback.Concern;
import dev.huifang.feedback.DimensionAssessment;
import dev.huifang.feedback.FeedbackScript;
import dev.huifang.feedback.ResourceMatch;
import dev.huifang.feedback.ScriptFlag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Plain-text and Markdown renderings of scripts and reports; pure functions of their input. */
public final class Rendering {

  private Rendering() {}

  /** The script as plain text: the spoken lines in order, one a line. */
  public static String text(FeedbackScript script, String locale) {
    StringBuilder out = new StringBuilder();
    script.lines().forEach(line -> out.append(line.in(locale)).append('\n'));
    return out.toString();
  }

  /** The script as Markdown: a heading, the three parts as numbered sections with their sources. */
  public static String markdown(FeedbackScript script, String locale) {
    boolean zh = zh(locale);
    StringBuilder out = new StringBuilder();
    out.append(zh ? "## 三明治反馈话术 · " : "## Sandwich feedback script · ")
        .append(script.workerId().value()).append("\n\n");
    if (script.opening() != null) {
      out.append('_').append(script.opening().in(locale)).append("_\n\n");
    }
    out.append(zh ? "### 1. 肯定\n\n" : "### 1. Praise\n\n")
        .append(script.praise().text().in(locale)).append("\n\n");
    Citation praised = script.praise().citation();
    if (praised != null) {
      out.append(source(praised, zh));
    }
    out.append(zh ? "### 2. 改进\n\n" : "### 2. To work on\n\n");
    for (Concern concern : script.concerns()) {
      out.append(concern.text().in(locale)).append("\n\n").append(source(concern.citation(), zh));
    }
    out.append(zh ? "### 3. 鼓励\n\n" : "### 3. Next step\n\n")
        .append(script.encouragement().text().in(locale)).append("\n\n");
    if (script.closing() != null) {
      out.append('_').append(script.closing().in(locale)).append("_\n\n");
    }
    flags(out, script.flags(), zh);
    return out.toString();
  }

  /** The report as plain text: strengths, development areas, resources, next focus. */
  public static String text(CapabilityReport report, String locale) {
    boolean zh = zh(locale);
    StringBuilder out = new StringBuilder();
    out.append(zh ? "能力诊断报告 · " : "Capability diagnosis · ").append(report.workerId().value())
        .append('\n');
    section(out, zh ? "优势" : "Strengths", report.strengths(), locale, "- ", "  ");
    section(out, zh ? "待提升" : "Development areas", report.developmentAreas(), locale, "- ", "  ");
    resources(out, zh ? "推荐资源" : "Resources", report, locale, "- ");
    out.append(zh ? "下次回访重点" : "Next follow-up focus").append('\n')
        .append(report.nextFocus().text().in(locale)).append('\n');
    return out.toString();
  }

  /** The report as Markdown. */
  public static String markdown(CapabilityReport report, String locale) {
    boolean zh = zh(locale);
    StringBuilder out = new StringBuilder();
    out.append(zh ? "## 能力诊断报告 · " : "## Capability diagnosis · ")
        .append(report.workerId().value()).append("\n\n");
    section(out, zh ? "### 优势" : "### Strengths", report.strengths(), locale, "- ", "  - ");
    out.append('\n');
    section(out, zh ? "### 待提升" : "### Development areas", report.developmentAreas(), locale,
        "- ", "  - ");
    out.append('\n');
    resources(out, zh ? "### 推荐资源" : "### Resources", report, locale, "- ");
    out.append('\n').append(zh ? "### 下次回访重点\n\n" : "### Next follow-up focus\n\n")
        .append(report.nextFocus().text().in(locale)).append("\n\n");
    flags(out, report.flags(), zh);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<DimensionAssessment> items,
      String locale, String bullet, String sub) {
    out.append(title).append('\n');
    if (items.isEmpty()) {
      out.append(bullet).append(zh(locale) ? "（无）" : "(none)").append('\n');
    }
    for (DimensionAssessment item : items) {
      out.append(bullet).append(item.name().in(locale)).append(" (")
          .append(String.format(Locale.ROOT, "%.2f", item.magnitude().value())).append("): ")
          .append(item.summary().in(locale)).append('\n');
      for (Citation citation : item.citations()) {
        out.append(sub).append(zh(locale) ? "依据：" : "Evidence: ")
            .append(citation.statement().in(locale)).append(" [").append(citation.source())
            .append(", #").append(citation.findingIndex()).append("]\n");
      }
    }
  }

  private static void resources(StringBuilder out, String title, CapabilityReport report,
      String locale, String bullet) {
    List<ResourceMatch> matches = report.resources();
    Map<Dimension, LocalizedText> names = new TreeMap<>();
    report.strengths().forEach(a -> names.put(a.dimension(), a.name()));
    report.developmentAreas().forEach(a -> names.put(a.dimension(), a.name()));
    out.append(title).append('\n');
    if (matches.isEmpty()) {
      out.append(bullet).append(zh(locale) ? "（无）" : "(none)").append('\n');
    }
    for (ResourceMatch match : matches) {
      LocalizedText name = names.get(match.dimension());
      out.append(bullet).append(name == null ? match.dimension().code() : name.in(locale))
          .append(zh(locale) ? "：" : ": ")
          .append(match.resource().describe().in(locale))
          .append(match.fallback() ? (zh(locale) ? "（通用资源）" : " (general fallback)") : "")
          .append('\n');
    }
  }

  private static String source(Citation citation, boolean zh) {
    return "> " + (zh ? "依据：" : "Evidence: ") + "`" + citation.source() + "` (#"
        + citation.findingIndex() + ")\n\n";
  }

  private static void flags(StringBuilder out, List<ScriptFlag> flags, boolean zh) {
    for (ScriptFlag flag : flags) {
      out.append("> ").append(zh ? "注意：" : "Note: ").append(note(flag).in(zh ? "zh-CN" : "en"))
          .append('\n');
    }
  }

  private static LocalizedText note(ScriptFlag flag) {
    switch (flag) {
      case WEAK_PRAISE:
        return LocalizedText.of("暂无有证据支持的优点，肯定部分是对投入的认可。",
            "No evidence-backed strength yet: the praise acknowledges effort.");
      case SINGLE_PERSPECTIVE:
        return LocalizedText.of("有问题只来自一个视角的反馈，谈话前请先从其他来源核实，排除系统等非个人原因。",
            "A problem rests on one perspective only: confirm it from another source and rule out"
                + " system causes before the talk.");
      case STRETCH_CONCERN:
        return LocalizedText.of("未发现短板，改进部分是进阶目标。",
            "No weakness found: the problem part is a stretch goal.");
      default:
        return LocalizedText.of("资源目录中没有该维度，使用了通用资源。",
            "The resource catalogue has no entry for this dimension: a general resource is used.");
    }
  }

  private static boolean zh(String locale) {
    return Locale.forLanguageTag(LocaleFallback.of(locale).order().get(0)).getLanguage()
        .equals("zh");
  }
}
