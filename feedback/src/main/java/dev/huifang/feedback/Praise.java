package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The first part of a sandwich script: praise of a concrete strength with its evidence.
 *
 * <p>Rule: praise is either evidence-backed (a {@link #citation()}) or explicitly flagged as weak
 * (an acknowledgement of effort or attendance, no citation); never both, never neither.
 *
 * @param text what the supervisor says
 * @param weak true when no evidence-backed strength existed
 * @param citation the Finding and evidence praised; null exactly when weak
 * @param reason why this content was chosen: the rule and the numbers
 */
// jspecify is a compile-only annotation dependency; readers need not require it.
public record Praise(LocalizedText text, boolean weak, @Nullable Citation citation,
    String reason) {

  /**
   * Creates the praise.
   *
   * @throws NullPointerException if text or reason is null
   * @throws IllegalArgumentException if weak praise has a citation or strong praise has none
   */
  public Praise {
    requireNonNull(text, "text is null");
    requireNonNull(reason, "reason is null");
    if (weak == (citation != null)) {
      throw new IllegalArgumentException("citation: must be present exactly when praise is not weak");
    }
  }
}
