package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Dimension;

/**
 * A learning resource matched to a dimension, and why.
 *
 * @param dimension the dimension it serves
 * @param resource the resource
 * @param fallback true when the catalogue had no entry for the dimension and its general fallback
 *     was used (flagged {@link ScriptFlag#RESOURCE_FALLBACK})
 * @param reason the rule that chose it
 */
public record ResourceMatch(Dimension dimension, LearningResource resource, boolean fallback,
    String reason) {

  /**
   * Creates a match.
   *
   * @throws NullPointerException if any argument is null
   */
  public ResourceMatch {
    requireNonNull(dimension, "dimension is null");
    requireNonNull(resource, "resource is null");
    requireNonNull(reason, "reason is null");
  }
}
