package dev.huifang.feedback.internal;

import dev.huifang.core.Dimension;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.feedback.AttributedConcern;
import dev.huifang.feedback.Attribution;
import dev.huifang.feedback.AttributionPolicy;
import dev.huifang.feedback.Citation;
import dev.huifang.feedback.ScriptTemplates;
import dev.huifang.feedback.SystemCause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The attribution step between Findings and scripts: groups weaknesses and risks by dimension and
 * attributes each group to the system, the worker or "to verify" by {@link AttributionPolicy}.
 */
final class Attributing {

  private Attributing() {}

  /**
   * Attributes the concerns of {@code ranked} (weaknesses and risks, largest impact first), one
   * per dimension, in that order.
   */
  static List<AttributedConcern> attribute(AttributionPolicy policy, ScriptTemplates templates,
      List<Finding> findings, List<Integer> ranked, Function<Integer, Citation> citation) {
    LinkedHashMap<Dimension, List<Integer>> byDimension = new LinkedHashMap<>();
    for (int index : ranked) {
      byDimension.computeIfAbsent(findings.get(index).dimension(), d -> new ArrayList<>()).add(index);
    }
    List<AttributedConcern> out = new ArrayList<>();
    HashMap<Integer, List<String>> lowered = new HashMap<>();
    byDimension.forEach((dimension, group) -> {
      Finding top = findings.get(group.get(0));
      LocalizedText name = templates.nameOf(dimension);
      TreeSet<Perspective> seen = new TreeSet<>();
      group.forEach(i -> seen.add(findings.get(i).perspective()));
      List<Citation> citations = group.stream().map(citation).toList();
      String who = "seen by " + seen;

      for (SystemCause cause : policy.systemCauses()) {
        for (int i : group) {
          String keyword = mentioned(cause,
              lowered.computeIfAbsent(i, at -> lowerTexts(findings.get(at))));
          if (keyword != null) {
            out.add(new AttributedConcern(dimension, name, Attribution.SYSTEM, top.magnitude(),
                List.copyOf(seen), citations, cause.id(), cause.caseCategory(),
                LocalizedText.of(name.zhCn() + "方面的问题源于" + cause.name().zhCn()
                        + "，转为闭环案例处理，不算作个人问题",
                    "the " + name.en() + " issue comes from " + cause.name().en()
                        + ": it goes to a closed-loop case, not to the worker"),
                "finding #" + i + " names system cause " + cause.id() + " (\"" + keyword
                    + "\"): attributed to the system, closed-loop case category "
                    + cause.caseCategory() + "; " + who));
            return;
          }
        }
      }

      boolean metric = policy.metricCorroborates() && seen.contains(Perspective.SYSTEM);
      long people = seen.stream().filter(p -> p != Perspective.SYSTEM).count();
      boolean corroborated = metric || people >= policy.minPerspectives();
      if (corroborated) {
        out.add(new AttributedConcern(dimension, name, Attribution.WORKER, top.magnitude(),
            List.copyOf(seen), citations, null, null, Wording.observation(top, name),
            "corroborated by " + (metric ? "a measured metric" : people + " perspectives (policy"
                + " needs " + policy.minPerspectives() + ")") + ": a development area; " + who));
      } else {
        out.add(new AttributedConcern(dimension, name, Attribution.TO_VERIFY, top.magnitude(),
            List.copyOf(seen), citations, null, null, question(top, name),
            "not corroborated: " + people + " perspective(s)" + (policy.metricCorroborates()
                ? " and no measured metric" : "") + ", policy needs " + policy.minPerspectives()
                + ": to verify at the next follow-up, never stated as a fault; " + who));
      }
    });
    return List.copyOf(out);
  }

  /** The open question that verifies a concern at the next follow-up. */
  private static LocalizedText question(Finding top, LocalizedText name) {
    if (Wording.kind(top) == Wording.Kind.SELF_RATING) {
      return LocalizedText.of("你给自己的" + name.zhCn() + "打分不高，想听听当时遇到了什么情况。",
          "You rated your own " + name.en() + " on the low side; we'd like to hear what the job"
              + " was like for you.");
    }
    LocalizedText seen = Wording.observation(top, name);
    LocalizedText who = Wording.perspective(top.perspective());
    return LocalizedText.of(who.zhCn() + "的反馈里说" + seen.zhCn() + "，想听听你这边当时的情况。",
        "The " + who.en() + "'s feedback says " + seen.en() + "; we'd like to hear how it looked"
            + " from your side.");
  }

  /**
   * The first keyword of {@code cause} that occurs in one of the texts, the texts in order; as
   * {@link SystemCause#matchIn(String)} on each text, with each text lowered once per call.
   */
  private static @org.jspecify.annotations.Nullable String mentioned(SystemCause cause,
      List<String> lowerTexts) {
    for (String lower : lowerTexts) {
      for (String keyword : cause.keywords()) {
        if (lower.contains(keyword.toLowerCase(Locale.ROOT))) {
          return keyword;
        }
      }
    }
    return null;
  }

  /** The Finding's summary and evidence statements, every locale, in lower case. */
  private static List<String> lowerTexts(Finding finding) {
    List<String> texts = new ArrayList<>();
    finding.summary().texts().values().forEach(text -> texts.add(text.toLowerCase(Locale.ROOT)));
    finding.evidence().forEach(e -> e.statement().texts().values()
        .forEach(text -> texts.add(text.toLowerCase(Locale.ROOT))));
    return texts;
  }
}
