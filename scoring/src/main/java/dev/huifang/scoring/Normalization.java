package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Locale;

/**
 * How a raw metric value becomes a score from 0 to 100; chosen per metric.
 *
 * <p>Every method is monotonic in the metric's {@link Direction}: a better raw value never gives a
 * lower score, which is what makes improving a metric never lower a total. Methods that compare a
 * worker with the cohort ({@link CohortMinMax}, {@link RatioToMean}) read {@link CohortStats}. In
 * JSON each method is an object with a {@code type} name.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Normalization.Linear.class, name = "linear"),
    @JsonSubTypes.Type(value = Normalization.Stars.class, name = "stars"),
    @JsonSubTypes.Type(value = Normalization.Steps.class, name = "steps"),
    @JsonSubTypes.Type(value = Normalization.CohortMinMax.class, name = "cohort_min_max"),
    @JsonSubTypes.Type(value = Normalization.RatioToMean.class, name = "ratio_to_mean")})
public sealed interface Normalization {

  /**
   * The score of {@code raw} for a metric of {@code direction}, in [0, 100].
   *
   * @param stats the cohort's statistics of this metric; ignored by methods that do not need them
   */
  double score(double raw, Direction direction, CohortStats stats);

  /** The rule as one line for a scorecard, e.g. {@code linear: 0.05 → 0, 0.01 → 100}. */
  String describe();

  /** The Problems of this method for a metric of {@code direction}, under {@code path}. */
  Seq<Problem> problems(String path, Direction direction);

  /** True when the method needs the cohort's statistics. */
  default boolean needsCohort() {
    return false;
  }

  /** Clamps to [0, 100]. */
  static double clamp(double score) {
    return score < 0 ? 0 : score > 100 ? 100 : score;
  }

  /**
   * Linear between the worst value (score 0) and the best (score 100), capped at both ends:
   * {@code 100 * (raw - worst) / (best - worst)}, clamped to [0, 100]. For a lower-is-better
   * metric the best value is the smaller one.
   *
   * @param worst the value that scores 0 (the floor)
   * @param best the value that scores 100 (the target)
   */
  record Linear(double worst, double best) implements Normalization {

    /** Creates the method. */
    @JsonCreator
    public Linear(@JsonProperty("worst") double worst, @JsonProperty("best") double best) {
      this.worst = worst;
      this.best = best;
    }

    @Override
    public double score(double raw, Direction direction, CohortStats stats) {
      return clamp(100.0 * (raw - worst) / (best - worst));
    }

    @Override
    public String describe() {
      return "linear: " + number(worst) + " → 0, " + number(best) + " → 100";
    }

    @Override
    public Seq<Problem> problems(String path, Direction direction) {
      Checklist checks = Checklist.at(path).finite("worst", worst).finite("best", best);
      if (checks.isClean()) {
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        checks.require(higher ? best > worst : best < worst, Problem.INCONSISTENT, "best", best,
            "must be " + (higher ? "> worst" : "< worst") + " (" + number(worst) + ") for a "
                + direction + " metric");
        checks.require(Double.isFinite(best - worst), Problem.RANGE, "best", best,
            "must be within the largest number of worst (" + number(worst)
                + "), so that best - worst is a number");
      }
      return checks.problems();
    }
  }

  /** Stars 1 to 5: {@code 100 * (raw - 1) / 4}, clamped to [0, 100]. */
  record Stars() implements Normalization {

    /** The fewest stars: 1, the bottom of the range a stars metric has. */
    public static final double LOWEST = 1.0;
    /** The most stars: 5, the top of the range a stars metric has. */
    public static final double HIGHEST = 5.0;

    @Override
    public double score(double raw, Direction direction, CohortStats stats) {
      double score = clamp(100.0 * (raw - 1.0) / 4.0);
      return direction == Direction.HIGHER_IS_BETTER ? score : 100.0 - score;
    }

    @Override
    public String describe() {
      return "stars: 1 → 0, 5 → 100";
    }

    @Override
    public Seq<Problem> problems(String path, Direction direction) {
      return io.vavr.collection.List.empty();
    }
  }

  /**
   * Step bands, best first: the score of the first step whose threshold the raw value reaches
   * ({@code raw >= threshold} for higher-is-better, {@code raw <= threshold} for
   * lower-is-better), or {@code otherwise} when none does. Example: {@code >= 0.9 → 100,
   * >= 0.8 → 80, >= 0.7 → 60, otherwise 0}.
   *
   * @param steps the steps, best threshold first; thresholds strictly worse and scores not higher
   *     down the list
   * @param otherwise the score below the last step
   */
  record Steps(List<Step> steps, double otherwise) implements Normalization {

    /** Creates the method; steps are copied. */
    @JsonCreator
    public Steps(@JsonProperty("steps") List<Step> steps,
        @JsonProperty("otherwise") double otherwise) {
      this.steps = List.copyOf(requireNonNull(steps, "steps is null"));
      this.otherwise = otherwise;
    }

    @Override
    public double score(double raw, Direction direction, CohortStats stats) {
      boolean higher = direction == Direction.HIGHER_IS_BETTER;
      for (Step step : steps) {
        if (higher ? raw >= step.threshold() : raw <= step.threshold()) {
          return step.score();
        }
      }
      return otherwise;
    }

    @Override
    public String describe() {
      StringBuilder out = new StringBuilder("steps:");
      for (Step step : steps) {
        out.append(' ').append(number(step.threshold())).append(" → ").append(number(step.score()))
            .append(',');
      }
      return out.append(" otherwise ").append(number(otherwise)).toString();
    }

    @Override
    public Seq<Problem> problems(String path, Direction direction) {
      Checklist checks = Checklist.at(path)
          .require(!steps.isEmpty(), Problem.REQUIRED, "steps", null, "must hold at least one step")
          .within("otherwise", otherwise, 0, 100);
      boolean higher = direction == Direction.HIGHER_IS_BETTER;
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        String at = Problem.index("steps", i);
        checks.finite(at + ".threshold", step.threshold()).within(at + ".score", step.score(), 0, 100);
        double lower = i + 1 < steps.size() ? steps.get(i + 1).score() : otherwise;
        checks.require(step.score() >= lower, Problem.INCONSISTENT, at + ".score", step.score(),
            "must be >= the score below it (" + number(lower) + ")");
        if (i > 0) {
          double previous = steps.get(i - 1).threshold();
          checks.require(higher ? step.threshold() < previous : step.threshold() > previous,
              Problem.ORDER, at + ".threshold", step.threshold(), "must be "
                  + (higher ? "<" : ">") + " the threshold before it (" + number(previous) + ")");
        }
      }
      return checks.problems();
    }
  }

  /**
   * One step of {@link Steps}.
   *
   * @param threshold the raw value to reach
   * @param score the score when it is reached, in [0, 100]
   */
  record Step(double threshold, double score) {}

  /**
   * Min-max over the cohort: {@code 100 * (raw - min) / (max - min)} for higher-is-better,
   * {@code 100 * (max - raw) / (max - min)} for lower-is-better; 100 when every worker has the same
   * value.
   */
  record CohortMinMax() implements Normalization {

    @Override
    public double score(double raw, Direction direction, CohortStats stats) {
      double span = stats.max() - stats.min();
      if (span <= 0) {
        return 100.0;
      }
      if (!Double.isFinite(span)) {
        // a cohort spread over more than the largest double: the same ratio on halves, exact
        double half = stats.max() / 2 - stats.min() / 2;
        return clamp(direction == Direction.HIGHER_IS_BETTER
            ? 100.0 * ((raw / 2 - stats.min() / 2) / half)
            : 100.0 * ((stats.max() / 2 - raw / 2) / half));
      }
      return clamp(direction == Direction.HIGHER_IS_BETTER
          ? 100.0 * (raw - stats.min()) / span
          : 100.0 * (stats.max() - raw) / span);
    }

    @Override
    public String describe() {
      return "cohort min-max";
    }

    @Override
    public Seq<Problem> problems(String path, Direction direction) {
      return io.vavr.collection.List.empty();
    }

    @Override
    public boolean needsCohort() {
      return true;
    }
  }

  /**
   * Ratio to the cohort mean: {@code atMean * raw / mean} for higher-is-better and
   * {@code atMean * mean / raw} for lower-is-better, clamped to [0, 100]; a worker at the mean
   * scores {@code atMean}. A non-positive mean, or a raw value of 0 for lower-is-better, scores
   * {@code atMean} and 100 respectively.
   *
   * @param atMean the score of a worker exactly at the cohort mean, in (0, 100]
   */
  record RatioToMean(double atMean) implements Normalization {

    /** Creates the method. */
    @JsonCreator
    public RatioToMean(@JsonProperty("atMean") double atMean) {
      this.atMean = atMean;
    }

    @Override
    public double score(double raw, Direction direction, CohortStats stats) {
      double mean = stats.mean();
      if (mean <= 0) {
        return atMean;
      }
      if (direction == Direction.HIGHER_IS_BETTER) {
        return clamp(atMean * raw / mean);
      }
      return raw <= 0 ? 100.0 : clamp(atMean * mean / raw);
    }

    @Override
    public String describe() {
      return "ratio to cohort mean: mean → " + number(atMean);
    }

    @Override
    public Seq<Problem> problems(String path, Direction direction) {
      return Checklist.at(path).greaterThan("atMean", atMean, 0).within("atMean", atMean, 0, 100)
          .problems().distinct();
    }

    @Override
    public boolean needsCohort() {
      return true;
    }
  }

  /** A number as scorecards print it: up to four decimals, no trailing zeros. */
  static String number(double value) {
    String text = String.format(Locale.ROOT, "%.4f", value);
    // trailing zeros, then a bare point, go (without a regular expression: scorecards call this
    // for every finding)
    int end = text.length();
    if (text.indexOf('.') >= 0) {
      while (text.charAt(end - 1) == '0') {
        end--;
      }
      if (text.charAt(end - 1) == '.') {
        end--;
      }
    }
    text = text.substring(0, end);
    return text.equals("-0") ? "0" : text;
  }
}
