package dev.huifang.questionnaire;

import dev.huifang.core.Finding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a completed run yields: the satisfaction computed from its ratings, the Findings for the
 * worker's profile, and the follow-up actions its triggers ask for.
 *
 * @param satisfactionPercent the customer's or client's satisfaction on a 0-100 scale: the
 *     weighted mean of the visible answered satisfaction indicators ({@code (stars - 1) / 4 × 100},
 *     weights and perspectives from the {@link TriggerPolicy}), or {@code null} when the run has
 *     none (a worker's own follow-up, or no indicator answered)
 * @param findings strengths and weaknesses from the ratings, with their evidence
 * @param actions the follow-ups to arrange
 */
public record RunOutcome(@Nullable Double satisfactionPercent, List<Finding> findings,
    List<FollowUpAction> actions) {

  /** Creates the outcome; lists are copied. */
  public RunOutcome {
    findings = List.copyOf(findings);
    actions = List.copyOf(actions);
  }
}
