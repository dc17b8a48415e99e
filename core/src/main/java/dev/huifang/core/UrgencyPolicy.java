package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;

/**
 * Thresholds that turn the time left until an order is due into an {@link Urgency}.
 *
 * <p>Both thresholds are positive and the ultra-urgent one is not longer than the urgent one.
 * The domain's defaults ({@link #defaults()}): due within 24 h is ultra-urgent, within 72 h urgent.
 *
 * @param ultraUrgentWithin orders due within this are {@link Urgency#ULTRA_URGENT}
 * @param urgentWithin orders due within this (and not ultra-urgent) are {@link Urgency#URGENT}
 */
public record UrgencyPolicy(Duration ultraUrgentWithin, Duration urgentWithin) {

  /** Default ultra-urgent threshold: 24 hours. */
  public static final Duration DEFAULT_ULTRA_URGENT_WITHIN = Duration.ofHours(24);
  /** Default urgent threshold: 72 hours. */
  public static final Duration DEFAULT_URGENT_WITHIN = Duration.ofHours(72);

  /**
   * Creates a policy for trusted input.
   *
   * @throws InvalidModelException if a threshold is not positive or they are out of order
   */
  @JsonCreator
  public UrgencyPolicy(
      @JsonProperty("ultraUrgentWithin") Duration ultraUrgentWithin,
      @JsonProperty("urgentWithin") Duration urgentWithin) {
    check(ultraUrgentWithin, urgentWithin).throwIfAny("UrgencyPolicy");
    this.ultraUrgentWithin = ultraUrgentWithin;
    this.urgentWithin = urgentWithin;
  }

  /** The domain's defaults: 24 h and 72 h. */
  public static UrgencyPolicy defaults() {
    return new UrgencyPolicy(DEFAULT_ULTRA_URGENT_WITHIN, DEFAULT_URGENT_WITHIN);
  }

  /** The policy, or every Problem with its thresholds. */
  public static Validation<Seq<Problem>, UrgencyPolicy> validate(
      Duration ultraUrgentWithin, Duration urgentWithin) {
    return check(ultraUrgentWithin, urgentWithin)
        .toValidation(() -> new UrgencyPolicy(ultraUrgentWithin, urgentWithin));
  }

  private static Checklist check(Duration ultraUrgentWithin, Duration urgentWithin) {
    Checklist checks = Checklist.root()
        .positive("ultraUrgentWithin", ultraUrgentWithin)
        .positive("urgentWithin", urgentWithin);
    if (checks.isClean()) {
      checks.require(ultraUrgentWithin.compareTo(urgentWithin) <= 0, Problem.ORDER,
          "ultraUrgentWithin", ultraUrgentWithin, "must be <= urgentWithin (" + urgentWithin + ")");
    }
    return checks;
  }

  /**
   * The urgency of an order due {@code timeLeft} from now; an order already overdue (negative time
   * left) is ultra-urgent.
   */
  public Urgency classify(Duration timeLeft) {
    requireNonNull(timeLeft, "timeLeft is null");
    if (timeLeft.compareTo(ultraUrgentWithin) <= 0) {
      return Urgency.ULTRA_URGENT;
    }
    return timeLeft.compareTo(urgentWithin) <= 0 ? Urgency.URGENT : Urgency.ROUTINE;
  }
}
