package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A completed service order (a repair, an installation) and whether it failed again.
 *
 * @param id the order's id
 * @param taskType its type, for difficulty coefficients (e.g. {@code fridge_repair})
 * @param completedAt when it was completed
 * @param failedAgainAt when the same fault was reported again, or {@code null}
 */
public record ServiceOrder(String id, String taskType, Instant completedAt,
    @Nullable Instant failedAgainAt) {

  /**
   * Creates an order.
   *
   * @throws NullPointerException if id, taskType or completedAt is null
   */
  public ServiceOrder {
    requireNonNull(id, "id is null");
    requireNonNull(taskType, "taskType is null");
    requireNonNull(completedAt, "completedAt is null");
  }
}
