package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.core.Dimension;
import dev.huifang.core.InvalidModelException;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Problem;
import dev.huifang.core.Ratio;
import dev.huifang.core.Template;
import dev.huifang.feedback.picture.GanttTask;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The rules of the feedback models and policies: each bound accepted exactly at its value and
 * refused just past it, with the Problem's path, rejected value and rule.
 */
class ModelRulesTest {

  private static final LocalizedText TITLE = LocalizedText.of("质量", "Quality");
  private static final LocalizedText BLANK_EN = LocalizedText.of(Map.of("zh-CN", "质量", "en", " "));

  private static Citation citation(Perspective perspective) {
    return new Citation(0, 0, Dimension.QUALITY, Polarity.WEAKNESS, Ratio.of(0.5), perspective,
        "question:q", TITLE);
  }

  private static AttributedConcern concern(Attribution attribution) {
    boolean system = attribution == Attribution.SYSTEM;
    return new AttributedConcern(Dimension.QUALITY, TITLE, attribution, Ratio.of(0.5),
        List.of(Perspective.CUSTOMER), List.of(citation(Perspective.CUSTOMER)),
        system ? "outage" : null, system ? "system_outage" : null, TITLE, "r");
  }

  private static DimensionAssessment assessment() {
    return new DimensionAssessment(Dimension.QUALITY, TITLE, Polarity.STRENGTH, Ratio.of(0.5),
        TITLE, List.of(citation(Perspective.CUSTOMER)), List.of(Perspective.CUSTOMER), "r");
  }

  private static FollowUpFocus focus() {
    return new FollowUpFocus(Dimension.QUALITY, TITLE, "r");
  }

  @Test
  void scriptPolicyAcceptsEveryBoundItself() {
    assertThat(ScriptPolicy.validate(1, 0.0, 1.0).get()).isEqualTo(new ScriptPolicy(1, 0.0, 1.0));
    assertThat(ScriptPolicy.validate(2, 1.0, 0.0).isValid()).isTrue();
    assertThat(ScriptPolicy.validate(0, 0.6, 0.8).getError()).containsExactly(
        new Problem(Problem.RANGE, "maxConcerns", "0", "must be >= 1"));
    assertThat(ScriptPolicy.validate(1, 1.01, 0.8).getError()).containsExactly(
        new Problem(Problem.RANGE, "mentorMinMagnitude", "1.01", "must be within [0.0, 1.0]"));
    assertThatThrownBy(() -> new ScriptPolicy(3, 0.6, 0.8))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("maxConcerns");
    assertThat(ScriptPolicy.defaults()).isEqualTo(new ScriptPolicy(1, 0.6, 0.8));
    assertThat(ScriptPolicy.builder().build()).isEqualTo(ScriptPolicy.defaults());
    assertThat(ScriptPolicy.builder().maxConcerns(2).mentorMinMagnitude(0.1)
        .workshopMinMagnitude(0.2).build()).isEqualTo(new ScriptPolicy(2, 0.1, 0.2));
    assertThat(ScriptPolicy.defaults().withMaxConcerns(2)).isEqualTo(new ScriptPolicy(2, 0.6, 0.8));
  }

  @Test
  void attributionPolicyNeedsTwoPerspectivesAndWellFormedCauses() {
    SystemCause bad = new SystemCause(" ", TITLE, "", List.of("ok", " "));
    assertThat(AttributionPolicy.validate(1, true, List.of(bad)).getError()).containsExactly(
        new Problem(Problem.RANGE, "minPerspectives", "1", "must be >= 2"),
        new Problem(Problem.BLANK, "systemCauses[0].id", "\" \"", "must not be blank"),
        new Problem(Problem.BLANK, "systemCauses[0].caseCategory", "\"\"", "must not be blank"),
        new Problem(Problem.BLANK, "systemCauses[0].keywords[1]", "\" \"", "must not be blank"));
    AttributionPolicy two = AttributionPolicy.validate(2, false, List.of()).get();
    assertThat(two).isEqualTo(new AttributionPolicy(2, false, List.of()));
    assertThat(two.withMinPerspectives(3).minPerspectives()).isEqualTo(3);
    assertThat(two.problems("attribution")).isEmpty();
    assertThatThrownBy(() -> two.withMinPerspectives(1)).isInstanceOf(InvalidModelException.class);
    assertThat(AttributionPolicy.defaults().minPerspectives()).isEqualTo(2);
    assertThat(AttributionPolicy.defaults().metricCorroborates()).isTrue();
    assertThat(AttributionPolicy.defaults().systemCauses()).extracting(SystemCause::id,
        SystemCause::caseCategory).containsExactly(
        org.assertj.core.groups.Tuple.tuple("outage", "system_outage"),
        org.assertj.core.groups.Tuple.tuple("stock_out", "stock_out"),
        org.assertj.core.groups.Tuple.tuple("scheduling", "scheduling"),
        org.assertj.core.groups.Tuple.tuple("training_clash", "worker_demand"));
  }

  @Test
  void aSystemCauseNeedsKeywordsAndANameInBothLanguages() {
    SystemCause none = new SystemCause("x", BLANK_EN, "c", List.of());
    assertThat(none.problems("cause")).containsExactly(
        new Problem(Problem.BLANK, "cause.name.en", "\" \"", "must not be blank"),
        new Problem(Problem.REQUIRED, "cause.keywords", null, "must hold at least one keyword"));
  }

  @Test
  void aSystemCauseMatchesItsFirstKeywordIgnoringCase() {
    SystemCause outage = new SystemCause("outage", TITLE, "system_outage",
        List.of("System Down", "down", "宕机"));
    assertThat(outage.matchIn("The SYSTEM DOWN again")).isEqualTo("System Down");
    assertThat(outage.matchIn("it was down")).isEqualTo("down");
    assertThat(outage.matchIn("系统宕机了")).isEqualTo("宕机");
    assertThat(outage.matchIn("all fine")).isNull();
  }

  @Test
  void aMicroCourseLastsOneTo240Minutes() {
    assertThat(LearningResource.microCourse(TITLE, 1).problems("r")).isEmpty();
    assertThat(LearningResource.microCourse(TITLE, 240).problems("r")).isEmpty();
    assertThat(LearningResource.microCourse(TITLE, 241).problems("r")).containsExactly(
        new Problem(Problem.RANGE, "r.minutes", "241", "must be <= 240"));
    assertThat(new LearningResource(ResourceKind.WORKSHOP, TITLE, 15).problems("r"))
        .containsExactly(new Problem(Problem.INCONSISTENT, "r.minutes", "15",
            "must be absent unless kind is MICRO_COURSE"));
    assertThat(LearningResource.workshop(TITLE).problems("r")).isEmpty();
    assertThat(LearningResource.mentor(BLANK_EN).problems("r")).containsExactly(
        new Problem(Problem.BLANK, "r.title.en", "\" \"", "must not be blank"));
    assertThat(LearningResource.workshop(TITLE).describe()).isEqualTo(LocalizedText.of(
        "受邀参加关于质量的流程改进工作坊", "an invitation to the process-improvement workshop on Quality"));
    assertThat(LearningResource.mentor(TITLE).describe().zhCn()).isEqualTo("一次关于质量的一对一导师辅导");
  }

  @Test
  void aCatalogueMatchesTheEarliestPreferredKindAndChecksItsFallback() {
    LearningResource course = LearningResource.microCourse(TITLE, 10);
    LearningResource mentor = LearningResource.mentor(TITLE);
    ResourceCatalogue catalogue = new ResourceCatalogue(new TreeMap<>(Map.of(Dimension.QUALITY,
        List.of(mentor, course))), LearningResource.mentor(BLANK_EN));
    assertThat(catalogue.match(Dimension.QUALITY,
        List.of(ResourceKind.MICRO_COURSE, ResourceKind.MENTOR)).resource()).isEqualTo(course);
    assertThat(catalogue.match(Dimension.QUALITY, List.of(ResourceKind.WORKSHOP)).fallback())
        .isTrue();
    assertThat(catalogue.problems("resources")).containsExactly(
        new Problem(Problem.BLANK, "resources.fallback.title.en", "\" \"", "must not be blank"));
    ResourceCatalogue broken = catalogue.with(Dimension.TEAMWORK,
        List.of(LearningResource.microCourse(TITLE, 0)));
    assertThat(broken.byDimension()).containsKeys(Dimension.QUALITY, Dimension.TEAMWORK);
    assertThat(broken.problems("")).containsExactly(
        new Problem(Problem.RANGE, "byDimension.teamwork[0].minutes", "0", "must be >= 1"),
        new Problem(Problem.BLANK, "fallback.title.en", "\" \"", "must not be blank"));
    assertThat(broken.with(Dimension.TEAMWORK, List.of()).byDimension())
        .containsOnlyKeys(Dimension.QUALITY);
  }

  @Test
  void lintRulesAndFlagsSpeakOfTheRuleTheMatchAndTheSuggestion() {
    LintRule blank = new LintRule(" ", "", LintRule.Kind.MACHINE_TEXT, "(", " ");
    assertThat(new PhraseLint(List.of(blank)).problems("lint")).extracting(Problem::path)
        .containsExactly("lint.rules[0].id", "lint.rules[0].language", "lint.rules[0].suggestion",
            "lint.rules[0].pattern");
    assertThat(new PhraseLint(List.of(blank)).problems("lint").last().rule())
        .startsWith("must be a valid regular expression (");
    for (LintRule.Kind kind : LintRule.Kind.values()) {
      LintFlag flag = new LintFlag("script.praise.text", "p", "en", "r.id", kind, "x", "m", "s");
      assertThat(flag.toProblem()).isEqualTo(new Problem(Problem.FORBIDDEN,
          "script.praise.text.en", "\"p\"", "must not use " + Map.of(
              LintRule.Kind.INTERROGATION, "interrogation",
              LintRule.Kind.ABSOLUTE_LANGUAGE, "absolute language",
              LintRule.Kind.MACHINE_TEXT, "text meant for machines",
              LintRule.Kind.PUNCTUATION, "punctuation a person would not write").get(kind)
              + " (rule r.id, matched \"m\"); instead: s"));
    }
  }

  @Test
  void citationsNeverPointBeforeTheFirstFindingOrEvidence() {
    assertThat(new Citation(0, 0, Dimension.QUALITY, Polarity.WEAKNESS, Ratio.of(0.5),
        Perspective.SELF, "s", TITLE).findingIndex()).isZero();
    assertThatThrownBy(() -> new Citation(-1, 0, Dimension.QUALITY, Polarity.WEAKNESS,
        Ratio.of(0.5), Perspective.SELF, "s", TITLE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Citation(0, -1, Dimension.QUALITY, Polarity.WEAKNESS,
        Ratio.of(0.5), Perspective.SELF, "s", TITLE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void attributedConcernsNameACauseExactlyWhenTheSystemsAndCiteSomething() {
    assertThat(concern(Attribution.SYSTEM).systemCause()).isEqualTo("outage");
    assertThat(concern(Attribution.WORKER).caseCategory()).isNull();
    assertThatThrownBy(() -> new AttributedConcern(Dimension.QUALITY, TITLE, Attribution.SYSTEM,
        Ratio.of(0.5), List.of(), List.of(citation(Perspective.CUSTOMER)), "outage", null, TITLE,
        "r")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AttributedConcern(Dimension.QUALITY, TITLE, Attribution.SYSTEM,
        Ratio.of(0.5), List.of(), List.of(citation(Perspective.CUSTOMER)), null, "c", TITLE,
        "r")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AttributedConcern(Dimension.QUALITY, TITLE, Attribution.WORKER,
        Ratio.of(0.5), List.of(), List.of(citation(Perspective.CUSTOMER)), null, "c", TITLE,
        "r")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AttributedConcern(Dimension.QUALITY, TITLE, Attribution.WORKER,
        Ratio.of(0.5), List.of(), List.of(), null, null, TITLE, "r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("citations: must not be empty");
    assertThatThrownBy(() -> new DimensionAssessment(Dimension.QUALITY, TITLE, Polarity.STRENGTH,
        Ratio.of(0.5), TITLE, List.of(), List.of(), "r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("citations: must not be empty");
  }

  @Test
  void aReportHoldsSomethingAndEachConcernUnderItsOwnAttribution() {
    assertThatThrownBy(() -> new CapabilityReport(ScriptGen.WORKER, List.of(), List.of(),
        List.of(), List.of(), List.of(), focus())).isInstanceOf(IllegalArgumentException.class);
    assertThat(new CapabilityReport(ScriptGen.WORKER, List.of(), List.of(),
        List.of(concern(Attribution.TO_VERIFY)), List.of(), List.of(), focus()).flags()).isEmpty();
    assertThat(new CapabilityReport(ScriptGen.WORKER, List.of(), List.of(), List.of(),
        List.of(concern(Attribution.SYSTEM)), List.of(), focus()).systemCauses()).hasSize(1);
    assertThat(new CapabilityReport(ScriptGen.WORKER, List.of(), List.of(assessment()), List.of(),
        List.of(), List.of(), focus()).developmentAreas()).hasSize(1);
    assertThatThrownBy(() -> new CapabilityReport(ScriptGen.WORKER, List.of(assessment()),
        List.of(), List.of(concern(Attribution.WORKER)), List.of(), List.of(), focus()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CapabilityReport(ScriptGen.WORKER, List.of(assessment()),
        List.of(), List.of(), List.of(concern(Attribution.TO_VERIFY)), List.of(), focus()))
        .isInstanceOf(IllegalArgumentException.class);
    LearningResource mentor = LearningResource.mentor(TITLE);
    CapabilityReport withFallback = new CapabilityReport(ScriptGen.WORKER, List.of(assessment()),
        List.of(), List.of(), List.of(), List.of(
            new ResourceMatch(Dimension.QUALITY, mentor, false, "r"),
            new ResourceMatch(Dimension.QUALITY, mentor, true, "r")), focus());
    assertThat(withFallback.flags()).containsExactly(ScriptFlag.RESOURCE_FALLBACK);
  }

  @Test
  void aConcernRestsOnASinglePerspectiveOnlyWhenOnePersonSawIt() {
    Citation cited = citation(Perspective.CUSTOMER);
    assertThat(new Concern(TITLE, false, cited, List.of(Perspective.CUSTOMER), "r")
        .singlePerspective()).isTrue();
    assertThat(new Concern(TITLE, true, cited, List.of(Perspective.CUSTOMER), "r")
        .singlePerspective()).isFalse();
    assertThat(new Concern(TITLE, false, cited, List.of(Perspective.SYSTEM), "r")
        .singlePerspective()).isFalse();
    assertThat(new Concern(TITLE, false, cited,
        List.of(Perspective.CUSTOMER, Perspective.INTERNAL_TEAM), "r").singlePerspective())
        .isFalse();
  }

  @Test
  void aScriptRaisesEachFlagForItsOwnReasonAndSpeaksItsLinesInOrder() {
    Citation cited = citation(Perspective.CUSTOMER);
    LocalizedText open = LocalizedText.of("开场", "Opening");
    LocalizedText close = LocalizedText.of("结束", "Closing");
    Praise strong = new Praise(LocalizedText.of("好", "Good"), false, cited, "r");
    Praise weak = new Praise(LocalizedText.of("谢谢", "Thanks"), true, null, "r");
    Concern single = new Concern(LocalizedText.of("问题", "Problem"), false, cited,
        List.of(Perspective.CUSTOMER), "r");
    Concern stretch = new Concern(LocalizedText.of("进阶", "Stretch"), true, cited, List.of(), "r");
    Encouragement plain = new Encouragement(LocalizedText.of("加油", "Go on"), Dimension.QUALITY,
        LearningResource.mentor(TITLE), false, "r");
    Encouragement fallback = new Encouragement(plain.text(), Dimension.QUALITY,
        LearningResource.mentor(TITLE), true, "r");

    FeedbackScript quiet = FeedbackScript.builder(ScriptGen.WORKER, Audience.WORKER)
        .opening(open).praise(strong).concern(new Concern(single.text(), false, cited,
            List.of(Perspective.CUSTOMER, Perspective.HR), "r"))
        .encouragement(plain).closing(close).build();
    assertThat(quiet.flags()).isEmpty();
    assertThat(quiet.lines()).extracting(LocalizedText::en)
        .containsExactly("Opening", "Good", "Problem", "Go on", "Closing");
    assertThat(quiet.toText(LocalizedText.EN)).isEqualTo("Opening\nGood\nProblem\nGo on\nClosing\n");

    FeedbackScript loud = FeedbackScript.builder(ScriptGen.WORKER, Audience.WORKER)
        .praise(weak).concerns(single, stretch).encouragement(fallback).build()
        .withWithheld(List.of(concern(Attribution.SYSTEM), concern(Attribution.TO_VERIFY)));
    assertThat(loud.flags()).containsExactly(ScriptFlag.WEAK_PRAISE, ScriptFlag.STRETCH_CONCERN,
        ScriptFlag.SINGLE_PERSPECTIVE, ScriptFlag.RESOURCE_FALLBACK, ScriptFlag.TO_VERIFY);
    assertThat(loud.withWithheld(List.of(concern(Attribution.SYSTEM))).flags())
        .doesNotContain(ScriptFlag.TO_VERIFY);
    assertThat(loud.lines()).hasSize(4);

    assertThatThrownBy(() -> loud.withWithheld(List.of(concern(Attribution.WORKER))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("withheld: must not hold a concern attributed to the worker");
    assertThatThrownBy(() -> new FeedbackScript(ScriptGen.WORKER, Audience.WORKER, null, weak,
        List.of(single, single, single), plain, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("concerns: must hold 1 to 2, was 3");
    assertThat(new FeedbackScript(ScriptGen.WORKER, Audience.WORKER, null, weak,
        List.of(single, single), plain, null, List.of()).concerns()).hasSize(2);
    assertThatThrownBy(() -> new Praise(TITLE, false, null, "r"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void templatesNameAMissingAudienceAndFallBackForAnUnknownDimension() {
    ScriptTemplates defaults = ScriptTemplates.defaults();
    ScriptTemplates none = new ScriptTemplates(new TreeMap<>(), defaults.dimensionNames(),
        defaults.impacts(), defaults.nextSteps(), defaults.defaultImpact(),
        defaults.defaultNextStep());
    assertThatThrownBy(() -> none.of(Audience.WORKER)).isInstanceOf(IllegalStateException.class)
        .hasMessage("byAudience.WORKER: is required");
    Dimension unknown = Dimension.of("live_streaming");
    assertThat(defaults.nameOf(unknown)).isEqualTo(
        LocalizedText.of("live_streaming", "live_streaming"));
    assertThat(defaults.impactOf(unknown)).isEqualTo(defaults.defaultImpact());
    assertThat(defaults.nextStepOf(unknown)).isEqualTo(defaults.defaultNextStep());
    ScriptTemplates blank = defaults.with(unknown, BLANK_EN, BLANK_EN, BLANK_EN);
    assertThat(blank.problems("templates")).extracting(Problem::path).containsExactly(
        "templates.dimensionNames.live_streaming.en", "templates.impacts.live_streaming.en",
        "templates.nextSteps.live_streaming.en");
    assertThat(new ScriptTemplates(defaults.byAudience(), defaults.dimensionNames(),
        defaults.impacts(), defaults.nextSteps(), BLANK_EN, BLANK_EN).problems(""))
        .extracting(Problem::path).containsExactly("defaultImpact.en", "defaultNextStep.en");
  }

  @Test
  void eachSandwichPartMayUseOnlyItsOwnPlaceholders() {
    Template stray = Template.of("{problem}", "{problem}");
    SandwichTemplates all = new SandwichTemplates(stray, stray, stray,
        Template.of("{strength}", "{strength}"), Template.of("{problem}", "{problem}"),
        Template.of("{problem}", "{problem}"), stray);
    assertThat(all.problems("t")).extracting(Problem::path).containsExactly("t.opening",
        "t.praise", "t.weakPraise", "t.concern", "t.stretchConcern", "t.encouragement",
        "t.closing");
    SandwichTemplates worker = ScriptTemplates.defaults().of(Audience.WORKER);
    assertThat(worker.withConcern(stray).concern()).isEqualTo(stray);
    assertThat(worker.withEncouragement(stray).problems("")).extracting(Problem::path)
        .containsExactly("encouragement");
  }

  @Test
  void aTimelineTaskNeverEndsBeforeItStarts() {
    Instant start = Instant.parse("2026-06-19T10:00:00Z");
    assertThat(new GanttTask(TITLE, TITLE, start, start, GanttTask.Status.MILESTONE).end())
        .isEqualTo(start);
    assertThatThrownBy(() -> new GanttTask(TITLE, TITLE, start, start.minusSeconds(1),
        GanttTask.Status.DONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end: must not be before start 2026-06-19T10:00:00Z, was 2026-06-19T09:59:59Z");
  }
}
