package dev.huifang.questionnaire.internal;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Dimension;
import dev.huifang.core.Engagement;
import dev.huifang.core.Experience;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import dev.huifang.core.Problem;
import dev.huifang.core.QuestionId;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import dev.huifang.questionnaire.LeftOut;
import dev.huifang.questionnaire.PlanChoice;
import dev.huifang.questionnaire.Question;
import dev.huifang.questionnaire.QuestionBank;
import dev.huifang.questionnaire.QuestionSelector;
import dev.huifang.questionnaire.SelectedQuestion;
import dev.huifang.questionnaire.SelectedQuestionnaire;
import dev.huifang.questionnaire.SelectionPlan;
import dev.huifang.questionnaire.SelectionRequest;
import dev.huifang.questionnaire.StratificationPolicy;
import dev.huifang.questionnaire.Stratum;
import dev.huifang.questionnaire.StratumRule;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The selector: greedy steps in a fixed order, each step checking every limit before it adds. */
public final class ConstrainedSelector implements QuestionSelector {

  private final QuestionBank bank;
  private final StratificationPolicy policy;

  /** Creates the selector over a checked bank and policy. */
  public ConstrainedSelector(QuestionBank bank, StratificationPolicy policy) {
    this.bank = requireNonNull(bank, "bank is null");
    this.policy = requireNonNull(policy, "policy is null");
  }

  @Override
  public QuestionBank bank() {
    return bank;
  }

  @Override
  public StratificationPolicy policy() {
    return policy;
  }

  @Override
  public Validation<Seq<Problem>, SelectedQuestionnaire> select(SelectionRequest request) {
    Validation<Seq<Problem>, Engagement> engagement =
        Engagement.builder().from(request.engagement()).validate();
    if (engagement.isInvalid()) {
      return Validation.invalid(engagement.getError().map(p -> p.under("engagement")));
    }
    Stratum stratum = Stratum.of(request.engagement(), request.perspective());
    PlanChoice choice = policy.planFor(stratum);
    Checklist checks = Checklist.root();
    Selection selection = choose(stratum, choice, request.engagement().context(),
        request.recentlyAsked(), request.seed(), checks);
    if (!checks.isClean()) {
      return checks.toValidation(() -> null);
    }
    return Validation.valid(new SelectedQuestionnaire(bank.id(), bank.version(),
        request.engagement().id(), request.engagement().workerId(), stratum, choice,
        request.seed(), selection.chosen, selection.leftOut));
  }

  @Override
  public Seq<Problem> check() {
    Checklist checks = Checklist.root();
    Set<Role> roles = new TreeSet<>(Role.builtIns());
    for (StratumRule rule : policy.rules()) {
      roles.addAll(rule.when().roles());
    }
    for (Role role : roles) {
      for (TaskStage stage : TaskStage.values()) {
        for (Experience experience : Experience.values()) {
          for (Perspective perspective : Perspective.values()) {
            for (Urgency urgency : Urgency.values()) {
              Stratum stratum = new Stratum(role, stage, experience, perspective, urgency);
              PlanChoice choice = policy.planFor(stratum);
              if (!choice.fallback()) {
                choose(stratum, choice, null, Set.of(), 0L, checks);
              }
            }
          }
        }
      }
    }
    return checks.problems();
  }

  private static final class Selection {
    final List<SelectedQuestion> chosen = new ArrayList<>();
    final List<LeftOut> leftOut = new ArrayList<>();
  }

  /**
   * Chooses for a stratum; {@code context} null means "assume every placeholder can be filled"
   * (the ahead-of-time check).
   */
  private Selection choose(Stratum stratum, PlanChoice choice, Map<String, String> context,
      Set<QuestionId> recent, long seed, Checklist checks) {
    SelectionPlan plan = choice.plan();
    String where = "stratum " + stratum.describe() + " (rule " + choice.rule() + ")";
    List<Question> fitting = new ArrayList<>();
    Map<QuestionId, LocalizedText> texts = new HashMap<>();
    Selection selection = new Selection();
    for (Question question : bank.questions()) {
      if (!question.fit().matches(stratum)) {
        continue;
      }
      if (context != null) {
        Validation<Seq<Problem>, LocalizedText> filled =
            question.text().fill(context, "questions." + question.id().value() + ".text");
        if (filled.isInvalid()) {
          if (question.core()) {
            filled.getError().forEach(checks::add);
          } else {
            selection.leftOut.add(new LeftOut(question.id(), "no value for "
                + question.text().placeholders() + " in the engagement's context"));
          }
          continue;
        }
        texts.put(question.id(), filled.get());
      }
      fitting.add(question);
    }
    Comparator<Question> best = Comparator.comparing((Question q) -> !q.core())
        .thenComparing(q -> recent.contains(q.id()))
        .thenComparing(Comparator.comparingInt(Question::priority).reversed())
        .thenComparingLong(q -> mix(seed, q.id().value()));
    fitting.sort(best);

    Map<QuestionId, String> reasons = new LinkedHashMap<>();
    Map<Dimension, Integer> perDimension = new java.util.TreeMap<>();
    int[] seconds = {0};
    int[] open = {0};
    for (Question question : fitting) {
      if (question.core()) {
        reasons.put(question.id(), "core indicator (always asked)");
        count(question, perDimension, seconds, open);
      }
    }
    if (reasons.size() > plan.maxQuestions() || seconds[0] > plan.maxSeconds()) {
      checks.add(Problem.of(Problem.INFEASIBLE, "plan", reasons.size() + " core questions, "
          + seconds[0] + " s", where + " has more core questions than its budget of "
          + plan.maxQuestions() + " questions and " + plan.maxSeconds() + " s"));
      return selection;
    }
    perDimension.forEach((dimension, count) -> checks.require(count <= plan.quota(dimension),
        Problem.INFEASIBLE, "plan.quotas." + dimension.code(), plan.quota(dimension), where
            + " always asks " + count + " core question(s) on " + dimension.code()
            + " but its quota allows " + plan.quota(dimension)));
    checks.require(open[0] <= plan.maxOpen(), Problem.INFEASIBLE, "plan.maxOpen", plan.maxOpen(),
        where + " always asks " + open[0] + " open core question(s) but allows at most "
            + plan.maxOpen());
    if (!checks.isClean()) {
      return selection;
    }
    for (Dimension dimension : plan.requiredDimensions()) {
      if (perDimension.getOrDefault(dimension, 0) > 0) {
        continue;
      }
      Question pick = first(fitting, reasons, plan, perDimension, seconds, open,
          q -> q.dimension().equals(dimension));
      if (pick == null) {
        checks.add(Problem.of(Problem.INFEASIBLE, "plan.requiredDimensions", dimension.code(),
            where + " needs a question on " + dimension.code()
                + " but no fitting question is left within the budget"));
        continue;
      }
      reasons.put(pick.id(), "covers required dimension " + dimension.code());
      count(pick, perDimension, seconds, open);
    }
    while (open[0] < plan.minOpen()) {
      Question pick = first(fitting, reasons, plan, perDimension, seconds, open,
          q -> q.type().isOpen());
      if (pick == null) {
        checks.add(Problem.of(Problem.INFEASIBLE, "plan.minOpen", plan.minOpen(), where + " needs "
            + plan.minOpen() + " open question(s) but only " + open[0] + " fit within the budget"));
        break;
      }
      reasons.put(pick.id(), "open question " + (open[0] + 1) + " of at least " + plan.minOpen());
      count(pick, perDimension, seconds, open);
    }
    while (reasons.size() < plan.maxQuestions()) {
      Question pick = first(fitting, reasons, plan, perDimension, seconds, open, q -> true);
      if (pick == null) {
        break;
      }
      reasons.put(pick.id(), "priority " + pick.priority()
          + (recent.contains(pick.id()) ? ", though asked recently" : "") + " within the budget");
      count(pick, perDimension, seconds, open);
    }
    if (reasons.size() < plan.minQuestions()) {
      checks.add(Problem.of(Problem.INFEASIBLE, "plan.minQuestions", plan.minQuestions(), where
          + " needs at least " + plan.minQuestions() + " questions but only " + reasons.size()
          + " fit within " + plan.maxSeconds() + " s, the quotas and the open-question limit"));
    }
    for (Question question : bank.questions()) {
      String reason = reasons.get(question.id());
      if (reason != null) {
        LocalizedText text = context == null ? question.text().text() : texts.get(question.id());
        selection.chosen.add(new SelectedQuestion(question, text, reason));
      }
    }
    for (Question question : fitting) {
      if (!reasons.containsKey(question.id())) {
        selection.leftOut.add(new LeftOut(question.id(), leftOutReason(question, plan, reasons,
            perDimension, seconds[0], open[0], recent)));
      }
    }
    return selection;
  }

  private static String leftOutReason(Question question, SelectionPlan plan,
      Map<QuestionId, String> chosen, Map<Dimension, Integer> perDimension, int seconds, int open,
      Set<QuestionId> recent) {
    if (chosen.size() >= plan.maxQuestions()) {
      return "the questionnaire already has its maximum of " + plan.maxQuestions() + " questions"
          + (recent.contains(question.id()) ? " (and it was asked recently)" : "");
    }
    if (perDimension.getOrDefault(question.dimension(), 0) >= plan.quota(question.dimension())) {
      return "quota of " + plan.quota(question.dimension()) + " for " + question.dimension().code()
          + " reached";
    }
    if (question.type().isOpen() && open >= plan.maxOpen()) {
      return "at most " + plan.maxOpen() + " open questions";
    }
    return "would exceed " + plan.maxSeconds() + " s (" + seconds + " s used, it needs "
        + question.seconds() + " s)";
  }

  private static Question first(List<Question> fitting, Map<QuestionId, String> chosen,
      SelectionPlan plan, Map<Dimension, Integer> perDimension, int[] seconds, int[] open,
      java.util.function.Predicate<Question> wanted) {
    if (chosen.size() >= plan.maxQuestions()) {
      return null;
    }
    for (Question question : fitting) {
      if (chosen.containsKey(question.id()) || !wanted.test(question)) {
        continue;
      }
      boolean fits = seconds[0] + question.seconds() <= plan.maxSeconds()
          && perDimension.getOrDefault(question.dimension(), 0) < plan.quota(question.dimension())
          && (!question.type().isOpen() || open[0] < plan.maxOpen());
      if (fits) {
        return question;
      }
    }
    return null;
  }

  private static void count(Question question, Map<Dimension, Integer> perDimension, int[] seconds,
      int[] open) {
    perDimension.merge(question.dimension(), 1, Integer::sum);
    seconds[0] += question.seconds();
    if (question.type().isOpen()) {
      open[0]++;
    }
  }

  /** A seeded, well-mixed order of question ids (SplitMix64 over the seed and the id's hash). */
  static long mix(long seed, String id) {
    long z = seed + 0x9E3779B97F4A7C15L * (id.hashCode() + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

}
