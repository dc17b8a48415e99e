package dev.huifang.benchmarks.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.scoring.ScoreLine;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.WeightGroup;
import dev.huifang.scoring.WeightedMetric;
import dev.huifang.scoring.WorkerMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
 * Writing and reading back 10,000 scorecards as one JSON array: through Huifang's mapper and
 * validated models ({@code huifang}) against plain Jackson on records with the same fields and no
 * validation ({@code plain_jackson}). Each operation writes and reads the whole array.
 *
 * <p>Run: {@code mvn -q -B -Pbench -DskipTests -Dbench.include=JsonBenchmark package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonBenchmark {

  /**
   * 5,000 cards (about 3.3 MB of JSON): HuifangJson refuses documents over
   * {@link dev.huifang.core.Limits#MAX_DOCUMENT_LENGTH} (4 MiB), which 10,000 cards exceed.
   */
  static final int SCORECARDS = 5_000;

  /** The plain twin of a scorecard line. */
  public record PlainLine(String metric, String group, Double raw, double score, double weight,
      double contribution, String rule) {}

  /** The plain twin of a scorecard, findings and adjustments left out as both are empty. */
  public record PlainCard(String workerId, String scheme, List<PlainLine> lines, double weightedTotal,
      double total, double coverage, String grade, int stars) {}

  @Param({"huifang", "plain_jackson"})
  public String implementation;

  private List<Scorecard> cards;
  private List<PlainCard> plain;
  private final ObjectMapper mapper = new ObjectMapper();
  private final TypeReference<List<Scorecard>> cardList = new TypeReference<>() {};
  private final TypeReference<List<PlainCard>> plainList = new TypeReference<>() {};

  @Setup
  public void setUp() {
    ScoringScheme scheme = ScoringScheme.builder().id("json").name(LocalizedText.of("JSON", "JSON"))
        .addMetrics(dev.huifang.scoring.MetricDefinition.stars("a", LocalizedText.of("甲", "A"),
            dev.huifang.scoring.MetricCategory.QUALITY, dev.huifang.core.Dimension.QUALITY),
            dev.huifang.scoring.MetricDefinition.stars("b", LocalizedText.of("乙", "B"),
            dev.huifang.scoring.MetricCategory.QUALITY, dev.huifang.core.Dimension.QUALITY))
        .addGroups(WeightGroup.of("all", LocalizedText.of("全部", "All"), 1.0,
            WeightedMetric.of("a", 0.5), WeightedMetric.of("b", 0.5)))
        .build();
    // Stars 3.5-4.1 (scores 62.5-77.5) stay clear of the finding thresholds, so cards carry no findings, like the twins.
    SplittableRandom random = new SplittableRandom(7);
    List<WorkerMetrics> workers = new ArrayList<>();
    for (int i = 0; i < SCORECARDS; i++) {
      workers.add(WorkerMetrics.of("w-" + i, Map.of("a", 3.5 + random.nextDouble() * 0.6,
          "b", 3.5 + random.nextDouble() * 0.6)));
    }
    cards = Scorer.of(scheme).scoreCohort(workers).get();
    plain = new ArrayList<>();
    for (Scorecard card : cards) {
      List<PlainLine> lines = new ArrayList<>();
      for (ScoreLine line : card.lines()) {
        lines.add(new PlainLine(line.metric().value(), line.group(), line.raw(), line.score(),
            line.weight(), line.contribution(), line.rule()));
      }
      plain.add(new PlainCard(card.workerId().value(), card.scheme(), lines, card.weightedTotal(),
          card.total(), card.coverage(), card.grade(), card.stars()));
    }
    if (!cards.get(0).findings().isEmpty() || roundTrip() != SCORECARDS) {
      throw new IllegalStateException("the JSON round trip lost scorecards");
    }
  }

  @Benchmark
  public int roundTrip() {
    try {
      if (implementation.equals("huifang")) {
        String json = HuifangJson.write(cards, cardList);
        return HuifangJson.read(json, cardList).get().size();
      }
      String json = mapper.writeValueAsString(plain);
      return mapper.readValue(json, plainList).size();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

}
