package dev.huifang.scoring;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * Thresholds for star-worker certification and replacement: a star worker has completed at least
 * {@code starMinServices} services with an average rating of at least {@code starMinRating}; a
 * worker whose turnout is below {@code replacementTurnoutBelow} or whose rating is below
 * {@code replacementRatingBelow} is a replacement candidate.
 *
 * @param starMinServices services a star worker has completed, {@code >= 1}
 * @param starMinRating the lowest average rating of a star worker, in [1, 5]
 * @param replacementTurnoutBelow the turnout a replacement candidate is below, in [0, 1]
 * @param replacementRatingBelow the rating a replacement candidate is below, in [1, 5]
 */
public record WorkforcePolicy(int starMinServices, double starMinRating,
    double replacementTurnoutBelow, double replacementRatingBelow) {

  /** Default: star workers have completed 3 services or more. */
  public static final int DEFAULT_STAR_MIN_SERVICES = 3;
  /** Default: star workers average 4.5 stars or more. */
  public static final double DEFAULT_STAR_MIN_RATING = 4.5;
  /** Default: a turnout below 80% makes a replacement candidate. */
  public static final double DEFAULT_REPLACEMENT_TURNOUT_BELOW = 0.8;
  /** Default: an average rating below 3.5 stars makes a replacement candidate. */
  public static final double DEFAULT_REPLACEMENT_RATING_BELOW = 3.5;

  /** The defaults: stars from 3 services at 4.5 stars; replacement below 80% turnout or 3.5 stars. */
  public static WorkforcePolicy defaults() {
    return new WorkforcePolicy(DEFAULT_STAR_MIN_SERVICES, DEFAULT_STAR_MIN_RATING,
        DEFAULT_REPLACEMENT_TURNOUT_BELOW, DEFAULT_REPLACEMENT_RATING_BELOW);
  }

  /** The Problems of this policy under {@code path}. */
  public Seq<Problem> problems(String path) {
    return Checklist.at(path)
        .atLeast("starMinServices", starMinServices, 1)
        .within("starMinRating", starMinRating, 1, 5)
        .within("replacementTurnoutBelow", replacementTurnoutBelow, 0, 1)
        .within("replacementRatingBelow", replacementRatingBelow, 1, 5)
        .problems();
  }

  /**
   * Assesses every worker.
   *
   * @return one assessment per worker in input order, or Problems: an invalid policy, negative
   *     counts, more arrivals than promises, a rating that is neither 0 (none yet) nor within
   *     [1, 5], each under {@code workers[i]}
   */
  public Validation<Seq<Problem>, List<WorkforceAssessment>> assess(List<WorkerRecord> workers) {
    Checklist checks = Checklist.root().addAll("policy", problems(""));
    for (int i = 0; i < workers.size(); i++) {
      WorkerRecord worker = workers.get(i);
      String at = Problem.index("workers", i);
      checks.id(at + ".workerId", worker.workerId())
          .atLeast(at + ".promised", worker.promised(), 0)
          .atLeast(at + ".services", worker.services(), 0)
          .require(worker.arrived() >= 0 && worker.arrived() <= worker.promised(), Problem.RANGE,
              at + ".arrived", worker.arrived(), "must be within [0, promised (" + worker.promised()
                  + ")]")
          .require(worker.averageRating() == 0
              || (worker.averageRating() >= 1 && worker.averageRating() <= 5), Problem.RANGE,
              at + ".averageRating", worker.averageRating(), "must be 0 (none yet) or within [1, 5]");
    }
    if (!checks.isClean()) {
      return Validation.invalid(checks.problems());
    }
    List<WorkforceAssessment> assessments = new ArrayList<>();
    for (WorkerRecord worker : workers) {
      Ratio turnout = worker.promised() == 0 ? Ratio.of(1.0)
          : Ratio.of(worker.arrived(), worker.promised());
      List<String> reasons = new ArrayList<>();
      boolean rated = worker.averageRating() > 0;
      boolean star = worker.services() >= starMinServices && rated
          && worker.averageRating() >= starMinRating;
      if (star) {
        reasons.add("star: " + worker.services() + " services >= " + starMinServices
            + " and rating " + Normalization.number(worker.averageRating()) + " >= "
            + Normalization.number(starMinRating));
      }
      boolean lowTurnout = turnout.value() < replacementTurnoutBelow;
      if (lowTurnout) {
        reasons.add("replacement: turnout " + worker.arrived() + "/" + worker.promised() + " = "
            + Normalization.number(turnout.value()) + " < "
            + Normalization.number(replacementTurnoutBelow));
      }
      boolean lowRating = rated && worker.averageRating() < replacementRatingBelow;
      if (lowRating) {
        reasons.add("replacement: rating " + Normalization.number(worker.averageRating()) + " < "
            + Normalization.number(replacementRatingBelow));
      }
      assessments.add(new WorkforceAssessment(worker.workerId(), turnout, star && !lowTurnout,
          lowTurnout || lowRating, reasons));
    }
    return Validation.valid(List.copyOf(assessments));
  }
}
