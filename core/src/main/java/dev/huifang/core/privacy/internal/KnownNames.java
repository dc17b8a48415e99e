package dev.huifang.core.privacy.internal;

import dev.huifang.core.privacy.PersonalInfoKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's known names, indexed by their first character so that a text is scanned once: a bit
 * per possible first character rules out almost every position at the cost of one array read.
 * Names written in Latin letters match ignoring case and only as whole words; other names (Chinese)
 * match anywhere, longest first.
 */
final class KnownNames {

  private final long[] firstChars = new long[1024];
  private final Map<Character, Name[]> byFirstChar = new HashMap<>();

  KnownNames(List<String> names) {
    Map<Character, List<Name>> grouped = new HashMap<>();
    for (String raw : names) {
      String name = raw.strip();
      char first = Character.toLowerCase(name.charAt(0));
      firstChars[first >>> 6] |= 1L << (first & 63);
      grouped.computeIfAbsent(first, c -> new ArrayList<>()).add(new Name(name));
    }
    grouped.forEach((first, list) -> {
      list.sort(Comparator.comparingInt((Name name) -> name.text.length()).reversed());
      byFirstChar.put(first, list.toArray(new Name[0]));
    });
  }

  void scan(String text, ScanningRedactor.Findings findings) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((firstChars[c >>> 6] & (1L << (c & 63))) == 0) {
        i++;
        continue;
      }
      int matched = 0;
      // The bit set above says a name starts with c, so its list is there.
      Name[] candidates = java.util.Objects.requireNonNull(byFirstChar.get(c));
      for (Name name : candidates) {
        if (name.matchesAt(text, i)) {
          findings.add(PersonalInfoKind.NAME, i, i + name.text.length(), name.mask,
              PersonalInfoKind.NAME.rule());
          matched = name.text.length();
          break;
        }
      }
      i += Math.max(1, matched);
    }
  }

  /** One name with its mask. */
  private static final class Name {
    final String text;
    final boolean latin;
    final String mask;

    Name(String text) {
      this.text = text;
      this.latin = text.chars().allMatch(c -> c < 0x2E80);
      int codePoints = text.codePointCount(0, text.length());
      StringBuilder mask = new StringBuilder().appendCodePoint(text.codePointAt(0));
      this.mask = mask.append(latin ? "*" : "*".repeat(Math.min(codePoints - 1, 2))).toString();
    }

    boolean matchesAt(String text, int at) {
      if (!text.regionMatches(latin, at, this.text, 0, this.text.length())) {
        return false;
      }
      if (!latin) {
        return true;
      }
      int after = at + this.text.length();
      return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)));
    }
  }
}
