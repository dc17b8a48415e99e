package dev.huifang.feedback;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The numbers behind content selection, as defaults host apps can change.
 *
 * @param maxConcerns how many problems a script raises, 1 or 2 (default
 *     {@value #DEFAULT_MAX_CONCERNS}: the domain's "one concrete problem")
 * @param mentorMinMagnitude a development area at least this strong is also matched to a 1:1
 *     mentor in the capability report (default {@value #DEFAULT_MENTOR_MIN_MAGNITUDE})
 * @param workshopMinMagnitude a strength at least this strong earns a workshop invitation (default
 *     {@value #DEFAULT_WORKSHOP_MIN_MAGNITUDE})
 */
public record ScriptPolicy(int maxConcerns, double mentorMinMagnitude,
    double workshopMinMagnitude) {

  /** One problem per conversation, as the domain's sandwich method says. */
  public static final int DEFAULT_MAX_CONCERNS = 1;
  /** Development areas at or above this magnitude also get a mentor. */
  public static final double DEFAULT_MENTOR_MIN_MAGNITUDE = 0.6;
  /** Strengths at or above this magnitude earn a workshop invitation. */
  public static final double DEFAULT_WORKSHOP_MIN_MAGNITUDE = 0.8;

  /**
   * Creates a policy.
   *
   * @throws dev.huifang.core.InvalidModelException if a value is out of range
   */
  public ScriptPolicy {
    problems(maxConcerns, mentorMinMagnitude, workshopMinMagnitude).throwIfAny("ScriptPolicy");
  }

  /** The default policy. */
  public static ScriptPolicy defaults() {
    return new ScriptPolicy(DEFAULT_MAX_CONCERNS, DEFAULT_MENTOR_MIN_MAGNITUDE,
        DEFAULT_WORKSHOP_MIN_MAGNITUDE);
  }

  /**
   * The policy, or a {@link Problem#RANGE} for {@code maxConcerns} outside [1, 2] and for a
   * magnitude outside [0, 1].
   */
  public static Validation<Seq<Problem>, ScriptPolicy> validate(int maxConcerns,
      double mentorMinMagnitude, double workshopMinMagnitude) {
    return problems(maxConcerns, mentorMinMagnitude, workshopMinMagnitude).toValidation(
        () -> new ScriptPolicy(maxConcerns, mentorMinMagnitude, workshopMinMagnitude));
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** This policy with another number of problems per script. */
  public ScriptPolicy withMaxConcerns(int maxConcerns) {
    return new ScriptPolicy(maxConcerns, mentorMinMagnitude, workshopMinMagnitude);
  }

  private static Checklist problems(int maxConcerns, double mentor, double workshop) {
    return Checklist.root()
        .atLeast("maxConcerns", maxConcerns, 1)
        .atMost("maxConcerns", maxConcerns, FeedbackScript.MAX_CONCERNS)
        .within("mentorMinMagnitude", mentor, 0.0, 1.0)
        .within("workshopMinMagnitude", workshop, 0.0, 1.0);
  }

  /** Builds a policy from the defaults; {@link #validate()} returns every Problem at once. */
  public static final class Builder {
    private int maxConcerns = DEFAULT_MAX_CONCERNS;
    private double mentorMinMagnitude = DEFAULT_MENTOR_MIN_MAGNITUDE;
    private double workshopMinMagnitude = DEFAULT_WORKSHOP_MIN_MAGNITUDE;

    private Builder() {}

    /** Problems per script, 1 or 2; default {@value #DEFAULT_MAX_CONCERNS}. */
    public Builder maxConcerns(int maxConcerns) {
      this.maxConcerns = maxConcerns;
      return this;
    }

    /** Mentor threshold in [0, 1]; default {@value #DEFAULT_MENTOR_MIN_MAGNITUDE}. */
    public Builder mentorMinMagnitude(double mentorMinMagnitude) {
      this.mentorMinMagnitude = mentorMinMagnitude;
      return this;
    }

    /** Workshop threshold in [0, 1]; default {@value #DEFAULT_WORKSHOP_MIN_MAGNITUDE}. */
    public Builder workshopMinMagnitude(double workshopMinMagnitude) {
      this.workshopMinMagnitude = workshopMinMagnitude;
      return this;
    }

    /** The policy, or every {@link Problem#RANGE} of {@link ScriptPolicy#validate}. */
    public Validation<Seq<Problem>, ScriptPolicy> validate() {
      return ScriptPolicy.validate(maxConcerns, mentorMinMagnitude, workshopMinMagnitude);
    }

    /**
     * The policy, for trusted values.
     *
     * @throws dev.huifang.core.InvalidModelException if a value is out of range
     */
    public ScriptPolicy build() {
      return new ScriptPolicy(maxConcerns, mentorMinMagnitude, workshopMinMagnitude);
    }
  }
}
