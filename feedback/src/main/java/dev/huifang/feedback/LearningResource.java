package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import org.jspecify.annotations.Nullable;

/**
 * A learning resource a worker can be pointed to: a micro-course, a 1:1 mentor or a workshop
 * invitation.
 *
 * <p>Rules ({@link #problems(String)}): a title in zh-CN and en; a micro-course states its length
 * in minutes within [1, {@value #MAX_MINUTES}]; other kinds carry no minutes.
 *
 * @param kind what kind of resource it is
 * @param title its title, e.g. "Answering price objections"
 * @param minutes the length of a micro-course in minutes; null for other kinds
 */
// jspecify is a compile-only annotation dependency; readers need not require it.
public record LearningResource(ResourceKind kind, LocalizedText title, @Nullable Integer minutes) {

  /** The usual length of a micro-course. */
  public static final int DEFAULT_MICRO_COURSE_MINUTES = 15;
  /** The longest micro-course accepted. */
  public static final int MAX_MINUTES = 240;

  /**
   * Creates a resource.
   *
   * @throws NullPointerException if kind or title is null
   */
  public LearningResource {
    requireNonNull(kind, "kind is null");
    requireNonNull(title, "title is null");
  }

  /** A micro-course of {@code minutes} minutes. */
  public static LearningResource microCourse(LocalizedText title, int minutes) {
    return new LearningResource(ResourceKind.MICRO_COURSE, title, minutes);
  }

  /** A 1:1 mentor session on {@code topic}. */
  public static LearningResource mentor(LocalizedText topic) {
    return new LearningResource(ResourceKind.MENTOR, topic, null);
  }

  /** An invitation to a process-improvement workshop on {@code topic}. */
  public static LearningResource workshop(LocalizedText topic) {
    return new LearningResource(ResourceKind.WORKSHOP, topic, null);
  }

  /**
   * The Problems of this resource under {@code path}: those of the title; {@code minutes}
   * {@link Problem#REQUIRED} or {@link Problem#RANGE} for a micro-course, and
   * {@link Problem#INCONSISTENT} when another kind has minutes.
   */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path).addAll("title", title.problems(""));
    if (kind == ResourceKind.MICRO_COURSE) {
      if (minutes == null) {
        checks.present("minutes", null);
      } else {
        checks.atLeast("minutes", minutes, 1).atMost("minutes", minutes, MAX_MINUTES);
      }
    } else {
      checks.require(minutes == null, Problem.INCONSISTENT, "minutes", minutes,
          "must be absent unless kind is MICRO_COURSE");
    }
    return checks.problems();
  }

  /**
   * How a supervisor names the resource in a sentence, e.g. "the 15-minute micro-course “Answering
   * price objections”" or "15 分钟微课《价格异议的应对》".
   */
  public LocalizedText describe() {
    String zh = title.zhCn();
    String en = title.en();
    switch (kind) {
      case MICRO_COURSE:
        return LocalizedText.of(minutes + " 分钟微课《" + zh + "》",
            "the " + minutes + "-minute micro-course “" + en + "”");
      case MENTOR:
        return LocalizedText.of("一次关于" + zh + "的一对一导师辅导", "a 1:1 mentor session on " + en);
      default:
        return LocalizedText.of("受邀参加关于" + zh + "的流程改进工作坊",
            "an invitation to the process-improvement workshop on " + en);
    }
  }
}
