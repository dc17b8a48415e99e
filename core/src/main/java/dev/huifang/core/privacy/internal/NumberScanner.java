package dev.huifang.core.privacy.internal;

import dev.huifang.core.privacy.PersonalInfoKind;
import java.util.Arrays;

/**
 * Finds mobile, resident identity and bank card numbers in one pass over the text, without
 * regular expressions.
 *
 * <p>A <em>run</em> is a sequence of digit groups joined by single spaces or hyphens
 * ({@code 138 1234-5678}), optionally after a {@code +}. A run that touches a letter, a digit or
 * an underscore on either side (or a decimal point before a digit) is part of a longer token and
 * cannot start or end a finding there. Findings are unions of whole groups, never part of a group,
 * so digits inside a longer number are left alone. From each group, the longest union of at most
 * 19 digits that passes a rule wins. ASCII and full-width digits count alike.
 */
final class NumberScanner {

  private static final int MAX_DIGITS = 19;
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  /** The check value for each weighted sum modulo 11; 10 stands for X. */
  private static final int[] ID_CHECK = {1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2};
  /** Province-level region codes of GB/T 2260 that start resident identity numbers. */
  private static final boolean[] REGIONS = new boolean[100];

  static {
    int[] codes = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
        46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (int code : codes) {
      REGIONS[code] = true;
    }
  }

  private final boolean mobile;
  private final boolean residentId;
  private final boolean bankCard;

  NumberScanner(boolean mobile, boolean residentId, boolean bankCard) {
    this.mobile = mobile;
    this.residentId = residentId;
    this.bankCard = bankCard;
  }

  boolean active() {
    return mobile || residentId || bankCard;
  }

  void scan(String text, ScanningRedactor.Findings findings) {
    int n = text.length();
    Run run = null;
    int i = 0;
    while (i < n) {
      if (digit(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      if (run == null) {
        run = new Run();
      }
      i = run.read(text, i);
      run.match(text, findings);
    }
  }

  /** The value of an ASCII or full-width digit, or -1. */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\uFF10' && c <= '\uFF19') {
      return c - '\uFF10';
    }
    return -1;
  }

  /** Letters, digits and underscores glue numbers into longer tokens. */
  static boolean isWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || digit(c) >= 0
        || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A');
  }

  /** True when the character at {@code before}, just left of a run, lets a finding start. */
  private static boolean leftBoundary(String text, int before) {
    char c = text.charAt(before);
    if (isWord(c)) {
      return false;
    }
    boolean joiner = c == '.' || c == '-' || c == '/' || c == ',';
    return !(joiner && before > 0 && isWord(text.charAt(before - 1)));
  }

  /** True when the character at {@code after}, just right of a group, lets a finding end. */
  private static boolean rightBoundary(String text, int after) {
    char c = text.charAt(after);
    if (isWord(c)) {
      return false;
    }
    boolean joiner = c == '.' || c == '-' || c == '/' || c == ',';
    return !(joiner && after + 1 < text.length() && isWord(text.charAt(after + 1)));
  }

  /** One run of digit groups; its arrays are reused for every run of one text. */
  private final class Run {
    private int[] values = new int[32];
    private int[] positions = new int[32];
    private int digits;
    private int[] groupFirst = new int[8];
    private boolean[] groupEndOk = new boolean[8];
    private boolean[] groupX = new boolean[8];
    private char[] groupSeparator = new char[8];
    private int groups;
    private boolean plus;
    private boolean leftOk;
    private int start;

    /** Reads the run whose first digit is at {@code i}; returns the index after it. */
    int read(String text, int i) {
      int n = text.length();
      digits = 0;
      groups = 0;
      plus = i > 0 && text.charAt(i - 1) == '+';
      int before = plus ? i - 2 : i - 1;
      leftOk = before < 0 || leftBoundary(text, before);
      start = plus ? i - 1 : i;
      int j = i;
      while (true) {
        if (groups == groupFirst.length) {
          groupFirst = Arrays.copyOf(groupFirst, groups * 2);
          groupEndOk = Arrays.copyOf(groupEndOk, groups * 2);
          groupX = Arrays.copyOf(groupX, groups * 2);
          groupSeparator = Arrays.copyOf(groupSeparator, groups * 2);
        }
        groupFirst[groups] = digits;
        while (j < n) {
          int d = digit(text.charAt(j));
          if (d < 0) {
            break;
          }
          if (digits == values.length) {
            values = Arrays.copyOf(values, digits * 2);
            positions = Arrays.copyOf(positions, digits * 2);
          }
          values[digits] = d;
          positions[digits++] = j;
          j++;
        }
        boolean x = j < n && (text.charAt(j) == 'X' || text.charAt(j) == 'x')
            && (j + 1 >= n || !isWord(text.charAt(j + 1)));
        if (x) {
          j++;
        }
        groupX[groups] = x;
        boolean joined = !x && j + 1 < n && (text.charAt(j) == ' ' || text.charAt(j) == '-')
            && digit(text.charAt(j + 1)) >= 0;
        groupEndOk[groups] = j >= n || joined || rightBoundary(text, j);
        groupSeparator[groups] = joined ? text.charAt(j) : 0;
        groups++;
        if (!joined) {
          return j;
        }
        j++;
      }
    }

    /**
     * Tries every group as a start. A hyphen glues groups into one token when the run touches a
     * word on that side ({@code SO-20230601-13812345678}); a space never does.
     */
    void match(String text, ScanningRedactor.Findings findings) {
      boolean rightOk = groupEndOk[groups - 1];
      int s = 0;
      while (s < groups) {
        if (s == 0 ? !leftOk : groupSeparator[s - 1] != ' ' && !leftOk) {
          s++;
          continue;
        }
        int first = groupFirst[s];
        int e = s;
        while (e + 1 < groups && end(e + 1) - first <= MAX_DIGITS) {
          e++;
        }
        int matched = -1;
        for (; e >= s && matched < 0; e--) {
          boolean endOk = e == groups - 1 ? rightOk : groupSeparator[e] == ' ' || rightOk;
          if (endOk && classify(text, s, e, findings)) {
            matched = e;
          }
        }
        s = matched >= 0 ? matched + 1 : s + 1;
      }
    }

    /** The digit index after group {@code g}. */
    private int end(int g) {
      return g + 1 < groups ? groupFirst[g + 1] : digits;
    }

    /** Adds a finding for groups {@code s..e} when they pass a rule. */
    private boolean classify(String text, int s, int e, ScanningRedactor.Findings findings) {
      int first = groupFirst[s];
      int length = end(e) - first;
      if (groupX[e]) {
        if (residentId && length == 17 && validId(first, 10)) {
          int end = positions[first + 16] + 2;
          findings.add(PersonalInfoKind.RESIDENT_ID, positions[first], end,
              idMask(text, first, text.charAt(end - 1)), PersonalInfoKind.RESIDENT_ID.rule());
          return true;
        }
        return false;
      }
      if (residentId && length == 18 && validId(first, values[first + 17])) {
        findings.add(PersonalInfoKind.RESIDENT_ID, positions[first], positions[first + 17] + 1,
            idMask(text, first, text.charAt(positions[first + 17])),
            PersonalInfoKind.RESIDENT_ID.rule());
        return true;
      }
      if (mobile) {
        int from = -1;
        if (length == 11) {
          from = first;
        } else if (length == 13 && s == 0 && plus && values[first] == 8 && values[first + 1] == 6) {
          from = first + 2;
        } else if (length == 15 && values[first] == 0 && values[first + 1] == 0
            && values[first + 2] == 8 && values[first + 3] == 6) {
          from = first + 4;
        }
        if (from >= 0 && values[from] == 1 && values[from + 1] >= 3) {
          int startAt = from == first + 2 ? start : positions[first];
          StringBuilder mask = new StringBuilder(16)
              .append(text, startAt, positions[from]);
          keep(text, mask, from, 3).append("****");
          keep(text, mask, from + 7, 4);
          findings.add(PersonalInfoKind.MOBILE, startAt, positions[from + 10] + 1,
              mask.toString(), PersonalInfoKind.MOBILE.rule());
          return true;
        }
      }
      if (bankCard && length >= 16 && length <= 19 && cardPrefix(values[first] * 10 + values[first + 1])
          && luhn(first, length)) {
        StringBuilder mask = new StringBuilder(length);
        keep(text, mask, first, 4);
        mask.append("*".repeat(length - 8));
        keep(text, mask, first + length - 4, 4);
        findings.add(PersonalInfoKind.BANK_CARD, positions[first],
            positions[first + length - 1] + 1, mask.toString(), PersonalInfoKind.BANK_CARD.rule());
        return true;
      }
      return false;
    }

    private StringBuilder keep(String text, StringBuilder mask, int from, int count) {
      for (int k = from; k < from + count; k++) {
        mask.append(text.charAt(positions[k]));
      }
      return mask;
    }

    private String idMask(String text, int first, char check) {
      StringBuilder mask = new StringBuilder(18);
      keep(text, mask, first, 3).append("***********");
      return keep(text, mask, first + 14, 3).append(check).toString();
    }

    /** Region, birth date and GB 11643 check value ({@code check}, 10 for X). */
    private boolean validId(int first, int check) {
      if (!REGIONS[values[first] * 10 + values[first + 1]]) {
        return false;
      }
      int year = number(first + 6, 4);
      int month = number(first + 10, 2);
      int day = number(first + 12, 2);
      if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1
          || day > daysIn(year, month)) {
        return false;
      }
      int sum = 0;
      for (int k = 0; k < 17; k++) {
        sum += values[first + k] * ID_WEIGHTS[k];
      }
      return ID_CHECK[sum % 11] == check;
    }

    private int number(int from, int count) {
      int value = 0;
      for (int k = from; k < from + count; k++) {
        value = value * 10 + values[k];
      }
      return value;
    }

    private boolean luhn(int first, int length) {
      int sum = 0;
      for (int k = 0; k < length; k++) {
        int d = values[first + length - 1 - k];
        if ((k & 1) == 1) {
          d *= 2;
          if (d > 9) {
            d -= 9;
          }
        }
        sum += d;
      }
      return sum % 10 == 0;
    }
  }

  /**
   * Issuer prefixes of cards used in China: Visa 4, Mastercard 51-55, JCB 35, UnionPay 62 and 60,
   * Discover 65, and the 95 of older domestic debit cards (9558). Order numbers starting with a year
   * (2026...) are not cards.
   */
  private static boolean cardPrefix(int firstTwo) {
    return firstTwo / 10 == 4 || (firstTwo >= 51 && firstTwo <= 55) || firstTwo == 35
        || firstTwo == 60 || firstTwo == 62 || firstTwo == 65 || firstTwo == 95;
  }

  private static int daysIn(int year, int month) {
    switch (month) {
      case 2:
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }
}
