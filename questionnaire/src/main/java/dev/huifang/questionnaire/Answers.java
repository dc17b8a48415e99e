package dev.huifang.questionnaire;

import dev.huifang.core.QuestionId;
import org.jspecify.annotations.Nullable;

/** The answers given so far, as conditions read them: the answer to a question, or null. */
@FunctionalInterface
public interface Answers {

  /** The answer to {@code question}, or {@code null} when it has none. */
  @Nullable Answer get(QuestionId question);
}
