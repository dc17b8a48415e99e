package dev.huifang.feedback.internal;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Dimension;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.Template;
import dev.huifang.core.WorkerId;
import dev.huifang.core.privacy.DisclosurePolicy;
import dev.huifang.core.privacy.DisclosurePolicy.Output;
import dev.huifang.core.privacy.RedactedText;
import dev.huifang.core.privacy.Redactor;
import dev.huifang.feedback.AttributedConcern;
import dev.huifang.feedback.Attribution;
import dev.huifang.feedback.AttributionPolicy;
import dev.huifang.feedback.Audience;
import dev.huifang.feedback.CapabilityReport;
import dev.huifang.feedback.Citation;
import dev.huifang.feedback.Concern;
import dev.huifang.feedback.DimensionAssessment;
import dev.huifang.feedback.Encouragement;
import dev.huifang.feedback.FeedbackComposer;
import dev.huifang.feedback.FeedbackScript;
import dev.huifang.feedback.FollowUpFocus;
import dev.huifang.feedback.LintFlag;
import dev.huifang.feedback.PhraseLint;
import dev.huifang.feedback.Praise;
import dev.huifang.feedback.ResourceCatalogue;
import dev.huifang.feedback.ResourceKind;
import dev.huifang.feedback.ResourceMatch;
import dev.huifang.feedback.SandwichTemplates;
import dev.huifang.feedback.ScriptPolicy;
import dev.huifang.feedback.ScriptTemplates;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The selection rules of {@link FeedbackComposer}, with every choice explained in its reason. */
public final class DefaultFeedbackComposer implements FeedbackComposer {

  private static final String TIES_STRENGTH = "ties: more evidence, then the earlier finding";
  private static final String TIES_CONCERN =
      "ties: RISK before WEAKNESS, then more evidence, then the earlier finding";

  /** Largest magnitude first, then more evidence, then input order. */
  private static final Comparator<Indexed> STRONGEST = Comparator
      .comparing((Indexed x) -> x.finding.magnitude().value(), Comparator.reverseOrder())
      .thenComparing(x -> x.finding.evidence().size(), Comparator.reverseOrder())
      .thenComparingInt(x -> x.index);

  /**
   * Praise: a concrete behaviour in someone's words first, then a measured result, a rating, the
   * worker's own account, the worker's own rating; then as {@link #STRONGEST}.
   */
  private static final Comparator<Indexed> PRAISE_ORDER = Comparator
      .comparingInt((Indexed x) -> praiseTier(x.finding))
      .thenComparing(STRONGEST);

  /** Largest magnitude first, then RISK before WEAKNESS, more evidence, input order. */
  private static final Comparator<Indexed> LARGEST_IMPACT = Comparator
      .comparing((Indexed x) -> x.finding.magnitude().value(), Comparator.reverseOrder())
      .thenComparing(x -> x.finding.polarity() == Polarity.RISK ? 0 : 1)
      .thenComparing(x -> x.finding.evidence().size(), Comparator.reverseOrder())
      .thenComparingInt(x -> x.index);

  private final ScriptTemplates templates;
  private final ResourceCatalogue resources;
  private final PhraseLint lint;
  private final ScriptPolicy policy;
  private final AttributionPolicy attribution;
  private final DisclosurePolicy disclosure;
  private final Redactor redactor;
  private final Seq<Problem> configurationProblems;
  private final @org.jspecify.annotations.Nullable CompiledLint compiled;
  /** The script templates, read once when they are well-formed (empty otherwise). */
  private final IdentityHashMap<Template, ParsedTemplate> parsed = new IdentityHashMap<>();

  /**
   * A composer over these texts, resources, lint, policy and attribution policy, that masks
   * personal information in the Findings' free text where {@code disclosure} says so.
   */
  public DefaultFeedbackComposer(ScriptTemplates templates, ResourceCatalogue resources,
      PhraseLint lint, ScriptPolicy policy, AttributionPolicy attribution,
      DisclosurePolicy disclosure, Redactor redactor) {
    this.disclosure = requireNonNull(disclosure, "disclosure is null");
    this.redactor = requireNonNull(redactor, "redactor is null");
    this.templates = requireNonNull(templates, "templates is null");
    this.resources = requireNonNull(resources, "resources is null");
    this.lint = requireNonNull(lint, "lint is null");
    this.policy = requireNonNull(policy, "policy is null");
    this.attribution = requireNonNull(attribution, "attribution is null");
    // Everything configured is immutable: check it once, report its Problems with every call.
    this.configurationProblems = configuration();
    this.compiled = lint.problems("").isEmpty() ? new CompiledLint(lint) : null;
    if (templates.problems("").isEmpty()) {
      templates.byAudience().values().forEach(texts -> List.of(texts.opening(), texts.praise(),
          texts.weakPraise(), texts.concern(), texts.stretchConcern(), texts.encouragement(),
          texts.closing()).forEach(template -> parsed.put(template, ParsedTemplate.of(template))));
    }
  }

  @Override
  public Validation<Seq<Problem>, List<AttributedConcern>> attribute(WorkerId worker,
      List<Finding> findings) {
    Seq<Problem> problems = input(worker, findings).appendAll(configurationProblems);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    // the concerns go into scripts and reports alike: masked unless both outputs show text as is
    List<Finding> shown = disclosure.redacts(Output.FEEDBACK_SCRIPT)
        || disclosure.redacts(Output.CAPABILITY_REPORT) ? redacted(findings) : findings;
    return Validation.valid(concerns(indexed(shown), shown));
  }

  /** Every concern attributed, largest impact first. */
  private List<AttributedConcern> concerns(List<Indexed> all, List<Finding> findings) {
    List<Integer> ranked = sorted(all, LARGEST_IMPACT, Polarity.WEAKNESS, Polarity.RISK).stream()
        .map(x -> x.index).toList();
    return Attributing.attribute(attribution, templates, findings, ranked,
        i -> all.get(i).citation());
  }

  @Override
  public Validation<Seq<Problem>, FeedbackScript> script(WorkerId worker, Audience audience,
      List<Finding> findings) {
    requireNonNull(audience, "audience is null");
    Seq<Problem> problems = input(worker, findings).appendAll(configurationProblems);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    List<Finding> shown = disclosure.redacts(Output.FEEDBACK_SCRIPT) ? redacted(findings) : findings;
    return script(worker, audience, shown, indexed(shown));
  }

  private Validation<Seq<Problem>, FeedbackScript> script(WorkerId worker, Audience audience,
      List<Finding> findings, List<Indexed> all) {
    SandwichTemplates texts = templates.of(audience);

    List<Indexed> strengths = sorted(all, STRONGEST, Polarity.STRENGTH);
    List<Indexed> praiseOrder = sorted(all, PRAISE_ORDER, Polarity.STRENGTH);
    Praise praise;
    if (strengths.isEmpty()) {
      praise = new Praise(fill(texts.weakPraise(), Map.of()), true,
          null, "no STRENGTH among " + all.size() + " findings: acknowledgement of effort and"
              + " attendance (weak praise)");
    } else {
      Indexed best = praiseOrder.get(0);
      LocalizedText name = templates.nameOf(best.finding.dimension());
      praise = new Praise(fill(texts.praise(), Map.of(
              "strength", Wording.observation(best.finding, name),
              "evidence", best.evidence(),
              "dimension", name)),
          false, best.citation(), "STRENGTH of kind " + Wording.kind(best.finding) + " (an account"
              + " of a concrete behaviour first, then a measured result, a rating, the worker's own"
              + " view) with the largest magnitude " + best.finding.magnitude().value() + " of "
              + strengths.size() + " strengths (finding #" + best.index + "; " + TIES_STRENGTH + ")");
    }

    List<AttributedConcern> attributed = concerns(all, findings);
    List<Concern> concerns = new ArrayList<>();
    List<AttributedConcern> withheld = new ArrayList<>();
    long workerConcerns = attributed.stream()
        .filter(c -> c.attribution() == Attribution.WORKER).count();
    for (AttributedConcern concern : attributed) {
      if (concern.attribution() != Attribution.WORKER) {
        withheld.add(concern);
        continue;
      }
      if (concerns.size() == policy.maxConcerns()) {
        continue;
      }
      Dimension dimension = concern.dimension();
      Indexed top = all.get(concern.citations().get(0).findingIndex());
      concerns.add(new Concern(fill(texts.concern(), Map.of(
              "problem", concern.text(),
              "impact", templates.impactOf(dimension),
              "evidence", corroborated(top, concern),
              "dimension", concern.name())),
          false, top.citation(), concern.perspectives(),
          top.finding.polarity() + " with the largest magnitude "
              + top.finding.magnitude().value() + " among " + workerConcerns
              + " concerns attributed to the worker, one per dimension, at most "
              + policy.maxConcerns() + " (finding #" + top.index + "; " + TIES_CONCERN + "); "
              + concern.reason()));
    }
    if (concerns.isEmpty() && strengths.isEmpty()) {
      AttributedConcern open = withheld.get(0);
      Indexed top = all.get(open.citations().get(0).findingIndex());
      concerns.add(new Concern(open.text(), true, top.citation(), List.of(),
          "no STRENGTH and no concern attributed to the worker: the open question of the largest"
              + " withheld concern, asked and not stated as a fault (finding #" + top.index + "); "
              + open.reason()));
    } else if (concerns.isEmpty()) {
      Indexed weakest = strengths.stream()
          .min(Comparator.comparingDouble((Indexed x) -> x.finding.magnitude().value())
              .thenComparingInt(x -> x.index))
          .orElseThrow();
      concerns.add(new Concern(fill(texts.stretchConcern(), Map.of(
              "strength", Wording.observation(weakest.finding,
                  templates.nameOf(weakest.finding.dimension())),
              "evidence", weakest.evidence(),
              "dimension", templates.nameOf(weakest.finding.dimension()))),
          true, weakest.citation(), List.of(), "no concern attributed to the worker: stretch goal on"
              + " the STRENGTH with the smallest magnitude " + weakest.finding.magnitude().value()
              + " (finding #" + weakest.index + "; ties: the earlier finding)"));
    }

    Dimension focus = concerns.get(0).citation().dimension();
    List<ResourceKind> preference = audience == Audience.FIRST_TIMER
        ? List.of(ResourceKind.MENTOR, ResourceKind.MICRO_COURSE)
        : List.of(ResourceKind.MICRO_COURSE, ResourceKind.MENTOR);
    ResourceMatch match = resources.match(focus, preference);
    Encouragement encouragement = new Encouragement(fill(texts.encouragement(), Map.of(
            "nextStep", templates.nextStepOf(focus),
            "resource", match.resource().describe(),
            "dimension", templates.nameOf(focus))),
        focus, match.resource(), match.fallback(), "next step of dimension " + focus
            + ", the first problem's; resource: " + match.reason());

    FeedbackScript.ConcernStage stage = FeedbackScript.builder(worker, audience)
        .opening(fill(texts.opening(), Map.of()))
        .praise(praise);
    FeedbackScript script = (concerns.size() == 1
        ? stage.concern(concerns.get(0))
        : stage.concerns(concerns.get(0), concerns.get(1)))
        .encouragement(encouragement)
        .closing(fill(texts.closing(), Map.of()))
        .build()
        .withWithheld(withheld);
    Seq<Problem> flagged = lintScript(script);
    return flagged.isEmpty() ? Validation.valid(script) : Validation.invalid(flagged);
  }

  @Override
  public Validation<Seq<Problem>, CapabilityReport> report(WorkerId worker,
      List<Finding> given) {
    Seq<Problem> problems = input(worker, given).appendAll(configurationProblems);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    List<Finding> findings = disclosure.redacts(Output.CAPABILITY_REPORT) ? redacted(given) : given;
    List<Indexed> all = indexed(findings);
    List<DimensionAssessment> strengths = assess(sorted(all, STRONGEST, Polarity.STRENGTH));
    List<AttributedConcern> attributed = concerns(all, findings);
    List<DimensionAssessment> areas = new ArrayList<>();
    List<AttributedConcern> toVerify = new ArrayList<>();
    List<AttributedConcern> system = new ArrayList<>();
    for (AttributedConcern concern : attributed) {
      switch (concern.attribution()) {
        case WORKER:
          Indexed top = all.get(concern.citations().get(0).findingIndex());
          areas.add(new DimensionAssessment(concern.dimension(), concern.name(),
              top.finding.polarity(), concern.magnitude(), concern.text(), concern.citations(),
              concern.perspectives(), "development area of " + concern.citations().size()
                  + " finding(s), magnitude " + concern.magnitude().value() + " (finding #"
                  + top.index + "); ranked by magnitude, then dimension code; "
                  + concern.reason()));
          break;
        case TO_VERIFY:
          toVerify.add(concern);
          break;
        default:
          system.add(concern);
      }
    }
    areas.sort(Comparator
        .comparing((DimensionAssessment a) -> a.magnitude().value(), Comparator.reverseOrder())
        .thenComparing(DimensionAssessment::dimension));

    List<ResourceMatch> matches = new ArrayList<>();
    for (DimensionAssessment area : areas) {
      ResourceMatch course = resources.match(area.dimension(),
          List.of(ResourceKind.MICRO_COURSE, ResourceKind.MENTOR));
      matches.add(explained(course, "development area " + area.dimension()));
      if (area.magnitude().value() >= policy.mentorMinMagnitude()) {
        ResourceMatch mentor = resources.match(area.dimension(), List.of(ResourceKind.MENTOR));
        if (!mentor.resource().equals(course.resource())) {
          matches.add(explained(mentor, "development area " + area.dimension() + " magnitude "
              + area.magnitude().value() + " >= mentorMinMagnitude " + policy.mentorMinMagnitude()));
        }
      }
    }
    for (DimensionAssessment strength : strengths) {
      if (strength.magnitude().value() >= policy.workshopMinMagnitude()) {
        matches.add(explained(resources.match(strength.dimension(), List.of(ResourceKind.WORKSHOP)),
            "strength " + strength.dimension() + " magnitude " + strength.magnitude().value()
                + " >= workshopMinMagnitude " + policy.workshopMinMagnitude()));
      }
    }

    FollowUpFocus focus;
    if (!areas.isEmpty()) {
      DimensionAssessment top = areas.get(0);
      LocalizedText name = top.name();
      LocalizedText step = templates.nextStepOf(top.dimension());
      focus = new FollowUpFocus(top.dimension(), LocalizedText.of(
          "下次回访重点关注" + name.zhCn() + "，一起看看这一步做得怎么样：" + clause(step.zhCn()) + "。",
          "Next follow-up: focus on " + name.en() + " and look together at how this step went: "
              + clause(step.en()) + "."),
          "the development area with the largest magnitude " + top.magnitude().value());
    } else if (!toVerify.isEmpty()) {
      AttributedConcern top = toVerify.get(0);
      LocalizedText name = top.name();
      focus = new FollowUpFocus(top.dimension(), LocalizedText.of(
          "下次回访先聊聊" + name.zhCn() + "，听听本人当时的情况，再看要不要跟进。",
          "Next follow-up: start with " + name.en() + " and hear the worker's side of it before"
              + " deciding on any next step."),
          "no development area: the concern to verify with the largest magnitude "
              + top.magnitude().value());
    } else if (!strengths.isEmpty()) {
      DimensionAssessment top = strengths.get(0);
      LocalizedText name = top.name();
      focus = new FollowUpFocus(top.dimension(), LocalizedText.of(
          "下次回访请对方分享在" + name.zhCn() + "方面的做法，供团队参考。",
          "Next follow-up: invite the worker to share what works in " + name.en()
              + ", for the team to adopt."),
          "no development area or concern to verify: the strength with the largest magnitude "
              + top.magnitude().value());
    } else {
      AttributedConcern top = system.get(0);
      focus = new FollowUpFocus(top.dimension(), LocalizedText.of(
          "下次回访告诉对方" + top.name().zhCn() + "方面的问题处理得怎么样了。",
          "Next follow-up: tell the worker how the " + top.name().en() + " issue was resolved."),
          "only concerns with a system cause: report back on the largest, magnitude "
              + top.magnitude().value());
    }
    CapabilityReport report = new CapabilityReport(worker, strengths, areas, toVerify, system,
        matches, focus);
    Seq<Problem> flagged = lintReport(report);
    return flagged.isEmpty() ? Validation.valid(report) : Validation.invalid(flagged);
  }

  private List<DimensionAssessment> assess(List<Indexed> ranked) {
    LinkedHashMap<Dimension, List<Indexed>> byDimension = new LinkedHashMap<>();
    ranked.forEach(x -> byDimension.computeIfAbsent(x.finding.dimension(), d -> new ArrayList<>())
        .add(x));
    List<DimensionAssessment> assessments = new ArrayList<>();
    byDimension.forEach((dimension, group) -> {
      Indexed top = group.get(0);
      LocalizedText name = templates.nameOf(dimension);
      TreeSet<Perspective> seen = new TreeSet<>();
      group.forEach(x -> seen.add(x.finding.perspective()));
      assessments.add(new DimensionAssessment(dimension, name,
          top.finding.polarity(), top.finding.magnitude(), Wording.observation(top.finding, name),
          group.stream().map(Indexed::citation).toList(), List.copyOf(seen),
          "strength of " + group.size() + " finding(s), magnitude " + top.finding.magnitude().value()
              + " (finding #" + top.index + "), seen by " + seen
              + "; ranked by magnitude, then dimension code"));
    });
    assessments.sort(Comparator
        .comparing((DimensionAssessment a) -> a.magnitude().value(), Comparator.reverseOrder())
        .thenComparing(DimensionAssessment::dimension));
    return List.copyOf(assessments);
  }

  /** The evidence of a concern's top Finding, and who else saw it, in one clause. */
  private static LocalizedText corroborated(Indexed top, AttributedConcern concern) {
    LocalizedText evidence = top.evidence();
    List<Perspective> others = concern.perspectives().stream()
        .filter(p -> p != top.finding.perspective() && p != Perspective.SYSTEM).toList();
    if (others.isEmpty()) {
      return evidence;
    }
    LocalizedText who = Wording.perspectives(others);
    return LocalizedText.of(evidence.zhCn() + "，" + who.zhCn() + "也提到了这一点",
        evidence.en() + "; the " + who.en() + " noticed it too");
  }

  private static ResourceMatch explained(ResourceMatch match, String why) {
    return new ResourceMatch(match.dimension(), match.resource(), match.fallback(),
        why + ": " + match.reason());
  }

  /**
   * The Findings with personal information in their free text masked: every locale of each
   * summary and evidence statement, as people wrote them or as a host supplied them. A Finding
   * without any is passed on as it is.
   */
  private List<Finding> redacted(List<Finding> findings) {
    List<Finding> out = null;
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      LocalizedText summary = redacted(finding.summary());
      List<Evidence> evidence = null;
      for (int j = 0; j < finding.evidence().size(); j++) {
        Evidence piece = finding.evidence().get(j);
        LocalizedText statement = redacted(piece.statement());
        if (statement != piece.statement() && evidence == null) {
          evidence = new ArrayList<>(finding.evidence().subList(0, j));
        }
        if (evidence != null) {
          evidence.add(statement == piece.statement() ? piece
              : new Evidence(piece.source(), statement, piece.figures()));
        }
      }
      if (summary != finding.summary() || evidence != null) {
        if (out == null) {
          out = new ArrayList<>(findings.subList(0, i));
        }
        out.add(Finding.builder().from(finding).summary(summary)
            .evidence(evidence == null ? finding.evidence() : evidence).build());
      } else if (out != null) {
        out.add(finding);
      }
    }
    return out == null ? findings : out;
  }

  /** The text with personal information masked, or the same instance when there is none. */
  private LocalizedText redacted(LocalizedText text) {
    TreeMap<String, String> masked = null;
    for (Map.Entry<String, String> entry : text.texts().entrySet()) {
      RedactedText result = redactor.redact(entry.getValue());
      if (!result.isClean()) {
        if (masked == null) {
          masked = new TreeMap<>(text.texts());
        }
        masked.put(entry.getKey(), result.text());
      }
    }
    return masked == null ? text : LocalizedText.of(masked);
  }

  /** The Problems of the worker and the Findings. */
  private static Seq<Problem> input(WorkerId worker, List<Finding> findings) {
    requireNonNull(findings, "findings is null");
    Checklist checks = Checklist.root().id("worker", requireNonNull(worker, "worker is null"));
    checks.require(!findings.isEmpty(), Problem.REQUIRED, "findings", null,
        "must hold at least one Finding about worker " + worker);
    for (int i = 0; i < findings.size(); i++) {
      WorkerId about = requireNonNull(findings.get(i), "finding is null").workerId();
      checks.require(about.equals(worker), Problem.INCONSISTENT,
          Problem.join(Problem.index("findings", i), "workerId"), about.value(),
          "must be about worker " + worker);
    }
    return checks.problems();
  }

  /** The Problems of the texts, resources and lint, and host phrases that fail the lint. */
  private Seq<Problem> configuration() {
    Checklist checks = Checklist.root()
        .addAll("templates", templates.problems(""))
        .addAll("resources", resources.problems(""))
        .addAll("lint", lint.problems(""));
    if (!checks.isClean()) {
      return checks.problems();
    }
    templates.byAudience().forEach((audience, texts) -> {
      String at = "templates.byAudience." + audience;
      flag(checks, at + ".opening", texts.opening());
      flag(checks, at + ".praise", texts.praise());
      flag(checks, at + ".weakPraise", texts.weakPraise());
      flag(checks, at + ".concern", texts.concern());
      flag(checks, at + ".stretchConcern", texts.stretchConcern());
      flag(checks, at + ".encouragement", texts.encouragement());
      flag(checks, at + ".closing", texts.closing());
    });
    templates.impacts().forEach((dimension, text) ->
        flag(checks, "templates.impacts." + dimension.code(), Template.of(text)));
    templates.nextSteps().forEach((dimension, text) ->
        flag(checks, "templates.nextSteps." + dimension.code(), Template.of(text)));
    flag(checks, "templates.defaultImpact", Template.of(templates.defaultImpact()));
    flag(checks, "templates.defaultNextStep", Template.of(templates.defaultNextStep()));
    return checks.problems();
  }

  private void flag(Checklist checks, String path, Template template) {
    lint.check(path, template).forEach(flag -> checks.add(flag.toProblem()));
  }

  /** The flags of a generated text; the lint is valid whenever a text is generated. */
  private List<LintFlag> linted(String path, LocalizedText text) {
    return compiled == null ? lint.check(path, text) : compiled.check(path, text);
  }

  private Seq<Problem> lintScript(FeedbackScript script) {
    Checklist checks = Checklist.root();
    List<LintFlag> flags = new ArrayList<>();
    if (script.opening() != null) {
      flags.addAll(linted("script.opening", script.opening()));
    }
    flags.addAll(linted("script.praise.text", script.praise().text()));
    for (int i = 0; i < script.concerns().size(); i++) {
      flags.addAll(linted(Problem.index("script.concerns", i) + ".text",
          script.concerns().get(i).text()));
    }
    flags.addAll(linted("script.encouragement.text", script.encouragement().text()));
    if (script.closing() != null) {
      flags.addAll(linted("script.closing", script.closing()));
    }
    for (int i = 0; i < script.withheld().size(); i++) {
      flags.addAll(linted(Problem.index("script.withheld", i) + ".text",
          script.withheld().get(i).text()));
    }
    flags.forEach(flag -> checks.add(flag.toProblem()));
    return checks.problems();
  }

  private Seq<Problem> lintReport(CapabilityReport report) {
    List<LintFlag> flags = new ArrayList<>();
    assessments(flags, "report.strengths", report.strengths());
    assessments(flags, "report.developmentAreas", report.developmentAreas());
    for (int i = 0; i < report.toVerify().size(); i++) {
      flags.addAll(linted(Problem.index("report.toVerify", i) + ".text",
          report.toVerify().get(i).text()));
    }
    for (int i = 0; i < report.systemCauses().size(); i++) {
      flags.addAll(linted(Problem.index("report.systemCauses", i) + ".text",
          report.systemCauses().get(i).text()));
    }
    flags.addAll(linted("report.nextFocus.text", report.nextFocus().text()));
    Checklist checks = Checklist.root();
    flags.forEach(flag -> checks.add(flag.toProblem()));
    return checks.problems();
  }

  private void assessments(List<LintFlag> flags, String path, List<DimensionAssessment> items) {
    for (int i = 0; i < items.size(); i++) {
      String at = Problem.index(path, i);
      flags.addAll(linted(at + ".summary", items.get(i).summary()));
      List<Citation> citations = items.get(i).citations();
      for (int j = 0; j < citations.size(); j++) {
        flags.addAll(linted(Problem.index(at + ".citations", j) + ".statement",
            citations.get(j).statement()));
      }
    }
  }

  /**
   * Fills a template, each locale with the values in its own language. Every template was read in
   * the constructor and checked for unknown placeholders before any call gets here, and each part
   * is given a value for every placeholder it may use, so the fill cannot fail.
   */
  private LocalizedText fill(Template template, Map<String, LocalizedText> values) {
    ParsedTemplate read = parsed.get(template);
    LocalizedText filled = read == null ? null : read.fill(values);
    if (filled == null) {
      throw new IllegalStateException("a checked template could not be filled");
    }
    return filled;
  }

  /** A value as a clause inside a sentence: without surrounding space and final punctuation. */
  static String clause(String text) {
    String clause = text.strip();
    while (!clause.isEmpty() && ".。!！;；,，、".indexOf(clause.charAt(clause.length() - 1)) >= 0) {
      clause = clause.substring(0, clause.length() - 1).strip();
    }
    return clause;
  }

  private static int praiseTier(Finding finding) {
    switch (Wording.kind(finding)) {
      case ACCOUNT:
        return finding.perspective() == Perspective.SELF ? 3 : 0;
      case METRIC:
        return 1;
      case RATING:
        return 2;
      default:
        return 4;
    }
  }

  private static List<Indexed> indexed(List<Finding> findings) {
    List<Indexed> all = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      all.add(new Indexed(i, findings.get(i)));
    }
    return all;
  }

  private static List<Indexed> sorted(List<Indexed> all, Comparator<Indexed> order,
      Polarity... polarities) {
    List<Polarity> wanted = List.of(polarities);
    return all.stream().filter(x -> wanted.contains(x.finding.polarity())).sorted(order).toList();
  }

  /** A Finding with its index in the caller's list. */
  private static final class Indexed {
    final int index;
    final Finding finding;

    Indexed(int index, Finding finding) {
      this.index = index;
      this.finding = finding;
    }

    private @org.jspecify.annotations.Nullable Citation citation;

    LocalizedText evidence() {
      return citation().statement();
    }

    /** The citation of the first evidence, worded once per call of the composer. */
    Citation citation() {
      Citation known = citation;
      if (known == null) {
        known = new Citation(index, 0, finding.dimension(), finding.polarity(),
            finding.magnitude(), finding.perspective(), finding.evidence().get(0).source(),
            Wording.evidence(finding, 0));
        citation = known;
      }
      return known;
    }
  }
}
