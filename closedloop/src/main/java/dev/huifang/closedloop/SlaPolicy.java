package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Urgency;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The time limits of cases per priority and source: the first matching {@link SlaRule} in order,
 * otherwise the default {@link #terms()}.
 *
 * <p>Defaults ({@link #defaults()}): 48 h to the first response, 14 days to a visible action, a
 * 7-day confirmation window, and deadlines reported as due soon {@link #DEFAULT_WARNING_BEFORE}
 * ahead. The warning period must not be negative ({@link Problem#RANGE}); each rule's terms are
 * checked by {@link SlaTerms}.
 *
 * @param terms the terms of cases no rule matches
 * @param rules the rules, tried in order
 * @param warningBefore how long before a deadline it is reported as due soon
 */
public record SlaPolicy(SlaTerms terms, List<SlaRule> rules, Duration warningBefore) {

  /** Deadlines within 12 hours are reported as due soon. */
  public static final Duration DEFAULT_WARNING_BEFORE = Duration.ofHours(12);

  /**
   * Creates a policy.
   *
   * @throws dev.huifang.core.InvalidModelException if a part is missing or warningBefore is
   *     negative
   */
  @JsonCreator
  public SlaPolicy(
      @JsonProperty("terms") SlaTerms terms,
      @JsonProperty("rules") List<SlaRule> rules,
      @JsonProperty("warningBefore") Duration warningBefore) {
    Checklist checks = Checklist.root().present("terms", terms).present("rules", rules)
        .notNegative("warningBefore", warningBefore);
    checks.throwIfAny("SlaPolicy");
    this.terms = terms;
    this.rules = List.copyOf(rules);
    this.warningBefore = warningBefore;
  }

  /** The domain's defaults and no rules. */
  public static SlaPolicy defaults() {
    return new SlaPolicy(SlaTerms.defaults(), List.of(), DEFAULT_WARNING_BEFORE);
  }

  /** The policy, or its Problems (a missing part, a negative warning period). */
  public static Validation<Seq<Problem>, SlaPolicy> validate(
      SlaTerms terms, List<SlaRule> rules, Duration warningBefore) {
    return Validated.of(() -> new SlaPolicy(terms, rules, warningBefore));
  }

  /** This policy with {@code rule} added after the existing ones. */
  public SlaPolicy withRule(SlaRule rule) {
    List<SlaRule> more = new ArrayList<>(rules);
    more.add(requireNonNull(rule, "rule is null"));
    return new SlaPolicy(terms, more, warningBefore);
  }

  /** The terms of a case of this priority and source: the first matching rule's, or the default. */
  public SlaTerms termsFor(Urgency priority, CaseSource source) {
    for (SlaRule rule : rules) {
      if (rule.matches(priority, source)) {
        return rule.terms();
      }
    }
    return terms;
  }

  /** Which terms apply and why, in words: {@code rules[0]} or the default terms. */
  public String ruleFor(Urgency priority, CaseSource source) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).matches(priority, source)) {
        return "rules[" + i + "] (priority " + priority + ", source " + source + ")";
      }
    }
    return "default terms (no rule for priority " + priority + ", source " + source + ")";
  }
}
