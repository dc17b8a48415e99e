package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.privacy.DisclosurePolicy;
import dev.huifang.core.privacy.Redactor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SurveyJS export masks personal information in what a respondent reads, by default. */
class SurveyJsPrivacyTest {

  /** {@link SurveyJsTest#small()} with a question text that quotes a customer's phone number. */
  private static SelectedQuestionnaire quotingAPhone() {
    SelectedQuestionnaire small = SurveyJsTest.small();
    List<SelectedQuestion> questions = new ArrayList<>(small.questions());
    SelectedQuestion first = questions.get(0);
    questions.set(0, new SelectedQuestion(first.question(), LocalizedText.of(
        "王先生（13812345678）对安装满意吗？", "Was Mr Wang (+86 138 1234 5678) happy?"),
        first.reason()));
    return new SelectedQuestionnaire(small.bank(), small.bankVersion(), small.engagement(),
        small.worker(), small.stratum(), small.plan(), small.seed(), questions, small.leftOut());
  }

  @Test
  void titlesAreMaskedByDefaultAndNamesAndExpressionsStay() {
    ObjectNode survey = SurveyJs.export(quotingAPhone());
    String json = survey.toString();
    assertThat(json).doesNotContain("13812345678", "138 1234 5678")
        .contains("王先生（138****5678）对安装满意吗？", "5678) happy?");
    ObjectNode plain = SurveyJs.export(quotingAPhone(), TriggerPolicy.defaults(),
        DisclosurePolicy.defaults().with(DisclosurePolicy.Output.SURVEYJS_EXPORT, false),
        Redactor.defaults());
    assertThat(plain.toString()).contains("13812345678");
    // only the title differs: the same survey otherwise
    ObjectNode masked = survey.deepCopy();
    ((ObjectNode) masked.get("pages").get(0).get("elements").get(0)).remove("title");
    ObjectNode unmasked = plain.deepCopy();
    ((ObjectNode) unmasked.get("pages").get(0).get("elements").get(0)).remove("title");
    assertThat(masked).isEqualTo(unmasked);
  }

  @Test
  void aQuestionnaireWithoutPersonalInformationExportsTheSameEitherWay() {
    assertThat(SurveyJs.export(SurveyJsTest.small()).toString()).isEqualTo(SurveyJs.export(
        SurveyJsTest.small(), TriggerPolicy.defaults(),
        DisclosurePolicy.defaults().with(DisclosurePolicy.Output.SURVEYJS_EXPORT, false),
        Redactor.defaults()).toString());
  }
}
