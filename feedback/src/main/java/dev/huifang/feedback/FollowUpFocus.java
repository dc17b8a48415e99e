package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;

/**
 * What the next follow-up of the worker should look at first.
 *
 * @param dimension the dimension to focus on
 * @param text the suggestion, for supervisor and worker
 * @param reason the rule and numbers that chose it
 */
public record FollowUpFocus(Dimension dimension, LocalizedText text, String reason) {

  /**
   * Creates a focus.
   *
   * @throws NullPointerException if any argument is null
   */
  public FollowUpFocus {
    requireNonNull(dimension, "dimension is null");
    requireNonNull(text, "text is null");
    requireNonNull(reason, "reason is null");
  }
}
