package dev.huifang.questionnaire.internal;

import dev.huifang.core.Dimension;
import dev.huifang.core.Experience;
import dev.huifang.core.Perspective;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Template;
import dev.huifang.core.Urgency;
import dev.huifang.questionnaire.AnswerCondition;
import dev.huifang.questionnaire.AnswerOption;
import dev.huifang.questionnaire.Fit;
import dev.huifang.questionnaire.Question;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.QuestionType;
import java.util.ArrayList;
import java.util.List;

/**
 * Huifang's built-in bank: the worker's own follow-up for promotion, technical support and
 * logistics at every stage, first-time or repeat; the customer's and the internal team's views;
 * headhunting clients on urgent and longer orders; staffing clients. Questions are situational
 * and ask how, never whether.
 */
public final class DefaultBank {

  /** The role of headhunting consultants, which the default policy names. */
  public static final Role HEADHUNTING = Role.of("headhunting_consultant");

  private static final Fit SELF = Fit.perspectives(Perspective.SELF);
  private static final Fit CUSTOMER = Fit.perspectives(Perspective.CUSTOMER);
  private static final Fit TEAM = Fit.perspectives(Perspective.INTERNAL_TEAM);
  private static final Fit CLIENT = Fit.perspectives(Perspective.CLIENT);
  private static final Fit HEADHUNTING_CLIENT = CLIENT.withRoles(HEADHUNTING);
  private static final Fit STAFFING_CLIENT =
      CLIENT.withRoles(Role.PROMOTION, Role.TECHNICAL_SUPPORT, Role.LOGISTICS);

  private DefaultBank() {}

  /** The bank. */
  public static QuestionBank bank() {
    List<Question> questions = new ArrayList<>();
    worker(questions);
    promotion(questions);
    technicalSupport(questions);
    logistics(questions);
    customer(questions);
    team(questions);
    client(questions);
    return new QuestionBank("huifang-default", 1, questions);
  }

  private static void worker(List<Question> q) {
    q.add(question("self.overall", QuestionType.STAR_RATING, Dimension.SATISFACTION, SELF, 90,
        "整体来看，这次工作的体验你会打几星？",
        "Overall, how many stars would you give this job?").core(true).build());
    q.add(question("self.training_useful", QuestionType.STAR_RATING, Dimension.TRAINING_USEFULNESS,
        SELF.withExperiences(Experience.FIRST_TIME), 80,
        "上岗前的培训，对你这几天的工作帮了多大的忙？",
        "How much did the training before you started help you in these first days?").build());
    q.add(choice("self.training_gap", Dimension.TRAINING_USEFULNESS,
        SELF.withExperiences(Experience.FIRST_TIME), 60,
        "回头看，培训里哪一部分最值得再讲透一些？",
        "Looking back, which part of the training deserves more depth?",
        AnswerOption.of("product", "产品知识", "Product knowledge"),
        AnswerOption.of("customers", "和顾客沟通", "Talking with customers"),
        AnswerOption.of("systems", "系统和流程", "Systems and procedures"),
        AnswerOption.of("safety", "安全规范", "Safety rules")));
    q.add(question("self.strategy", QuestionType.OPEN_TEXT, Dimension.DIFFERENTIATED_STRATEGY,
        SELF.withExperiences(Experience.REPEAT), 75,
        "和上次相比，这次你对不同类型的顾客用了哪些不一样的做法？举一个例子。",
        "Compared with last time, what did you do differently for different kinds of customers? "
            + "Give one example.").build());
    q.add(question("self.strategy_rating", QuestionType.STAR_RATING,
        Dimension.DIFFERENTIATED_STRATEGY, SELF.withExperiences(Experience.REPEAT), 70,
        "根据顾客调整介绍方式这件事，你给自己打几星？",
        "How many stars would you give yourself for adapting your pitch to each customer?").build());
    q.add(question("self.difficulty", QuestionType.OPEN_TEXT, Dimension.HANDLING_SURPRISES,
        SELF.withStages(TaskStage.EARLY, TaskStage.MID), 79,
        "到目前为止，你遇到的最大困难是什么？当时你是怎么处理的？",
        "What has been your biggest difficulty so far, and how did you handle it?")
        .key(true).build());
    q.add(choice("self.adaptation", Dimension.of("adaptation"), SELF.withStages(TaskStage.EARLY), 65,
        "熟悉现场的节奏，你大概用了多久？", "How long did it take you to find your rhythm on site?",
        AnswerOption.of("one_day", "一天左右", "About a day"),
        AnswerOption.of("few_days", "两三天", "Two or three days"),
        AnswerOption.of("still", "还在适应", "Still settling in")));
    q.add(question("self.process_idea", QuestionType.OPEN_TEXT, Dimension.of("process_improvement"),
        SELF.withStages(TaskStage.MID), 64,
        "如果可以调整一个流程，让你的工作更顺手，你会先改哪一个？怎么改？",
        "If you could change one procedure to make your work smoother, which would it be, and how?")
        .build());
    q.add(question("self.review", QuestionType.STAR_RATING, Dimension.of("self_review"),
        SELF.withStages(TaskStage.END), 62,
        "回顾整段工作，你给自己的表现打几星？",
        "Looking back over the whole job, how many stars would you give your own work?").build());
    q.add(choice("self.schedule_fit", Dimension.of("schedule_fit"), SELF, 66,
        "这次的排班和你的主业或学习安排，配合得怎么样？",
        "How well did this schedule fit with your main job or studies?",
        AnswerOption.of("fine", "配合得很好", "It fitted well"),
        AnswerOption.of("some", "偶尔冲突", "It clashed now and then"),
        AnswerOption.of("often", "经常冲突", "It clashed often")));
    q.add(question("self.proud", QuestionType.OPEN_TEXT, Dimension.ATTITUDE, SELF, 58,
        "这次工作中，最让你有成就感的是哪一刻？",
        "Which moment of this job made you proudest?").build());
    q.add(question("self.redo", QuestionType.OPEN_TEXT, Dimension.of("improvement"), SELF, 57,
        "如果重来一次，你最想换一种做法的是哪件事？",
        "If you could do it again, what is the one thing you would do differently?").build());
  }

  private static void promotion(List<Question> q) {
    Fit promoter = SELF.withRoles(Role.PROMOTION);
    q.add(question("promo.selling_points", QuestionType.OPEN_TEXT, Dimension.PRODUCT_KNOWLEDGE,
        promoter, 78,
        "有位年长的顾客没听懂{product}的{feature}，你是怎么解释的？如果再来一次，你会换什么方式？",
        "An elderly customer did not understand the {product}'s {feature}. How did you explain it? "
            + "If you could do it again, what would you change?").build());
    q.add(question("promo.objection.price", QuestionType.OPEN_TEXT, Dimension.OBJECTION_HANDLING,
        promoter, 76,
        "顾客觉得{product}比别家贵时，你是怎么回应的？哪句话最管用？",
        "When a customer found the {product} pricier than elsewhere, how did you respond? "
            + "Which words worked best?").build());
    q.add(question("promo.product_confidence", QuestionType.STAR_RATING,
        Dimension.PRODUCT_KNOWLEDGE, promoter, 74,
        "讲解主推机型的卖点时，你有几星的把握？",
        "How confident are you, in stars, when explaining the featured models' selling points?")
        .build());
    q.add(question("promo.objection_confidence", QuestionType.STAR_RATING,
        Dimension.OBJECTION_HANDLING, promoter, 72,
        "顾客嫌贵、担心售后或者想再比比时，你有几星的把握把顾客的顾虑接住？",
        "When a customer finds the price high, worries about after-sales or wants to compare "
            + "further, how sure are you, in stars, of answering the concern?").build());
    q.add(question("promo.policy_accuracy", QuestionType.STAR_RATING, Dimension.POLICY_ACCURACY,
        promoter, 73,
        "介绍满减、以旧换新这些促销政策时，你有几星的把握讲得准确？",
        "How sure are you, in stars, that you explained the discounts and trade-in offers "
            + "accurately?").build());
  }

  private static void technicalSupport(List<Question> q) {
    Fit installer = SELF.withRoles(Role.TECHNICAL_SUPPORT);
    q.add(question("tech.procedure", QuestionType.STAR_RATING, Dimension.PROCEDURE_PROFICIENCY,
        installer, 78,
        "按标准流程完成一次安装，你现在的熟练程度有几星？",
        "How fluent are you now, in stars, at a full installation by the standard procedure?")
        .build());
    q.add(choice("tech.safety", Dimension.SAFETY_COMPLIANCE, installer, 77,
        "在高处或带电作业前，你一般怎么做安全检查？",
        "Before working at height or near live wiring, how do you usually run your safety check?",
        AnswerOption.of("checklist", "逐项对照清单", "Item by item against the checklist"),
        AnswerOption.of("key_points", "检查几个关键点", "I check the key points"),
        AnswerOption.of("by_site", "看现场情况决定", "It depends on the site")));
    q.add(question("tech.surprise", QuestionType.OPEN_TEXT, Dimension.HANDLING_SURPRISES,
        installer, 76,
        "说一次现场和预想不一样的情况（比如管线和图纸对不上），你当时是怎么处理的？",
        "Tell us about a time the site was not what you expected (say, pipes that did not match "
            + "the plan). How did you handle it?").build());
  }

  private static void logistics(List<Question> q) {
    Fit warehouse = SELF.withRoles(Role.LOGISTICS);
    q.add(question("logi.pace", QuestionType.STAR_RATING, Dimension.EFFICIENCY, warehouse, 78,
        "高峰时段的拣货节奏，你给自己打几星？",
        "How many stars would you give your picking pace at peak hours?").build());
    q.add(choice("logi.damage", Dimension.DAMAGE_RATE, warehouse, 77,
        "这段时间遇到货损时，最常见的原因是什么？",
        "When goods were damaged during this period, what was the most common cause?",
        AnswerOption.of("packaging", "包装不牢", "Weak packaging"),
        AnswerOption.of("handling", "搬运时碰撞", "Knocks while handling"),
        AnswerOption.of("stacking", "堆放不当", "Poor stacking"),
        AnswerOption.of("none", "没有遇到货损", "No damage at all")));
    q.add(question("logi.system", QuestionType.STAR_RATING, Dimension.SYSTEM_PROFICIENCY,
        warehouse, 76,
        "使用仓库系统（扫码、入库、盘点）的熟练程度，你打几星？",
        "How fluent are you, in stars, with the warehouse system (scanning, receiving, counting)?")
        .build());
  }

  private static void customer(List<Question> q) {
    q.add(question("cust.satisfaction", QuestionType.STAR_RATING, Dimension.SATISFACTION, CUSTOMER,
        90, "您对这次服务的整体满意度是几星？",
        "Overall, how many stars would you give this service?").core(true).build());
    q.add(question("cust.explained", QuestionType.STAR_RATING, Dimension.PRODUCT_KNOWLEDGE,
        CUSTOMER, 75, "工作人员把产品讲解得有多清楚？请打星。",
        "How clearly did our staff explain the product? Please rate in stars.").build());
    q.add(question("cust.attitude", QuestionType.STAR_RATING, Dimension.ATTITUDE, CUSTOMER, 74,
        "工作人员的服务态度，您打几星？", "How many stars would you give our staff's attitude?")
        .build());
    q.add(question("cust.recommend", QuestionType.NPS, Dimension.of("loyalty"), CUSTOMER, 70,
        "您有多大可能向亲友推荐我们？（0-10）",
        "How likely are you to recommend us to friends and family? (0-10)").build());
    q.add(question("cust.low_detail", QuestionType.SINGLE_CHOICE, Dimension.SATISFACTION, CUSTOMER,
        68, "很抱歉这次没能让您满意。主要是哪一方面出了问题？",
        "We are sorry this visit fell short. What went wrong most?").addOptions(
        AnswerOption.of("wait", "等待太久", "The wait was too long"),
        AnswerOption.of("attitude", "服务态度", "Our staff's attitude"),
        AnswerOption.of("explanation", "讲解不清楚", "The explanation was unclear"),
        AnswerOption.of("work", "安装或服务质量", "The quality of the work"),
        AnswerOption.of("other", "其他", "Something else"))
        .visibleIf(AnswerCondition.compare("cust.satisfaction", AnswerCondition.Operator.LE, 2))
        .build());
    q.add(question("cust.pleased", QuestionType.OPEN_TEXT, Dimension.SATISFACTION, CUSTOMER, 66,
        "这次服务中，最让您满意的是什么？", "What pleased you most about this service?").build());
    // optional after a good visit; after 3 stars or fewer the answer is what the follow-up needs
    q.add(question("cust.improve", QuestionType.OPEN_TEXT, Dimension.of("improvement"), CUSTOMER,
        65, "有什么地方我们可以做得更好？", "What could we do better?")
        .requiredIf(AnswerCondition.compare("cust.satisfaction", AnswerCondition.Operator.LE, 3))
        .build());
  }

  private static void team(List<Question> q) {
    q.add(question("team.collaboration", QuestionType.STAR_RATING, Dimension.TEAMWORK, TEAM, 90,
        "这位同事和团队的配合，您打几星？",
        "How many stars would you give this colleague's teamwork?").core(true).build());
    q.add(question("team.reliability", QuestionType.STAR_RATING, Dimension.TURNOUT, TEAM, 78,
        "按排班准时到岗的可靠程度，您打几星？",
        "How reliable, in stars, was this colleague at turning up on time as scheduled?").build());
    q.add(question("team.skill", QuestionType.STAR_RATING, Dimension.SKILL_MATCH, TEAM, 76,
        "技能和岗位要求的匹配程度，您打几星？",
        "How well, in stars, did this colleague's skills match the job?").build());
    q.add(question("team.standards", QuestionType.STAR_RATING, Dimension.COMPLIANCE, TEAM, 74,
        "服务规范的执行情况，您打几星？",
        "How many stars would you give this colleague for following service standards?").build());
    q.add(question("team.example", QuestionType.OPEN_TEXT, Dimension.ATTITUDE, TEAM, 66,
        "这位同事最值得大家学习的一点是什么？",
        "What is the one thing others could learn from this colleague?").build());
    q.add(question("team.advice", QuestionType.OPEN_TEXT, Dimension.of("improvement"), TEAM, 65,
        "如果给这位同事一条建议，会是什么？",
        "If you could give this colleague one piece of advice, what would it be?").build());
  }

  private static void client(List<Question> q) {
    q.add(question("client.response_speed", QuestionType.STAR_RATING, Dimension.RESPONSIVENESS,
        HEADHUNTING_CLIENT, 92, "顾问的响应速度，您打几星？",
        "How many stars would you give the consultant's response speed?").core(true).build());
    q.add(question("client.professionalism", QuestionType.STAR_RATING, Dimension.PROFESSIONALISM,
        HEADHUNTING_CLIENT, 91, "顾问的专业程度，您打几星？",
        "How many stars would you give the consultant's professionalism?").core(true).build());
    q.add(question("client.urgent.updates", QuestionType.STAR_RATING,
        Dimension.COMMUNICATION_EFFICIENCY, HEADHUNTING_CLIENT.withUrgencies(Urgency.ULTRA_URGENT),
        80, "这次 24 小时加急订单里，进展同步得及时吗？请打星。",
        "On this 24-hour order, how timely were the progress updates? Please rate in stars.")
        .build());
    q.add(question("client.urgent.surprise", QuestionType.OPEN_TEXT, Dimension.HANDLING_SURPRISES,
        HEADHUNTING_CLIENT.withUrgencies(Urgency.ULTRA_URGENT), 79,
        "加急过程中情况有变（比如候选人临时变卦）时，顾问是怎么应对的？",
        "When things changed during the rush (say, a candidate pulled out), how did the consultant "
            + "respond?").build());
    q.add(question("client.urgent.surprise_rating", QuestionType.STAR_RATING,
        Dimension.HANDLING_SURPRISES, HEADHUNTING_CLIENT.withUrgencies(Urgency.ULTRA_URGENT), 78,
        "加急过程中情况有变时，顾问的应对您打几星？",
        "When things changed during the rush, how many stars would you give the consultant's "
            + "response?").build());
    q.add(question("client.requirement", QuestionType.STAR_RATING,
        Dimension.REQUIREMENT_UNDERSTANDING,
        HEADHUNTING_CLIENT.withUrgencies(Urgency.URGENT, Urgency.ROUTINE), 80,
        "顾问对岗位需求理解得有多深？请打星。",
        "How deeply did the consultant understand the role? Please rate in stars.").build());
    q.add(question("client.match", QuestionType.STAR_RATING, Dimension.MATCH_PRECISION,
        HEADHUNTING_CLIENT.withUrgencies(Urgency.URGENT, Urgency.ROUTINE), 79,
        "推荐的候选人和岗位匹配得有多精准？请打星。",
        "How precisely did the candidates put forward match the role? Please rate in stars.")
        .build());
    q.add(choice("client.turnout", Dimension.TURNOUT, STAFFING_CLIENT, 85,
        "约定的人数里，实际到岗的情况如何？", "Of the workers agreed, how many actually arrived?",
        AnswerOption.of("all", "全部到岗", "All of them"),
        AnswerOption.of("most", "大部分到岗", "Most of them"),
        AnswerOption.of("half_or_fewer", "一半或更少", "Half or fewer")));
    q.add(question("client.skill_match", QuestionType.STAR_RATING, Dimension.SKILL_MATCH,
        STAFFING_CLIENT, 84, "派来的人员和岗位技能要求匹配吗？请打星。",
        "How well did the workers' skills match the job? Please rate in stars.").build());
    q.add(question("client.attitude", QuestionType.STAR_RATING, Dimension.ATTITUDE,
        STAFFING_CLIENT, 83, "派来的人员服务态度如何？请打星。",
        "How was the workers' attitude? Please rate in stars.").build());
    q.add(question("client.recommend", QuestionType.NPS, Dimension.of("loyalty"), CLIENT, 70,
        "您有多大可能把我们推荐给同行？（0-10）",
        "How likely are you to recommend us to a peer? (0-10)").build());
    q.add(question("client.pleased", QuestionType.OPEN_TEXT, Dimension.SATISFACTION, CLIENT, 66,
        "这次合作中，最让您满意的是什么？", "What pleased you most about working with us this time?")
        .build());
    q.add(question("client.improve", QuestionType.OPEN_TEXT, Dimension.of("improvement"), CLIENT, 65,
        "下一次，您最希望我们改进哪一点？", "What is the one thing you would most like us to improve?")
        .build());
  }

  private static Question.Builder question(String id, QuestionType type, Dimension dimension,
      Fit fit, int priority, String zhCn, String en) {
    return Question.builder().id(QuestionId.of(id)).text(Template.of(zhCn, en)).type(type)
        .dimension(dimension).fit(fit).priority(priority);
  }

  private static Question choice(String id, Dimension dimension, Fit fit, int priority, String zhCn,
      String en, AnswerOption... options) {
    return question(id, QuestionType.SINGLE_CHOICE, dimension, fit, priority, zhCn, en)
        .addOptions(options).build();
  }
}
