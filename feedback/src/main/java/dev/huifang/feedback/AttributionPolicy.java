package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/**
 * The corroboration rule that decides whether a concern may be attributed to the worker, and the
 * system causes that take a concern off the worker altogether.
 *
 * <p>Rules, in this order, per dimension with a weakness or risk:
 * <ol>
 *   <li>when a Finding's summary or evidence names one of {@link #systemCauses()}, the concern is
 *       the system's ({@link Attribution#SYSTEM}) and becomes a closed-loop case of that cause's
 *       category;
 *   <li>otherwise it is the worker's ({@link Attribution#WORKER}) when it is corroborated: a
 *       measured metric stands behind it (a Finding of perspective {@code SYSTEM}) and
 *       {@link #metricCorroborates()} holds, or at least {@link #minPerspectives()} distinct
 *       perspectives saw it (default: two, e.g. customer and store manager);
 *   <li>otherwise it is kept {@link Attribution#TO_VERIFY}: asked about at the next follow-up,
 *       never stated as a fault.
 * </ol>
 * Adding a corroborating perspective can only move a concern from "to verify" to "worker".
 *
 * @param minPerspectives how many distinct people's perspectives corroborate a concern, at least 2
 *     (default {@value #DEFAULT_MIN_PERSPECTIVES})
 * @param metricCorroborates whether a measured metric alone corroborates (default true)
 * @param systemCauses the causes outside the worker's control, checked in this order
 */
public record AttributionPolicy(int minPerspectives, boolean metricCorroborates,
    List<SystemCause> systemCauses) {

  /** Two perspectives, e.g. a customer and a store manager. */
  public static final int DEFAULT_MIN_PERSPECTIVES = 2;

  /**
   * Creates a policy; causes are copied.
   *
   * @throws NullPointerException if the list or a cause is null
   * @throws dev.huifang.core.InvalidModelException if a value is invalid
   */
  public AttributionPolicy {
    systemCauses = List.copyOf(requireNonNull(systemCauses, "systemCauses is null"));
    problems(minPerspectives, systemCauses).throwIfAny("AttributionPolicy");
  }

  /**
   * The default policy: two perspectives or a measured metric corroborate; outages, stock-outs,
   * scheduling and training clashes are system causes.
   */
  public static AttributionPolicy defaults() {
    return new AttributionPolicy(DEFAULT_MIN_PERSPECTIVES, true, List.of(
        new SystemCause("outage", LocalizedText.of("系统故障", "a system outage"), "system_outage",
            List.of("系统故障", "系统宕机", "宕机", "断网", "系统崩溃", "outage", "system down",
                "system was down", "system failure")),
        new SystemCause("stock_out", LocalizedText.of("缺货", "a stock-out"), "stock_out",
            List.of("缺货", "断货", "库存不足", "没有库存", "stock-out", "stock out", "out of stock",
                "stockout")),
        new SystemCause("scheduling", LocalizedText.of("排班调度", "scheduling"), "scheduling",
            List.of("排班", "调度失误", "派单错误", "scheduling", "double-booked", "dispatch error")),
        new SystemCause("training_clash", LocalizedText.of("培训时间冲突", "a training clash"),
            "worker_demand",
            List.of("培训和主业冲突", "培训时间冲突", "培训冲突", "training clash",
                "training clashes"))));
  }

  /**
   * The policy, or every Problem: a {@link Problem#RANGE} for {@code minPerspectives} below 2 (one
   * perspective alone never pins a fault on a worker) and each cause's own Problems at
   * {@code systemCauses[i]}.
   */
  public static Validation<Seq<Problem>, AttributionPolicy> validate(int minPerspectives,
      boolean metricCorroborates, List<SystemCause> systemCauses) {
    return problems(minPerspectives, systemCauses).toValidation(
        () -> new AttributionPolicy(minPerspectives, metricCorroborates, systemCauses));
  }

  /** This policy with another perspective count. */
  public AttributionPolicy withMinPerspectives(int minPerspectives) {
    return new AttributionPolicy(minPerspectives, metricCorroborates, systemCauses);
  }

  /** The Problems of this policy under {@code path}. */
  public Seq<Problem> problems(String path) {
    return Checklist.at(path).addAll("", problems(minPerspectives, systemCauses).problems())
        .problems();
  }

  private static Checklist problems(int minPerspectives, List<SystemCause> causes) {
    Checklist checks = Checklist.root().atLeast("minPerspectives", minPerspectives, 2);
    for (int i = 0; i < causes.size(); i++) {
      checks.addAll(Problem.index("systemCauses", i),
          requireNonNull(causes.get(i), "cause is null").problems(""));
    }
    return checks;
  }
}
