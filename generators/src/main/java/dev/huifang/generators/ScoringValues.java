package dev.huifang.generators;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.Problem;
import dev.huifang.core.WorkerId;
import dev.huifang.scoring.Direction;
import dev.huifang.scoring.Grade;
import dev.huifang.scoring.MetricCategory;
import dev.huifang.scoring.MetricDefinition;
import dev.huifang.scoring.Normalization;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.WeightGroup;
import dev.huifang.scoring.WeightedMetric;
import dev.huifang.scoring.WorkerMetrics;
import dev.huifang.testing.Generator;
import dev.huifang.testing.Invalid;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Generators of scoring values: valid schemes of one to six metrics (every normalisation, both
 * directions, one or two weight groups), cohorts of workers for them, and schemes or cohorts that
 * break exactly one rule.
 *
 * <p>Every generated metric has the raw range {@code [0, 10]}; a valid cohort's values lie in it,
 * and {@code Scorer.of(cohort.scheme()).scoreCohort(cohort.workers())} is valid.
 */
public final class ScoringValues {

  /** The least raw value of every generated metric. */
  public static final double MIN_VALUE = 0;
  /** The greatest raw value of every generated metric. */
  public static final double MAX_VALUE = 10;

  private ScoringValues() {}

  /**
   * A valid scheme with a cohort of workers for it.
   *
   * @param scheme the scheme
   * @param workers two or more workers with distinct ids and values in range
   */
  public record Cohort(ScoringScheme scheme, List<WorkerMetrics> workers) {

    /**
     * Creates the record; workers are copied.
     *
     * @throws NullPointerException if a part is null
     */
    public Cohort {
      requireNonNull(scheme, "scheme is null");
      workers = List.copyOf(workers);
    }
  }

  /** One rule an invalid scheme breaks. */
  public enum SchemeDefect {
    /** The scheme's id is blank. */
    BLANK_ID("id", Problem.BLANK, "a scheme's id must not be blank"),
    /** The metric weights of the first group sum to 2. */
    METRIC_WEIGHTS_NOT_ONE("groups[0].metrics", Problem.INCONSISTENT,
        "the metric weights of a group must sum to 1"),
    /** A metric is defined but weighted in no group. */
    UNWEIGHTED_METRIC("groups", Problem.INCONSISTENT, "every metric of the scheme must be weighted"),
    /** The second grade band starts above the first. */
    GRADES_OUT_OF_ORDER("grades[1].minTotal", Problem.ORDER,
        "each grade band must start below the band before it");

    private final String path;
    private final String code;
    private final String rule;

    SchemeDefect(String path, String code, String rule) {
      this.path = path;
      this.code = code;
      this.rule = rule;
    }
  }

  /** One rule an invalid cohort breaks. */
  public enum CohortDefect {
    /** The last worker's first metric is above its range. */
    VALUE_OUT_OF_RANGE(Problem.RANGE, "a value must lie within its metric's range"),
    /** The last worker's first metric is not a number. */
    VALUE_NOT_A_NUMBER(Problem.RANGE, "a value must be a finite number"),
    /** The last worker has a value for a metric the scheme does not define. */
    UNKNOWN_METRIC(Problem.UNKNOWN, "a value must be for one of the scheme's metrics");

    private final String code;
    private final String rule;

    CohortDefect(String code, String rule) {
      this.code = code;
      this.rule = rule;
    }
  }

  /**
   * A normalisation valid for {@code direction} on the raw range {@code [0, 10]}: linear, steps,
   * cohort min-max or ratio to the mean.
   *
   * @param direction whether higher raw values are better
   * @return the generator
   */
  public static Generator<Normalization> normalizations(Direction direction) {
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    Generator<Normalization> linear = (random, size) -> {
      double low = random.nextDouble(0, 4);
      double high = random.nextDouble(6, 10);
      return higher ? new Normalization.Linear(low, high) : new Normalization.Linear(high, low);
    };
    Normalization steps = higher
        ? new Normalization.Steps(List.of(new Normalization.Step(8, 100),
            new Normalization.Step(5, 70)), 20)
        : new Normalization.Steps(List.of(new Normalization.Step(2, 100),
            new Normalization.Step(5, 70)), 20);
    return Generator.oneOf(linear, Generator.constant(steps),
        Generator.constant(new Normalization.CohortMinMax()),
        Generator.constant(new Normalization.RatioToMean(50)));
  }

  /**
   * Valid metric definitions with id {@code m<index>}, range {@code [0, 10]}, either direction.
   *
   * @param index the metric's position, used in its id and name
   * @return the generator
   */
  public static Generator<MetricDefinition> metrics(int index) {
    return Generator.pick(List.of(Direction.values())).flatMap(direction ->
        normalizations(direction).map(normalization -> MetricDefinition.builder()
            .id("m" + index).name(LocalizedText.of("指标" + index, "Metric " + index))
            .category(MetricCategory.QUALITY).dimension(Dimension.QUALITY).unit("units")
            .direction(direction).normalization(normalization).range(MIN_VALUE, MAX_VALUE)
            .build()));
  }

  /**
   * Valid schemes of 1 to 6 metrics in one or two groups, with random positive weights normalised
   * by {@link ScoringScheme#normalize(List)}.
   *
   * @return the generator
   */
  public static Generator<ScoringScheme> schemes() {
    return (random, size) -> {
      int count = random.nextInt(1, 7);
      List<MetricDefinition> definitions = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        definitions.add(metrics(i).next(random, size));
      }
      double split = random.nextDouble(0.1, 0.9);
      int firstGroup = Math.max(1, count / 2);
      List<WeightedMetric> a = new ArrayList<>();
      List<WeightedMetric> b = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        (i < firstGroup ? a : b).add(
            new WeightedMetric(definitions.get(i).id(), random.nextDouble(0.1, 5)));
      }
      List<WeightGroup> groups = new ArrayList<>();
      groups.add(new WeightGroup("workload", LocalizedText.of("量", "Workload"),
          b.isEmpty() ? 1.0 : split, a));
      if (!b.isEmpty()) {
        groups.add(new WeightGroup("quality", LocalizedText.of("质", "Quality"), 1 - split, b));
      }
      return ScoringScheme.builder().id("generated-" + count)
          .name(LocalizedText.of("生成的方案", "Generated scheme")).metrics(definitions)
          .groups(ScoringScheme.normalize(groups).get()).build();
    };
  }

  /**
   * Workers with values in {@code [0, 10]} for the scheme's metrics, the first always present and
   * the others present half the time, and no complaints or referrals.
   *
   * @param scheme the scheme
   * @param workerId the workers' id
   * @return the generator
   */
  public static Generator<WorkerMetrics> workers(ScoringScheme scheme, String workerId) {
    return (random, size) -> {
      TreeMap<MetricId, Double> values = new TreeMap<>();
      for (int i = 0; i < scheme.metrics().size(); i++) {
        double value = random.nextDouble(MIN_VALUE, MAX_VALUE);
        if (random.nextBoolean() || i == 0) {
          values.put(scheme.metrics().get(i).id(), value);
        }
      }
      return new WorkerMetrics(WorkerId.of(workerId), values, 0, 0, 0);
    };
  }

  /**
   * Valid schemes with cohorts of 2 to 8 workers ({@code w0}, {@code w1}, ...).
   *
   * @return the generator
   */
  public static Generator<Cohort> cohorts() {
    return schemes().flatMap(scheme -> (random, size) -> {
      int n = random.nextInt(2, 9);
      List<WorkerMetrics> workers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        workers.add(workers(scheme, "w" + i).next(random, size));
      }
      return new Cohort(scheme, workers);
    });
  }

  /**
   * Scheme builders that break exactly {@code defect}; {@code validate()} gives its Problem.
   *
   * @param defect the rule to break
   * @return the generator of invalid builders, each fresh
   */
  public static Generator<Invalid<ScoringScheme.Builder>> invalidSchemes(SchemeDefect defect) {
    return schemes().map(valid -> {
      ScoringScheme.Builder builder = ScoringScheme.builder().from(valid);
      switch (defect) {
        case BLANK_ID -> builder.id(" ");
        case METRIC_WEIGHTS_NOT_ONE -> {
          List<WeightGroup> groups = new ArrayList<>(valid.groups());
          WeightGroup first = groups.get(0);
          groups.set(0, new WeightGroup(first.id(), first.name(), first.weight(),
              first.metrics().stream()
                  .map(m -> new WeightedMetric(m.metric(), m.weight() * 2)).toList()));
          builder.groups(groups);
        }
        case UNWEIGHTED_METRIC -> builder.addMetrics(metrics(valid.metrics().size())
            .sample(valid.metrics().size()));
        case GRADES_OUT_OF_ORDER -> builder.grades(List.of(new Grade("A", 60, 5),
            new Grade("B", 80, 4), new Grade("C", 0, 1)));
        default -> throw new AssertionError(defect);
      }
      return new Invalid<>(builder, defect.path, defect.code, defect.rule);
    });
  }

  /**
   * Cohorts whose last worker breaks exactly {@code defect}; scoring them gives its Problem at
   * {@code workers[<last>].values.<metric>}.
   *
   * @param defect the rule to break
   * @return the generator
   */
  public static Generator<Invalid<Cohort>> invalidCohorts(CohortDefect defect) {
    return cohorts().map(valid -> {
      List<WorkerMetrics> workers = new ArrayList<>(valid.workers());
      int last = workers.size() - 1;
      WorkerMetrics worker = workers.get(last);
      MetricId metric = switch (defect) {
        case UNKNOWN_METRIC -> MetricId.of("unknown-metric");
        default -> valid.scheme().metrics().get(0).id();
      };
      double value = switch (defect) {
        case VALUE_OUT_OF_RANGE -> MAX_VALUE + 1 + last;
        case VALUE_NOT_A_NUMBER -> Double.NaN;
        default -> MIN_VALUE;
      };
      workers.set(last, worker.with(metric, value));
      return new Invalid<>(new Cohort(valid.scheme(), workers),
          Problem.index("workers", last) + ".values." + metric.value(), defect.code, defect.rule);
    });
  }
}
