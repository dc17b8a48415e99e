package dev.huifang.feedback.picture;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One spoke of a {@link RadarChart}: a capability with the worker's value and, if known, the team
 * mean, both on a 0 to 1 scale (1 at the rim).
 *
 * @param label the capability's name
 * @param value the worker's value in [0, 1]
 * @param teamMean the team's mean in [0, 1], or null when unknown
 */
// jspecify is a compile-only annotation dependency; readers need not require it.
public record RadarAxis(LocalizedText label, double value, @Nullable Double teamMean) {

  /**
   * Creates an axis; {@link RadarChart#validate} checks the ranges.
   *
   * @throws NullPointerException if label is null
   */
  public RadarAxis {
    requireNonNull(label, "label is null");
  }
}
