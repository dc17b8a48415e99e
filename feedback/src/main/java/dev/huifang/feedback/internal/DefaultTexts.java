package dev.huifang.feedback.internal;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Template;
import dev.huifang.feedback.Audience;
import dev.huifang.feedback.LearningResource;
import dev.huifang.feedback.ResourceCatalogue;
import dev.huifang.feedback.SandwichTemplates;
import dev.huifang.feedback.ScriptTemplates;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Huifang's default zh-CN and en texts and resources, one row per domain dimension. */
public final class DefaultTexts {

  /**
   * code, zh name, en name, zh impact, en impact, zh next step, en next step, zh course, en course.
   * Impacts complete "{problem}, which {impact}"; next steps complete "Next time, {nextStep}."
   */
  private static final String[][] ROWS = {
    {"product_knowledge", "产品知识", "product knowledge",
        "这可能让顾客少了一份信任", "may have cost the customer's trust",
        "把延保和服务套餐一起介绍给顾客，成交率会更高",
        "add the warranty and the service package to your pitch, and the close rate will rise",
        "产品卖点与服务套餐", "Selling points and service packages"},
    {"objection_handling", "异议处理", "objection handling",
        "顾客的顾虑可能没有被真正打消", "may have left the customer's concern unanswered",
        "先认同顾客的顾虑，再用对比数据回应",
        "acknowledge the customer's concern first, then answer it with comparison data",
        "价格异议的应对", "Answering price objections"},
    {"policy_accuracy", "促销政策传达", "promotion policy accuracy",
        "这可能让顾客对优惠产生误解", "may have left the customer with a wrong idea of the offer",
        "讲解优惠前先对照当天的活动说明核对一遍",
        "check the day's promotion sheet before explaining an offer",
        "促销政策准确传达", "Explaining promotions accurately"},
    {"procedure_proficiency", "操作规范", "procedure proficiency",
        "这可能拖慢了安装进度", "may have slowed the installation down",
        "开工前对照操作清单过一遍关键步骤",
        "run through the key steps on the procedure checklist before starting",
        "标准作业流程要点", "Standard operating procedure essentials"},
    {"safety_compliance", "安全规范", "safety compliance",
        "这可能给你和顾客带来安全隐患", "may have put you or the customer at risk",
        "作业前完成安全检查并佩戴好防护用品",
        "complete the safety check and put on protective gear before the work starts",
        "上门作业安全要点", "Safety essentials for on-site work"},
    {"handling_surprises", "突发情况处理", "handling surprises",
        "这可能让现场问题拖得更久", "may have let the problem on site last longer",
        "遇到突发情况先稳住现场，再及时联系主管",
        "steady the situation first, then call your supervisor right away",
        "突发情况应对", "Handling the unexpected on site"},
    {"efficiency", "工作效率", "efficiency",
        "这可能让后面的顾客多等了一会儿", "may have kept the next customers waiting",
        "提前规划路线和物料，减少来回奔波",
        "plan your route and materials ahead to cut trips back and forth",
        "高效排程与准备", "Planning and preparation for efficiency"},
    {"damage_rate", "货损控制", "goods damage",
        "这可能增加了货损和返工", "may have added damaged goods and rework",
        "搬运易碎品时按规范加固包装",
        "secure the packaging of fragile goods as the handling guide shows",
        "货物搬运与防损", "Handling goods without damage"},
    {"system_proficiency", "系统操作", "system proficiency",
        "这可能让单据和库存对不上", "may have left orders and stock out of step",
        "收工前在系统里核对一次当天单据",
        "check the day's orders in the system before signing off",
        "仓储系统操作入门", "Getting started with the warehouse system"},
    {"training_usefulness", "培训收获", "training usefulness",
        "这可能让培训内容没能用到工作中", "may have kept the training from carrying over into the job",
        "把培训里的一个技巧用到下一次工作中",
        "put one technique from the training into practice on the next job",
        "培训要点回顾", "Training highlights refresher"},
    {"differentiated_strategy", "差异化服务", "differentiated service",
        "这可能让老顾客觉得服务缺少新意", "may have made the service feel generic to regular customers",
        "针对不同顾客准备一两句个性化的介绍",
        "prepare one or two tailored lines for different kinds of customer",
        "差异化服务策略", "Differentiated service strategies"},
    {"communication_efficiency", "沟通效率", "communication efficiency",
        "这可能让加急订单的进度不够透明", "may have left the urgent order's progress unclear to the client",
        "加急订单每隔几小时主动同步一次进度",
        "send the client a short progress update every few hours on urgent orders",
        "加急订单沟通", "Communicating on urgent orders"},
    {"requirement_understanding", "需求理解", "requirement understanding",
        "这可能让推荐与客户期望有偏差", "may have pulled the shortlist away from what the client expects",
        "开始前用三个问题和客户确认关键需求",
        "confirm the key requirements with the client in three questions before starting",
        "客户需求澄清", "Clarifying client requirements"},
    {"match_precision", "匹配精准度", "match precision",
        "这可能让客户花更多时间筛选", "may have cost the client extra screening time",
        "推荐前对照岗位要求逐项核对候选人",
        "check each candidate against the role's requirements before recommending",
        "候选人匹配方法", "Matching candidates precisely"},
    {"turnout", "到岗", "turnout",
        "这可能让门店的人手安排出现缺口", "may have left the store short of hands",
        "安排有变动时至少提前一天告知调度",
        "tell the scheduler at least a day ahead when plans change",
        "排班与到岗承诺", "Shifts and turnout commitments"},
    {"skill_match", "技能匹配", "skill match",
        "这可能让部分任务完成得比较吃力", "may have made parts of the task harder than needed",
        "接单前确认任务所需技能，不熟悉的部分提前准备",
        "check the skills a task needs before accepting it and prepare the unfamiliar parts",
        "岗位技能自查", "Skill check before the job"},
    {"attitude", "服务态度", "service attitude",
        "这可能影响顾客对整体服务的感受", "may have coloured how the customer felt about the whole service",
        "开场先微笑问候，结束时问问顾客还需要什么帮助",
        "open with a smile and a greeting, and end by asking what else the customer needs",
        "服务礼仪", "Service etiquette"},
    {"customer_communication", "客户沟通", "customer communication",
        "这可能让顾客没有完全理解你的介绍", "may have left the customer unsure about what you explained",
        "讲完关键信息后请顾客复述一下重点",
        "after the key points, invite the customer to sum them up",
        "与顾客清楚沟通", "Communicating clearly with customers"},
    {"satisfaction", "顾客满意度", "customer satisfaction",
        "这可能拉低了顾客的满意度", "may have lowered the customer's satisfaction",
        "服务结束前留一分钟听听顾客的反馈",
        "leave a minute at the end of the service to hear the customer's feedback",
        "提升顾客满意度", "Raising customer satisfaction"},
    {"quality", "工作质量", "work quality",
        "这可能带来返修和重复上门", "may have led to rework and repeat visits",
        "完工前按验收清单自检一遍",
        "check your work against the acceptance list before finishing",
        "一次做对：质量自检", "Right first time: quality self-check"},
    {"compliance", "合规沟通", "compliant communication",
        "这可能让顾客对承诺产生过高期待", "may have set expectations the company cannot meet",
        "只介绍书面政策里写明的优惠和承诺",
        "promise only what the written policy states",
        "合规销售沟通", "Compliant sales conversations"},
    {"teamwork", "团队协作", "teamwork",
        "这可能让同事之间的交接不够顺畅", "may have made hand-overs with colleagues harder",
        "交接时用一句话说明进展和待办",
        "sum up progress and open items in one line at each hand-over",
        "高效交接与协作", "Smooth hand-overs and teamwork"},
    {"responsiveness", "响应速度", "responsiveness",
        "这可能让客户等待得比预期更久", "may have kept the client waiting longer than expected",
        "收到请求后先回复确认，再处理细节",
        "acknowledge each request first, then work on the details",
        "快速响应的习惯", "Habits of fast response"},
    {"professionalism", "专业度", "professionalism",
        "这可能影响客户对顾问专业性的判断", "may have affected how the client judges our expertise",
        "会前准备好行业数据和两个成功案例",
        "bring industry figures and two success stories to the next meeting",
        "顾问专业形象", "Consulting with authority"},
  };

  private DefaultTexts() {}

  /** The default script templates. */
  public static ScriptTemplates templates() {
    TreeMap<Audience, SandwichTemplates> byAudience = new TreeMap<>();
    byAudience.put(Audience.WORKER, new SandwichTemplates(
        Template.of("谢谢你抽时间聊聊这次的工作，我们一起看看哪些做得好、哪些可以更进一步。",
            "Thanks for taking the time to talk about this job; let's look at what went well and"
                + " what could go further."),
        Template.of("先说做得好的地方：{strength}——{evidence}。",
            "What went well: {strength} — {evidence}."),
        Template.of("谢谢你按时到岗并把这次工作坚持做完，这份投入我们都看在眼里。",
            "Thank you for showing up on time and seeing the job through; that commitment counts."),
        Template.of("有一点可以改进：{problem}，{impact}。我们看到的情况是：{evidence}。",
            "One thing to work on: {problem}, which {impact}. What we saw: {evidence}."),
        Template.of("想更进一步的话：你的{dimension}已经不错，下一步是让它在更多场景里稳定发挥，就像这次：{evidence}。",
            "To go further: your {dimension} is already solid; the next step is to make it work in"
                + " more situations, as it did here: {evidence}."),
        Template.of("下次可以{nextStep}。可以参考：{resource}。",
            "Next time, {nextStep}. To help with that: {resource}."),
        Template.of("再次感谢，期待下次继续合作。", "Thanks again; I look forward to the next job together.")));
    byAudience.put(Audience.FIRST_TIMER, new SandwichTemplates(
        Template.of("第一次和我们合作辛苦了，我们一起回顾一下这次的工作。",
            "Thanks for your first job with us; let's look back at how it went together."),
        Template.of("第一次上岗就有亮点：{strength}——{evidence}。",
            "A great start for a first job: {strength} — {evidence}."),
        Template.of("第一次上岗就按时到岗并坚持完成，这很不容易，谢谢你。",
            "Showing up on time and finishing your first job is no small thing; thank you."),
        Template.of("有一点能让下次更轻松：{problem}，{impact}。我们看到的情况是：{evidence}。",
            "One thing that will make the next job easier: {problem}, which {impact}. What we saw:"
                + " {evidence}."),
        Template.of("可以继续练习的地方：你的{dimension}已经有了好的开头，下一步是更熟练，就像这次：{evidence}。",
            "Something to keep practising: your {dimension} is off to a good start; the next step"
                + " is fluency, as here: {evidence}."),
        Template.of("下次可以{nextStep}。建议从这里开始：{resource}，有问题随时找我们。",
            "Next time, {nextStep}. A good place to start: {resource}, and we are here to help."),
        Template.of("欢迎加入，期待下次再见。", "Welcome aboard; see you on the next job.")));
    byAudience.put(Audience.STAR_WORKER, new SandwichTemplates(
        Template.of("感谢你这次的出色表现，想和你交流几点。",
            "Thanks for another strong job; a few points to share with you."),
        Template.of("这次很出彩的是：{strength}——{evidence}。",
            "What stood out this time: {strength} — {evidence}."),
        Template.of("谢谢你一如既往的投入和稳定到岗。",
            "Thank you for your steady commitment and reliable turnout."),
        Template.of("有一个细节值得打磨：{problem}，{impact}。我们看到的情况是：{evidence}。",
            "One detail worth polishing: {problem}, which {impact}. What we saw: {evidence}."),
        Template.of("更上一层楼的方向：你的{dimension}已经很好，可以把经验整理出来带动团队，就像这次：{evidence}。",
            "Room to lead: your {dimension} is already strong; turning it into a method the team"
                + " can use is the next step, as here: {evidence}."),
        Template.of("下次可以{nextStep}。可以参考：{resource}；你的改进建议对团队很有价值，欢迎分享。",
            "Next time, {nextStep}. To help with that: {resource}; your suggestions help the whole"
                + " team, so please keep sharing them."),
        Template.of("期待你在流程改进工作坊上分享经验。",
            "We'd love to hear your ideas at the next process-improvement workshop.")));
    SortedMap<Dimension, LocalizedText> names = new TreeMap<>();
    SortedMap<Dimension, LocalizedText> impacts = new TreeMap<>();
    SortedMap<Dimension, LocalizedText> nextSteps = new TreeMap<>();
    for (String[] row : ROWS) {
      Dimension dimension = Dimension.of(row[0]);
      names.put(dimension, LocalizedText.of(row[1], row[2]));
      impacts.put(dimension, LocalizedText.of(row[3], row[4]));
      nextSteps.put(dimension, LocalizedText.of(row[5], row[6]));
    }
    return new ScriptTemplates(byAudience, names, impacts, nextSteps,
        LocalizedText.of("这可能影响了这次工作的效果", "may have affected how the job turned out"),
        LocalizedText.of("先选一个具体场景练习，再和主管一起复盘",
            "practise one concrete situation, then review it with your supervisor"));
  }

  /** The default resource catalogue. */
  public static ResourceCatalogue catalogue() {
    TreeMap<Dimension, List<LearningResource>> byDimension = new TreeMap<>();
    for (String[] row : ROWS) {
      LocalizedText topic = LocalizedText.of(row[1], row[2]);
      byDimension.put(Dimension.of(row[0]), List.of(
          LearningResource.microCourse(LocalizedText.of(row[7], row[8]),
              LearningResource.DEFAULT_MICRO_COURSE_MINUTES),
          LearningResource.mentor(topic),
          LearningResource.workshop(topic)));
    }
    return new ResourceCatalogue(byDimension,
        LearningResource.mentor(LocalizedText.of("与主管复盘这次工作", "reviewing this job with your supervisor")));
  }
}
