package dev.huifang.testing;

import dev.huifang.core.Dimension;
import dev.huifang.core.Evidence;
import dev.huifang.core.Finding;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Polarity;
import dev.huifang.core.Ratio;
import dev.huifang.core.WorkerId;
import java.util.List;
import java.util.Map;

/**
 * The domain's example of a promoter's customer follow-up as Findings: a strength (competitor
 * comparison data on a price objection) and a problem (the 10-year warranty was not mentioned),
 * each with its customer evidence. Tests and example documents that need "the domain's example"
 * build it here, so that they all mean the same two findings.
 */
public final class DomainFindings {

  private DomainFindings() {}

  /** The domain's strength: competitor comparison data answered a price objection. */
  public static Finding priceObjectionStrength(WorkerId worker) {
    return Finding.builder().workerId(worker).dimension(Dimension.OBJECTION_HANDLING)
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
  public static Finding missedWarranty(WorkerId worker) {
    return Finding.builder().workerId(worker).dimension(Dimension.PRODUCT_KNOWLEDGE)
        .polarity(Polarity.WEAKNESS).magnitude(Ratio.of(0.7)).perspective(Perspective.CUSTOMER)
        .summary(LocalizedText.of("介绍时没有提到 10 年质保",
            "the 10-year warranty was not mentioned"))
        .addEvidence(Evidence.of("question:promo.selling_points.warranty", LocalizedText.of(
            "顾客回访时表示不知道有 10 年质保", "the customer said in the follow-up that they"
                + " did not know about the 10-year warranty"), Map.of("share", 1.0)))
        .build();
  }

  /** Both, strength first. */
  public static List<Finding> both(WorkerId worker) {
    return List.of(priceObjectionStrength(worker), missedWarranty(worker));
  }
}
