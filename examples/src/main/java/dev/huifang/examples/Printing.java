package dev.huifang.examples;

import dev.huifang.questionnaire.SelectedQuestion;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.scoring.Adjustment;
import dev.huifang.scoring.ScoreLine;
import dev.huifang.scoring.Scorecard;
import java.util.Locale;

/** Tables the scenarios share: a questionnaire and why, a scorecard and its contributions. */
final class Printing {

  private Printing() {}

  static void questionnaire(Report report, SelectedQuestionnaire questionnaire) {
    report.line("分层：" + questionnaire.stratum().describe() + "；规则：" + questionnaire.plan().reason(),
        "Stratum: " + questionnaire.stratum().describe() + "; plan: " + questionnaire.plan().reason());
    TextTable table = TextTable.of(report.pick("题目", "question"), report.pick("类型", "type"),
        report.pick("秒", "s"), report.pick("入选原因", "why chosen"));
    for (SelectedQuestion selected : questionnaire.questions()) {
      table.row(report.text(selected.text()), selected.question().type(),
          selected.question().seconds(), selected.reason());
    }
    report.table(table);
    report.line(String.format(Locale.ROOT, "共 %d 题，约 %d 秒，开放题 %d 道；未入选 %d 题",
        questionnaire.questions().size(), questionnaire.seconds(), questionnaire.openQuestions(),
        questionnaire.leftOut().size()), String.format(Locale.ROOT,
        "%d questions, about %d s, %d open; %d fitting questions left out",
        questionnaire.questions().size(), questionnaire.seconds(), questionnaire.openQuestions(),
        questionnaire.leftOut().size()));
  }

  static void scorecard(Report report, Scorecard card) {
    TextTable table = TextTable.of(report.pick("指标", "metric"), report.pick("组", "group"),
        report.pick("原始值", "raw"), report.pick("得分", "score"), report.pick("权重", "weight"),
        report.pick("贡献", "contribution"), report.pick("规则", "rule"));
    for (ScoreLine line : card.lines()) {
      table.row(line.metric(), line.group(), line.raw() == null ? "-" : number(line.raw()),
          fixed(line.score()), fixed(line.weight()), fixed(line.contribution()), line.rule());
    }
    report.table(table);
    for (Adjustment adjustment : card.adjustments()) {
      report.raw("  " + (adjustment.points() >= 0 ? "+" : "") + fixed(adjustment.points()) + "  "
          + adjustment.reason());
    }
    report.line(String.format(Locale.ROOT, "  加权得分 %.2f，最终得分 %.2f，等级 %s（%d 星），覆盖率 %.0f%%",
        card.weightedTotal(), card.total(), card.grade(), card.stars(), card.coverage() * 100),
        String.format(Locale.ROOT, "  weighted %.2f, total %.2f, grade %s (%d stars), coverage %.0f%%",
            card.weightedTotal(), card.total(), card.grade(), card.stars(), card.coverage() * 100));
  }

  static String fixed(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
  }
}
