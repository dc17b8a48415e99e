package dev.huifang.questionnaire.internal;

import dev.huifang.core.Dimension;
import dev.huifang.core.Experience;
import dev.huifang.core.Perspective;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.Urgency;
import dev.huifang.questionnaire.Fit;
import dev.huifang.questionnaire.SelectionPlan;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.questionnaire.StratumRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Huifang's built-in stratification policy over the built-in bank; see {@link DefaultBank}. */
public final class DefaultPolicy {

  /** The customer's "what pleased you most". */
  public static final QuestionId CUSTOMER_PLEASED = QuestionId.of("cust.pleased");
  /** The customer's "what should we improve". */
  public static final QuestionId CUSTOMER_IMPROVE = QuestionId.of("cust.improve");
  /** The client's "what pleased you most". */
  public static final QuestionId CLIENT_PLEASED = QuestionId.of("client.pleased");
  /** The client's "what should we improve". */
  public static final QuestionId CLIENT_IMPROVE = QuestionId.of("client.improve");
  /** The mid-stage worker's improvement suggestion. */
  public static final QuestionId SELF_IMPROVEMENT_SUGGESTION = QuestionId.of("self.process_idea");

  private DefaultPolicy() {}

  /** The policy. */
  public static StratificationPolicy policy() {
    List<StratumRule> rules = new ArrayList<>();
    Fit self = Fit.perspectives(Perspective.SELF);
    rules.add(new StratumRule("self-first-time", self.withExperiences(Experience.FIRST_TIME),
        worker(plan(Dimension.TRAINING_USEFULNESS))));
    rules.add(new StratumRule("self-repeat", self.withExperiences(Experience.REPEAT),
        worker(plan(Dimension.DIFFERENTIATED_STRATEGY))));
    Map<Role, Dimension[]> roleDimensions = Map.of(
        Role.PROMOTION, new Dimension[] {Dimension.PRODUCT_KNOWLEDGE, Dimension.POLICY_ACCURACY,
            Dimension.OBJECTION_HANDLING},
        Role.TECHNICAL_SUPPORT, new Dimension[] {Dimension.PROCEDURE_PROFICIENCY,
            Dimension.SAFETY_COMPLIANCE},
        Role.LOGISTICS, new Dimension[] {Dimension.EFFICIENCY, Dimension.DAMAGE_RATE});
    for (Role role : Role.builtIns()) {
      // every built-in role has its dimensions above
      Dimension[] dimensions = java.util.Objects.requireNonNull(roleDimensions.get(role),
          role::code);
      rules.add(new StratumRule(role.code() + "-first-time",
          self.withRoles(role).withExperiences(Experience.FIRST_TIME),
          worker(plan(and(dimensions, Dimension.TRAINING_USEFULNESS)))));
      rules.add(new StratumRule(role.code() + "-repeat",
          self.withRoles(role).withExperiences(Experience.REPEAT),
          worker(plan(and(dimensions, Dimension.DIFFERENTIATED_STRATEGY)))));
    }
    rules.add(new StratumRule("customer", Fit.perspectives(Perspective.CUSTOMER),
        plan(Dimension.SATISFACTION, Dimension.ATTITUDE)
            // the overall rating, what pleased them most, and the probe after a low rating
            .withQuota(Dimension.SATISFACTION, 3)
            .withRequiredQuestions(CUSTOMER_PLEASED, CUSTOMER_IMPROVE)));
    rules.add(new StratumRule("internal-team", Fit.perspectives(Perspective.INTERNAL_TEAM),
        plan(Dimension.TEAMWORK, Dimension.TURNOUT, Dimension.SKILL_MATCH)));
    Fit headhunting = Fit.perspectives(Perspective.CLIENT).withRoles(DefaultBank.HEADHUNTING);
    rules.add(new StratumRule("headhunting-urgent", headhunting.withUrgencies(Urgency.ULTRA_URGENT),
        client(plan(Dimension.COMMUNICATION_EFFICIENCY, Dimension.HANDLING_SURPRISES))));
    rules.add(new StratumRule("headhunting-longer",
        headhunting.withUrgencies(Urgency.URGENT, Urgency.ROUTINE),
        client(plan(Dimension.REQUIREMENT_UNDERSTANDING, Dimension.MATCH_PRECISION))));
    rules.add(new StratumRule("staffing-client", Fit.perspectives(Perspective.CLIENT)
        .withRoles(Role.PROMOTION, Role.TECHNICAL_SUPPORT, Role.LOGISTICS),
        client(plan(Dimension.TURNOUT, Dimension.SKILL_MATCH, Dimension.ATTITUDE))));
    return new StratificationPolicy(rules, SelectionPlan.defaults().withOpen(0, 2));
  }

  /**
   * A worker's own plan: the improvement-suggestion question whenever it fits (mid-stage), and
   * objection handling for promotion staff.
   */
  private static SelectionPlan worker(SelectionPlan plan) {
    return plan.withRequiredQuestions(SELF_IMPROVEMENT_SUGGESTION);
  }

  /** A client's plan: what pleased them most and what we should improve, always. */
  private static SelectionPlan client(SelectionPlan plan) {
    return plan.withRequiredQuestions(CLIENT_PLEASED, CLIENT_IMPROVE);
  }

  private static Dimension[] and(Dimension[] dimensions, Dimension more) {
    Dimension[] all = java.util.Arrays.copyOf(dimensions, dimensions.length + 1);
    all[dimensions.length] = more;
    return all;
  }

  private static SelectionPlan plan(Dimension... required) {
    SelectionPlan plan = SelectionPlan.defaults(required);
    for (Dimension dimension : required) {
      plan = plan.withQuota(dimension, SelectionPlan.DEFAULT_QUOTA);
    }
    return plan;
  }
}
