/**
 * Personal information in Huifang's free text: finding and masking it before text is shared
 * ({@link dev.huifang.core.privacy.Redactor}), deciding per output whether to mask
 * ({@link dev.huifang.core.privacy.DisclosurePolicy}), matching repeat complaints without the raw
 * values ({@link dev.huifang.core.privacy.FingerprintKey}) and describing what to erase when data
 * has been kept long enough ({@link dev.huifang.core.privacy.RetentionTerms}).
 *
 * <p>Everything here is pure and deterministic: no clock, no randomness, no I/O. Results say what
 * was masked (kind, position, rule) and never the value itself, so they can be logged.
 */
@NullMarked
@HuifangStyle
package dev.huifang.core.privacy;

import dev.huifang.core.HuifangStyle;
import org.jspecify.annotations.NullMarked;
