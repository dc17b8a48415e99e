package dev.huifang.generators;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Dimension;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import dev.huifang.core.WorkerId;
import dev.huifang.feedback.Audience;
import dev.huifang.feedback.FeedbackComposer;
import dev.huifang.feedback.FeedbackScript;
import dev.huifang.testing.Generator;
import dev.huifang.testing.Invalid;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generators of feedback values: findings about one worker (strengths and weaknesses on the
 * domain's dimensions, each with evidence) and script requests built from them, valid or breaking
 * exactly one rule.
 *
 * <p>A valid {@link ScriptRequest} gets a script from {@code FeedbackComposer.ofDefaults()}.
 */
public final class FeedbackValues {

  /** The dimensions of generated findings. */
  public static final List<Dimension> DIMENSIONS = List.of(Dimension.PRODUCT_KNOWLEDGE,
      Dimension.OBJECTION_HANDLING, Dimension.SAFETY_COMPLIANCE, Dimension.EFFICIENCY,
      Dimension.TURNOUT, Dimension.ATTITUDE, Dimension.QUALITY);

  private static final List<LocalizedText> STRENGTHS = List.of(
      LocalizedText.of("用竞品对比数据应对价格异议，效果很好",
          "using competitor comparison data on price objections worked well"),
      LocalizedText.of("高峰时段拣货又快又准", "picking was fast and accurate at peak hours"),
      LocalizedText.of("安装前逐项检查了安全清单", "went through the safety checklist before installing"));
  private static final List<LocalizedText> WEAKNESSES = List.of(
      LocalizedText.of("介绍时没有提到 10 年质保", "the 10-year warranty was not mentioned"),
      LocalizedText.of("两次迟到超过 15 分钟", "arrived more than 15 minutes late twice"),
      LocalizedText.of("搬运时有一次碰损货物", "goods were knocked once while handling"));

  private FeedbackValues() {}

  /**
   * A request for a feedback script: a worker, an audience and the findings about the worker.
   *
   * @param worker the worker
   * @param audience who reads the script
   * @param findings the findings, in order
   */
  public record ScriptRequest(WorkerId worker, Audience audience, List<Finding> findings) {

    /**
     * Creates the record; findings are copied.
     *
     * @throws NullPointerException if a part is null
     */
    public ScriptRequest {
      requireNonNull(worker, "worker is null");
      requireNonNull(audience, "audience is null");
      findings = List.copyOf(findings);
    }

    /**
     * Composes the script with the default composer.
     *
     * @return the script, or its Problems
     */
    public Validation<Seq<Problem>, FeedbackScript> compose() {
      return FeedbackComposer.ofDefaults().script(worker, audience, findings);
    }
  }

  /** One rule an invalid script request breaks. */
  public enum ScriptDefect {
    /** No findings at all. */
    NO_FINDINGS("findings", Problem.REQUIRED, "a script needs at least one finding"),
    /** The last finding is about another worker. */
    ANOTHER_WORKER("findings[last].workerId", Problem.INCONSISTENT,
        "every finding must be about the script's worker");

    private final String path;
    private final String code;
    private final String rule;

    ScriptDefect(String path, String code, String rule) {
      this.path = path;
      this.code = code;
      this.rule = rule;
    }
  }

  /**
   * Valid findings about {@code worker}: a dimension, a polarity, a magnitude, a perspective, a
   * summary in zh-CN and en, and one or two pieces of evidence.
   *
   * @param worker the worker
   * @return the generator
   */
  public static Generator<Finding> findingsFor(WorkerId worker) {
    requireNonNull(worker, "worker is null");
    return (random, size) -> {
      Polarity polarity = Polarity.values()[random.nextInt(Polarity.values().length)];
      List<LocalizedText> pool = polarity == Polarity.STRENGTH ? STRENGTHS : WEAKNESSES;
      LocalizedText summary = pool.get(random.nextInt(pool.size()));
      Finding.Builder builder = Finding.builder().workerId(worker)
          .dimension(DIMENSIONS.get(random.nextInt(DIMENSIONS.size()))).polarity(polarity)
          .magnitude(Ratio.of(Math.round(random.nextDouble(0, 1) * 100) / 100.0))
          .perspective(Perspective.values()[random.nextInt(Perspective.values().length)])
          .summary(summary);
      int evidence = random.nextInt(1, 3);
      for (int i = 0; i < evidence; i++) {
        builder.addEvidence(Evidence.of("question:q" + i, summary,
            Map.of("rating", (double) random.nextInt(1, 6))));
      }
      return builder.build();
    };
  }

  /**
   * Valid script requests: one to eight findings about one worker, for every audience.
   *
   * @return the generator
   */
  public static Generator<ScriptRequest> scriptRequests() {
    return (random, size) -> {
      WorkerId worker = WorkerId.of("w-" + random.nextInt(1, 100_000));
      List<Finding> findings = Generator.listOf(findingsFor(worker), 1, 8).next(random, size);
      return new ScriptRequest(worker,
          Audience.values()[random.nextInt(Audience.values().length)], findings);
    };
  }

  /**
   * Script requests that break exactly {@code defect}; {@link ScriptRequest#compose()} gives its
   * Problem.
   *
   * @param defect the rule to break
   * @return the generator
   */
  public static Generator<Invalid<ScriptRequest>> invalidScriptRequests(ScriptDefect defect) {
    return scriptRequests().map(valid -> switch (defect) {
      case NO_FINDINGS -> new Invalid<>(new ScriptRequest(valid.worker(), valid.audience(),
          List.of()), defect.path, defect.code, defect.rule);
      case ANOTHER_WORKER -> {
        List<Finding> findings = new ArrayList<>(valid.findings());
        int last = findings.size() - 1;
        findings.set(last, Finding.builder().from(findings.get(last))
            .workerId(WorkerId.of(valid.worker().value() + "-other")).build());
        yield new Invalid<>(new ScriptRequest(valid.worker(), valid.audience(), findings),
            Problem.index("findings", last) + ".workerId", defect.code, defect.rule);
      }
    });
  }
}
