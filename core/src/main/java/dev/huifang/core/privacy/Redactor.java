package dev.huifang.core.privacy;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.privacy.internal.ScanningRedactor;

/**
 * Finds personal information in free text in zh-CN and en and masks it, keeping the text readable
 * ({@code 138****5678}, {@code 张*}, {@code z***@example.com}).
 *
 * <p>The rules of each kind are in {@link PersonalInfoKind}; which kinds, patterns and names apply
 * is the {@link RedactionPolicy}. Numbers are recognised by a hand-written single pass over the
 * text, so redaction takes time linear in its length (host patterns excepted, which run as
 * regular expressions). A number inside a longer run of digits or letters (an order number, an
 * extension after {@code 转} or {@code ext.}) is left alone, and identity and card numbers must
 * pass their checksum. Where two findings overlap, the one that starts first wins, then the
 * longer.
 *
 * <p>A Redactor is immutable, thread-safe and deterministic: the same text gives the same result.
 * Tests: {@code RedactorExamplesTest} and {@code RedactorPropertiesTest} in core.
 */
public interface Redactor {

  /** A Redactor of {@link RedactionPolicy#defaults()}, without fingerprints. */
  static Redactor defaults() {
    return of(RedactionPolicy.defaults());
  }

  /** A Redactor of {@code policy} (already valid: it is an immutable, checked value). */
  static Redactor of(RedactionPolicy policy) {
    return new ScanningRedactor(requireNonNull(policy, "policy is null"), null);
  }

  /**
   * A Redactor of {@code policy} that gives every masking a keyed token ({@link Masking#token()})
   * and fills {@link RedactedText#keyedText()}.
   */
  static Redactor of(RedactionPolicy policy, FingerprintKey key) {
    return new ScanningRedactor(requireNonNull(policy, "policy is null"),
        requireNonNull(key, "key is null"));
  }

  /** The policy this Redactor applies. */
  RedactionPolicy policy();

  /**
   * Masks every piece of personal information in {@code text}.
   *
   * @return the masked text and what was masked; {@link RedactedText#clean(String)} when nothing
   *     was found
   * @throws NullPointerException if text is null
   */
  RedactedText redact(String text);
}
