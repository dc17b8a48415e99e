package dev.huifang.scoring;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.List;

/**
 * Counts rework: an order that fails again within the window after it was completed counts
 * against quality (5 of 50 orders failing again within a week is a rework rate of 10%).
 *
 * @param window how long after completion a new failure still counts, {@code > 0}
 */
public record ReworkPolicy(Duration window) {

  /** Default window: 7 days. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

  /**
   * Creates a policy.
   *
   * @throws NullPointerException if window is null
   */
  public ReworkPolicy {
    requireNonNull(window, "window is null");
  }

  /** The default: a 7-day window. */
  public static ReworkPolicy defaults() {
    return new ReworkPolicy(DEFAULT_WINDOW);
  }

  /**
   * The rework rate of {@code orders}: those that failed again within the window, over all.
   *
   * @return the rate, or Problems: a window that is not positive, no orders, or an order failing
   *     again before it was completed ({@link Problem#ORDER} at {@code orders[i].failedAgainAt})
   */
  public Validation<Seq<Problem>, Ratio> rate(List<ServiceOrder> orders) {
    Checklist checks = Checklist.root().positive("window", window)
        .require(!orders.isEmpty(), Problem.REQUIRED, "orders", null, "must hold at least one order");
    int reworked = 0;
    for (int i = 0; i < orders.size(); i++) {
      ServiceOrder order = orders.get(i);
      if (order.failedAgainAt() != null) {
        checks.notBefore(Problem.index("orders", i) + ".failedAgainAt", order.failedAgainAt(),
            "completedAt", order.completedAt());
        // the time between never overflows, where completedAt + window can for a huge window
        if (Duration.between(order.completedAt(), order.failedAgainAt()).compareTo(window) <= 0) {
          reworked++;
        }
      }
    }
    int count = reworked;
    return checks.toValidation(() -> Ratio.of(count, orders.size()));
  }
}
