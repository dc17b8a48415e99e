package dev.huifang.core.privacy;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A host-supplied secret that turns a piece of personal information into a stable keyed token
 * (HMAC-SHA256, the first 8 bytes in hex), so that analytics can tell that two cases name the same
 * phone number without either showing it.
 *
 * <p>The same kind and value give the same token under the same key, on every machine; without
 * the key the value cannot be recovered or guessed by trying numbers. Values are normalised first
 * ({@link #normalise(PersonalInfoKind, String)}): {@code +86 138-1234-5678} and
 * {@code 13812345678} give one token. Keep the key out of logs and rotate it like a password;
 * tokens made under different keys do not match. Its rule: at least {@value #MIN_BYTES} bytes.
 */
public final class FingerprintKey {

  /** The shortest key accepted, in bytes. */
  public static final int MIN_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Mac prototype;

  private FingerprintKey(byte[] secret) {
    try {
      prototype = Mac.getInstance(ALGORITHM);
      prototype.init(new SecretKeySpec(secret, ALGORITHM));
    } catch (GeneralSecurityException missing) {
      // Every Java platform must provide HmacSHA256.
      throw new IllegalStateException(ALGORITHM + " is not available", missing);
    }
  }

  /**
   * A key from {@code secret}, which is copied.
   *
   * @return the key, or a {@link Problem#RANGE} Problem when it is shorter than
   *     {@value #MIN_BYTES} bytes (the Problem gives the length, never the bytes)
   * @throws NullPointerException if secret is null
   */
  public static Validation<Seq<Problem>, FingerprintKey> of(byte[] secret) {
    requireNonNull(secret, "secret is null");
    if (secret.length < MIN_BYTES) {
      return Validation.invalid(io.vavr.collection.List.of(new Problem(Problem.RANGE, "secret",
          secret.length + " bytes", "must be at least " + MIN_BYTES + " bytes long")));
    }
    return Validation.valid(new FingerprintKey(Arrays.copyOf(secret, secret.length)));
  }

  /**
   * The value as it is fingerprinted: digits only for numbers (a mobile number without its +86 or
   * 0086), the check character in upper case for identity numbers, lower case for e-mail addresses
   * and names, white space collapsed for host patterns.
   */
  public static String normalise(PersonalInfoKind kind, String value) {
    requireNonNull(kind, "kind is null");
    requireNonNull(value, "value is null");
    switch (kind) {
      case MOBILE: {
        String digits = digits(value);
        return digits.length() > 11 ? digits.substring(digits.length() - 11) : digits;
      }
      case BANK_CARD:
        return digits(value);
      case RESIDENT_ID:
        return value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
      case EMAIL:
      case NAME:
        return value.strip().toLowerCase(Locale.ROOT);
      default:
        return value.strip().replaceAll("\\s+", " ");
    }
  }

  /**
   * The token of a value of {@code kind}: 16 hex digits, the same for the same kind and normalised
   * value under this key.
   */
  public String token(PersonalInfoKind kind, String value) {
    return tokenOfNormalised(kind, normalise(kind, value));
  }

  /**
   * The tokens of several values at once, {@code token(kinds.get(i), values.get(i))} for each
   * {@code i}, sharing one keyed-hash set-up: the way a {@link Redactor} tokens a whole text.
   *
   * @throws IllegalArgumentException if the lists differ in size
   */
  public List<String> tokens(List<PersonalInfoKind> kinds, List<String> values) {
    if (kinds.size() != values.size()) {
      throw new IllegalArgumentException("kinds and values: must be of the same size, were "
          + kinds.size() + " and " + values.size());
    }
    Mac mac = mac();
    String[] out = new String[kinds.size()];
    for (int i = 0; i < out.length; i++) {
      PersonalInfoKind kind = kinds.get(i);
      out[i] = hex(mac, kind.name(), normalise(kind, values.get(i)));
    }
    return List.of(out);
  }

  /** The token of a value already normalised as {@link #normalise} does. */
  public String tokenOfNormalised(PersonalInfoKind kind, String normalised) {
    return hex(mac(), kind.name(), normalised);
  }

  /**
   * The keyed fingerprint of a complaint described by {@code parts} (a category, then subject and
   * place as {@link RedactedText#keyedText()}): 16 hex digits, equal when every part is equal after
   * trimming, collapsing white space and lower-casing. Two cases about the same problem at the same
   * place by the same phone number match; the fingerprint shows none of them.
   */
  public String fingerprint(List<String> parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      joined.append(requireNonNull(part, "part is null").strip().replaceAll("\\s+", " ")
          .toLowerCase(Locale.ROOT)).append('\u001F');
    }
    return hex(mac(), "COMPLAINT", joined.toString());
  }

  /** The first 8 bytes of HMAC-SHA256 over {@code domain:value}, in hex. */
  private static String hex(Mac mac, String domain, String value) {
    mac.update(domain.getBytes(StandardCharsets.US_ASCII));
    mac.update((byte) ':');
    byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[16];
    for (int i = 0; i < 8; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out);
  }

  private Mac mac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException notCloneable) {
      throw new IllegalStateException(ALGORITHM + " cannot be copied", notCloneable);
    }
  }

  private static String digits(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      int digit = Character.digit(value.charAt(i), 10);
      if (digit >= 0) {
        out.append((char) ('0' + digit));
      }
    }
    return out.toString();
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "FingerprintKey[" + ALGORITHM + ", secret hidden]";
  }
}
