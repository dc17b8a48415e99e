package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.huifang.core.Dimension;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.Template;
import dev.huifang.core.WorkerId;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.testing.Theories;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every bad-input path: a Problem naming path and rule, or an explicit, flagged fallback. */
class FeedbackComposerBadInputTest {

  private static final FeedbackComposer DEFAULTS = FeedbackComposer.ofDefaults();

  private static FeedbackComposer with(ScriptTemplates templates) {
    return FeedbackComposer.of(templates, ResourceCatalogue.defaults(), PhraseLint.defaults(),
        ScriptPolicy.defaults());
  }

  private static FeedbackComposer with(ResourceCatalogue resources) {
    return FeedbackComposer.of(ScriptTemplates.defaults(), resources, PhraseLint.defaults(),
        ScriptPolicy.defaults());
  }

  private static Seq<Problem> scriptProblems(FeedbackComposer composer, List<Finding> findings) {
    return composer.script(ScriptGen.WORKER, Audience.WORKER, findings).getError();
  }

  private static ScriptTemplates replacingWorkerPraise(Template praise) {
    ScriptTemplates defaults = ScriptTemplates.defaults();
    return defaults.with(Audience.WORKER, defaults.of(Audience.WORKER).withPraise(praise));
  }

  @Test
  void rejectsNoFindingsAtAll() {
    Problem expected = new Problem(Problem.REQUIRED, "findings", null,
        "must hold at least one Finding about worker w-1024");
    assertThat(scriptProblems(DEFAULTS, List.of())).containsExactly(expected);
    assertThat(DEFAULTS.report(ScriptGen.WORKER, List.of()).getError()).containsExactly(expected);
  }

  @Test
  void rejectsFindingsAboutAnotherWorker() {
    Finding other = Finding.builder().from(ScriptGen.missedWarranty())
        .workerId(WorkerId.of("w-9")).build();
    Problem expected = new Problem(Problem.INCONSISTENT, "findings[1].workerId", "\"w-9\"",
        "must be about worker w-1024");
    assertThat(scriptProblems(DEFAULTS, List.of(ScriptGen.priceObjectionStrength(), other)))
        .containsExactly(expected);
    assertThat(DEFAULTS.report(ScriptGen.WORKER, List.of(ScriptGen.priceObjectionStrength(),
        other)).getError()).containsExactly(expected);
  }

  @Test
  void rejectsABlankWorker() {
    assertThat(DEFAULTS.script(WorkerId.of(" "), Audience.WORKER, List.of()).getError())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(Problem.BLANK, "worker"),
            tuple(Problem.REQUIRED, "findings"));
  }

  @Test
  void rejectsATemplateWithAnUnknownPlaceholder() {
    ScriptTemplates templates = replacingWorkerPraise(
        Template.of("做得好：{strength}，奖金{salary}", "Well done: {strength}, bonus {salary}"));
    assertThat(scriptProblems(with(templates), ScriptGen.domainExample())).containsExactly(
        new Problem(Problem.UNKNOWN, "templates.byAudience.WORKER.praise", "\"{salary}\"",
            "must use only known placeholders [dimension, evidence, strength]"));
  }

  @Test
  void rejectsAMalformedTemplate() {
    ScriptTemplates templates = replacingWorkerPraise(Template.of("做得好：{strength}", "Well {done"));
    assertThat(scriptProblems(with(templates), ScriptGen.domainExample()))
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(Problem.FORMAT,
            "templates.byAudience.WORKER.praise.en"));
  }

  @Test
  void rejectsAHostTemplateThatInterrogates() {
    ScriptTemplates templates = replacingWorkerPraise(
        Template.of("你是否遵守了流程？{strength}", "Did you follow the process? {strength}"));
    assertThat(scriptProblems(with(templates), ScriptGen.domainExample()))
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(Problem.FORBIDDEN,
                "templates.byAudience.WORKER.praise.en"),
            tuple(Problem.FORBIDDEN,
                "templates.byAudience.WORKER.praise.zh-CN"));
  }

  @Test
  void rejectsAHostImpactWithAbsoluteLanguage() {
    ScriptTemplates defaults = ScriptTemplates.defaults();
    ScriptTemplates templates = defaults.with(Dimension.QUALITY,
        defaults.nameOf(Dimension.QUALITY),
        LocalizedText.of("顾客从不满意", "customers are never happy"),
        defaults.nextStepOf(Dimension.QUALITY));
    assertThat(scriptProblems(with(templates), ScriptGen.domainExample()))
        .extracting(Problem::path, Problem::rejected)
        .containsExactly(
            tuple("templates.impacts.quality.en",
                "\"customers are never happy\""),
            tuple("templates.impacts.quality.zh-CN", "\"顾客从不满意\""));
  }

  @Test
  void rejectsTemplatesMissingAnAudience() {
    ScriptTemplates defaults = ScriptTemplates.defaults();
    TreeMap<Audience, SandwichTemplates> byAudience = new TreeMap<>(defaults.byAudience());
    byAudience.remove(Audience.STAR_WORKER);
    ScriptTemplates templates = new ScriptTemplates(byAudience, defaults.dimensionNames(),
        defaults.impacts(), defaults.nextSteps(), defaults.defaultImpact(),
        defaults.defaultNextStep());
    assertThat(scriptProblems(with(templates), ScriptGen.domainExample()))
        .containsExactly(Problem.required("templates.byAudience.STAR_WORKER"));
  }

  @Test
  void rejectsAFindingWhoseTextFailsTheLint() {
    Finding accusing = Finding.builder().from(ScriptGen.missedWarranty())
        .summary(LocalizedText.of("介绍时从不提质保", "the warranty is never mentioned")).build();
    Seq<Problem> problems = scriptProblems(DEFAULTS,
        List.of(ScriptGen.priceObjectionStrength(), accusing, ScriptGen.storeManagerSawWarranty()));
    assertThat(problems).extracting(Problem::code, Problem::path).containsExactly(
        tuple(Problem.FORBIDDEN, "script.concerns[0].text.en"),
        tuple(Problem.FORBIDDEN, "script.concerns[0].text.zh-CN"));
    assertThat(problems.get(0).rule()).contains("absolute language", "matched \"never\"");
  }

  @Test
  void fallsBackToAFlaggedGeneralResourceForADimensionWithoutEntry() {
    ResourceCatalogue defaults = ResourceCatalogue.defaults();
    FeedbackComposer composer = with(defaults.with(Dimension.PRODUCT_KNOWLEDGE, List.of()));

    FeedbackScript script = composer.script(ScriptGen.WORKER, Audience.WORKER,
        ScriptGen.domainExample()).get();
    assertThat(script.encouragement().resourceFallback()).isTrue();
    assertThat(script.encouragement().resource()).isEqualTo(defaults.fallback());
    assertThat(script.encouragement().reason()).contains("general fallback used");
    assertThat(script.flags()).containsExactly(ScriptFlag.RESOURCE_FALLBACK);
    assertThat(script.toMarkdown(LocalizedText.EN)).contains("> Note: The resource catalogue has"
        + " no entry for this dimension");

    CapabilityReport report = composer.report(ScriptGen.WORKER, ScriptGen.domainExample()).get();
    assertThat(report.flags()).containsExactly(ScriptFlag.RESOURCE_FALLBACK);
    assertThat(report.resources().get(0).fallback()).isTrue();
  }

  @Test
  void rejectsAMicroCourseWithoutMinutesAndAMentorWithMinutes() {
    ResourceCatalogue defaults = ResourceCatalogue.defaults();
    TreeMap<Dimension, List<LearningResource>> byDimension = new TreeMap<>(defaults.byDimension());
    LocalizedText title = LocalizedText.of("质量", "Quality");
    byDimension.put(Dimension.QUALITY, List.of(
        new LearningResource(ResourceKind.MICRO_COURSE, title, null),
        new LearningResource(ResourceKind.MICRO_COURSE, title, 0),
        new LearningResource(ResourceKind.MENTOR, title, 30)));
    assertThat(scriptProblems(with(new ResourceCatalogue(byDimension, defaults.fallback())),
        ScriptGen.domainExample())).containsExactly(
        Problem.required("resources.byDimension.quality[0].minutes"),
        new Problem(Problem.RANGE, "resources.byDimension.quality[1].minutes", "0", "must be >= 1"),
        new Problem(Problem.INCONSISTENT, "resources.byDimension.quality[2].minutes", "30",
            "must be absent unless kind is MICRO_COURSE"));
  }

  @Test
  void rejectsAMalformedLintRule() {
    FeedbackComposer composer = FeedbackComposer.of(ScriptTemplates.defaults(),
        ResourceCatalogue.defaults(), new PhraseLint(List.of(new LintRule("x", "en",
            LintRule.Kind.ABSOLUTE_LANGUAGE, "[always", "say less"))), ScriptPolicy.defaults());
    assertThat(scriptProblems(composer, ScriptGen.domainExample()))
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple(Problem.FORMAT,
            "lint.rules[0].pattern"));
  }

  @Test
  void praisesEffortAsFlaggedWeakPraiseWhenNoStrengthExists() {
    Theories.qt(50).forAll(ScriptGen.findingsOnly(Polarity.WEAKNESS)).checkAssert(findings -> {
      FeedbackScript script = DEFAULTS.script(ScriptGen.WORKER, Audience.WORKER, findings).get();
      assertThat(script.praise().weak()).isTrue();
      assertThat(script.praise().citation()).isNull();
      assertThat(script.praise().text().en()).startsWith("Thank you for showing up on time");
      assertThat(script.flags()).contains(ScriptFlag.WEAK_PRAISE)
          .doesNotContain(ScriptFlag.RESOURCE_FALLBACK);
      boolean anyCorroborated = findings.stream().anyMatch(f ->
          FeedbackComposerPropertiesTest.corroborated(findings, f.dimension()));
      assertThat(script.flags().contains(ScriptFlag.STRETCH_CONCERN))
          .as("without a corroborated concern the middle part is an open question")
          .isEqualTo(!anyCorroborated);
      assertThat(script.toMarkdown(LocalizedText.ZH_CN)).contains("> 注意：暂无有证据支持的优点");
    });
  }

  @Test
  void setsAFlaggedStretchGoalWhenNoWeaknessExists() {
    Theories.qt(50).forAll(ScriptGen.findingsOnly(Polarity.STRENGTH)).checkAssert(findings -> {
      FeedbackScript script = DEFAULTS.script(ScriptGen.WORKER, Audience.STAR_WORKER, findings)
          .get();
      assertThat(script.concerns()).singleElement().satisfies(c -> assertThat(c.stretch()).isTrue());
      assertThat(script.flags()).containsExactly(ScriptFlag.STRETCH_CONCERN);
      CapabilityReport report = DEFAULTS.report(ScriptGen.WORKER, findings).get();
      assertThat(report.developmentAreas()).isEmpty();
      assertThat(report.nextFocus().reason()).startsWith("no development area");
    });
  }

  @Test
  void rejectsPoliciesOutOfRange() {
    assertThat(ScriptPolicy.validate(3, 0.6, 1.5).getError()).containsExactly(
        new Problem(Problem.RANGE, "maxConcerns", "3", "must be <= 2"),
        new Problem(Problem.RANGE, "workshopMinMagnitude", "1.5", "must be within [0.0, 1.0]"));
    assertThat(ScriptPolicy.validate(0, -0.1, 0.8).getError())
        .extracting(Problem::path).containsExactly("maxConcerns", "mentorMinMagnitude");
    assertThat(ScriptPolicy.builder().maxConcerns(2).mentorMinMagnitude(0.5).validate().get())
        .isEqualTo(new ScriptPolicy(2, 0.5, ScriptPolicy.DEFAULT_WORKSHOP_MIN_MAGNITUDE));
    assertThat(ScriptPolicy.builder().workshopMinMagnitude(Double.NaN).validate().getError())
        .containsExactly(new Problem(Problem.RANGE, "workshopMinMagnitude", "NaN",
            "must be a finite number"));
  }

  @Test
  void rejectsScriptJsonWithoutProblemsOrWithThree() {
    FeedbackScript script = DEFAULTS.script(ScriptGen.WORKER, Audience.WORKER,
        ScriptGen.domainExample()).get();
    String json = HuifangJson.write(script);
    String concern = HuifangJson.write(script.concerns().get(0));
    assertThat(HuifangJson.read(json.replace("\"concerns\":[" + concern + "]", "\"concerns\":[]"),
        FeedbackScript.class).isInvalid()).isTrue();
    assertThat(HuifangJson.read(json.replace("[" + concern + "]",
        "[" + concern + "," + concern + "," + concern + "]"), FeedbackScript.class).isInvalid())
        .isTrue();
  }

  @Test
  void buildsOnlyInOrderAndOnlyWithOneOrTwoProblems() {
    FeedbackScript example = DEFAULTS.script(ScriptGen.WORKER, Audience.WORKER,
        ScriptGen.domainExample()).get();
    Concern concern = example.concerns().get(0);
    FeedbackScript two = FeedbackScript.builder(ScriptGen.WORKER, Audience.WORKER)
        .praise(example.praise()).concerns(concern, concern)
        .encouragement(example.encouragement()).build();
    assertThat(two.opening()).isNull();
    assertThat(two.lines()).hasSize(4);
    assertThatThrownBy(() -> new FeedbackScript(ScriptGen.WORKER, Audience.WORKER, null,
        example.praise(), List.of(), example.encouragement(), null, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concerns");
    assertThatThrownBy(() -> new Praise(LocalizedText.of("谢谢", "Thanks"), true,
        concern.citation(), "r")).isInstanceOf(IllegalArgumentException.class);
  }
}
