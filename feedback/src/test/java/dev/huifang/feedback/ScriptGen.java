package dev.huifang.feedback;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.huifang.core.Finding;
import dev.huifang.core.Polarity;
import dev.huifang.core.WorkerId;
import dev.huifang.testing.CoreGen;
import dev.huifang.testing.DomainFindings;
import java.util.List;
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
