package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Ratio;
import java.util.List;
import java.util.TreeSet;

/**
 * One dimension of a capability report: a strength or a development area, with every Finding it
 * rests on and the perspectives behind them.
 *
 * @param dimension the dimension
 * @param name its name for the worker
 * @param polarity {@link Polarity#STRENGTH}, or for development areas the polarity of the strongest
 *     Finding ({@link Polarity#WEAKNESS} or {@link Polarity#RISK})
 * @param magnitude the largest magnitude among its Findings
 * @param summary the summary of the strongest Finding
 * @param citations every Finding of the dimension and side, strongest first
 * @param perspectives who stood behind it, sorted ({@code SYSTEM} for a measured metric); a
 *     development area always has a measured metric or enough perspectives behind it
 * @param reason how it was ranked and, for a development area, why it is the worker's
 */
public record DimensionAssessment(Dimension dimension, LocalizedText name, Polarity polarity,
    Ratio magnitude, LocalizedText summary, List<Citation> citations,
    List<Perspective> perspectives, String reason) {

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
    perspectives = List.copyOf(new TreeSet<>(requireNonNull(perspectives, "perspectives is null")));
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("citations: must not be empty");
    }
  }
}
