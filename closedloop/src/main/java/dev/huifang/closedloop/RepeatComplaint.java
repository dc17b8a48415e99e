package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.CaseId;
import java.time.Duration;

/**
 * A case counted as a repeat complaint, and the earlier case it repeats.
 *
 * @param caseId the repeat
 * @param earlier the most recent earlier case with the same fingerprint
 * @param fingerprint the keyed fingerprint of category, subject and place as loop analytics see
 *     them (personal information as keyed tokens): 16 hex digits that quote no text
 * @param gap the time between the two submissions
 */
public record RepeatComplaint(CaseId caseId, CaseId earlier, String fingerprint, Duration gap) {

  /**
   * Creates the record.
   *
   * @throws NullPointerException if an argument is null
   */
  public RepeatComplaint {
    requireNonNull(caseId, "caseId is null");
    requireNonNull(earlier, "earlier is null");
    requireNonNull(fingerprint, "fingerprint is null");
    requireNonNull(gap, "gap is null");
  }
}
