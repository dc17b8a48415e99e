package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.WorkerId;

/**
 * What a staffing company knows of a worker across orders: turnout and service history.
 *
 * @param workerId the worker
 * @param promised shifts the worker promised (or was booked for)
 * @param arrived shifts the worker actually turned up for
 * @param services services completed
 * @param averageRating the average customer rating, 1-5 stars, or 0 when there is none yet
 */
public record WorkerRecord(WorkerId workerId, int promised, int arrived, int services,
    double averageRating) {

  /**
   * Creates a record.
   *
   * @throws NullPointerException if workerId is null
   */
  public WorkerRecord {
    requireNonNull(workerId, "workerId is null");
  }
}
