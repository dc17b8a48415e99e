package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.testing.Theories;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceCatalogueTest {

  private static List<Dimension> domainDimensions() throws IllegalAccessException {
    List<Dimension> dimensions = new ArrayList<>();
    for (Field field : Dimension.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Dimension.class) {
        dimensions.add((Dimension) field.get(null));
      }
    }
    return dimensions;
  }

  @Test
  void defaultsCoverEveryDomainDimensionWithAllThreeKinds() throws IllegalAccessException {
    ResourceCatalogue catalogue = ResourceCatalogue.defaults();
    ScriptTemplates texts = ScriptTemplates.defaults();
    assertThat(domainDimensions()).hasSizeGreaterThan(20).allSatisfy(dimension -> {
      assertThat(catalogue.byDimension().get(dimension)).extracting(LearningResource::kind)
          .containsExactly(ResourceKind.MICRO_COURSE, ResourceKind.MENTOR, ResourceKind.WORKSHOP);
      assertThat(texts.dimensionNames()).containsKey(dimension);
      assertThat(texts.impacts()).containsKey(dimension);
      assertThat(texts.nextSteps()).containsKey(dimension);
    });
    assertThat(catalogue.problems("resources")).isEmpty();
    assertThat(texts.problems("templates")).isEmpty();
  }

  @Test
  void matchesByPreferenceAndExplainsTheChoice() {
    ResourceMatch match = ResourceCatalogue.defaults().match(Dimension.QUALITY,
        List.of(ResourceKind.MENTOR, ResourceKind.MICRO_COURSE));
    assertThat(match.resource().kind()).isEqualTo(ResourceKind.MENTOR);
    assertThat(match.fallback()).isFalse();
    assertThat(match.reason()).isEqualTo(
        "first MENTOR of dimension quality (preference [MENTOR, MICRO_COURSE])");
    ResourceMatch unknown = ResourceCatalogue.defaults().match(Dimension.of("live_streaming"),
        List.of(ResourceKind.MICRO_COURSE));
    assertThat(unknown.fallback()).isTrue();
    assertThat(unknown.resource()).isEqualTo(ResourceCatalogue.defaults().fallback());
    assertThat(unknown.reason()).isEqualTo("catalogue has no [MICRO_COURSE] for dimension"
        + " live_streaming: general fallback used");
  }

  @Test
  void describesEachKindInBothLanguages() {
    LocalizedText title = LocalizedText.of("价格异议的应对", "Answering price objections");
    assertThat(LearningResource.microCourse(title, 15).describe()).isEqualTo(LocalizedText.of(
        "15 分钟微课《价格异议的应对》", "the 15-minute micro-course “Answering price objections”"));
    assertThat(LearningResource.mentor(title).describe().en())
        .isEqualTo("a 1:1 mentor session on Answering price objections");
    assertThat(LearningResource.workshop(title).describe().zhCn())
        .isEqualTo("受邀参加关于价格异议的应对的流程改进工作坊");
  }

  @Test
  void invitesStrongWorkersToWorkshopsAndPairsLargeGapsWithAMentor() {
    ScriptPolicy policy = ScriptPolicy.defaults();
    Theories.qt().forAll(ScriptGen.findings()).checkAssert(findings -> {
      CapabilityReport report = FeedbackComposer.ofDefaults().report(ScriptGen.WORKER, findings)
          .get();
      report.strengths().forEach(strength -> assertThat(report.resources().stream()
          .anyMatch(m -> m.dimension().equals(strength.dimension())
              && m.resource().kind() == ResourceKind.WORKSHOP))
          .isEqualTo(strength.magnitude().value() >= policy.workshopMinMagnitude()));
      report.developmentAreas().forEach(area -> {
        assertThat(report.resources()).anyMatch(m -> m.dimension().equals(area.dimension())
            && m.resource().kind() == ResourceKind.MICRO_COURSE);
        assertThat(report.resources().stream()
            .anyMatch(m -> m.dimension().equals(area.dimension())
                && m.resource().kind() == ResourceKind.MENTOR))
            .isEqualTo(area.magnitude().value() >= policy.mentorMinMagnitude());
      });
    });
  }

  @Test
  void readsMalformedResourceJsonAsProblems() {
    assertThat(HuifangJson.read("{\"title\":{\"en\":\"x\",\"zh-CN\":\"x\"},\"minutes\":15}",
        LearningResource.class).getError()).isNotEmpty().allSatisfy(problem ->
            assertThat(problem.code()).isIn(Problem.REQUIRED, Problem.FORMAT));
    assertThat(HuifangJson.read("{\"kind\":\"PODCAST\",\"title\":{\"en\":\"x\",\"zh-CN\":\"x\"}}",
        LearningResource.class).getError()).extracting(Problem::path).containsExactly("kind");
  }
}
