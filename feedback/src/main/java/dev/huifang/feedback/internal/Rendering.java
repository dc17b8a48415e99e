package dev.huifang.feedback.internal;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocaleFallback;
import dev.huifang.core.LocalizedText;
import dev.huifang.feedback.AttributedConcern;
import dev.huifang.feedback.Attribution;
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

/**
 * Plain-text and Markdown renderings of scripts and reports; pure functions of their input. They
 * speak to people: who saw what, in words, never a rule, a source id or a raw magnitude.
 */
public final class Rendering {

  private Rendering() {}

  /** The script as plain text: the spoken lines in order, one a line. */
  public static String text(FeedbackScript script, String locale) {
    StringBuilder out = new StringBuilder();
    script.lines().forEach(line -> out.append(line.in(locale)).append('\n'));
    return out.toString();
  }

  /** The script as Markdown: a heading, the three parts as numbered sections with who saw it. */
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
      out.append(source(List.of(praised), locale));
    }
    out.append(zh ? "### 2. 改进\n\n" : "### 2. To work on\n\n");
    for (Concern concern : script.concerns()) {
      out.append(concern.text().in(locale)).append("\n\n");
      if (!concern.stretch()) {
        out.append(from(concern.perspectives(), locale));
      }
    }
    out.append(zh ? "### 3. 鼓励\n\n" : "### 3. Next step\n\n")
        .append(script.encouragement().text().in(locale)).append("\n\n");
    if (script.closing() != null) {
      out.append('_').append(script.closing().in(locale)).append("_\n\n");
    }
    withheld(out, script.withheld(), locale, "### ");
    flags(out, script.flags(), zh);
    return out.toString();
  }

  /** The report as plain text: strengths, development areas, to verify, system, resources, focus. */
  public static String text(CapabilityReport report, String locale) {
    boolean zh = zh(locale);
    StringBuilder out = new StringBuilder();
    out.append(zh ? "能力诊断报告 · " : "Capability diagnosis · ").append(report.workerId().value())
        .append('\n');
    section(out, zh ? "优势" : "Strengths", report.strengths(), locale, "- ", "  ");
    section(out, zh ? "待提升" : "Development areas", report.developmentAreas(), locale, "- ", "  ");
    attributed(out, report, locale, "", "- ");
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
    attributed(out, report, locale, "### ", "- ");
    resources(out, zh ? "### 推荐资源" : "### Resources", report, locale, "- ");
    out.append('\n').append(zh ? "### 下次回访重点\n\n" : "### Next follow-up focus\n\n")
        .append(report.nextFocus().text().in(locale)).append("\n\n");
    flags(out, report.flags(), zh);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<DimensionAssessment> items,
      String locale, String bullet, String sub) {
    boolean zh = zh(locale);
    out.append(title).append('\n');
    if (items.isEmpty()) {
      out.append(bullet).append(zh ? "（无）" : "(none)").append('\n');
    }
    for (DimensionAssessment item : items) {
      out.append(bullet).append(labelled(item.name().in(locale), item.summary().in(locale), zh))
          .append(zh ? "（来自：" : " (from: ")
          .append(Wording.perspectives(item.perspectives()).in(locale))
          .append(zh ? "）" : ")").append('\n');
      for (Citation citation : item.citations()) {
        out.append(sub).append(zh ? "依据：" : "Evidence: ")
            .append(capitalised(citation.statement().in(locale), zh))
            .append(zh ? "（" : " (")
            .append(Wording.perspective(citation.perspective()).in(locale))
            .append(zh ? "）" : ")").append('\n');
      }
    }
  }

  private static void attributed(StringBuilder out, CapabilityReport report, String locale,
      String heading, String bullet) {
    boolean zh = zh(locale);
    boolean markdown = !heading.isEmpty();
    if (!report.toVerify().isEmpty()) {
      out.append(heading).append(zh ? "待核实（下次回访时问问）" : "To verify (ask at the next follow-up)")
          .append('\n');
      list(out, report.toVerify(), locale, bullet);
      if (markdown) {
        out.append('\n');
      }
    }
    if (!report.systemCauses().isEmpty()) {
      out.append(heading).append(zh ? "转交系统处理" : "Passed to the system").append('\n');
      list(out, report.systemCauses(), locale, bullet);
      if (markdown) {
        out.append('\n');
      }
    }
  }

  private static void withheld(StringBuilder out, List<AttributedConcern> withheld, String locale,
      String heading) {
    boolean zh = zh(locale);
    List<AttributedConcern> toVerify = withheld.stream()
        .filter(c -> c.attribution() == Attribution.TO_VERIFY).toList();
    List<AttributedConcern> system = withheld.stream()
        .filter(c -> c.attribution() == Attribution.SYSTEM).toList();
    if (!toVerify.isEmpty()) {
      out.append(heading).append(zh ? "下次回访时问问\n\n" : "Ask at the next follow-up\n\n");
      list(out, toVerify, locale, "- ");
      out.append('\n');
    }
    if (!system.isEmpty()) {
      out.append(heading).append(zh ? "转交系统处理\n\n" : "Passed to the system\n\n");
      list(out, system, locale, "- ");
      out.append('\n');
    }
  }

  /** The concerns, one a line; called only for a section that has some. */
  private static void list(StringBuilder out, List<AttributedConcern> concerns, String locale,
      String bullet) {
    boolean zh = zh(locale);
    for (AttributedConcern concern : concerns) {
      out.append(bullet).append(labelled(concern.name().in(locale), concern.text().in(locale), zh))
          .append(zh ? "（来自：" : " (from: ")
          .append(Wording.perspectives(concern.perspectives()).in(locale))
          .append(zh ? "）" : ")").append('\n');
    }
  }

  private static void resources(StringBuilder out, String title, CapabilityReport report,
      String locale, String bullet) {
    boolean zh = zh(locale);
    List<ResourceMatch> matches = report.resources();
    Map<Dimension, LocalizedText> names = new TreeMap<>();
    report.strengths().forEach(a -> names.put(a.dimension(), a.name()));
    report.developmentAreas().forEach(a -> names.put(a.dimension(), a.name()));
    out.append(title).append('\n');
    if (matches.isEmpty()) {
      out.append(bullet).append(zh ? "（无）" : "(none)").append('\n');
    }
    for (ResourceMatch match : matches) {
      LocalizedText name = names.get(match.dimension());
      out.append(bullet)
          .append(labelled(name == null ? match.dimension().code() : name.in(locale),
              match.resource().describe().in(locale), zh))
          .append(match.fallback() ? (zh ? "（通用资源）" : " (general fallback)") : "")
          .append('\n');
    }
  }

  private static String source(List<Citation> citations, String locale) {
    boolean zh = zh(locale);
    StringBuilder out = new StringBuilder();
    for (Citation citation : citations) {
      out.append("> ").append(zh ? "来自：" : "From: ")
          .append(Wording.perspective(citation.perspective()).in(locale)).append("\n\n");
    }
    return out.toString();
  }

  private static String from(List<dev.huifang.core.Perspective> perspectives, String locale) {
    boolean zh = zh(locale);
    return "> " + (zh ? "来自：" : "From: ") + Wording.perspectives(perspectives).in(locale)
        + "\n\n";
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
        return LocalizedText.of("没有需要本人改进的问题，改进部分是进阶目标。",
            "Nothing for the worker to fix: the problem part is a stretch goal.");
      case TO_VERIFY:
        return LocalizedText.of("有的反馈只来自一方，先当面问问情况，不要当作本人的问题来谈。",
            "Some feedback comes from one side only: ask about it first, and do not treat it as"
                + " the worker's fault.");
      default:
        return LocalizedText.of("资源目录中没有该维度，使用了通用资源。",
            "The resource catalogue has no entry for this dimension: a general resource is used.");
    }
  }

  /** "name: text", or just the text when it already names the dimension. */
  private static String labelled(String name, String text, boolean zh) {
    if (text.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
      return capitalised(text, zh);
    }
    return capitalised(name, zh) + (zh ? "：" : ": ") + text;
  }

  private static String capitalised(String text, boolean zh) {
    if (zh || text.isEmpty()) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static boolean zh(String locale) {
    return Locale.forLanguageTag(LocaleFallback.of(locale).order().get(0)).getLanguage()
        .equals("zh");
  }
}
