package dev.huifang.core.privacy.internal;

import dev.huifang.core.privacy.PersonalInfoKind;

/**
 * Finds e-mail addresses by looking left and right of each {@code @}: a local part of ASCII
 * letters, digits and {@code . _ % + -}, then a domain of labels with a top-level domain of two or
 * more letters. Neither side contains {@code @}, so each character is looked at a bounded number
 * of times and the scan is linear.
 */
final class EmailScanner {

  private EmailScanner() {}

  static void scan(String text, ScanningRedactor.Findings findings) {
    int n = text.length();
    int floor = 0;
    int at = text.indexOf('@');
    while (at >= 0) {
      int next = at + 1;
      int start = at;
      while (start > floor && isLocal(text.charAt(start - 1))) {
        start--;
      }
      while (start < at && text.charAt(start) == '.') {
        start++;
      }
      int end = at + 1;
      while (end < n && isDomain(text.charAt(end))) {
        end++;
      }
      while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
        end--;
      }
      if (start < at && validDomain(text, at + 1, end)) {
        findings.add(PersonalInfoKind.EMAIL, start, end,
            text.charAt(start) + "***" + text.substring(at, end),
            PersonalInfoKind.EMAIL.rule());
        floor = end;
        next = end;
      }
      at = next < n ? text.indexOf('@', next) : -1;
    }
  }

  /** Labels of letters, digits and inner hyphens, separated by single dots; a lettered TLD. */
  private static boolean validDomain(String text, int from, int to) {
    int lastDot = -1;
    int labelStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '.') {
        if (i == labelStart || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
          return false;
        }
        if (i < to) {
          lastDot = i;
        }
        labelStart = i + 1;
      }
    }
    if (lastDot < 0 || to - lastDot - 1 < 2) {
      return false;
    }
    for (int i = lastDot + 1; i < to; i++) {
      if (!isAsciiLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLocal(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isDomain(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
