package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Ratio;
import dev.huifang.core.WorkerId;
import java.util.List;

/**
 * A workforce decision about one worker, with its reasons.
 *
 * @param workerId the worker
 * @param turnout arrived / promised (1 when nothing was promised yet)
 * @param starWorker certified as a star worker: gets priority on high-value orders
 * @param replacementCandidate low turnout or ratings: a candidate for replacement
 * @param reasons why, one line per rule that applied, with its numbers
 */
public record WorkforceAssessment(WorkerId workerId, Ratio turnout, boolean starWorker,
    boolean replacementCandidate, List<String> reasons) {

  /**
   * Creates an assessment; reasons are copied.
   *
   * @throws NullPointerException if a reference is null
   */
  public WorkforceAssessment {
    requireNonNull(workerId, "workerId is null");
    requireNonNull(turnout, "turnout is null");
    reasons = List.copyOf(reasons);
  }
}
