package dev.huifang.scoring;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.WorkerId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of scoring models: random valid schemes and workers for them. */
final class ScoringGen {

  private ScoringGen() {}

  /** A normalisation valid for the direction, for a metric whose raw range is [0, 10]. */
  static Gen<Normalization> normalizations(Direction direction) {
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    Gen<Normalization> linear = doubles().between(0, 4).zip(doubles().between(6, 10),
        (low, high) -> higher ? new Normalization.Linear(low, high) : new Normalization.Linear(high, low));
    Gen<Normalization> steps = Generate.constant(higher
        ? new Normalization.Steps(List.of(new Normalization.Step(8, 100), new Normalization.Step(5, 70)), 20)
        : new Normalization.Steps(List.of(new Normalization.Step(2, 100), new Normalization.Step(5, 70)), 20));
    return Generate.oneOf(linear, steps, Generate.constant(new Normalization.CohortMinMax()),
        Generate.constant(new Normalization.RatioToMean(50)));
  }

  static Gen<MetricDefinition> metric(int index) {
    return Generate.enumValues(Direction.class).flatMap(direction -> normalizations(direction)
        .map(normalization -> MetricDefinition.builder().id("m" + index)
            .name(LocalizedText.of("指标" + index, "Metric " + index))
            .category(MetricCategory.QUALITY).dimension(Dimension.QUALITY).unit("units")
            .direction(direction).normalization(normalization).range(0, 10).build()));
  }

  /** Valid schemes of 1 to 6 metrics in one or two groups with random positive weights. */
  static Gen<ScoringScheme> schemes() {
    return integers().between(1, 6).flatMap(count -> {
      Gen<List<MetricDefinition>> metrics = Generate.constant(new ArrayList<MetricDefinition>());
      for (int i = 0; i < count; i++) {
        int index = i;
        metrics = metrics.zip(metric(index), (list, metric) -> {
          List<MetricDefinition> next = new ArrayList<>(list);
          next.add(metric);
          return next;
        });
      }
      return metrics.zip(lists().of(doubles().between(0.1, 5)).ofSize(count), doubles().between(0.1, 0.9),
          (defs, raw, split) -> {
            int firstGroup = Math.max(1, count / 2);
            List<WeightedMetric> a = new ArrayList<>();
            List<WeightedMetric> b = new ArrayList<>();
            for (int i = 0; i < count; i++) {
              (i < firstGroup ? a : b).add(new WeightedMetric(defs.get(i).id(), raw.get(i)));
            }
            List<WeightGroup> groups = new ArrayList<>();
            groups.add(new WeightGroup("workload", LocalizedText.of("量", "Workload"),
                b.isEmpty() ? 1.0 : split, a));
            if (!b.isEmpty()) {
              groups.add(new WeightGroup("quality", LocalizedText.of("质", "Quality"), 1 - split, b));
            }
            return ScoringScheme.builder().id("gen").name(LocalizedText.of("生成", "Generated"))
                .metrics(defs).groups(ScoringScheme.normalize(groups).get()).build();
          });
    });
  }

  /** Values in [0, 10] for every metric of the scheme, some missing. */
  static Gen<WorkerMetrics> workers(ScoringScheme scheme, String id) {
    return lists().of(doubles().between(0, 10)).ofSize(scheme.metrics().size())
        .zip(lists().of(Generate.booleans()).ofSize(scheme.metrics().size()), (values, present) -> {
          TreeMap<MetricId, Double> map = new TreeMap<>();
          for (int i = 0; i < values.size(); i++) {
            if (present.get(i) || i == 0) {
              map.put(scheme.metrics().get(i).id(), values.get(i));
            }
          }
          return new WorkerMetrics(WorkerId.of(id), map, 0, 0, 0);
        });
  }

  /** A scheme with a cohort of 2 to 8 workers. */
  static Gen<Cohort> cohorts() {
    return schemes().flatMap(scheme -> integers().between(2, 8).flatMap(n -> {
      Gen<List<WorkerMetrics>> workers = Generate.constant(new ArrayList<WorkerMetrics>());
      for (int i = 0; i < n; i++) {
        String id = "w" + i;
        workers = workers.zip(workers(scheme, id), (list, worker) -> {
          List<WorkerMetrics> next = new ArrayList<>(list);
          next.add(worker);
          return next;
        });
      }
      return workers.map(list -> new Cohort(scheme, list));
    }));
  }

  /**
   * The same scheme with its metrics, its groups and the metrics inside each group listed in an
   * order shuffled by {@code seed}: mathematically the same scheme.
   */
  static ScoringScheme permuted(ScoringScheme scheme, long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<MetricDefinition> metrics = new ArrayList<>(scheme.metrics());
    java.util.Collections.shuffle(metrics, random);
    List<WeightGroup> groups = new ArrayList<>();
    for (WeightGroup group : scheme.groups()) {
      List<WeightedMetric> inside = new ArrayList<>(group.metrics());
      java.util.Collections.shuffle(inside, random);
      groups.add(new WeightGroup(group.id(), group.name(), group.weight(), inside));
    }
    java.util.Collections.shuffle(groups, random);
    return ScoringScheme.builder().from(scheme).metrics(metrics).groups(groups).build();
  }

  record Cohort(ScoringScheme scheme, List<WorkerMetrics> workers) {}
}
