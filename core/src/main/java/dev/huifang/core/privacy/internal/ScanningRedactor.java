package dev.huifang.core.privacy.internal;

import dev.huifang.core.privacy.FingerprintKey;
import dev.huifang.core.privacy.HostPattern;
import dev.huifang.core.privacy.Masking;
import dev.huifang.core.privacy.PersonalInfoKind;
import dev.huifang.core.privacy.RedactedText;
import dev.huifang.core.privacy.RedactionPolicy;
import dev.huifang.core.privacy.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Redactor: e-mail addresses, numbers and known names by hand-written scans that look at each
 * character a bounded number of times, host patterns by {@link Matcher#find()}; then the findings
 * are ordered, overlaps dropped (first start wins, then the longer) and the masks written.
 */
public final class ScanningRedactor implements Redactor {

  private final RedactionPolicy policy;
  private final @Nullable FingerprintKey key;
  private final boolean emails;
  private final boolean numbers;
  private final NumberScanner numberScanner;
  private final Pattern[] patterns;
  private final String[] patternRules;
  private final @Nullable KnownNames names;

  /** A Redactor of a checked policy, with an optional key for tokens. */
  public ScanningRedactor(RedactionPolicy policy, @Nullable FingerprintKey key) {
    this.policy = policy;
    this.key = key;
    this.emails = policy.masks(PersonalInfoKind.EMAIL);
    this.numberScanner = new NumberScanner(policy.masks(PersonalInfoKind.MOBILE),
        policy.masks(PersonalInfoKind.RESIDENT_ID), policy.masks(PersonalInfoKind.BANK_CARD));
    this.numbers = numberScanner.active();
    List<HostPattern> hostPatterns =
        policy.masks(PersonalInfoKind.HOST_PATTERN) ? policy.patterns() : List.of();
    this.patterns = new Pattern[hostPatterns.size()];
    this.patternRules = new String[hostPatterns.size()];
    for (int i = 0; i < patterns.length; i++) {
      patterns[i] = Pattern.compile(hostPatterns.get(i).regex());
      patternRules[i] = "host pattern " + hostPatterns.get(i).name();
    }
    this.names = policy.masks(PersonalInfoKind.NAME) && !policy.knownNames().isEmpty()
        ? new KnownNames(policy.knownNames())
        : null;
  }

  @Override
  public RedactionPolicy policy() {
    return policy;
  }

  @Override
  public RedactedText redact(String text) {
    Findings findings = new Findings();
    if (emails) {
      EmailScanner.scan(text, findings);
    }
    if (numbers) {
      numberScanner.scan(text, findings);
    }
    for (int p = 0; p < patterns.length; p++) {
      Matcher matcher = patterns[p].matcher(text);
      while (matcher.find()) {
        if (matcher.end() > matcher.start()) {
          int first = text.codePointAt(matcher.start());
          findings.add(PersonalInfoKind.HOST_PATTERN, matcher.start(), matcher.end(),
              new StringBuilder().appendCodePoint(first).append("***").toString(),
              patternRules[p]);
        }
      }
    }
    if (names != null) {
      names.scan(text, findings);
    }
    if (findings.isEmpty()) {
      return RedactedText.clean(text);
    }
    return findings.apply(text, key);
  }

  @Override
  public String toString() {
    return "Redactor[" + policy + (key == null ? "" : ", with fingerprints") + "]";
  }

  /** The findings of one call, before overlaps are resolved. */
  static final class Findings {
    private final ArrayList<Finding> all = new ArrayList<>(4);

    void add(PersonalInfoKind kind, int start, int end, String mask, String rule) {
      all.add(new Finding(kind, start, end, mask, rule));
    }

    boolean isEmpty() {
      return all.isEmpty();
    }

    RedactedText apply(String text, @Nullable FingerprintKey key) {
      all.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start)
          : Integer.compare(b.end, a.end));
      List<Finding> kept = new ArrayList<>(all.size());
      int copied = 0;
      for (Finding finding : all) {
        if (finding.start >= copied) {
          kept.add(finding);
          copied = finding.end;
        }
      }
      List<String> tokens = null;
      if (key != null) {
        List<PersonalInfoKind> kinds = new ArrayList<>(kept.size());
        List<String> values = new ArrayList<>(kept.size());
        for (Finding finding : kept) {
          kinds.add(finding.kind);
          values.add(text.substring(finding.start, finding.end));
        }
        tokens = key.tokens(kinds, values);
      }
      StringBuilder out = new StringBuilder(text.length());
      StringBuilder keyed = tokens == null ? null : new StringBuilder(text.length());
      List<Masking> maskings = new ArrayList<>(kept.size());
      copied = 0;
      for (int i = 0; i < kept.size(); i++) {
        Finding finding = kept.get(i);
        out.append(text, copied, finding.start);
        int maskedStart = out.length();
        out.append(finding.mask);
        String token = tokens == null ? null : tokens.get(i);
        if (keyed != null) {
          keyed.append(text, copied, finding.start)
              .append('[').append(finding.kind.name()).append(':').append(token).append(']');
        }
        maskings.add(new Masking(finding.kind, finding.start, finding.end, maskedStart,
            out.length(), finding.rule, token));
        copied = finding.end;
      }
      out.append(text, copied, text.length());
      String masked = out.toString();
      String keyedText = masked;
      if (keyed != null) {
        keyed.append(text, copied, text.length());
        keyedText = keyed.toString();
      }
      return new RedactedText(masked, keyedText, maskings);
    }
  }

  /** One finding: where, which kind, its mask and the rule that recognised it. */
  private record Finding(PersonalInfoKind kind, int start, int end, String mask, String rule) {}
}
