package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTest {

  static Finding.Builder priceObjections() {
    return Finding.builder()
        .workerId(WorkerId.of("w-1024"))
        .dimension(Dimension.OBJECTION_HANDLING)
        .polarity(Polarity.STRENGTH)
        .magnitude(Ratio.of(0.8))
        .perspective(Perspective.CUSTOMER)
        .summary(LocalizedText.of("用竞品对比数据化解价格异议", "Used competitor data on price objections"))
        .addEvidence(Evidence.of("question:promo.objection.price",
            LocalizedText.of("顾客评分 5 星", "Customer rated 5 stars"), Map.of("rating", 5.0)));
  }

  @Test
  void findingNeedsEvidence() {
    assertThat(Finding.builder().from(priceObjections().build()).evidence(java.util.List.of())
        .validate().getError().map(Problem::message))
        .containsExactly("evidence: must hold at least one piece of evidence");
  }

  @Test
  void evidenceFiguresMustBeFiniteAndTextsBilingual() {
    var result = priceObjections()
        .addEvidence(Evidence.of(" ", LocalizedText.of(Map.of("en", "x")), Map.of("rate", Double.NaN)))
        .validate();
    assertThat(result.getError().map(Problem::message)).containsExactly(
        "evidence[1].source: must not be blank, was \" \"",
        "evidence[1].statement.zh-CN: is required",
        "evidence[1].figures.rate: must be a finite number, was NaN");
  }

  @Test
  void validFindingKeepsFiguresSorted() {
    Finding f = priceObjections().addEvidence(Evidence.of("metric:conversion_rate",
        LocalizedText.of("转化率", "Conversion"), Map.of("value", 0.42, "teamMean", 0.35))).build();
    assertThat(f.evidence().get(1).figures().keySet()).containsExactly("teamMean", "value");
    assertThat(f.engagementId()).isNull();
  }
}
