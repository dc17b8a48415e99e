package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Ratio;

/**
 * A reference from a part of a script or report back to the input {@link dev.huifang.core.Finding}
 * and the piece of evidence it rests on, so every praise and problem can be traced.
 *
 * @param findingIndex the index of the Finding in the caller's input list
 * @param evidenceIndex the index of the cited evidence within that Finding
 * @param dimension the Finding's dimension
 * @param polarity the Finding's polarity
 * @param magnitude the Finding's magnitude
 * @param perspective who made the observation ({@code SYSTEM} for a measured metric)
 * @param source the cited evidence's source, e.g. {@code question:promo.objection.price}
 * @param statement what the evidence shows, worded for people: a metric as its rounded score, a
 *     rating as who gave how many stars, an account in its author's words
 */
public record Citation(int findingIndex, int evidenceIndex, Dimension dimension, Polarity polarity,
    Ratio magnitude, Perspective perspective, String source, LocalizedText statement) {

  /**
   * Creates a citation.
   *
   * @throws NullPointerException if any reference is null
   * @throws IllegalArgumentException if an index is negative
   */
  public Citation {
    requireNonNull(dimension, "dimension is null");
    requireNonNull(polarity, "polarity is null");
    requireNonNull(magnitude, "magnitude is null");
    requireNonNull(perspective, "perspective is null");
    requireNonNull(source, "source is null");
    requireNonNull(statement, "statement is null");
    if (findingIndex < 0 || evidenceIndex < 0) {
      throw new IllegalArgumentException("findingIndex and evidenceIndex: must be >= 0");
    }
  }
}
