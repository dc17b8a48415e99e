package dev.huifang.kafka;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.WorkerId;
import dev.huifang.scoring.DifficultyCoefficients;
import dev.huifang.scoring.Direction;
import dev.huifang.scoring.MetricCategory;
import dev.huifang.scoring.MetricDefinition;
import dev.huifang.scoring.Normalization;
import dev.huifang.scoring.ReworkPolicy;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.ServiceOrder;
import dev.huifang.scoring.WeightGroup;
import dev.huifang.scoring.WeightedMetric;
import dev.huifang.scoring.WorkerMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scoring parts of the examples module's scenarios 1 and 2 as inputs: the same schemes and
 * the same workers' figures, built here because the examples keep them package-private.
 */
final class ScoringScenarios {

  private ScoringScenarios() {}

  /** Scenario 2: after-sales technicians, workload 40% / quality 60%. */
  static ScoringScheme afterSalesScheme() {
    MetricDefinition orders = MetricDefinition.builder().id("orders_per_day")
        .name(LocalizedText.of("日均工单（难度加权）", "Orders per day (difficulty-weighted)"))
        .category(MetricCategory.EFFICIENCY).dimension(Dimension.EFFICIENCY).unit("orders/day")
        .normalization(new Normalization.Linear(0, 8)).range(0, 50).build();
    MetricDefinition onTime = MetricDefinition.ratio("on_time_rate",
        LocalizedText.of("24 小时内完成率", "Done within 24 h"), MetricCategory.EFFICIENCY,
        Dimension.EFFICIENCY, Direction.HIGHER_IS_BETTER, new Normalization.Linear(0.5, 1.0));
    MetricDefinition rework = MetricDefinition.ratio("rework_rate",
        LocalizedText.of("返修率", "Rework rate"), MetricCategory.QUALITY, Dimension.QUALITY,
        Direction.LOWER_IS_BETTER, new Normalization.Linear(0.2, 0.0));
    MetricDefinition satisfaction = MetricDefinition.ratio("satisfaction_rate",
        LocalizedText.of("客户满意率", "Customer satisfaction rate"), MetricCategory.CUSTOMER,
        Dimension.SATISFACTION, Direction.HIGHER_IS_BETTER, new Normalization.Linear(0.6, 1.0));
    MetricDefinition success = MetricDefinition.ratio("repair_success_rate",
        LocalizedText.of("维修成功率", "Repair success rate"), MetricCategory.QUALITY,
        Dimension.QUALITY, Direction.HIGHER_IS_BETTER, new Normalization.Linear(0.7, 1.0));
    return ScoringScheme.builder().id("after-sales-2026-03")
        .name(LocalizedText.of("售后技师月度考核", "After-sales technicians, monthly"))
        .addMetrics(orders, onTime, rework, satisfaction, success)
        .addGroups(WeightGroup.of("workload", LocalizedText.of("工作量", "Workload"), 0.4,
                WeightedMetric.of("orders_per_day", 0.5), WeightedMetric.of("on_time_rate", 0.5)),
            WeightGroup.of("quality", LocalizedText.of("质量", "Quality"), 0.6,
                WeightedMetric.of("rework_rate", 0.3), WeightedMetric.of("satisfaction_rate", 0.5),
                WeightedMetric.of("repair_success_rate", 0.2)))
        .build();
  }

  /**
   * Scenario 2's ten technicians; Wang's orders per day (7.227…) and rework (0.1) are what the
   * example derives from his 50 orders with difficulty coefficients over 22 working days.
   */
  static List<WorkerMetrics> afterSalesTeam() {
    DifficultyCoefficients coefficients = new DifficultyCoefficients(new TreeMap<>(Map.of(
        "fridge_repair", 1.0, "washer_repair", 1.2, "central_ac_repair", 2.5)));
    List<ServiceOrder> orders = wangsOrders();
    double wangOrdersPerDay = coefficients.weightedCount(orders).get() / 22;
    double wangRework = ReworkPolicy.defaults().rate(orders).get().value();
    return List.of(
        tech("wang", wangOrdersPerDay, 1.0, wangRework, 0.93, 0.95).withCounts(1, 1, 2),
        tech("li", 7.6, 1.0, 0.18, 0.78, 0.80),
        tech("zhang", 3.1, 0.70, 0.02, 0.97, 0.99),
        tech("zhao", 5.0, 0.92, 0.06, 0.90, 0.94),
        tech("chen", 4.5, 0.88, 0.08, 0.86, 0.90),
        tech("liu", 5.5, 1.0, 0.04, 0.95, 0.96),
        tech("yang", 4.0, 0.85, 0.10, 0.82, 0.88).withCounts(2, 0, 0),
        tech("huang", 6.0, 0.95, 0.05, 0.91, 0.93),
        tech("zhou", 3.8, 0.80, 0.07, 0.88, 0.92),
        tech("wu", 4.8, 0.90, 0.09, 0.85, 0.90));
  }

  /** Wang's 50 orders: 30 fridge, 12 washer, 8 central AC; 5 fail again within a week. */
  private static List<ServiceOrder> wangsOrders() {
    Instant month = Instant.parse("2026-03-01T00:00:00Z");
    List<ServiceOrder> orders = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String type = i < 30 ? "fridge_repair" : i < 42 ? "washer_repair" : "central_ac_repair";
      Instant done = month.plus(Duration.ofHours(10L * i));
      Instant again = i % 10 == 3 ? done.plus(Duration.ofDays(5))
          : i == 48 ? done.plus(Duration.ofDays(9)) : null;
      orders.add(new ServiceOrder("o-" + i, type, done, again));
    }
    return orders;
  }

  /** Scenario 1: the 618 promoters, sales 50% / service 50%. */
  static ScoringScheme promotionScheme() {
    MetricDefinition conversion = MetricDefinition.ratio("conversion_rate",
        LocalizedText.of("转化率", "Conversion rate"), MetricCategory.EFFICIENCY,
        Dimension.OBJECTION_HANDLING, Direction.HIGHER_IS_BETTER,
        new Normalization.Linear(0.05, 0.30));
    MetricDefinition customers = MetricDefinition.builder().id("customers_per_day")
        .name(LocalizedText.of("日接待顾客数", "Customers served per day"))
        .category(MetricCategory.EFFICIENCY).dimension(Dimension.EFFICIENCY).unit("customers/day")
        .normalization(new Normalization.Linear(0, 40)).range(0, 200).build();
    MetricDefinition policy = MetricDefinition.stars("policy_accuracy",
        LocalizedText.of("促销政策传达准确度", "Promotion-policy accuracy"), MetricCategory.QUALITY,
        Dimension.POLICY_ACCURACY);
    MetricDefinition satisfaction = MetricDefinition.stars("satisfaction",
        LocalizedText.of("顾客满意度", "Customer satisfaction"), MetricCategory.CUSTOMER,
        Dimension.SATISFACTION);
    return ScoringScheme.builder().id("promotion-618").name(LocalizedText.of("618 促销员考核",
        "618 promoters")).addMetrics(conversion, customers, policy, satisfaction)
        .addGroups(WeightGroup.of("sales", LocalizedText.of("销售", "Sales"), 0.5,
                WeightedMetric.of("conversion_rate", 0.6),
                WeightedMetric.of("customers_per_day", 0.4)),
            WeightGroup.of("service", LocalizedText.of("服务", "Service"), 0.5,
                WeightedMetric.of("policy_accuracy", 0.4), WeightedMetric.of("satisfaction", 0.6)))
        .build();
  }

  /** Scenario 1's four promoters. */
  static List<WorkerMetrics> promoters() {
    return List.of(promoter("w-1024", 0.22, 26, 5, 4.2), promoter("w-2048", 0.27, 31, 4.5, 4.6),
        promoter("w-3072", 0.18, 35, 4, 4.1), promoter("w-4096", 0.12, 22, 3.5, 3.9));
  }

  private static WorkerMetrics tech(String id, double orders, double onTime, double rework,
      double satisfaction, double success) {
    return WorkerMetrics.of(id, Map.of("orders_per_day", orders, "on_time_rate", onTime,
        "rework_rate", rework, "satisfaction_rate", satisfaction, "repair_success_rate", success));
  }

  private static WorkerMetrics promoter(String worker, double conversion, double customers,
      double policy, double satisfaction) {
    return WorkerMetrics.of(WorkerId.of(worker).value(), Map.of("conversion_rate", conversion,
        "customers_per_day", customers, "policy_accuracy", policy, "satisfaction", satisfaction));
  }
}
