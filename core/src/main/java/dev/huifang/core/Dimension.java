package dev.huifang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A capability or aspect of work that questions measure, metrics score and findings speak of; an
 * open set.
 *
 * <p>The constants are the dimensions named by Huifang's domain, shared so that a Finding from
 * scoring and one from a questionnaire about the same capability meet in one feedback script and
 * one learning-resource catalogue. Host apps add their own with {@link #of(String)}.
 */
public record Dimension(@JsonValue String code) implements Identifier, Comparable<Dimension> {

  /** Product selling points and technical knowledge. */
  public static final Dimension PRODUCT_KNOWLEDGE = new Dimension("product_knowledge");
  /** Handling customers' objections (price, competitors). */
  public static final Dimension OBJECTION_HANDLING = new Dimension("objection_handling");
  /** Accuracy when communicating promotion policy. */
  public static final Dimension POLICY_ACCURACY = new Dimension("policy_accuracy");
  /** Proficiency in operating procedures. */
  public static final Dimension PROCEDURE_PROFICIENCY = new Dimension("procedure_proficiency");
  /** Compliance with safety rules. */
  public static final Dimension SAFETY_COMPLIANCE = new Dimension("safety_compliance");
  /** Handling surprises on the job. */
  public static final Dimension HANDLING_SURPRISES = new Dimension("handling_surprises");
  /** Efficiency: work done per unit of time. */
  public static final Dimension EFFICIENCY = new Dimension("efficiency");
  /** Goods damaged while handled. */
  public static final Dimension DAMAGE_RATE = new Dimension("damage_rate");
  /** Proficiency with the operating system of the warehouse or shop. */
  public static final Dimension SYSTEM_PROFICIENCY = new Dimension("system_proficiency");
  /** How useful the training was. */
  public static final Dimension TRAINING_USEFULNESS = new Dimension("training_usefulness");
  /** A differentiated service strategy, asked of repeat workers. */
  public static final Dimension DIFFERENTIATED_STRATEGY = new Dimension("differentiated_strategy");
  /** Efficiency of communication on urgent orders. */
  public static final Dimension COMMUNICATION_EFFICIENCY = new Dimension("communication_efficiency");
  /** Depth of understanding of the client's requirement. */
  public static final Dimension REQUIREMENT_UNDERSTANDING = new Dimension("requirement_understanding");
  /** Precision of candidate matching. */
  public static final Dimension MATCH_PRECISION = new Dimension("match_precision");
  /** Turnout: workers who arrived of those promised. */
  public static final Dimension TURNOUT = new Dimension("turnout");
  /** Fit between the worker's skills and the task. */
  public static final Dimension SKILL_MATCH = new Dimension("skill_match");
  /** Service attitude. */
  public static final Dimension ATTITUDE = new Dimension("attitude");
  /** Communication with customers. */
  public static final Dimension CUSTOMER_COMMUNICATION = new Dimension("customer_communication");
  /** Satisfaction of the customer or client. */
  public static final Dimension SATISFACTION = new Dimension("satisfaction");
  /** Quality of the work: errors, rework, repair success. */
  public static final Dimension QUALITY = new Dimension("quality");
  /** Compliance with rules and honest communication (no over-promising). */
  public static final Dimension COMPLIANCE = new Dimension("compliance");
  /** Teamwork with store, warehouse or service colleagues. */
  public static final Dimension TEAMWORK = new Dimension("teamwork");
  /** Response speed to requests. */
  public static final Dimension RESPONSIVENESS = new Dimension("responsiveness");
  /** Professionalism of a consultant. */
  public static final Dimension PROFESSIONALISM = new Dimension("professionalism");

  /**
   * Creates a dimension.
   *
   * @throws NullPointerException if code is null
   */
  public Dimension {
    requireNonNull(code, "code is null");
  }

  /** The dimension with this code. */
  @JsonCreator
  public static Dimension of(String code) {
    return new Dimension(code);
  }

  @Override
  public String value() {
    return code;
  }

  @Override
  public int compareTo(Dimension other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
