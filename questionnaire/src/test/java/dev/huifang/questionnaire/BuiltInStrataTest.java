package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Dimension;
import dev.huifang.core.Engagement;
import dev.huifang.core.Experience;
import dev.huifang.core.Perspective;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every stratum the built-in policy covers: the plan's invariants, the domain's questions by
 * default, and the rotation promise for a history of last time's questions.
 */
class BuiltInStrataTest {

  static final Role HEADHUNTING = Role.of("headhunting_consultant");

  /** One engagement per covered stratum, with the context the situational questions read. */
  static List<SelectionRequest> coveredStrata() {
    List<Role> roles = new ArrayList<>(Role.builtIns());
    roles.add(HEADHUNTING);
    List<SelectionRequest> requests = new ArrayList<>();
    for (Role role : roles) {
      for (TaskStage stage : TaskStage.values()) {
        for (Experience experience : Experience.values()) {
          for (Perspective perspective : Perspective.values()) {
            for (Urgency urgency : Urgency.values()) {
              Engagement engagement = DefaultBankTest.engagement(role, stage,
                  experience == Experience.FIRST_TIME ? 0 : 2).urgency(urgency).build();
              Stratum stratum = Stratum.of(engagement, perspective);
              if (stratum.experience() != experience
                  || StratificationPolicy.defaults().planFor(stratum).fallback()) {
                continue;
              }
              requests.add(SelectionRequest.of(engagement, perspective, 20260618));
            }
          }
        }
      }
    }
    return requests;
  }

  static Set<String> ids(SelectedQuestionnaire q) {
    return q.questions().stream().map(s -> s.question().id().value())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyCoveredStratumMeetsItsPlanAndAsksTheDomainsQuestions() {
    List<SelectionRequest> strata = coveredStrata();
    assertThat(strata).hasSizeGreaterThan(100);
    for (SelectionRequest request : strata) {
      SelectedQuestionnaire q = DefaultBankTest.SELECTOR.select(request).get();
      Stratum stratum = q.stratum();
      SelectionPlan plan = q.plan().plan();
      String as = stratum.describe();
      List<Question> chosen = q.questions().stream().map(SelectedQuestion::question).toList();
      List<Question> fitting = QuestionBank.defaults().questions().stream()
          .filter(question -> question.fit().matches(stratum)).toList();
      assertThat(SelectionOracle.valid(chosen, fitting, plan)).as(as).isTrue();
      assertThat(q.questions()).as(as).hasSizeBetween(5, 8);
      assertThat(q.seconds()).as(as).isLessThanOrEqualTo(180);
      assertThat(q.openQuestions()).as(as).isBetween(1L, 2L);
      Perspective perspective = stratum.perspective();
      if (perspective == Perspective.CUSTOMER) {
        assertThat(ids(q)).as(as).contains("cust.pleased", "cust.improve");
      }
      if (perspective == Perspective.CLIENT) {
        assertThat(ids(q)).as(as).contains("client.pleased", "client.improve");
      }
      if (perspective == Perspective.SELF && stratum.stage() == TaskStage.MID) {
        assertThat(ids(q)).as(as).contains("self.process_idea");
      }
      if (perspective == Perspective.SELF && stratum.role().equals(Role.PROMOTION)) {
        assertThat(chosen).as(as).anySatisfy(question ->
            assertThat(question.dimension()).isEqualTo(Dimension.OBJECTION_HANDLING));
      }
    }
  }

  @Test
  void aQuestionAskedLastTimeComesBackOnlyWhenNoNeverAskedOneCanTakeItsPlace() {
    for (SelectionRequest request : coveredStrata()) {
      SelectedQuestionnaire last = DefaultBankTest.SELECTOR.select(request).get();
      Set<QuestionId> asked = last.questions().stream().map(s -> s.question().id())
          .collect(Collectors.toSet());
      SelectedQuestionnaire next = DefaultBankTest.SELECTOR.select(
          request.withRecentlyAsked(asked)).get();
      Stratum stratum = next.stratum();
      SelectionPlan plan = next.plan().plan();
      List<Question> fitting = QuestionBank.defaults().questions().stream()
          .filter(question -> question.fit().matches(stratum)).toList();
      List<Question> chosen = next.questions().stream().map(SelectedQuestion::question).toList();
      List<Question> never = fitting.stream()
          .filter(question -> !asked.contains(question.id()) && !chosen.contains(question)).toList();
      for (Question repeated : chosen) {
        if (!asked.contains(repeated.id())) {
          continue;
        }
        List<Question> without = new ArrayList<>(chosen);
        without.remove(repeated);
        assertThat(SelectionOracle.valid(without, fitting, plan))
            .as("%s: %s could simply be dropped", stratum.describe(), repeated.id()).isFalse();
        for (Question fresh : never) {
          List<Question> swapped = new ArrayList<>(without);
          swapped.add(fresh);
          assertThat(SelectionOracle.valid(swapped, fitting, plan))
              .as("%s: never-asked %s fits in place of %s", stratum.describe(), fresh.id(),
                  repeated.id()).isFalse();
        }
      }
      assertThat(next.leftOut()).filteredOn(l -> !asked.contains(l.question()))
          .allSatisfy(l -> assertThat(l.reason()).doesNotContain("asked recently"));
    }
  }
}
