package com.example.hostapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huifang.core.Problem;
import dev.huifang.generators.CaseValues;
import dev.huifang.generators.FeedbackValues;
import dev.huifang.generators.QuestionnaireValues;
import dev.huifang.generators.ScoringValues;
import dev.huifang.scoring.Scorer;
import dev.huifang.scoring.ScoringScheme;
import dev.huifang.testing.Invalid;
import dev.huifang.testing.Theories;
import io.vavr.collection.Seq;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A host app's property suite on Huifang's published generators: through QuickTheories
 * ({@code toGen()}) and through a plain JUnit {@code @MethodSource} ({@code stream(seed, n)}).
 */
class GeneratedValuesTest {

  static final long SEED = 618L;

  @Test
  void everyGeneratedSchemeScoresItsCohortThroughQuickTheories() {
    Theories.qt(50).forAll(ScoringValues.schemes().toGen())
        .check(scheme -> ScoringScheme.builder().from(scheme).validate().isValid());
    Theories.qt(50).forAll(ScoringValues.cohorts().toGen())
        .check(cohort -> Scorer.of(cohort.scheme()).scoreCohort(cohort.workers()).isValid());
  }

  @Test
  void everyBrokenCohortNamesItsProblemThroughQuickTheories() {
    Theories.qt(50).forAll(
        ScoringValues.invalidCohorts(ScoringValues.CohortDefect.VALUE_OUT_OF_RANGE).toGen())
        .check(invalid -> expectsExactly(invalid, Scorer.of(invalid.value().scheme())
            .scoreCohort(invalid.value().workers()).getError()));
  }

  @Test
  void everyGeneratedCaseHistoryReplaysAndEveryForgedOneIsRejected() {
    Theories.qt(50).forAll(CaseValues.histories().toGen())
        .check(history -> history.replay().isValid());
    Theories.qt(50).forAll(CaseValues.invalidHistories(CaseValues.CaseDefect.FORGED_ROLE).toGen())
        .check(invalid -> expectsExactly(invalid, invalid.value().replay().getError()));
  }

  static Stream<CaseValues.CaseHistory> staleHistories() {
    return CaseValues.invalidHistories(CaseValues.CaseDefect.STALE_VERSION).stream(SEED, 20)
        .map(Invalid::value);
  }

  @ParameterizedTest
  @MethodSource("staleHistories")
  void everyStaleEventIsAConflict(CaseValues.CaseHistory history) {
    assertEquals(Problem.CONFLICT, history.replay().getError().head().code());
  }

  static Stream<QuestionnaireValues.AnswerSet> answerSets() {
    return QuestionnaireValues.answerSets().stream(SEED, 20);
  }

  @ParameterizedTest
  @MethodSource("answerSets")
  void everyGeneratedAnswerSetIsAccepted(QuestionnaireValues.AnswerSet answers) {
    assertTrue(answers.run().isValid(), () -> answers.run().toString());
  }

  static Stream<FeedbackValues.ScriptRequest> scriptRequests() {
    return FeedbackValues.scriptRequests().stream(SEED, 20);
  }

  @ParameterizedTest
  @MethodSource("scriptRequests")
  void everyGeneratedScriptRequestGetsAScript(FeedbackValues.ScriptRequest request) {
    assertTrue(request.compose().isValid(), () -> request.compose().toString());
  }

  static Stream<Invalid<QuestionnaireValues.AnswerSet>> brokenAnswerSets() {
    return QuestionnaireValues.invalidAnswerSets(QuestionnaireValues.AnswerDefect.OUT_OF_RANGE)
        .stream(SEED, 20);
  }

  @ParameterizedTest
  @MethodSource("brokenAnswerSets")
  void everyBrokenAnswerSetNamesItsProblem(Invalid<QuestionnaireValues.AnswerSet> invalid) {
    assertTrue(expectsExactly(invalid, invalid.value().run().getError()), invalid::rule);
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    assertEquals(ScoringValues.cohorts().list(SEED, 10), ScoringValues.cohorts().list(SEED, 10));
  }

  static boolean expectsExactly(Invalid<?> invalid, Seq<Problem> problems) {
    return problems.size() == 1 && invalid.expects(problems.head());
  }
}
