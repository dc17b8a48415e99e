package dev.huifang.benchmarks.privacy;

import dev.huifang.core.privacy.FingerprintKey;
import dev.huifang.core.privacy.HostPattern;
import dev.huifang.core.privacy.RedactionPolicy;
import dev.huifang.core.privacy.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Redacting one 2,000-character follow-up text in zh-CN and en that holds {@value #PIECES} pieces
 * of personal information (mobile numbers in several formats, resident ids, e-mail addresses,
 * bank cards) among order numbers, amounts and extensions. The goal is under 20 µs per text.
 *
 * <p>{@code huifang} is {@link Redactor#defaults()}; {@code huifang_keyed} adds keyed tokens
 * (HMAC-SHA256 per masked value); {@code huifang_names} adds 20 known names and a host pattern.
 * {@code regex} is the peer a host would write first: one alternation of lookaround regular
 * expressions with {@link Matcher#appendReplacement}, without checksums but with
 * the same card prefixes. The set-up checks that
 * every implementation masks the same {@value #PIECES} pieces.
 *
 * <p>Run: {@code mvn -q -B -Pbench -DskipTests package -Dbench.include=Redact}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RedactorBenchmark {

  static final int LENGTH = 2_000;
  static final int PIECES = 12;

  private static final String[] FILLER = {"客户反馈安装师傅迟到了半小时，", "冰箱节能功能没有讲清楚。",
      "The installer arrived late and did not explain the energy-saving mode. ", "订单号 2026112612345678901，",
      "金额 1299.00 元，", "请回访时注意语气。", "Please call back after 6 pm, ext. 8021. ",
      "总机 010-65529988 转 8021，", "满意度 4 星。", "The customer asked about the 10-year warranty. "};
  private static final String[] PERSONAL = {"13812345678", "+86 139 1234 5678", "158-8765-4321",
      "11010519491231002X", "zhang.san@example.com", "6222021234567890128", "0086 18612345678",
      "li_si@qq.com", "4367 4212 3456 7896", "44030519900101123x"};
  private static final Pattern PEER = Pattern.compile(
      "(?<![0-9A-Za-z])(?:(?:\\+86|0086)[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}(?![0-9A-Za-z])"
          + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"
          + "|(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])"
          + "|(?<![0-9A-Za-z])(?:4\\d|5[1-5]|35|6[025]|95)\\d{2}(?:[ -]?\\d{4}){3}\\d{0,3}"
          + "(?![0-9A-Za-z])");

  @Param({"huifang", "huifang_keyed", "huifang_names", "regex"})
  public String implementation;

  private String text;
  private Redactor redactor;

  /** The benchmark text: filler and personal information from a fixed seed, 2,000 characters. */
  static String text() {
    SplittableRandom random = new SplittableRandom(20261126L);
    StringBuilder out = new StringBuilder(LENGTH + 100);
    int pieces = 0;
    while (pieces < PIECES) {
      out.append(FILLER[random.nextInt(FILLER.length)]);
      out.append(random.nextBoolean() ? "电话 " : "contact: ")
          .append(PERSONAL[pieces % PERSONAL.length]).append(random.nextBoolean() ? "，" : ", ");
      pieces++;
    }
    while (out.length() < LENGTH) {
      out.append(FILLER[random.nextInt(FILLER.length)]);
    }
    out.setLength(LENGTH);
    return out.toString();
  }

  @Setup
  public void setUp() {
    text = text();
    RedactionPolicy names = RedactionPolicy.builder()
        .addKnownNames("张三", "李四", "王五", "赵六", "欧阳娜娜", "John Smith", "Mary Jones", "陈晨",
            "刘洋", "杨帆", "黄磊", "周杰", "吴昊", "徐静", "孙悦", "马丽", "朱琳", "胡歌", "郭峰", "何平")
        .addPatterns(HostPattern.of("wechat", "wxid_[a-z0-9]{6,20}"))
        .build();
    FingerprintKey key = FingerprintKey.of(
        "benchmark secret of 32 bytes....".getBytes(StandardCharsets.UTF_8)).get();
    redactor = switch (implementation) {
      case "huifang" -> Redactor.defaults();
      case "huifang_keyed" -> Redactor.of(RedactionPolicy.defaults(), key);
      case "huifang_names" -> Redactor.of(names);
      case "regex" -> null;
      default -> throw new IllegalArgumentException("unknown implementation " + implementation);
    };
    int huifang = Redactor.defaults().redact(text).maskings().size();
    int mine = redactor == null ? peerCount(text) : redactor.redact(text).maskings().size();
    if (text.length() != LENGTH || huifang != PIECES || mine != PIECES) {
      throw new IllegalStateException("expected " + PIECES + " maskings in " + LENGTH
          + " characters, Huifang found " + huifang + ", " + implementation + " " + mine
          + " in " + text.length());
    }
  }

  @Benchmark
  public String redact() {
    return redactor == null ? peer(text) : redactor.redact(text).text();
  }

  private static String peer(String text) {
    Matcher matcher = PEER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      String match = matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(
          match.charAt(0) + "****" + match.substring(Math.max(1, match.length() - 4))));
    }
    return matcher.appendTail(out).toString();
  }

  private static int peerCount(String text) {
    Matcher matcher = PEER.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
