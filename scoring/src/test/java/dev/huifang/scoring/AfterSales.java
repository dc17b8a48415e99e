package dev.huifang.scoring;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import java.util.Map;

/** The domain's after-sales scheme: workload 40% / quality 60%, satisfaction 30% of the total. */
final class AfterSales {

  private AfterSales() {}

  static final MetricDefinition ORDERS = MetricDefinition.builder().id("orders_per_day")
      .name(LocalizedText.of("日均工单（按难度加权）", "Orders per day (difficulty-weighted)"))
      .category(MetricCategory.EFFICIENCY).dimension(Dimension.EFFICIENCY).unit("orders/day")
      .normalization(new Normalization.Linear(0, 8)).range(0, 50).build();
  static final MetricDefinition ON_TIME = MetricDefinition.ratio("on_time_rate",
      LocalizedText.of("24 小时内完成率", "Done within 24 h"), MetricCategory.EFFICIENCY,
      Dimension.EFFICIENCY, Direction.HIGHER_IS_BETTER, new Normalization.Linear(0.5, 1.0));
  static final MetricDefinition REWORK = MetricDefinition.ratio("rework_rate",
      LocalizedText.of("返修率", "Rework rate"), MetricCategory.QUALITY, Dimension.QUALITY,
      Direction.LOWER_IS_BETTER, new Normalization.Linear(0.2, 0.0));
  static final MetricDefinition SATISFACTION = MetricDefinition.stars("satisfaction",
      LocalizedText.of("客户满意度", "Customer satisfaction"), MetricCategory.CUSTOMER,
      Dimension.SATISFACTION);
  static final MetricDefinition SUCCESS = MetricDefinition.ratio("repair_success_rate",
      LocalizedText.of("维修成功率", "Repair success rate"), MetricCategory.QUALITY,
      Dimension.QUALITY, Direction.HIGHER_IS_BETTER, new Normalization.Linear(0.7, 1.0));

  static ScoringScheme.Builder builder() {
    return ScoringScheme.builder()
        .id("after-sales-2026")
        .name(LocalizedText.of("售后技师月度考核", "After-sales technicians, monthly"))
        .addMetrics(ORDERS, ON_TIME, REWORK, SATISFACTION, SUCCESS)
        .addGroups(
            WeightGroup.of("workload", LocalizedText.of("工作量", "Workload"), 0.4,
                WeightedMetric.of("orders_per_day", 0.5), WeightedMetric.of("on_time_rate", 0.5)),
            WeightGroup.of("quality", LocalizedText.of("质量", "Quality"), 0.6,
                WeightedMetric.of("rework_rate", 0.3), WeightedMetric.of("satisfaction", 0.5),
                WeightedMetric.of("repair_success_rate", 0.2)));
  }

  static ScoringScheme scheme() {
    return builder().build();
  }

  /** Technician A: 6 orders a day, 95% on time, 5 of 50 reworked, 4.6 stars, 92% success. */
  static WorkerMetrics technicianA() {
    return WorkerMetrics.of("tech-a", Map.of("orders_per_day", 6.0, "on_time_rate", 0.95,
        "rework_rate", 0.1, "satisfaction", 4.6, "repair_success_rate", 0.92));
  }
}
