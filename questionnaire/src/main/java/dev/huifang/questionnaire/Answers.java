package dev.huifang.questionnaire;

import dev.huifang.core.QuestionId;
import org.jspecify.annotations.Nullable;

/**
 * The answers given so far, as conditions read them: the answer to a question, or null; and, in a
 * run, the satisfaction percentage and the stratum, which {@code satisfaction} and {@code stratum}
 * conditions read (a plain lookup has neither, so those conditions are false on it).
 */
@FunctionalInterface
public interface Answers {

  /** The answer to {@code question}, or {@code null} when it has none. */
  @Nullable Answer get(QuestionId question);

  /** The satisfaction percentage the run computes, or {@code null} when there is none. */
  default @Nullable Double satisfactionPercent() {
    return null;
  }

  /** The stratum of the questionnaire answered, or {@code null} when unknown. */
  default @Nullable Stratum stratum() {
    return null;
  }
}
