package dev.huifang.questionnaire;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.huifang.core.Checklist;
import dev.huifang.core.Limits;
import dev.huifang.core.Dimension;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Template;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A question of a bank: situational text in zh-CN and en with placeholders filled from the
 * engagement, a type with its options, the dimension it measures, the strata it fits, its
 * priority, and whether it is a core indicator that every fitting questionnaire must ask.
 *
 * <p>Its rules: a valid id, version {@code >= 1}, a well-formed bilingual template, at least two
 * options with unique ids for choice types and none for the others, a positive estimated time,
 * priority within [0, 100], and a core question always shown and always required (no visibility
 * condition, no required condition, {@code required} true).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuestion.class)
@JsonDeserialize(as = ImmutableQuestion.class)
public abstract class Question {

  /** The highest priority. */
  public static final int MAX_PRIORITY = 100;

  Question() {}

  /** A builder; id, text, type and dimension are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Identifies the question. */
  public abstract QuestionId id();

  /** The version of its wording; 1 unless set. */
  @Value.Default
  public int version() {
    return 1;
  }

  /** The text, with placeholders such as {@code {product}} filled from the engagement. */
  @Value.Redacted
  public abstract Template text();

  /** The kind of answer it takes. */
  public abstract QuestionType type();

  /** The options of a choice question; empty for others. */
  public abstract List<AnswerOption> options();

  /** The estimated answering time in seconds, if it differs from the type's default. */
  public abstract @Nullable Integer estimatedSeconds();

  /** The dimension it measures. */
  public abstract Dimension dimension();

  /** The strata it fits; {@link Fit#ANY} unless set. */
  @Value.Default
  public Fit fit() {
    return Fit.ANY;
  }

  /** Its priority from 0 to 100; higher is asked first. 50 unless set. */
  @Value.Default
  public int priority() {
    return 50;
  }

  /** True for a core (mandatory) indicator, such as response speed. */
  @Value.Default
  public boolean core() {
    return false;
  }

  /** True when a visible question must be answered before the run is complete. */
  @Value.Default
  public boolean required() {
    return true;
  }

  /** True for a key question whose answer asks for a deep-dive ("biggest difficulty"). */
  @Value.Default
  public boolean key() {
    return false;
  }

  /** When the question is shown; always, if absent. */
  public abstract @Nullable AnswerCondition visibleIf();

  /**
   * When a visible question must be answered; if present it overrides {@link #required()}, as
   * SurveyJS's {@code requiredIf} overrides {@code isRequired}.
   */
  public abstract @Nullable AnswerCondition requiredIf();

  /**
   * Whether this question, when visible, must be answered given these answers: its
   * {@link #requiredIf()} when present, otherwise {@link #required()}.
   */
  public boolean requiredFor(Answers answers) {
    AnswerCondition condition = requiredIf();
    return condition != null ? condition.test(answers) : required();
  }

  /** The estimated answering time: its own, or the type's default. */
  public int seconds() {
    Integer own = estimatedSeconds();
    return own != null ? own : type().defaultSeconds();
  }

  @Value.Check
  final void check() {
    Checklist checks = Checklist.root().id("id", id()).atLeast("version", version(), 1)
        .addAll("text", text().problems("")).id("dimension", dimension())
        .require(priority() >= 0 && priority() <= MAX_PRIORITY, Problem.RANGE, "priority",
            priority(), "must be within [0, " + MAX_PRIORITY + "]");
    if (estimatedSeconds() != null) {
      checks.atLeast("estimatedSeconds", estimatedSeconds(), 1);
    }
    if (type().hasOptions()) {
      checks.require(options().size() >= 2, Problem.REQUIRED, "options", options().size(),
          "must hold at least 2 options for a " + type() + " question");
    } else {
      checks.require(options().isEmpty(), Problem.INCONSISTENT, "options", options().size(),
          "must be empty for a " + type() + " question");
    }
    Set<String> ids = new HashSet<>();
    java.util.Map<String, Integer> compared = new java.util.HashMap<>();
    for (int i = 0; i < options().size(); i++) {
      AnswerOption option = options().get(i);
      String at = Problem.index("options", i);
      boolean unique = ids.add(option.id());
      checks.notBlank(at + ".id", option.id()).addAll(at + ".label", option.label().problems(""))
          .require(unique, Problem.DUPLICATE, at + ".id", option.id(), "must be unique");
      Integer same = unique ? compared.putIfAbsent(surveyKey(option.id()), i) : null;
      checks.require(same == null, Problem.DUPLICATE, at + ".id", option.id(),
          "must differ from options[" + same + "] also trimmed, ignoring case and as a number,"
              + " as SurveyJS compares choices");
    }
    AnswerCondition visibleIf = visibleIf();
    AnswerCondition requiredIf = requiredIf();
    boolean shallow = true;
    if (visibleIf != null) {
      shallow &= !Limits.depthExceeds(visibleIf, AnswerCondition::children,
          Limits.MAX_CONDITION_DEPTH);
      checks.nestedAtMost("visibleIf", visibleIf, AnswerCondition::children,
          Limits.MAX_CONDITION_DEPTH);
    }
    if (requiredIf != null) {
      shallow &= !Limits.depthExceeds(requiredIf, AnswerCondition::children,
          Limits.MAX_CONDITION_DEPTH);
      checks.nestedAtMost("requiredIf", requiredIf, AnswerCondition::children,
          Limits.MAX_CONDITION_DEPTH);
    }
    if (core()) {
      checks.require(visibleIf == null, Problem.INCONSISTENT, "visibleIf",
          visibleIf == null || !shallow ? null : visibleIf.describe(),
          "must be absent: a core question is always shown")
          .require(requiredIf == null, Problem.INCONSISTENT, "requiredIf",
              requiredIf == null || !shallow ? null : requiredIf.describe(),
              "must be absent: a core question is always required")
          .require(required(), Problem.INCONSISTENT, "required", false,
              "must be true for a core question");
    }
    checks.throwIfAny("Question");
  }

  /** An option id as SurveyJS compares choices: trimmed, lower case, numbers by value. */
  private static String surveyKey(String id) {
    String trimmed = id.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      // parseDouble refuses empty text, so a parsed id has a last character
      double number = Double.parseDouble(trimmed);
      if (Double.isFinite(number)
          && (Character.isDigit(trimmed.charAt(trimmed.length() - 1)) || trimmed.endsWith("."))) {
        return "#" + AnswerCondition.canonical(number);
      }
    } catch (NumberFormatException notANumber) {
      // compared as text
    }
    return trimmed;
  }

  /** Builds a question; {@link #validate()} returns every Problem instead of throwing. */
  public static final class Builder extends ImmutableQuestion.Builder {
    Builder() {}

    /** The question, or every Problem of its attributes. */
    public Validation<Seq<Problem>, Question> validate() {
      return Validated.of(this::build);
    }
  }
}
