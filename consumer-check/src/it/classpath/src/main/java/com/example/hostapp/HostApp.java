package com.example.hostapp;

import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.core.Engagement;
import dev.huifang.core.EngagementId;
import dev.huifang.core.Period;
import dev.huifang.core.Perspective;
import dev.huifang.core.Problem;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Validated;
import dev.huifang.core.WorkerId;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.feedback.Audience;
import dev.huifang.feedback.FeedbackComposer;
import dev.huifang.feedback.FeedbackScript;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.QuestionSelector;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.questionnaire.SelectionRequest;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.scoring.ScoringScheme;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;

/**
 * Uses each engine the way a host app would, and fails (exit code 1) when any result is not what
 * Huifang documents. Built with -Xlint:all -Werror on the module path and, from the same source,
 * on the class path.
 */
public final class HostApp {

  private HostApp() {}

  /** Runs the checks; a non-zero exit status fails the consumer check. */
  public static void main(String[] args) {
    Validation<Seq<Problem>, Engagement> bad = Engagement.builder()
        .id(EngagementId.of("e-618-001"))
        .workerId(WorkerId.of("w-1024"))
        .role(Role.PROMOTION)
        .stage(TaskStage.END)
        .period(Period.of(Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-18T14:00:00Z")))
        .priorEngagements(-2)
        .validate();
    require(bad.isInvalid(), "a negative count of prior engagements is a Problem");

    Engagement engagement = Validated.orThrow(Engagement.builder()
        .id(EngagementId.of("e-618-002"))
        .workerId(WorkerId.of("w-2048"))
        .role(Role.PROMOTION)
        .stage(TaskStage.END)
        .period(Period.of(Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-18T14:00:00Z")))
        .priorEngagements(3)
        .validate());

    // JSON through Jackson: the models' packages must be open to it on the module path.
    Validation<Seq<Problem>, Engagement> read = HuifangJson.read(HuifangJson.write(engagement), Engagement.class);
    require(read.isValid() && read.get().equals(engagement), "an engagement round-trips through JSON");
    require(HuifangJson.read("{\"id\": 1}", Engagement.class).isInvalid(), "malformed JSON is a Problem");

    QuestionSelector selector = Validated.orThrow(
        QuestionSelector.of(QuestionBank.defaults(), StratificationPolicy.defaults()));
    SelectedQuestionnaire questionnaire = Validated.orThrow(
        selector.select(SelectionRequest.of(engagement, Perspective.SELF, 42L)));
    int asked = questionnaire.questions().size();
    require(asked >= 5 && asked <= 8, "the default plan asks 5 to 8 questions, asked " + asked);

    require(ScoringScheme.builder().validate().isInvalid(), "an empty scoring scheme is a Problem");
    require(FeedbackLoop.ofDefaults().replay(List.of()).isInvalid(), "an empty case log is a Problem");

    Validation<Seq<Problem>, FeedbackScript> script =
        FeedbackComposer.ofDefaults().script(WorkerId.of("w-2048"), Audience.FIRST_TIMER, List.of());
    require(script.isInvalid(), "a script without findings is a Problem");

    System.out.println("host app: " + asked + " questions selected; every engine answered as documented");
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      System.err.println("host app check failed: " + what);
      System.exit(1);
    }
  }
}
