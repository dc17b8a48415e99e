package dev.huifang.questionnaire;

import dev.huifang.core.Finding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a completed run yields: the satisfaction computed from its ratings, the Findings for the
 * worker's profile, and the follow-up actions its triggers ask for.
 *
 * @param satisfactionPercent the mean of the answered star ratings on a 0-100 scale
 *     ({@code (stars - 1) / 4 × 100}), or {@code null} when no rating was answered
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
