package dev.huifang.examples;

import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.core.ClientId;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Period;
import dev.huifang.core.Problem;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import dev.huifang.core.WorkerId;
import dev.huifang.core.json.HuifangJson;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * The main job: runs Huifang's scenarios end to end and prints a readable report.
 *
 * <p>Arguments: {@code --scenario=all|1|2|3|4} picks the scenarios (default all), {@code --lang=en|zh-CN}
 * the language (default en). Unknown arguments print the usage and exit with status 2.
 */
public final class Main {

  private Main() {}

  /** Runs the main job, printing to standard output. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Validation<String, Options> options = Options.parse(args);
    if (options.isInvalid()) {
      System.err.println(options.getError());
      System.err.println("usage: --scenario=all|1|2|3|4 --lang=en|zh-CN");
      System.exit(2);
    }
    run(out, options.get());
  }

  /** The options of one run. */
  record Options(String scenario, String language) {

    static Validation<String, Options> parse(String... args) {
      String scenario = "all";
      String language = LocalizedText.EN;
      for (String arg : args) {
        if (arg.startsWith("--scenario=")) {
          scenario = arg.substring("--scenario=".length());
          if (!List.of("all", "1", "2", "3", "4").contains(scenario)) {
            return Validation.invalid("unknown scenario " + scenario);
          }
        } else if (arg.startsWith("--lang=")) {
          String tag = arg.substring("--lang=".length());
          if (tag.toLowerCase(Locale.ROOT).startsWith("zh")) {
            language = LocalizedText.ZH_CN;
          } else if (tag.toLowerCase(Locale.ROOT).startsWith("en")) {
            language = LocalizedText.EN;
          } else {
            return Validation.invalid("unknown language " + tag);
          }
        } else {
          return Validation.invalid("unknown argument " + arg);
        }
      }
      return Validation.valid(new Options(scenario, language));
    }

    boolean runs(String id) {
      return scenario.equals("all") || scenario.equals(id);
    }
  }

  /** Runs the scenarios the options pick, printing to {@code out}. */
  static void run(PrintStream out, Options options) {
    Report report = new Report(out, options.language());
    report.title("回访（Huifang）：灵活用工的回访与闭环", "Huifang: follow-ups and closed loops for a flexible workforce");
    foundation(report);
    if (options.runs("1")) {
      ChanghongPromotion.Outcome outcome = ChanghongPromotion.run(report);
      report.heading("图：能力雷达图、服务质量热力图、案例时间线",
          "Pictures: capability radar, service-quality heat map, case timeline");
      for (java.nio.file.Path file : Pictures.write(java.nio.file.Path.of("target", "pictures"),
          outcome, options.language())) {
        report.line("已写入 " + file, "Written: " + file);
      }
    }
    if (options.runs("2")) {
      AfterSalesMonth.run(report);
    }
    if (options.runs("3")) {
      HeadhuntingUrgentOrder.run(report);
    }
    if (options.runs("4")) {
      StaffingNoShow.run(report);
    }
    report.heading("反馈案例闭环（Mermaid）", "The feedback-case loop (Mermaid)");
    report.raw(FeedbackLoop.ofDefaults().definition().toMermaid());
  }

  /** Runs the foundation demo alone: the engagement and the bad one's Problems. */
  public static Seq<Problem> run(PrintStream out) {
    return foundation(new Report(out, LocalizedText.EN));
  }

  /** An engagement, as JSON, and a deliberately bad one, whose Problems all come back at once. */
  static Seq<Problem> foundation(Report report) {
    Instant start = Instant.parse("2026-06-01T01:00:00Z");
    Engagement promoter = Engagement.builder()
        .id(EngagementId.of("e-618-001"))
        .workerId(WorkerId.of("w-1024"))
        .role(Role.PROMOTION)
        .stage(TaskStage.END)
        .period(Period.of(start, Instant.parse("2026-06-18T14:00:00Z")))
        .clientId(ClientId.of("c-store-sz"))
        .urgency(Urgency.ROUTINE)
        .priorEngagements(0)
        .addTags("618")
        .putContext("product", "fridge")
        .build();
    report.heading("一次用工：618 大促后的新促销员", "An engagement: a first-time promoter after the 618 sale");
    report.raw("  " + HuifangJson.write(promoter));
    report.raw("  experience: " + promoter.experience());

    Validation<Seq<Problem>, Engagement> bad = Engagement.builder()
        .id(EngagementId.of("e-618-002"))
        .workerId(WorkerId.of(" "))
        .role(Role.PROMOTION)
        .stage(TaskStage.EARLY)
        .period(new Period(start, start.minusSeconds(3600)))
        .priorEngagements(-2)
        .validate();
    report.heading("错误输入一次给出全部问题", "A deliberately bad engagement gives every Problem at once");
    Seq<Problem> problems = bad.isInvalid() ? bad.getError() : List.empty();
    problems.forEach(problem -> report.raw("  - " + problem.message()));
    return problems;
  }
}
