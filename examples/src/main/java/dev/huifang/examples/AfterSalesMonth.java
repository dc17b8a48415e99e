package dev.huifang.examples;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.MetricId;
import dev.huifang.core.Ratio;
import dev.huifang.core.WorkerId;
import dev.huifang.scoring.Award;
import dev.huifang.scoring.BalanceFlag;
import dev.huifang.scoring.BalancePolicy;
import dev.huifang.scoring.BoundaryRule;
import dev.huifang.scoring.Condition;
import dev.huifang.scoring.DifficultyCoefficients;
import dev.huifang.scoring.Direction;
import dev.huifang.scoring.IncentivePolicy;
import dev.huifang.scoring.IncentiveRule;
import dev.huifang.scoring.MetricCategory;
import dev.huifang.scoring.MetricDefinition;
import dev.huifang.scoring.Normalization;
import dev.huifang.scoring.PercentileRule;
import dev.huifang.scoring.RankedWorker;
import dev.huifang.scoring.Ranking;
import dev.huifang.scoring.ReworkPolicy;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.ServiceOrder;
import dev.huifang.scoring.TieRule;
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
 * Scenario 2, after-sales technicians' month: a workload 40% / quality 60% scheme, difficulty
 * coefficients, 5 of 50 orders reworked, a recovered complaint, the 10% bonus rule, the top-30%
 * promotion list and a speed-over-quality alert.
 */
final class AfterSalesMonth {

  static final Instant MONTH = Instant.parse("2026-03-01T00:00:00Z");
  static final int WORKING_DAYS = 22;

  /** What the scenario ends with, for its test. */
  record Outcome(Ratio wangRework, double wangOrdersPerDay, List<Scorecard> scorecards,
      List<Award> awards, List<RankedWorker> promotionList, List<BalanceFlag> balance) {}

  private AfterSalesMonth() {}

  static Outcome run(Report report) {
    report.title("场景 2：售后技师的月度考核", "Scenario 2: after-sales technicians' month");

    report.heading("王师傅的工单：难度系数与返修", "Technician Wang's orders: difficulty and rework");
    DifficultyCoefficients coefficients = new DifficultyCoefficients(new TreeMap<>(Map.of(
        "fridge_repair", 1.0, "washer_repair", 1.2, "central_ac_repair", 2.5)));
    List<ServiceOrder> orders = wangsOrders();
    double weighted = coefficients.weightedCount(orders).get();
    double ordersPerDay = weighted / WORKING_DAYS;
    Ratio rework = ReworkPolicy.defaults().rate(orders).get();
    report.line(String.format("50 张工单，按难度加权 %.1f 张，日均 %.2f 张；7 天内返修 5 张，返修率 %.0f%%",
        weighted, ordersPerDay, rework.value() * 100), String.format(
        "50 orders, %.1f weighted by difficulty, %.2f a day; 5 failed again within 7 days: rework %.0f%%",
        weighted, ordersPerDay, rework.value() * 100));

    ScoringScheme scheme = scheme();
    List<WorkerMetrics> team = new ArrayList<>();
    team.add(tech("wang", ordersPerDay, 1.0, rework.value(), 0.93, 0.95).withCounts(1, 1, 2));
    team.add(tech("li", 7.6, 1.0, 0.18, 0.78, 0.80));
    team.add(tech("zhang", 3.1, 0.70, 0.02, 0.97, 0.99));
    team.add(tech("zhao", 5.0, 0.92, 0.06, 0.90, 0.94));
    team.add(tech("chen", 4.5, 0.88, 0.08, 0.86, 0.90));
    team.add(tech("liu", 5.5, 1.0, 0.04, 0.95, 0.96));
    team.add(tech("yang", 4.0, 0.85, 0.10, 0.82, 0.88).withCounts(2, 0, 0));
    team.add(tech("huang", 6.0, 0.95, 0.05, 0.91, 0.93));
    team.add(tech("zhou", 3.8, 0.80, 0.07, 0.88, 0.92));
    team.add(tech("wu", 4.8, 0.90, 0.09, 0.85, 0.90));
    List<Scorecard> cards = Scorer.of(scheme).scoreCohort(team).get();

    report.heading("王师傅的计分卡（工作量 40% / 质量 60%）", "Wang's scorecard (workload 40% / quality 60%)");
    Printing.scorecard(report, cards.get(0));

    IncentiveRule bonus = new IncentiveRule("bonus-10", LocalizedText.of("满意度≥90%且准时率100%：月薪10%奖金",
        "Satisfaction >= 90% and on-time 100%: bonus of 10% of monthly pay"),
        new Condition.All(List.of(new Condition.MetricAtLeast(MetricId.of("satisfaction_rate"), 0.9),
            new Condition.MetricAtLeast(MetricId.of("on_time_rate"), 1.0))),
        IncentiveRule.AwardKind.BONUS_SHARE_OF_PAY, 0.10);
    IncentivePolicy incentives = IncentivePolicy.summing(bonus).validate(scheme).get();
    Ranking ranking = Ranking.of(cards, TieRule.COMPETITION, PercentileRule.PERCENT_RANK).get();
    List<Award> awards = new ArrayList<>();
    cards.forEach(card -> awards.addAll(incentives.awards(card)));

    report.heading("排名、奖金与晋升名单", "Ranking, bonuses and the promotion list");
    TextTable table = TextTable.of(report.pick("名次", "rank"), report.pick("技师", "technician"),
        report.pick("得分", "total"), report.pick("等级", "grade"), report.pick("百分位", "percentile"),
        report.pick("奖励", "award"));
    for (RankedWorker ranked : ranking.workers()) {
      String award = awards.stream().filter(a -> a.workerId().equals(ranked.workerId()))
          .map(a -> String.format("%.0f%% %s", a.amount() * 100, report.pick("月薪", "of pay")))
          .findFirst().orElse("");
      Scorecard card = cards.stream().filter(c -> c.workerId().equals(ranked.workerId())).findFirst().get();
      table.row((int) ranked.rank(), ranked.workerId(), Printing.fixed(ranked.total()), card.grade(),
          Printing.fixed(ranked.percentile()), award);
    }
    report.table(table);
    List<RankedWorker> promotion = ranking.top(0.3, BoundaryRule.INCLUDE_TIES).get();
    report.line("前 30% 晋升名单（并列者一并入选）：" + ids(promotion),
        "Top 30% promotion list (ties at the boundary included): " + ids(promotion));
    awards.forEach(award -> report.raw("  " + award.workerId() + ": " + award.because() + " "
        + award.figures()));

    report.heading("平衡与风险", "Balance and risk");
    List<BalanceFlag> balance = new BalancePolicy("workload", "quality", 0.5).flags(cards).get();
    for (BalanceFlag flag : balance) {
      report.raw("  " + flag.workerId() + " " + flag.kind() + ": " + flag.reason());
    }
    return new Outcome(rework, ordersPerDay, cards, awards, promotion, balance);
  }

  static ScoringScheme scheme() {
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

  /** 50 orders: 30 fridge, 12 washer, 8 central AC; 5 fail again within a week, 1 after 9 days. */
  static List<ServiceOrder> wangsOrders() {
    List<ServiceOrder> orders = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String type = i < 30 ? "fridge_repair" : i < 42 ? "washer_repair" : "central_ac_repair";
      Instant done = MONTH.plus(Duration.ofHours(10L * i));
      Instant again = i % 10 == 3 ? done.plus(Duration.ofDays(5)) : i == 48 ? done.plus(Duration.ofDays(9)) : null;
      orders.add(new ServiceOrder("o-" + i, type, done, again));
    }
    return orders;
  }

  private static WorkerMetrics tech(String id, double orders, double onTime, double rework,
      double satisfaction, double success) {
    return WorkerMetrics.of(id, Map.of("orders_per_day", orders, "on_time_rate", onTime,
        "rework_rate", rework, "satisfaction_rate", satisfaction, "repair_success_rate", success));
  }

  private static String ids(List<RankedWorker> workers) {
    return workers.stream().map(RankedWorker::workerId).map(WorkerId::value).toList().toString();
  }
}
