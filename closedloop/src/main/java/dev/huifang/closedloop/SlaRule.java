package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * Terms for the cases of one priority and source; {@code null} matches any.
 *
 * @param priority the priority it applies to, or {@code null} for any
 * @param source the source it applies to, or {@code null} for any
 * @param terms the time limits
 */
public record SlaRule(@Nullable Urgency priority, @Nullable CaseSource source, SlaTerms terms) {

  /**
   * Creates a rule.
   *
   * @throws NullPointerException if terms is null
   */
  public SlaRule {
    requireNonNull(terms, "terms is null");
  }

  /** True when the rule applies to a case of this priority and source. */
  public boolean matches(Urgency casePriority, CaseSource caseSource) {
    return (priority == null || priority == casePriority)
        && (source == null || source == caseSource);
  }
}
