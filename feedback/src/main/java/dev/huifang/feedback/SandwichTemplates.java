package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Template;
import io.vavr.collection.Seq;
import java.util.List;

/**
 * The templates of one audience's sandwich script, one per part.
 *
 * <p>Each part may use only its own placeholders (the {@code *_PLACEHOLDERS} constants);
 * {@link #problems(String)} reports any other as {@link Problem#UNKNOWN}, before anything is
 * filled.
 *
 * @param opening the optional opening line (no placeholders)
 * @param praise praise of an evidence-backed strength
 * @param weakPraise acknowledgement of effort or attendance when no strength has evidence
 * @param concern one problem with its impact
 * @param stretchConcern a stretch goal when no weakness or risk was found
 * @param encouragement encouragement with a next step and a resource
 * @param closing the optional closing line (no placeholders)
 */
public record SandwichTemplates(Template opening, Template praise, Template weakPraise,
    Template concern, Template stretchConcern, Template encouragement, Template closing) {

  /** Placeholders of {@link #praise()}: the strength, its evidence and its dimension's name. */
  public static final List<String> PRAISE_PLACEHOLDERS = List.of("strength", "evidence", "dimension");
  /** Placeholders of {@link #concern()}. */
  public static final List<String> CONCERN_PLACEHOLDERS =
      List.of("problem", "impact", "evidence", "dimension");
  /** Placeholders of {@link #stretchConcern()}. */
  public static final List<String> STRETCH_PLACEHOLDERS =
      List.of("strength", "evidence", "dimension");
  /** Placeholders of {@link #encouragement()}. */
  public static final List<String> ENCOURAGEMENT_PLACEHOLDERS =
      List.of("nextStep", "resource", "dimension");

  /**
   * Creates the templates.
   *
   * @throws NullPointerException if any template is null
   */
  public SandwichTemplates {
    requireNonNull(opening, "opening is null");
    requireNonNull(praise, "praise is null");
    requireNonNull(weakPraise, "weakPraise is null");
    requireNonNull(concern, "concern is null");
    requireNonNull(stretchConcern, "stretchConcern is null");
    requireNonNull(encouragement, "encouragement is null");
    requireNonNull(closing, "closing is null");
  }

  /** These templates with the praise replaced. */
  public SandwichTemplates withPraise(Template praise) {
    return new SandwichTemplates(opening, praise, weakPraise, concern, stretchConcern,
        encouragement, closing);
  }

  /** These templates with the problem template replaced. */
  public SandwichTemplates withConcern(Template concern) {
    return new SandwichTemplates(opening, praise, weakPraise, concern, stretchConcern,
        encouragement, closing);
  }

  /** These templates with the encouragement replaced. */
  public SandwichTemplates withEncouragement(Template encouragement) {
    return new SandwichTemplates(opening, praise, weakPraise, concern, stretchConcern,
        encouragement, closing);
  }

  /**
   * The Problems of these templates under {@code path}: each template's own (blank or missing
   * locale, malformed placeholder) and one {@link Problem#UNKNOWN} per placeholder its part does not
   * provide, e.g. {@code byAudience.WORKER.praise: must use only known placeholders [...], was
   * "{salary}"}.
   */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path);
    check(checks, "opening", opening, List.of());
    check(checks, "praise", praise, PRAISE_PLACEHOLDERS);
    check(checks, "weakPraise", weakPraise, List.of());
    check(checks, "concern", concern, CONCERN_PLACEHOLDERS);
    check(checks, "stretchConcern", stretchConcern, STRETCH_PLACEHOLDERS);
    check(checks, "encouragement", encouragement, ENCOURAGEMENT_PLACEHOLDERS);
    check(checks, "closing", closing, List.of());
    return checks.problems();
  }

  private static void check(Checklist checks, String field, Template template, List<String> known) {
    checks.addAll(field, template.problems(""));
    checks.addAll(field, template.unknownPlaceholders("", known));
  }
}
