package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Polarity;
import dev.huifang.core.Ratio;
import java.util.List;

/**
 * One dimension of a capability report: a strength or a development area, with every Finding it
 * rests on.
 *
 * @param dimension the dimension
 * @param name its name for the worker
 * @param polarity {@link Polarity#STRENGTH}, or for development areas the polarity of the strongest
 *     Finding ({@link Polarity#WEAKNESS} or {@link Polarity#RISK})
 * @param magnitude the largest magnitude among its Findings
 * @param summary the summary of the strongest Finding
 * @param citations every Finding of the dimension and side, strongest first
 * @param reason how it was ranked
 */
public record DimensionAssessment(Dimension dimension, LocalizedText name, Polarity polarity,
    Ratio magnitude, LocalizedText summary, List<Citation> citations, String reason) {

  /**
   * Creates an assessment.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if there is no citation
   */
  public DimensionAssessment {
    requireNonNull(dimension, "dimension is null");
    requireNonNull(name, "name is null");
    requireNonNull(polarity, "polarity is null");
    requireNonNull(magnitude, "magnitude is null");
    requireNonNull(summary, "summary is null");
    requireNonNull(reason, "reason is null");
    citations = List.copyOf(requireNonNull(citations, "citations is null"));
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("citations: must not be empty");
    }
  }
}
