package dev.huifang.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of personal information in the formats people write it (with and without +86,
 * spaces and hyphens), of numbers that look alike but are not (wrong checksums, order numbers,
 * extensions), and of zh-CN and en filler text to embed them in.
 */
final class PersonalInfoGen {

  static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static final String ID_CHECK = "10X98765432";
  static final String[] REGIONS = {"110105", "310104", "440305", "510107", "330106", "650102"};
  static final String[] CARD_BINS = {"622202", "621700", "436742", "521899", "955880", "356833"};

  private static final String[] ZH = {"您好，", "客户反馈", "安装师傅迟到了", "请尽快联系", "电话是",
      "我的身份证", "卡号", "邮箱", "谢谢！", "冰箱节能功能没讲清楚", "订单已完成", "。", "，", " "};
  private static final String[] EN = {"Hello, ", "the customer said ", "please call ", "my card is ",
      "e-mail: ", "thanks! ", "the fridge arrived late", ". ", ", ", " ", "ID "};

  private PersonalInfoGen() {}

  /** The GB 11643 check character of 17 digits. */
  static char idCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK.charAt(sum % 11);
  }

  /** The Luhn check digit that completes {@code body}. */
  static char luhnCheck(String body) {
    int sum = 0;
    for (int k = 0; k < body.length(); k++) {
      int d = body.charAt(body.length() - 1 - k) - '0';
      if (k % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  /** 11 digits starting 13 to 19. */
  static Gen<String> mobileDigits() {
    return SourceDSL.integers().between(3, 9).zip(SourceDSL.longs().between(0, 999_999_999L),
        (second, rest) -> "1" + second + String.format(Locale.ROOT, "%09d", rest));
  }

  /** A mobile number as people write it: plain, grouped 3-4-4, with +86 or 0086. */
  static Gen<String> mobile() {
    return mobileDigits().zip(SourceDSL.integers().between(0, 6), (digits, style) -> {
      String a = digits.substring(0, 3);
      String b = digits.substring(3, 7);
      String c = digits.substring(7);
      switch (style) {
        case 1: return a + " " + b + " " + c;
        case 2: return a + "-" + b + "-" + c;
        case 3: return "+86 " + digits;
        case 4: return "+86" + digits;
        case 5: return "0086 " + a + " " + b + " " + c;
        case 6: return "+86-" + a + "-" + b + "-" + c;
        default: return digits;
      }
    });
  }

  /** 17 digits of a resident id: a real region, a valid birth date, a sequence number. */
  static Gen<String> idBody() {
    return SourceDSL.integers().between(0, REGIONS.length - 1)
        .zip(SourceDSL.integers().between(0, 365 * 100), SourceDSL.integers().between(0, 999),
            (region, days, sequence) -> {
              java.time.LocalDate birth = java.time.LocalDate.of(1930, 1, 1).plusDays(days);
              return REGIONS[region] + birth.toString().replace("-", "")
                  + String.format(Locale.ROOT, "%03d", sequence);
            });
  }

  /** An 18-character resident id with its valid check character (sometimes X or x). */
  static Gen<String> residentId() {
    return idBody().zip(SourceDSL.booleans().all(), (body, lower) -> {
      String id = body + idCheck(body);
      return lower ? id.replace('X', 'x') : id;
    });
  }

  /** A resident id whose check character is wrong. */
  static Gen<String> residentIdWithBadCheck() {
    return idBody().zip(SourceDSL.integers().between(1, 10), (body, shift) -> {
      int right = ID_CHECK.indexOf(idCheck(body));
      return body + ID_CHECK.charAt((right + shift) % 11);
    });
  }

  /** A 16 to 19 digit card number with a real BIN and valid Luhn digit, maybe grouped by 4. */
  static Gen<String> bankCard() {
    return SourceDSL.integers().between(0, CARD_BINS.length - 1)
        .zip(SourceDSL.integers().between(16, 19), SourceDSL.longs().between(0, Long.MAX_VALUE),
            SourceDSL.integers().between(0, 2), (bin, length, random, style) -> {
              String body = CARD_BINS[bin] + digits(random, length - 7);
              String card = body + luhnCheck(body);
              return style == 0 ? card : group(card, style == 1 ? " " : "-");
            });
  }

  /** A card number whose Luhn digit is wrong. */
  static Gen<String> bankCardWithBadCheck() {
    return SourceDSL.integers().between(0, CARD_BINS.length - 1)
        .zip(SourceDSL.integers().between(16, 19), SourceDSL.longs().between(0, Long.MAX_VALUE),
            SourceDSL.integers().between(1, 9), (bin, length, random, shift) -> {
              String body = CARD_BINS[bin] + digits(random, length - 7);
              return body + (char) ('0' + (luhnCheck(body) - '0' + shift) % 10);
            });
  }

  /** An e-mail address. */
  static Gen<String> email() {
    Gen<String> local = SourceDSL.strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 10);
    Gen<String> domain = SourceDSL.integers().between(0, 4).map(
        i -> new String[] {"qq.com", "163.com", "example.cn", "mail.huifang.dev", "foxmail.com"}[i]);
    return local.zip(SourceDSL.integers().between(0, 99_999), domain,
        SourceDSL.integers().between(0, 2), (name, number, host, style) ->
            (style == 0 ? name : style == 1 ? name + "." + number : number + "_" + name)
                + "@" + host);
  }

  /** Filler in zh-CN and en, without digits, {@code @} or Latin letters next to the edges. */
  static Gen<String> filler() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, ZH.length + EN.length - 1))
        .ofSizeBetween(0, 6).map(picks -> {
          StringBuilder out = new StringBuilder();
          for (int pick : picks) {
            out.append(pick < ZH.length ? ZH[pick] : EN[pick - ZH.length]);
          }
          return out.toString();
        });
  }

  /** Numbers that are not personal information: orders, amounts, extensions, dates. */
  static Gen<String> ordinaryNumber() {
    return SourceDSL.integers().between(0, 7).zip(SourceDSL.longs().between(0, Long.MAX_VALUE),
        (style, random) -> {
          switch (style) {
            case 0: return "订单号 2026" + digits(random, 14);
            case 1: return "order SO" + digits(random, 12);
            case 2: return "010-6552" + digits(random, 4) + " 转 " + digits(random >>> 8, 4);
            case 3: return "400-800-" + digits(random, 4) + " ext. " + digits(random >>> 8, 4);
            case 4: return "金额 " + (random % 100_000) + "." + (random % 100) + " 元";
            case 5: return "2026-11-" + String.format(Locale.ROOT, "%02d", 1 + random % 28);
            case 6: return "运单 " + "1" + digits(random, 14);
            default: return "工单 " + digits(random, 10);
          }
        });
  }

  static String digits(long random, int count) {
    StringBuilder out = new StringBuilder(count);
    long state = random;
    for (int i = 0; i < count; i++) {
      state = state * 6364136223846793005L + 1442695040888963407L;
      out.append((char) ('0' + (int) ((state >>> 33) % 10)));
    }
    return out.toString();
  }

  static String group(String digits, String separator) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < digits.length(); i += 4) {
      parts.add(digits.substring(i, Math.min(digits.length(), i + 4)));
    }
    return String.join(separator, parts);
  }
}
