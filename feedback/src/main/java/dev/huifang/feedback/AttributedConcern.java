package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Ratio;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A concern (the weaknesses and risks of one dimension) after attribution: whose it is, who saw it,
 * and why.
 *
 * <p>Rules: a {@link Attribution#SYSTEM} concern names its {@link #systemCause()} and the
 * closed-loop {@link #caseCategory()} it becomes; the other attributions name neither. A
 * {@link Attribution#TO_VERIFY} concern's {@link #text()} is an open question for the next
 * follow-up, never a statement of fault.
 *
 * @param dimension the dimension
 * @param name its name for people
 * @param attribution whose concern it is
 * @param magnitude the largest magnitude among its Findings
 * @param perspectives who saw it, sorted ({@code SYSTEM} stands for a measured metric)
 * @param citations every Finding of the concern, largest first
 * @param systemCause the id of the {@link SystemCause} its evidence names, for SYSTEM only
 * @param caseCategory the closed-loop case category code it becomes, for SYSTEM only
 * @param text what to say or ask: the problem (WORKER), an open question (TO_VERIFY) or the case's
 *     description (SYSTEM)
 * @param reason why it was attributed so: the rule and who saw it
 */
// jspecify is a compile-only annotation dependency; readers need not require it.
public record AttributedConcern(Dimension dimension, LocalizedText name, Attribution attribution,
    Ratio magnitude, List<Perspective> perspectives, List<Citation> citations,
    @Nullable String systemCause, @Nullable String caseCategory, LocalizedText text,
    String reason) {

  /**
   * Creates an attributed concern.
   *
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if there is no citation, or the cause and category are not
   *     present exactly for a SYSTEM concern
   */
  public AttributedConcern {
    requireNonNull(dimension, "dimension is null");
    requireNonNull(name, "name is null");
    requireNonNull(attribution, "attribution is null");
    requireNonNull(magnitude, "magnitude is null");
    requireNonNull(text, "text is null");
    requireNonNull(reason, "reason is null");
    perspectives = List.copyOf(new TreeSet<>(requireNonNull(perspectives, "perspectives is null")));
    citations = List.copyOf(requireNonNull(citations, "citations is null"));
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("citations: must not be empty");
    }
    boolean system = attribution == Attribution.SYSTEM;
    if (system != (systemCause != null) || system != (caseCategory != null)) {
      throw new IllegalArgumentException(
          "systemCause, caseCategory: must be present exactly when attribution is SYSTEM");
    }
  }
}
