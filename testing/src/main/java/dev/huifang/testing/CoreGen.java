package dev.huifang.testing;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.huifang.core.ClientId;
import dev.huifang.core.Dimension;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocaleFallback;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Percent;
import dev.huifang.core.Period;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import dev.huifang.core.Role;
import dev.huifang.core.Score;
import dev.huifang.core.StarRating;
import dev.huifang.core.Template;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import dev.huifang.core.UrgencyPolicy;
import dev.huifang.core.WorkerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every core model: valid ones, and deliberately invalid ones that
 * break exactly one known rule so tests can assert the Problem it must produce.
 *
 * <p>Generators are deterministic for a seed (see {@link Theories}); shrinking works through
 * QuickTheories' own combinators. Later modules and host apps build their generators on these.
 */
public final class CoreGen {

  /** The earliest instant generated: the start of 2026. */
  public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private CoreGen() {}

  /** Identifier text: 1 to 12 lower-case letters, digits and dashes, starting with a letter. */
  public static Gen<String> idText() {
    Gen<String> head = Generate.characters('a', 'z').map(c -> String.valueOf(c));
    Gen<String> tail = strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 8);
    return head.zip(tail, integers().between(0, 999), (h, t, n) -> h + t + "-" + n);
  }

  /** Worker identifiers. */
  public static Gen<WorkerId> workerIds() {
    return idText().map(x -> WorkerId.of(x));
  }

  /** Engagement identifiers. */
  public static Gen<EngagementId> engagementIds() {
    return idText().map(x -> EngagementId.of(x));
  }

  /** Client identifiers. */
  public static Gen<ClientId> clientIds() {
    return idText().map(x -> ClientId.of(x));
  }

  /** The built-in roles and a few host-defined ones. */
  public static Gen<Role> roles() {
    return Generate.pick(List.of(Role.PROMOTION, Role.TECHNICAL_SUPPORT, Role.LOGISTICS,
        Role.of("headhunting_consultant"), Role.of("live_stream_host")));
  }

  /** The domain's dimensions. */
  public static Gen<Dimension> dimensions() {
    return Generate.pick(List.of(Dimension.PRODUCT_KNOWLEDGE, Dimension.OBJECTION_HANDLING,
        Dimension.SAFETY_COMPLIANCE, Dimension.EFFICIENCY, Dimension.TURNOUT, Dimension.ATTITUDE,
        Dimension.QUALITY, Dimension.COMPLIANCE, Dimension.SATISFACTION));
  }

  /** Instants within 2026 and 2027, to the second. */
  public static Gen<Instant> instants() {
    return longs().between(0, 2L * 365 * 24 * 3600).map(s -> EPOCH.plusSeconds(s));
  }

  /** Durations from one minute to 30 days, to the minute. */
  public static Gen<Duration> positiveDurations() {
    return integers().between(1, 30 * 24 * 60).map(x -> Duration.ofMinutes(x));
  }

  /** Periods whose end is not before their start, or open-ended ones. */
  public static Gen<Period> periods() {
    return instants().zip(integers().between(-1, 60 * 24 * 30), (start, minutes) ->
        minutes < 0 ? Period.openFrom(start) : Period.of(start, start.plusSeconds(60L * minutes)));
  }

  /** Ratios in [0, 1], including both bounds. */
  public static Gen<Ratio> ratios() {
    return doubles().between(0.0, 1.0).mix(Generate.pick(List.of(0.0, 1.0)), 10).map(x -> Ratio.of(x));
  }

  /** Percentages in [0, 100]. */
  public static Gen<Percent> percents() {
    return doubles().between(0.0, 100.0).map(x -> Percent.of(x));
  }

  /** Star ratings in [1, 5], whole stars and averages. */
  public static Gen<StarRating> starRatings() {
    return integers().between(1, 5).map(i -> (double) i)
        .mix(doubles().between(1.0, 5.0), 50).map(x -> StarRating.of(x));
  }

  /** Scores in [0, 100]. */
  public static Gen<Score> scores() {
    return doubles().between(0.0, 100.0).map(x -> Score.of(x));
  }

  /** Numbers that no range accepts: NaN and the infinities. */
  public static Gen<Double> nonFinite() {
    return Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }

  /** Texts in zh-CN and en, sometimes with a third locale. */
  public static Gen<LocalizedText> localizedTexts() {
    Gen<String> words = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
    Gen<String> hanzi = strings().betweenCodePoints(0x4E00, 0x4FFF).ofLengthBetween(1, 8);
    return hanzi.zip(words, Generate.booleans(), (zh, en, third) -> third
        ? LocalizedText.of(Map.of(LocalizedText.ZH_CN, zh, LocalizedText.EN, en, "ja", zh))
        : LocalizedText.of(zh, en));
  }

  /** Urgency policies with the ultra-urgent threshold not above the urgent one. */
  public static Gen<UrgencyPolicy> urgencyPolicies() {
    return positiveDurations().zip(positiveDurations(),
        (a, b) -> new UrgencyPolicy(a.compareTo(b) <= 0 ? a : b, a.compareTo(b) <= 0 ? b : a));
  }

  /** Valid engagements, varied in every attribute. */
  public static Gen<Engagement> engagements() {
    Gen<Engagement.Builder> core = engagementIds().zip(workerIds(), roles(),
        Generate.enumValues(TaskStage.class), periods(),
        (id, worker, role, stage, period) -> Engagement.builder().id(id).workerId(worker)
            .role(role).stage(stage).period(period));
    return core.zip(Generate.enumValues(Urgency.class), integers().between(0, 40),
        lists().of(idText()).ofSizeBetween(0, 3), clientIds().toOptionals(30),
        (builder, urgency, prior, tags, client) -> {
          builder.urgency(urgency).priorEngagements(prior).addAllTags(tags);
          client.ifPresent(builder::clientId);
          tags.forEach(tag -> builder.putContext(tag, "v" + tag.length()));
          return builder.build();
        });
  }

  /** One rule an invalid engagement breaks, and the path its Problem names. */
  public enum EngagementDefect {
    /** The worker id is blank. */
    BLANK_WORKER_ID("workerId"),
    /** The period ends before it starts. */
    END_BEFORE_START("period.end"),
    /** The prior-engagement count is negative. */
    NEGATIVE_PRIOR_ENGAGEMENTS("priorEngagements");

    private final String path;

    EngagementDefect(String path) {
      this.path = path;
    }

    /** The path of the Problem this defect must produce. */
    public String path() {
      return path;
    }
  }

  /** An engagement builder that breaks exactly {@code defect}, from a valid engagement. */
  public static Gen<Engagement.Builder> invalidEngagements(EngagementDefect defect) {
    return engagements().zip(integers().between(1, 1000), (valid, n) -> {
      Engagement.Builder builder = Engagement.builder().from(valid);
      switch (defect) {
        case BLANK_WORKER_ID -> builder.workerId(WorkerId.of(" ".repeat(n % 3)));
        case END_BEFORE_START -> builder.period(
            new Period(valid.period().start(), valid.period().start().minusSeconds(n)));
        case NEGATIVE_PRIOR_ENGAGEMENTS -> builder.priorEngagements(-n);
        default -> throw new AssertionError(defect);
      }
      return builder;
    });
  }

  /** Evidence with one to three finite figures. */
  public static Gen<Evidence> evidence() {
    Gen<Map<String, Double>> figures = lists().of(doubles().between(-1000.0, 1000.0))
        .ofSizeBetween(1, 3).map(values -> {
          Map<String, Double> named = new TreeMap<>();
          for (int i = 0; i < values.size(); i++) {
            named.put("f" + i, values.get(i));
          }
          return named;
        });
    return idText().zip(localizedTexts(), figures,
        (source, statement, numbers) -> Evidence.of("metric:" + source, statement, numbers));
  }

  /** Valid findings for random workers. */
  public static Gen<Finding> findings() {
    return workerIds().flatMap(CoreGen::findingsFor);
  }

  /** Valid findings about {@code worker}. */
  public static Gen<Finding> findingsFor(WorkerId worker) {
    Gen<Finding.Builder> head = dimensions().zip(Generate.enumValues(Polarity.class), ratios(),
        Generate.enumValues(Perspective.class),
        (dimension, polarity, magnitude, perspective) -> Finding.builder().workerId(worker)
            .dimension(dimension).polarity(polarity).magnitude(magnitude).perspective(perspective));
    return head.zip(localizedTexts(), lists().of(evidence()).ofSizeBetween(1, 3),
        engagementIds().toOptionals(50), (builder, summary, evidence, engagement) -> {
          builder.summary(summary).addAllEvidence(evidence);
          engagement.ifPresent(builder::engagementId);
          return builder.build();
        });
  }

  /**
   * Finite numbers outside {@code [min, max]}: just below, just above and far away, for testing
   * that every range is enforced.
   */
  public static Gen<Double> outside(double min, double max) {
    double span = Math.max(1.0, max - min);
    return doubles().between(1e-6, 1.0).zip(Generate.booleans(), integers().between(0, 3),
        (fraction, below, scale) -> {
          double distance = fraction * span * Math.pow(10, scale);
          return below ? min - distance : max + distance;
        });
  }

  /** Fallback orders over zh-CN, en and a third locale. */
  public static Gen<LocaleFallback> localeFallbacks() {
    return Generate.pick(List.of(LocaleFallback.DEFAULT, LocaleFallback.of("zh-CN", "en"),
        LocaleFallback.of("ja", "en", "zh-CN")));
  }

  /** Templates in zh-CN and en using zero to two of the placeholders {@code a}, {@code b}. */
  public static Gen<Template> templates() {
    return localizedTexts().zip(integers().between(0, 2), (text, count) -> {
      String tail = count == 0 ? "" : count == 1 ? " {a}" : " {a} {b}";
      return Template.of(text.zhCn() + tail, text.en() + tail);
    });
  }

  /** Problems of every code, with and without a rejected value. */
  public static Gen<Problem> problems() {
    Gen<String> codes = Generate.pick(List.of(Problem.REQUIRED, Problem.BLANK, Problem.RANGE,
        Problem.ORDER, Problem.UNKNOWN, Problem.FORMAT, Problem.DUPLICATE, Problem.INCONSISTENT,
        Problem.INFEASIBLE, Problem.FORBIDDEN, Problem.CONFLICT));
    return codes.zip(idText(), idText().toOptionals(30), (code, path, rejected) ->
        new Problem(code, path, rejected.map(Problem::render).orElse(null), "must be valid"));
  }

  /** One rule an invalid finding breaks, and the path its Problem names. */
  public enum FindingDefect {
    /** No evidence at all. */
    NO_EVIDENCE("evidence"),
    /** The English summary is blank. */
    BLANK_SUMMARY("summary.en"),
    /** An evidence figure is not a finite number. */
    NON_FINITE_FIGURE("evidence[0].figures.bad");

    private final String path;

    FindingDefect(String path) {
      this.path = path;
    }

    /** The path of the Problem this defect must produce. */
    public String path() {
      return path;
    }
  }

  /** A finding builder that breaks exactly {@code defect}, from a valid finding. */
  public static Gen<Finding.Builder> invalidFindings(FindingDefect defect) {
    return findings().zip(nonFinite(), (valid, nonFinite) -> {
      Finding.Builder builder = Finding.builder().from(valid);
      switch (defect) {
        case NO_EVIDENCE -> builder.evidence(List.of());
        case BLANK_SUMMARY -> builder.summary(LocalizedText.of(valid.summary().zhCn(), " "));
        case NON_FINITE_FIGURE -> {
          Evidence first = valid.evidence().get(0);
          Map<String, Double> figures = new TreeMap<>(first.figures());
          figures.put("bad", nonFinite);
          List<Evidence> evidence = new java.util.ArrayList<>(valid.evidence());
          evidence.set(0, Evidence.of(first.source(), first.statement(), figures));
          builder.evidence(evidence);
        }
        default -> throw new AssertionError(defect);
      }
      return builder;
    });
  }
}
