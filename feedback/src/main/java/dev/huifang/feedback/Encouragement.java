package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;

/**
 * The last part of a sandwich script: encouragement with a concrete next step, tied to the first
 * problem's dimension and to a matched learning resource.
 *
 * @param text what the supervisor says
 * @param dimension the dimension of the problem it answers
 * @param resource the matched learning resource
 * @param resourceFallback true when the catalogue had no entry for the dimension and its general
 *     fallback was used (flagged {@link ScriptFlag#RESOURCE_FALLBACK})
 * @param reason why this content was chosen
 */
public record Encouragement(LocalizedText text, Dimension dimension, LearningResource resource,
    boolean resourceFallback, String reason) {

  /**
   * Creates the encouragement.
   *
   * @throws NullPointerException if any argument is null
   */
  public Encouragement {
    requireNonNull(text, "text is null");
    requireNonNull(dimension, "dimension is null");
    requireNonNull(resource, "resource is null");
    requireNonNull(reason, "reason is null");
  }
}
