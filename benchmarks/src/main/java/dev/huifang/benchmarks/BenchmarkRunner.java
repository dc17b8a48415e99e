package dev.huifang.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the short profile of every benchmark (or those matching the first argument) and prints one
 * table: benchmark, Huifang's time, the floor's or a peer's time, and the ratio.
 *
 * <p>Each benchmark class has a {@code @Param implementation} whose values starting with
 * {@code huifang} are Huifang's variants and whose other values are the floor and the peers; a ratio is Huifang's average time
 * divided by the other's, so below 1 means Huifang is faster. The runner refuses to run with JVM
 * assertions enabled, since they distort the numbers.
 */
public final class BenchmarkRunner {

  /** The implementation value that stands for Huifang in every benchmark. */
  public static final String HUIFANG = "huifang";

  private BenchmarkRunner() {}

  /**
   * Runs the benchmarks.
   *
   * @param args optional: a regular expression of the benchmarks to run, the profile
   *     ({@code short} or {@code long}), then more JMH profiler names; {@code gc} always runs
   */
  public static void main(String[] args) throws RunnerException {
    boolean assertions = false;
    assert assertions = true;
    if (assertions) {
      System.err.println("Refusing to run: JVM assertions are enabled (-ea) and distort the numbers.");
      System.exit(2);
    }
    String include = args.length > 0 ? args[0] : ".*Benchmark.*";
    String profile = args.length > 1 ? args[1] : "short";
    boolean long_ = profile.equals("long");
    if (!long_ && !profile.equals("short")) {
      System.err.println("Unknown profile '" + profile + "': use short or long.");
      System.exit(2);
    }
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .forks(long_ ? 2 : 1)
        .warmupIterations(long_ ? 3 : 2)
        .warmupTime(TimeValue.seconds(long_ ? 2 : 1))
        .measurementIterations(long_ ? 5 : 3)
        .measurementTime(TimeValue.seconds(long_ ? 2 : 1))
        .timeUnit(TimeUnit.NANOSECONDS)
        .jvmArgsAppend("-Xms2g", "-Xmx2g", "-da")
        // allocation per operation goes into the table
        .addProfiler("gc")
        .shouldFailOnError(true);
    for (int i = 2; i < args.length; i++) {
      options.addProfiler(args[i]);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.println(table(results));
    surveyJsPeer(results);
  }

  /**
   * The SurveyJS row: the chained 1,000-question survey answered by survey-core in Node, against
   * Huifang's {@code answerChain} of the same size, when both were measured.
   */
  private static void surveyJsPeer(Collection<RunResult> results) {
    int size = 1000;
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      if (benchmark.endsWith("QuestionnaireBenchmark.answerChain")
          && String.valueOf(size).equals(run.getParams().getParam("size"))) {
        double huifang = run.getPrimaryResult().getScore();
        java.nio.file.Path dir = java.nio.file.Path.of("..", "surveyjs");
        dev.huifang.benchmarks.questionnaire.SurveyJsPeer.nanosToAnswer(size, dir).ifPresent(peer ->
            System.out.println(String.format(Locale.ROOT,
                "| QuestionnaireBenchmark.answerChain size=%d | %.1f | surveyjs (Node, median of 3) | %.1f | %.3g | | |",
                size, huifang, peer, huifang / peer)));
      }
    }
  }

  /** The results as a Markdown table of ratios, rows sorted by benchmark and comparator. */
  public static String table(Collection<RunResult> results) {
    Map<String, Map<String, double[]>> byBenchmark = new TreeMap<>();
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      benchmark = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      StringBuilder key = new StringBuilder(benchmark);
      String implementation = HUIFANG;
      for (String name : run.getParams().getParamsKeys()) {
        String value = run.getParams().getParam(name);
        if (name.equals("implementation")) {
          implementation = value;
        } else {
          key.append(' ').append(name).append('=').append(value);
        }
      }
      double score = run.getPrimaryResult().getScore();
      double error = run.getPrimaryResult().getScoreError();
      var allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
      double bytes = allocation == null ? Double.NaN : allocation.getScore();
      byBenchmark.computeIfAbsent(key.toString(), k -> new TreeMap<>())
          .put(implementation, new double[] {score, error, bytes});
    }
    List<String> rows = new ArrayList<>();
    rows.add("| benchmark | Huifang ns/op | compared with | its ns/op | ratio Huifang/other "
        + "| Huifang B/op | its B/op |");
    rows.add("| --- | ---: | --- | ---: | ---: | ---: | ---: |");
    byBenchmark.forEach((benchmark, scores) -> scores.forEach((variant, huifang) -> {
      if (!variant.startsWith(HUIFANG)) {
        return;
      }
      String name = variant.equals(HUIFANG) ? benchmark : benchmark + " (" + variant + ")";
      if (scores.keySet().stream().allMatch(key -> key.startsWith(HUIFANG))) {
        rows.add(String.format(Locale.ROOT, "| %s | %s | (no peer) | | | %s | |", name,
            format(huifang), bytes(huifang)));
      }
      scores.forEach((implementation, other) -> {
        if (!implementation.startsWith(HUIFANG)) {
          rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", name,
              format(huifang), implementation, format(other),
              String.format(Locale.ROOT, "%.3g", huifang[0] / other[0]), bytes(huifang),
              bytes(other)));
        }
      });
    }));
    return String.join("\n", rows);
  }

  private static String bytes(double[] result) {
    return Double.isNaN(result[2]) ? "" : String.format(Locale.ROOT, "%.0f", result[2]);
  }

  private static String format(double[] scoreAndError) {
    return Double.isNaN(scoreAndError[1])
        ? String.format(Locale.ROOT, "%.1f", scoreAndError[0])
        : String.format(Locale.ROOT, "%.1f ± %.1f", scoreAndError[0], scoreAndError[1]);
  }
}
