package dev.huifang.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The result of {@link Redactor#redact(String)}: the text with every piece of personal information
 * masked, and what was masked (kind, position, rule; never the value).
 *
 * <p>{@link #keyedText()} is the form analytics compare: each mask is replaced by its keyed token
 * ({@code [MOBILE:3f9a0c12d4e5b6a7]}) when the Redactor has a {@link FingerprintKey}, so two cases
 * naming the same phone number still look alike while neither shows the number. Without a key it
 * equals {@link #text()}.
 *
 * <p>{@code toString()} shows only the number of maskings and their kinds, never the text.
 *
 * @param text the text with readable masks such as {@code 138****5678} or {@code 张*}
 * @param keyedText the text with a keyed token per mask, or {@link #text()} without a key
 * @param maskings what was masked, in order of position
 */
public record RedactedText(String text, String keyedText, List<Masking> maskings) {

  /**
   * Creates a result; the maskings are copied.
   *
   * @throws NullPointerException if an argument or a masking is null
   */
  public RedactedText {
    requireNonNull(text, "text is null");
    requireNonNull(keyedText, "keyedText is null");
    maskings = List.copyOf(maskings);
  }

  /** A text in which nothing was found. */
  public static RedactedText clean(String text) {
    return new RedactedText(text, text, List.of());
  }

  /** True when nothing was masked. */
  @JsonIgnore
  public boolean isClean() {
    return maskings.isEmpty();
  }

  /** How many values of {@code kind} were masked. */
  public long count(PersonalInfoKind kind) {
    return maskings.stream().filter(m -> m.kind() == kind).count();
  }

  /** The distinct keyed tokens of the masked values, sorted; empty without a key. */
  public SortedSet<String> tokens() {
    TreeSet<String> tokens = new TreeSet<>();
    for (Masking masking : maskings) {
      if (masking.token() != null) {
        tokens.add(masking.token());
      }
    }
    return tokens;
  }

  /** Shows how many values of which kinds were masked, never the text. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("RedactedText[length=").append(text.length())
        .append(", maskings=").append(maskings.size());
    for (PersonalInfoKind kind : PersonalInfoKind.values()) {
      long count = count(kind);
      if (count > 0) {
        out.append(", ").append(kind).append('=').append(count);
      }
    }
    return out.append(']').toString();
  }
}
