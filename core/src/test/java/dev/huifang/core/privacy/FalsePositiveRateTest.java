package dev.huifang.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Measures how often the Redactor masks numbers that are not personal information, on generated
 * zh-CN and en text full of numbers, and prints the rates that docs/privacy.md records.
 *
 * <p>Two corpora, each from a fixed seed: business numbers (order, waybill and work-order numbers,
 * landlines with extensions, amounts, dates, times, quantities), which must never be masked; and
 * uniformly random digit runs of 1 to 20 digits, some grouped by spaces or hyphens, of which a
 * known share is indistinguishable from real numbers (every {@code 1[3-9]} followed by 9 digits is
 * a possible mobile number) and is reported per kind.
 */
class FalsePositiveRateTest {

  private static final int TEXTS = 20_000;
  private final Redactor redactor = Redactor.defaults();

  @Test
  void businessNumbersAreNeverMasked() {
    SplittableRandom random = new SplittableRandom(20261126L);
    Map<PersonalInfoKind, Integer> masked = new EnumMap<>(PersonalInfoKind.class);
    int numbers = 0;
    for (int t = 0; t < TEXTS; t++) {
      StringBuilder text = new StringBuilder("客户反馈：");
      for (int k = 0; k < 5; k++) {
        text.append(businessNumber(random)).append(random.nextBoolean() ? "，" : ", ");
        numbers++;
      }
      redactor.redact(text.toString()).maskings()
          .forEach(m -> masked.merge(m.kind(), 1, Integer::sum));
    }
    report("business numbers", numbers, masked);
    assertThat(masked).isEmpty();
  }

  @Test
  void randomDigitRunsAreRarelyMasked() {
    SplittableRandom random = new SplittableRandom(20261127L);
    Map<PersonalInfoKind, Integer> masked = new EnumMap<>(PersonalInfoKind.class);
    int numbers = 0;
    for (int t = 0; t < TEXTS; t++) {
      StringBuilder text = new StringBuilder("the order has ");
      for (int k = 0; k < 5; k++) {
        int length = 1 + random.nextInt(20);
        StringBuilder run = new StringBuilder(length + 4);
        for (int d = 0; d < length; d++) {
          if (d > 0 && d % 4 == 0 && random.nextInt(4) == 0) {
            run.append(random.nextBoolean() ? ' ' : '-');
          }
          run.append((char) ('0' + random.nextInt(10)));
        }
        text.append(run).append(random.nextBoolean() ? " 件，" : " items, ");
        numbers++;
      }
      redactor.redact(text.toString()).maskings()
          .forEach(m -> masked.merge(m.kind(), 1, Integer::sum));
    }
    report("random digit runs of 1-20 digits", numbers, masked);
    int all = masked.values().stream().mapToInt(Integer::intValue).sum();
    // 1 in 20 runs has 11 digits and 7 in 100 of those look like a mobile number (0.35 %); about
    // 1 in 5 runs has 16-19 digits, 1 in 5 of those has a card prefix and 1 in 10 passes Luhn
    assertThat((double) all / numbers).isLessThan(0.015);
    assertThat(masked.getOrDefault(PersonalInfoKind.RESIDENT_ID, 0)).isLessThan(numbers / 10_000);
  }

  private static String businessNumber(SplittableRandom random) {
    switch (random.nextInt(9)) {
      case 0: return "订单号 2026" + digits(random, 10 + random.nextInt(10));
      case 1: return "order SO" + digits(random, 8 + random.nextInt(12));
      case 2: return "010-" + digits(random, 8) + " 转 " + digits(random, 3 + random.nextInt(2));
      case 3: return "400-" + digits(random, 3) + "-" + digits(random, 4) + " ext. "
          + digits(random, 4);
      case 4: return "金额 " + random.nextInt(1_000_000) + "." + digits(random, 2) + " 元";
      case 5: return String.format(Locale.ROOT, "2026-%02d-%02d %02d:%02d",
          1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
      case 6: return "运单 SF" + digits(random, 12);
      case 7: return "工单 WO-2026-" + digits(random, 6 + random.nextInt(10));
      default: return random.nextInt(500) + " 件";
    }
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  private static void report(String corpus, int numbers, Map<PersonalInfoKind, Integer> masked) {
    int all = masked.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(Locale.ROOT, "false positives on %s: %d of %d numbers (%.3f %%) %s%n",
        corpus, all, numbers, 100.0 * all / numbers, masked);
  }
}
