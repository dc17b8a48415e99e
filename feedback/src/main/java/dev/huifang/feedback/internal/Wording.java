package dev.huifang.feedback.internal;

import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a person says what a Finding and its evidence mean: a measured metric as an achievement or a
 * result, a star rating as who gave how many stars, anything else in the words of whoever wrote it.
 * Numbers are rounded for people; Chinese text gets Chinese punctuation.
 */
public final class Wording {

  /** "回答 5 星：…" / "Answered 5 stars: …", the questionnaire's echo of a rating. */
  private static final Pattern RATING_ECHO =
      Pattern.compile("^\\s*(回答\\s*\\d+(\\.\\d+)?\\s*星|answered\\s+\\d+(\\.\\d+)?\\s+stars?)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DOUBLED = Pattern.compile("([。？！，；：.?!,;:])[。.，,；;：:]+");
  private static final String FIRST_MARKS = "。？！，；：.?!,;:";
  private static final String NEXT_MARKS = "。.，,；;：:";
  private static final String ASCII = ",;:?!()";
  private static final String FULL = "，；：？！（）";

  private Wording() {}

  /** How a piece of evidence came about, which decides how it is worded. */
  public enum Kind {
    /** Someone described what happened: used in their words. */
    ACCOUNT,
    /** A measured metric with its score. */
    METRIC,
    /** A star rating by someone other than the worker. */
    RATING,
    /** The worker's own rating of themself. */
    SELF_RATING
  }

  /** The kind of the Finding's first evidence. */
  public static Kind kind(Finding finding) {
    Evidence evidence = finding.evidence().get(0);
    if (evidence.source().startsWith("metric:") || finding.perspective() == Perspective.SYSTEM) {
      return Kind.METRIC;
    }
    if (stars(evidence) != null && isEcho(evidence)) {
      return finding.perspective() == Perspective.SELF ? Kind.SELF_RATING : Kind.RATING;
    }
    return Kind.ACCOUNT;
  }

  /** What was observed, as a clause a supervisor can say (no final punctuation). */
  public static LocalizedText observation(Finding finding, LocalizedText name) {
    boolean strength = finding.polarity() == Polarity.STRENGTH;
    Evidence evidence = finding.evidence().get(0);
    switch (kind(finding)) {
      case METRIC: {
        if (finding.polarity() == Polarity.RISK) {
          return risk(evidence, name);
        }
        Double score = evidence.figures().get("score");
        if (strength) {
          return score != null && score < 80
              ? LocalizedText.of(name.zhCn() + "做得不错", name.en() + " went well")
              : LocalizedText.of(name.zhCn() + "做得很扎实", name.en() + " was solid");
        }
        return LocalizedText.of(name.zhCn() + "还有提升空间", name.en() + " has room to grow");
      }
      case SELF_RATING:
        return strength
            ? LocalizedText.of("本人对" + name.zhCn() + "很有把握", "feels sure about " + name.en())
            : LocalizedText.of("本人对" + name.zhCn() + "把握不大", "feels unsure about " + name.en());
      case RATING: {
        LocalizedText who = perspective(finding.perspective());
        return strength
            ? LocalizedText.of(who.zhCn() + "对" + name.zhCn() + "评价很高",
                "the " + who.en() + " rated " + name.en() + " highly")
            : LocalizedText.of(who.zhCn() + "对" + name.zhCn() + "评价偏低",
                "the " + who.en() + " rated " + name.en() + " low");
      }
      default:
        return tidy(finding.summary());
    }
  }

  /** What the evidence shows, as a clause (no final punctuation). */
  public static LocalizedText evidence(Finding finding, int index) {
    Evidence evidence = finding.evidence().get(index);
    Kind kind = index == 0 ? kind(finding) : kindOf(finding, evidence);
    Double stars = stars(evidence);
    switch (kind) {
      case METRIC: {
        if (evidence.figures().containsKey("aboveMean")) {
          return riskEvidence(evidence);
        }
        Double score = evidence.figures().get("score");
        if (score == null) {
          return tidy(evidence.statement());
        }
        long rounded = Math.round(score);
        if (rounded >= 100) {
          return LocalizedText.of("考核拿到了满分", "a full score on this measure");
        }
        return LocalizedText.of("这次考核得了 " + rounded + " 分（满分 100 分）",
            "a score of " + rounded + " out of 100 this time");
      }
      case SELF_RATING:
        return LocalizedText.of("本人自评 " + count(stars) + " 星",
            "self-rated " + count(stars) + " of 5 stars");
      case RATING: {
        LocalizedText who = perspective(finding.perspective());
        return LocalizedText.of(who.zhCn() + "打了 " + count(stars) + " 星",
            "the " + who.en() + " gave " + count(stars) + " of 5 stars");
      }
      default:
        return tidy(evidence.statement());
    }
  }

  /** How a perspective is named to people. */
  public static LocalizedText perspective(Perspective perspective) {
    switch (perspective) {
      case SELF:
        return LocalizedText.of("本人", "worker");
      case CUSTOMER:
        return LocalizedText.of("顾客", "customer");
      case CLIENT:
        return LocalizedText.of("客户企业", "client");
      case INTERNAL_TEAM:
        return LocalizedText.of("门店主管", "store manager");
      case HR:
        return LocalizedText.of("人事", "HR");
      case BUSINESS_UNIT:
        return LocalizedText.of("业务部门", "business unit");
      case AGENCY:
        return LocalizedText.of("劳务机构", "agency");
      default:
        return LocalizedText.of("考核数据", "measured results");
    }
  }

  /** The perspectives as a list people read: "顾客、门店主管" / "customer, store manager". */
  public static LocalizedText perspectives(List<Perspective> perspectives) {
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Perspective perspective : perspectives) {
      LocalizedText name = perspective(perspective);
      zh.append(zh.length() == 0 ? "" : "、").append(name.zhCn());
      en.append(en.length() == 0 ? "" : ", ").append(name.en());
    }
    return LocalizedText.of(zh.toString(), en.toString());
  }

  /**
   * Text as a person would write it: in Chinese, ASCII punctuation next to a Chinese character
   * becomes its full-width form; in every language, doubled punctuation ("?.", "。。") is reduced
   * to its first mark.
   */
  public static String tidy(String locale, String text) {
    String out = text;
    if (CompiledLint.language(locale).equals("zh") && hasAny(out, ASCII)) {
      StringBuilder zh = new StringBuilder(out.length());
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        int ascii = ASCII.indexOf(c);
        boolean nearHan = ascii >= 0 && ((i > 0 && isHan(out.charAt(i - 1)))
            || (i + 1 < out.length() && isHan(out.charAt(i + 1)))
            || (i > 0 && FULL.indexOf(out.charAt(i - 1)) >= 0));
        if (nearHan) {
          zh.append(FULL.charAt(ascii));
          // a space after a converted mark is not written in Chinese
          if (i + 1 < out.length() && out.charAt(i + 1) == ' ') {
            i++;
          }
        } else {
          zh.append(c);
        }
      }
      out = zh.toString();
    }
    if (!hasDoubled(out)) {
      return out;
    }
    Matcher doubled = DOUBLED.matcher(out);
    StringBuilder result = new StringBuilder();
    while (doubled.find()) {
      String run = doubled.group();
      // keep an ellipsis
      doubled.appendReplacement(result,
          Matcher.quoteReplacement(run.chars().allMatch(ch -> ch == '.') ? run : doubled.group(1)));
    }
    doubled.appendTail(result);
    return result.toString();
  }

  /** Every locale of {@code text} tidied, final punctuation removed (a clause). */
  public static LocalizedText tidy(LocalizedText text) {
    TreeMap<String, String> out = new TreeMap<>();
    text.texts().forEach((tag, value) -> out.put(tag, DefaultFeedbackComposer.clause(tidy(tag, value))));
    return LocalizedText.of(out);
  }

  private static Kind kindOf(Finding finding, Evidence evidence) {
    if (evidence.source().startsWith("metric:")) {
      return Kind.METRIC;
    }
    if (stars(evidence) != null && isEcho(evidence)) {
      return finding.perspective() == Perspective.SELF ? Kind.SELF_RATING : Kind.RATING;
    }
    return Kind.ACCOUNT;
  }

  private static boolean isEcho(Evidence evidence) {
    return evidence.statement().texts().values().stream()
        .anyMatch(text -> RATING_ECHO.matcher(text).find());
  }

  private static @Nullable Double stars(Evidence evidence) {
    Double stars = evidence.figures().get("stars");
    return stars != null ? stars : evidence.figures().get("rating");
  }

  private static String count(@Nullable Double stars) {
    return String.valueOf(stars == null ? 0 : Math.round(stars));
  }

  private static LocalizedText risk(Evidence evidence, LocalizedText name) {
    if (evidence.figures().containsKey("aboveMean")) {
      return LocalizedText.of("业绩明显高于团队平均，但顾客对沟通方式的评价偏低，可能存在过度承诺",
          "results well above the team average, but customers rated the way of communicating low,"
              + " which may point to over-promising");
    }
    return LocalizedText.of(name.zhCn() + "方面出现了风险信号", "a warning sign in " + name.en());
  }

  private static LocalizedText riskEvidence(Evidence evidence) {
    Double above = evidence.figures().get("aboveMean");
    long percent = Math.round((above == null ? 0 : above) * 100);
    Double soft = evidence.figures().get("softRating");
    String rating = soft == null ? "" : String.valueOf(Math.round(soft));
    return LocalizedText.of("业绩高出团队平均 " + percent + "%" + (soft == null ? ""
            : "，沟通评价只有 " + rating + " 分"),
        percent + "% above the team average" + (soft == null ? ""
            : ", with communication rated " + rating));
  }

  private static boolean isHan(char c) {
    // no Han character comes before U+2E80 (CJK Radicals Supplement)
    return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean hasAny(String text, String marks) {
    for (int i = 0; i < text.length(); i++) {
      if (marks.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #DOUBLED} can match: a mark followed by a mark it reduces. */
  private static boolean hasDoubled(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      if (FIRST_MARKS.indexOf(text.charAt(i)) >= 0 && NEXT_MARKS.indexOf(text.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
