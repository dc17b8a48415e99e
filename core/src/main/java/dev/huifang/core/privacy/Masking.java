package dev.huifang.core.privacy;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One piece of personal information a {@link Redactor} masked: its kind, where it was and where
 * its mask is, and the rule that recognised it; never the value itself.
 *
 * <p>Positions are {@code char} indexes, {@code start} inclusive and {@code end} exclusive.
 *
 * @param kind what was masked
 * @param start where the value started in the original text
 * @param end where the value ended in the original text
 * @param maskedStart where its mask starts in {@link RedactedText#text()}
 * @param maskedEnd where its mask ends in {@link RedactedText#text()}
 * @param rule the rule that recognised it, e.g. {@link PersonalInfoKind#rule()}, or
 *     {@code host pattern wechat} for a host pattern
 * @param token the keyed fingerprint of the value when the Redactor has a {@link FingerprintKey}:
 *     the same value gives the same token under the same key, so repeat complaints can be matched
 *     on redacted text; {@code null} without a key
 */
public record Masking(PersonalInfoKind kind, int start, int end, int maskedStart, int maskedEnd,
    String rule, @Nullable String token) {

  /**
   * Creates a masking.
   *
   * @throws NullPointerException if kind or rule is null
   * @throws IllegalArgumentException if a span is empty or reversed
   */
  public Masking {
    requireNonNull(kind, "kind is null");
    requireNonNull(rule, "rule is null");
    if (start < 0 || end <= start || maskedStart < 0 || maskedEnd <= maskedStart) {
      throw new IllegalArgumentException("span: must be non-empty and not negative, was ["
          + start + ", " + end + ") masked as [" + maskedStart + ", " + maskedEnd + ")");
    }
  }

  /** The length of the masked value in the original text. */
  public int length() {
    return end - start;
  }
}
