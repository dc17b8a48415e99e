package dev.huifang.feedback;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.huifang.core.Dimension;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Ratio;
import dev.huifang.core.Polarity;
import dev.huifang.core.WorkerId;
import dev.huifang.testing.CoreGen;
import dev.huifang.testing.DomainFindings;
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
    return DomainFindings.priceObjectionStrength(WORKER);
  }

  /** The domain's problem: the 10-year warranty was not mentioned. */
  static Finding missedWarranty() {
    return DomainFindings.missedWarranty(WORKER);
  }

  /**
   * The store manager's view of the same problem: the warranty was left out of the pitch. With the
   * customer's, two perspectives corroborate the problem, so it is the worker's to work on.
   */
  static Finding storeManagerSawWarranty() {
    return Finding.builder().workerId(WORKER).dimension(Dimension.PRODUCT_KNOWLEDGE)
        .polarity(Polarity.WEAKNESS).magnitude(Ratio.of(0.5)).perspective(Perspective.INTERNAL_TEAM)
        .summary(LocalizedText.of("介绍时只讲了价格，没有讲质保和服务",
            "the pitch covered the price but not the warranty or the service"))
        .addEvidence(Evidence.of("observation:store.floor", LocalizedText.of(
            "店长在现场看到介绍中没有提到质保",
            "the store manager saw on the floor that the warranty was left out of the pitch"),
            Map.of()))
        .build();
  }

  /**
   * The domain's example: strength first, the customer's problem second, the store manager's view
   * of it third.
   */
  static List<Finding> domainExample() {
    return List.of(priceObjectionStrength(), missedWarranty(), storeManagerSawWarranty());
  }

  /** The domain's example as the customer alone saw it: the problem is only to verify. */
  static List<Finding> customerOnly() {
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
