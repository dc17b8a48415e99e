package dev.huifang.questionnaire.script;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.huifang.core.Dimension;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Ratio;
import dev.huifang.core.WorkerId;
import dev.huifang.testing.CoreGen;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators and fixtures of the script package: the domain's example, findings, resources. */
final class ScriptGen {

  static final WorkerId WORKER = WorkerId.of("w-1024");

  private ScriptGen() {}

  /** The domain's strength: competitor comparison data on a price objection. */
  static Finding priceObjectionStrength() {
    return Finding.builder().workerId(WORKER).dimension(Dimension.OBJECTION_HANDLING)
        .polarity(Polarity.STRENGTH).magnitude(Ratio.of(0.8)).perspective(Perspective.CUSTOMER)
        .summary(LocalizedText.of("用竞品对比数据应对价格异议，效果很好",
            "using competitor comparison data on price objections worked well"))
        .addEvidence(Evidence.of("question:promo.objection.price", LocalizedText.of(
            "顾客听完对比后不再纠结价格，转而询问送货时间",
            "after the comparison the customer stopped haggling and asked about delivery"),
            Map.of("rating", 5.0)))
        .build();
  }

  /** The domain's problem: the 10-year warranty was not mentioned. */
  static Finding missedWarranty() {
    return Finding.builder().workerId(WORKER).dimension(Dimension.PRODUCT_KNOWLEDGE)
        .polarity(Polarity.WEAKNESS).magnitude(Ratio.of(0.7)).perspective(Perspective.CUSTOMER)
        .summary(LocalizedText.of("介绍时没有提到 10 年质保",
            "the 10-year warranty was not mentioned"))
        .addEvidence(Evidence.of("question:promo.selling_points.warranty", LocalizedText.of(
            "顾客回访时表示不知道有 10 年质保", "the customer said in the follow-up that they"
                + " did not know about the 10-year warranty"), Map.of("share", 1.0)))
        .build();
  }

  /** The domain's example: strength first, problem second. */
  static List<Finding> domainExample() {
    return List.of(priceObjectionStrength(), missedWarranty());
  }

  /** One to eight findings about {@link #WORKER}. */
  static Gen<List<Finding>> findings() {
    return lists().of(CoreGen.findingsFor(WORKER)).ofSizeBetween(1, 8);
  }

  /** Findings about {@link #WORKER}, all of one polarity. */
  static Gen<List<Finding>> findingsOnly(Polarity polarity) {
    return findings().map(list -> list.stream()
        .map(f -> Finding.builder().from(f).polarity(polarity).build()).toList());
  }

  /** Audiences. */
  static Gen<Audience> audiences() {
    return Generate.enumValues(Audience.class);
  }

  /** Policies with one or two problems. */
  static Gen<ScriptPolicy> policies() {
    return integers().between(1, 2).map(n -> ScriptPolicy.defaults().withMaxConcerns(n));
  }

  /** Valid learning resources of every kind. */
  static Gen<LearningResource> resources() {
    return CoreGen.localizedTexts().zip(Generate.enumValues(ResourceKind.class),
        integers().between(1, LearningResource.MAX_MINUTES), (title, kind, minutes) ->
            new LearningResource(kind, title, kind == ResourceKind.MICRO_COURSE ? minutes : null));
  }
}
