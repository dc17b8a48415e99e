package dev.huifang.examples;

import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.EventHeader;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Dimension;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Period;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Ratio;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import dev.huifang.core.WorkerId;
import dev.huifang.feedback.Audience;
import dev.huifang.feedback.CapabilityReport;
import dev.huifang.feedback.FeedbackComposer;
import dev.huifang.feedback.FeedbackScript;
import dev.huifang.questionnaire.Answer;
import dev.huifang.questionnaire.Question;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.QuestionSelector;
import dev.huifang.questionnaire.QuestionnaireRun;
import dev.huifang.questionnaire.RunOutcome;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.questionnaire.SelectionRequest;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.questionnaire.TriggerPolicy;
import dev.huifang.scoring.Direction;
import dev.huifang.scoring.MetricCategory;
import dev.huifang.scoring.MetricDefinition;
import dev.huifang.scoring.Normalization;
import dev.huifang.scoring.Scorecard;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.scoring.WeightGroup;
import dev.huifang.scoring.WeightedMetric;
import dev.huifang.scoring.WorkerMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scenario 1, a Changhong-style 618 promotion: first-time and repeat promoters get different
 * questionnaires; answers are simulated; the promoters are scored; the first-timer gets a sandwich
 * script and a capability report; "training clashes with my main job" becomes a case routed to HR
 * and closed with the worker's confirmation.
 */
final class ChanghongPromotion {

  static final Instant START = Instant.parse("2026-06-01T01:00:00Z");
  static final Instant END = Instant.parse("2026-06-18T14:00:00Z");
  static final WorkerId FIRST_TIMER = WorkerId.of("w-1024");
  static final WorkerId REPEAT = WorkerId.of("w-2048");
  static final CaseId CASE = CaseId.of("case-2026-0619-training");

  /** What the scenario ends with, for its test. */
  record Outcome(SelectedQuestionnaire firstTime, SelectedQuestionnaire repeat,
      RunOutcome firstTimeRun, List<Scorecard> scorecards, FeedbackScript script,
      CapabilityReport capabilityReport, FeedbackCase trainingCase, List<Finding> findings) {}

  private ChanghongPromotion() {}

  static Outcome run(Report report) {
    report.title("场景 1：长虹式 618 大促的兼职促销员回访",
        "Scenario 1: following up part-time promoters after a Changhong-style 618 sale");
    QuestionSelector selector =
        QuestionSelector.of(QuestionBank.defaults(), StratificationPolicy.defaults()).get();
    Engagement first = engagement("e-618-001", FIRST_TIMER, 0, report);
    Engagement repeat = engagement("e-618-002", REPEAT, 3, report);
    SelectedQuestionnaire firstQuestionnaire =
        selector.select(SelectionRequest.of(first, Perspective.SELF, 618)).get();
    SelectedQuestionnaire repeatQuestionnaire =
        selector.select(SelectionRequest.of(repeat, Perspective.SELF, 618)).get();
    report.heading("新人促销员（首次参与）的问卷", "The first-time promoter's questionnaire");
    Printing.questionnaire(report, firstQuestionnaire);
    report.heading("老促销员（第 4 次参与）的问卷", "The repeat promoter's questionnaire (4th stint)");
    Printing.questionnaire(report, repeatQuestionnaire);

    report.heading("模拟回答", "Simulated answers");
    QuestionnaireRun run = QuestionnaireRun.start(firstQuestionnaire);
    Map<String, Answer> answers = Map.of(
        "self.overall", Answer.number(4),
        "self.training_useful", Answer.number(3),
        "self.training_gap", Answer.choice("customers"),
        "self.schedule_fit", Answer.choice("often"),
        "promo.product_confidence", Answer.number(3),
        "promo.policy_accuracy", Answer.number(5),
        "promo.objection.price", Answer.text(report.pick("拿出竞品对比表，讲清楚能效差别。",
            "I showed the competitor comparison sheet and explained the energy difference.")),
        "promo.selling_points", Answer.text(report.pick("用电费账单举例说明节能模式。",
            "I used an electricity bill to show what the energy-saving mode saves.")));
    for (Question question : run.visible()) {
      Answer answer = answers.getOrDefault(question.id().value(),
          question.type() == dev.huifang.questionnaire.QuestionType.STAR_RATING ? Answer.number(4)
              : question.type().hasOptions() ? Answer.choice(question.options().get(0).id())
              : Answer.text(report.pick("主推机型卖得不错。", "The featured models sold well.")));
      run = run.answer(question.id(), answer).get();
    }
    RunOutcome runOutcome = run.finish(TriggerPolicy.defaults()).get();
    // the promoter rates themself: no customer satisfaction, no phone interview from it; low
    // self-ratings become weakness Findings from the self perspective
    report.line(String.format("回答完成：%s；员工自评（不计客户满意度）；自评偏低 %d 项；行动：%s",
        run.isComplete(), runOutcome.findings().stream()
            .filter(f -> f.polarity() == dev.huifang.core.Polarity.WEAKNESS).count(),
        runOutcome.actions().isEmpty() ? "无" : runOutcome.actions().get(0).kind()),
        String.format("Complete: %s; a self-assessment (no customer satisfaction); %d low"
            + " self-ratings; actions: %s", run.isComplete(), runOutcome.findings().stream()
            .filter(f -> f.polarity() == dev.huifang.core.Polarity.WEAKNESS).count(),
            runOutcome.actions().isEmpty() ? "none" : runOutcome.actions().get(0).kind()));
    report.line("排班和主业“经常冲突”：这条回答会变成一个闭环案例。",
        "The schedule \"clashed often\" with the main job: that answer becomes a closed-loop case.");

    report.heading("促销员评分", "Scoring the promoters");
    Scorer scorer = Scorer.of(promotionScheme());
    List<Scorecard> cards = scorer.scoreCohort(List.of(
        promoter(FIRST_TIMER, 0.22, 26, 5, 4.2), promoter(REPEAT, 0.27, 31, 4.5, 4.6),
        promoter(WorkerId.of("w-3072"), 0.18, 35, 4, 4.1),
        promoter(WorkerId.of("w-4096"), 0.12, 22, 3.5, 3.9))).get();
    TextTable totals = TextTable.of(report.pick("促销员", "promoter"), report.pick("得分", "total"),
        report.pick("等级", "grade"), report.pick("星级", "stars"));
    cards.forEach(card -> totals.row(card.workerId(), Printing.fixed(card.total()), card.grade(),
        card.stars()));
    report.table(totals);
    report.line("新人促销员的得分明细：", "The first-timer's scorecard:");
    Printing.scorecard(report, cards.get(0));

    report.heading("三明治反馈话术", "The sandwich-feedback script");
    List<Finding> findings = new ArrayList<>(cards.get(0).findings());
    findings.addAll(runOutcome.findings());
    findings.addAll(customerFindings());
    findings.add(storeManagerFinding());
    FeedbackComposer composer = FeedbackComposer.ofDefaults();
    FeedbackScript script = composer.script(FIRST_TIMER, Audience.of(first, false), findings).get();
    report.raw(script.toText(report.language()));
    report.heading("能力诊断报告", "The capability diagnosis report");
    CapabilityReport capability = composer.report(FIRST_TIMER, findings).get();
    report.raw(capability.toText(report.language()));

    report.heading("“培训和主业冲突”转给 HR 并闭环", "\"Training clashes with my main job\" goes to HR and is closed");
    CaseEvent.Submitted raised = EventHeader.id("tr-1").of(CASE)
        .by(FIRST_TIMER.value(), ActorRole.SUBMITTER).at(END.plus(Duration.ofHours(20)))
        .submitted().source(CaseSource.WORKER).priority(Urgency.ROUTINE)
        .channel(Channel.ONLINE_QUESTIONNAIRE).category(Category.WORKER_DEMAND)
        .subject("training clashes with my main job").place("Shenzhen store 7")
        .description("the weekday training sessions clash with my main job").build();
    CaseTimeline timeline = CaseTimeline.open(CaseTimeline.loop(), raised, report);
    timeline
        .apply(EventHeader.id("tr-2").of(CASE).by("coord-wang", ActorRole.COORDINATOR).at(at(21))
            .triaged(Category.WORKER_DEMAND, "hr-zhou"))
        .apply(EventHeader.id("tr-3").of(CASE).by("hr-zhou", ActorRole.OWNER).at(at(26))
            .acknowledged("we will find a training slot that fits"))
        .apply(EventHeader.id("tr-4").of(CASE).by("hr-zhou", ActorRole.OWNER).at(at(30))
            .actionPlanned("flexible training with the agency: evening micro-courses"))
        .apply(EventHeader.id("tr-5").of(CASE).by("hr-zhou", ActorRole.OWNER).at(at(50))
            .workStarted("agency booked two evening sessions"))
        .apply(EventHeader.id("tr-6").of(CASE).by("hr-zhou", ActorRole.OWNER).at(at(120))
            .resolved("evening sessions available from next week"))
        .apply(EventHeader.id("tr-7").of(CASE).by(FIRST_TIMER.value(), ActorRole.SUBMITTER)
            .at(at(130))
            .confirmed("the evening slot works for me"))
        .apply(EventHeader.id("tr-8").of(CASE).by("hr-zhou", ActorRole.OWNER).at(at(131))
            .closed("closed with the worker's confirmation"));
    report.table(timeline.table());
    return new Outcome(firstQuestionnaire, repeatQuestionnaire, runOutcome, cards, script,
        capability, timeline.current(), List.copyOf(findings));
  }

  /** The promotion scheme: sales 50% (conversion, customers served), service 50%. */
  static ScoringScheme promotionScheme() {
    MetricDefinition conversion = MetricDefinition.ratio("conversion_rate",
        LocalizedText.of("转化率", "Conversion rate"), MetricCategory.EFFICIENCY,
        Dimension.OBJECTION_HANDLING, Direction.HIGHER_IS_BETTER, new Normalization.Linear(0.05, 0.30));
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
                WeightedMetric.of("conversion_rate", 0.6), WeightedMetric.of("customers_per_day", 0.4)),
            WeightGroup.of("service", LocalizedText.of("服务", "Service"), 0.5,
                WeightedMetric.of("policy_accuracy", 0.4), WeightedMetric.of("satisfaction", 0.6)))
        .build();
  }

  private static WorkerMetrics promoter(WorkerId worker, double conversion, double customers,
      double policy, double satisfaction) {
    return WorkerMetrics.of(worker.value(), Map.of("conversion_rate", conversion,
        "customers_per_day", customers, "policy_accuracy", policy, "satisfaction", satisfaction));
  }

  /**
   * What customers said in their own follow-up of the first-timer: the domain's example, and a late
   * delivery whose cause (a stock-out) is the system's, not the promoter's.
   */
  static List<Finding> customerFindings() {
    Finding strength = Finding.builder().workerId(FIRST_TIMER).dimension(Dimension.OBJECTION_HANDLING)
        .polarity(Polarity.STRENGTH).magnitude(Ratio.of(0.8)).perspective(Perspective.CUSTOMER)
        .summary(LocalizedText.of("用竞品对比数据应对价格异议，效果很好",
            "using competitor comparison data on price objections worked well"))
        .addEvidence(Evidence.of("question:cust.explained", LocalizedText.of(
            "顾客听完对比后不再纠结价格，转而询问送货时间",
            "after the comparison the customer stopped haggling and asked about delivery"),
            Map.of("stars", 5.0)))
        .build();
    Finding warranty = Finding.builder().workerId(FIRST_TIMER).dimension(Dimension.PRODUCT_KNOWLEDGE)
        .polarity(Polarity.WEAKNESS).magnitude(Ratio.of(0.7)).perspective(Perspective.CUSTOMER)
        .summary(LocalizedText.of("介绍时没有提到 10 年质保", "the 10-year warranty was not mentioned"))
        .addEvidence(Evidence.of("question:cust.low_detail", LocalizedText.of(
            "顾客回访时表示不知道有 10 年质保",
            "the customer said in the follow-up that they did not know about the 10-year warranty"),
            Map.of("share", 1.0)))
        .build();
    Finding lateDelivery = Finding.builder().workerId(FIRST_TIMER).dimension(Dimension.EFFICIENCY)
        .polarity(Polarity.WEAKNESS).magnitude(Ratio.of(0.6)).perspective(Perspective.CUSTOMER)
        .summary(LocalizedText.of("冰箱比约定晚了一天送到", "the fridge arrived a day later than promised"))
        .addEvidence(Evidence.of("question:cust.delivery", LocalizedText.of(
            "顾客说门店告知仓库缺货，送货只好推迟一天",
            "the customer said the store told them the warehouse had a stock-out, so delivery"
                + " slipped a day"), Map.of("stars", 2.0)))
        .build();
    return List.of(strength, warranty, lateDelivery);
  }

  /** What the store manager saw on the floor: the same warranty problem, a second perspective. */
  static Finding storeManagerFinding() {
    return Finding.builder().workerId(FIRST_TIMER).dimension(Dimension.PRODUCT_KNOWLEDGE)
        .polarity(Polarity.WEAKNESS).magnitude(Ratio.of(0.5)).perspective(Perspective.INTERNAL_TEAM)
        .summary(LocalizedText.of("介绍时只讲了价格，没有讲质保和服务",
            "the pitch covered the price but not the warranty or the service"))
        .addEvidence(Evidence.of("observation:store.floor", LocalizedText.of(
            "店长在现场看到介绍中没有提到质保",
            "the store manager saw on the floor that the warranty was left out of the pitch"),
            Map.of()))
        .build();
  }

  private static Engagement engagement(String id, WorkerId worker, int prior, Report report) {
    return Engagement.builder().id(EngagementId.of(id)).workerId(worker).role(Role.PROMOTION)
        .stage(TaskStage.END).period(Period.of(START, END)).priorEngagements(prior).addTags("618")
        .putContext("product", report.pick("冰箱", "fridge"))
        .putContext("feature", report.pick("节能模式", "energy-saving mode"))
        .build();
  }

  private static Instant at(int hours) {
    return END.plus(Duration.ofHours(hours));
  }

}
