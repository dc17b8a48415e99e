package dev.huifang.benchmarks.feedback;

import dev.huifang.core.Dimension;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Ratio;
import dev.huifang.core.WorkerId;
import dev.huifang.feedback.Attribution;
import dev.huifang.feedback.Audience;
import dev.huifang.feedback.CapabilityReport;
import dev.huifang.feedback.FeedbackComposer;
import dev.huifang.feedback.FeedbackScript;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the feedback engine on scenario 1's seven Findings (a measured strength, the
 * worker's own rating, the customer's praise, the warranty problem seen by the customer and the
 * store manager, a late delivery caused by a stock-out): building the sandwich script
 * ({@code script}, goal under 200 µs), the capability report ({@code report}), and the attribution
 * step alone ({@code attribute}). Each call checks the texts against the phrase lint and masks
 * personal information in the Findings' free text (the default disclosure policy), as in use.
 *
 * <p>Run: {@code mvn -q -B -Pbench -DskipTests -Dbench.include=Feedback package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FeedbackBenchmark {

  static final WorkerId WORKER = WorkerId.of("w-1024");

  @Param({"huifang"})
  public String implementation;

  private FeedbackComposer composer;
  private List<Finding> findings;

  /** Builds the composer and the Findings, and checks the script is the scenario's. */
  @Setup
  public void setUp() {
    composer = FeedbackComposer.ofDefaults();
    findings = findings();
    FeedbackScript script = composer.script(WORKER, Audience.FIRST_TIMER, findings).get();
    if (script.concerns().size() != 1
        || !script.concerns().get(0).citation().dimension().equals(Dimension.PRODUCT_KNOWLEDGE)
        || script.withheld().size() != 1
        || script.withheld().get(0).attribution() != Attribution.SYSTEM) {
      throw new IllegalStateException("unexpected script: " + script);
    }
  }

  /** One sandwich script. */
  @Benchmark
  public FeedbackScript script() {
    return composer.script(WORKER, Audience.FIRST_TIMER, findings).get();
  }

  /** One capability report. */
  @Benchmark
  public CapabilityReport report() {
    return composer.report(WORKER, findings).get();
  }

  /** The attribution step alone. */
  @Benchmark
  public Object attribute() {
    return composer.attribute(WORKER, findings).get();
  }

  /** Scenario 1's Findings about the first-time promoter. */
  static List<Finding> findings() {
    return List.of(
        finding(Dimension.POLICY_ACCURACY, Polarity.STRENGTH, 1.0, Perspective.SYSTEM,
            "促销政策传达准确度表现突出", "Promotion-policy accuracy stands out",
            "metric:policy_accuracy", "促销政策传达准确度为 5", "Promotion-policy accuracy was 5",
            Map.of("score", 100.0, "value", 5.0, "teamMean", 4.25)),
        finding(Dimension.POLICY_ACCURACY, Polarity.STRENGTH, 1.0, Perspective.SELF,
            "“促销政策讲得准确吗”一题打了 5 星，评价很高",
            "Gave 5 of 5 stars to “explained the offers accurately”, a high rating",
            "question:promo.policy_accuracy", "回答 5 星：促销政策讲得准确吗",
            "Answered 5 stars: explained the offers accurately", Map.of("stars", 5.0)),
        finding(Dimension.OBJECTION_HANDLING, Polarity.STRENGTH, 0.8, Perspective.CUSTOMER,
            "用竞品对比数据应对价格异议，效果很好",
            "using competitor comparison data on price objections worked well",
            "question:cust.explained", "顾客听完对比后不再纠结价格，转而询问送货时间",
            "after the comparison the customer stopped haggling and asked about delivery",
            Map.of("stars", 5.0)),
        finding(Dimension.PRODUCT_KNOWLEDGE, Polarity.WEAKNESS, 0.7, Perspective.CUSTOMER,
            "介绍时没有提到 10 年质保", "the 10-year warranty was not mentioned",
            "question:cust.low_detail", "顾客回访时表示不知道有 10 年质保",
            "the customer said they did not know about the 10-year warranty", Map.of("share", 1.0)),
        finding(Dimension.PRODUCT_KNOWLEDGE, Polarity.WEAKNESS, 0.5, Perspective.INTERNAL_TEAM,
            "介绍时只讲了价格，没有讲质保和服务", "the pitch covered the price but not the warranty",
            "observation:store.floor", "店长在现场看到介绍中没有提到质保",
            "the store manager saw that the warranty was left out of the pitch", Map.of()),
        finding(Dimension.EFFICIENCY, Polarity.WEAKNESS, 0.6, Perspective.CUSTOMER,
            "冰箱比约定晚了一天送到", "the fridge arrived a day later than promised",
            "question:cust.delivery", "顾客说门店告知仓库缺货，送货只好推迟一天",
            "the store told the customer the warehouse had a stock-out", Map.of("stars", 2.0)),
        finding(Dimension.TRAINING_USEFULNESS, Polarity.STRENGTH, 0.5, Perspective.SELF,
            "培训内容用得上", "the training was useful on the job",
            "question:self.training_useful", "本人说培训里的话术当天就用上了",
            "the worker used a line from the training the same day", Map.of()));
  }

  private static Finding finding(Dimension dimension, Polarity polarity, double magnitude,
      Perspective perspective, String zh, String en, String source, String zhEvidence,
      String enEvidence, Map<String, Double> figures) {
    return Finding.builder().workerId(WORKER).dimension(dimension).polarity(polarity)
        .magnitude(Ratio.of(magnitude)).perspective(perspective)
        .summary(LocalizedText.of(zh, en))
        .addEvidence(Evidence.of(source, LocalizedText.of(zhEvidence, enEvidence), figures))
        .build();
  }
}
