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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The exact selector: a branch and bound over the questions that fit a stratum, returning a
 * questionnaire that meets every hard constraint of the plan whenever one exists, and the best
 * one under the lexicographic objective of {@link QuestionSelector}.
 *
 * <p>Each question that may be chosen gets one number, {@code -R * recent + T * priority + tie},
 * with {@code R} larger than any questionnaire's priority and tie parts together and {@code T}
 * larger than any questionnaire's tie part, so that the sum over a questionnaire orders
 * questionnaires by fewest recently asked questions, then highest total priority, then highest
 * total tie weight (the top {@link #tieBits(int)} bits of SplitMix64 over the seed and the id).
 * The search tries candidates from the highest number down and prunes a branch when it cannot meet
 * the count, open-question, required-dimension or time limits any more, or when its bound (the
 * best candidate of each uncovered required dimension plus a greedy fill under the quotas, which is
 * exact for the count and quota limits alone) does not beat the best questionnaire found.
 */
public final class ConstrainedSelector implements QuestionSelector {

  /** Distinct left-out reasons shared within one selection (a power of two). */
  private static final int REASON_BITS = 6;
  private static final int REASONS = 1 << REASON_BITS;

  /** Strata whose candidates are kept; further strata are prepared on every selection. */
  private static final int MAX_PREPARED = 4096;

  private final QuestionBank bank;
  private final StratificationPolicy policy;
  private final Question[] questions;
  private final int[] seconds;
  private final int[] priority;
  private final boolean[] open;
  private final int[] dimension;
  private final Dimension[] dimensions;
  private final Map<Dimension, Integer> dimensionIndex = new HashMap<>();
  private final boolean[] placeholders;
  private final int[] idHash;
  private final Map<QuestionId, Integer> position = new HashMap<>();
  private final Map<Stratum, Prepared> prepared = new ConcurrentHashMap<>();

  /** Creates the selector over a checked bank and policy. */
  public ConstrainedSelector(QuestionBank bank, StratificationPolicy policy) {
    this.bank = requireNonNull(bank, "bank is null");
    this.policy = requireNonNull(policy, "policy is null");
    List<Question> all = bank.questions();
    int n = all.size();
    questions = all.toArray(new Question[0]);
    seconds = new int[n];
    priority = new int[n];
    open = new boolean[n];
    dimension = new int[n];
    placeholders = new boolean[n];
    idHash = new int[n];
    List<Dimension> known = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Question question = questions[i];
      seconds[i] = question.seconds();
      priority[i] = question.priority();
      open[i] = question.type().isOpen();
      placeholders[i] = !question.text().placeholders().isEmpty();
      idHash[i] = question.id().value().hashCode();
      dimension[i] = dimensionIndex.computeIfAbsent(question.dimension(), d -> {
        known.add(d);
        return known.size() - 1;
      });
      position.putIfAbsent(question.id(), i);
    }
    dimensions = known.toArray(new Dimension[0]);
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
    Prepared stratumPlan = prepare(stratum);
    Checklist checks = Checklist.root();
    Map<String, String> context = request.engagement().context();
    Selection selection = choose(stratumPlan, context, request.recentlyAsked(), request.seed(),
        checks);
    if (!checks.isClean() || selection == null) {
      return checks.toValidation(() -> null);
    }
    return Validation.valid(new SelectedQuestionnaire(bank.id(), bank.version(),
        request.engagement().id(), request.engagement().workerId(), stratum, stratumPlan.choice,
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
              Prepared stratumPlan = prepare(stratum);
              if (!stratumPlan.choice.fallback()) {
                // a fresh list per stratum: every infeasible stratum is named, not only the first
                Checklist own = Checklist.root();
                choose(stratumPlan, null, Set.of(), 0L, own);
                own.problems().forEach(checks::add);
              }
            }
          }
        }
      }
    }
    return checks.problems();
  }

  /** The number of tie bits for questionnaires of up to {@code size} questions. */
  public static int tieBits(int size) {
    long n = Math.max(1, size);
    int bits = 16;
    while (bits > 0 && 64 - Long.numberOfLeadingZeros(n * n * (100 * n + 1)) + bits > 62) {
      bits--;
    }
    return bits;
  }

  /**
   * The seeded tie weight of a question in a questionnaire of up to {@code size} questions: the
   * top {@link #tieBits(int)} bits of SplitMix64 over the seed and the id's hash.
   */
  public static long tieWeight(long seed, QuestionId id, int size) {
    int bits = tieBits(size);
    return bits == 0 ? 0 : mix(seed, id.value().hashCode()) >>> (64 - bits);
  }

  /** A seeded, well-mixed number of a question id's hash (SplitMix64). */
  static long mix(long seed, int hash) {
    long z = seed + 0x9E3779B97F4A7C15L * (hash + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  // ---------------------------------------------------------------------------------------------
  // per-stratum preparation

  /** What a stratum's selections share: the plan, the fitting questions, the plan's limits. */
  private static final class Prepared {
    final Stratum stratum;
    final PlanChoice choice;
    final String where;
    /** Bank positions of the fitting questions, in bank order. */
    final int[] fitting;
    /** Per fitting question: true when the plan makes it mandatory (core or required by plan). */
    final boolean[] forced;
    /** Per dimension index: its quota. */
    final int[] quota;
    /** Dimension indices the plan requires; -1 for a dimension no question of the bank has. */
    final int[] required;
    /** Required questions of the plan that do not fit the stratum or are not in the bank. */
    final List<QuestionId> requiredMissing;
    /** The plan's required dimensions, each once, in the order of {@link #required}. */
    final List<Dimension> requiredDimensions;

    Prepared(Stratum stratum, PlanChoice choice, String where, int[] fitting, boolean[] forced,
        int[] quota, int[] required, List<QuestionId> requiredMissing,
        List<Dimension> requiredDimensions) {
      this.stratum = stratum;
      this.choice = choice;
      this.where = where;
      this.fitting = fitting;
      this.forced = forced;
      this.quota = quota;
      this.required = required;
      this.requiredMissing = requiredMissing;
      this.requiredDimensions = requiredDimensions;
    }
  }

  private Prepared prepare(Stratum stratum) {
    Prepared known = prepared.get(stratum);
    if (known != null) {
      return known;
    }
    PlanChoice choice = policy.planFor(stratum);
    SelectionPlan plan = choice.plan();
    int[] fitting = new int[questions.length];
    int count = 0;
    for (int i = 0; i < questions.length; i++) {
      if (questions[i].fit().matches(stratum)) {
        fitting[count++] = i;
      }
    }
    fitting = Arrays.copyOf(fitting, count);
    Set<QuestionId> requiredQuestions = new java.util.HashSet<>(plan.requiredQuestions());
    boolean[] forced = new boolean[count];
    Set<QuestionId> found = new java.util.HashSet<>();
    for (int k = 0; k < count; k++) {
      Question question = questions[fitting[k]];
      forced[k] = question.core() || requiredQuestions.contains(question.id());
      found.add(question.id());
    }
    List<QuestionId> requiredMissing = new ArrayList<>();
    for (QuestionId id : plan.requiredQuestions()) {
      if (!found.contains(id) && !position.containsKey(id)) {
        requiredMissing.add(id);
      }
    }
    int[] quota = new int[dimensions.length];
    for (int d = 0; d < dimensions.length; d++) {
      quota[d] = plan.quota(dimensions[d]);
    }
    List<Dimension> distinct = plan.requiredDimensions().stream().distinct().toList();
    int[] required = new int[distinct.size()];
    for (int r = 0; r < required.length; r++) {
      required[r] = dimensionIndex.getOrDefault(distinct.get(r), -1);
    }
    String where = "stratum " + stratum.describe() + " (rule " + choice.rule() + ")";
    Prepared result = new Prepared(stratum, choice, where, fitting, forced, quota, required,
        List.copyOf(requiredMissing), distinct);
    if (prepared.size() < MAX_PREPARED) {
      prepared.putIfAbsent(stratum, result);
    }
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // one selection

  private static final class Selection {
    final List<SelectedQuestion> chosen;
    final List<LeftOut> leftOut;

    Selection(int chosen, int leftOut) {
      this.chosen = new ArrayList<>(chosen);
      this.leftOut = new ArrayList<>(leftOut);
    }
  }

  /** The hard limits of one search; the diagnosis relaxes them one at a time. */
  private static final class Limits {
    int minQuestions;
    int maxQuestions;
    int maxSeconds;
    int minOpen;
    int maxOpen;
    int[] quota;
    int[] required;

    Limits(SelectionPlan plan, Prepared prepared) {
      minQuestions = plan.minQuestions();
      maxQuestions = plan.maxQuestions();
      maxSeconds = plan.maxSeconds();
      minOpen = plan.minOpen();
      maxOpen = plan.maxOpen();
      quota = prepared.quota;
      required = prepared.required;
    }
  }

  /**
   * Chooses for a stratum; {@code context} null means "assume every placeholder can be filled"
   * (the ahead-of-time check). Returns null, with Problems in {@code checks}, when the stratum
   * cannot be served.
   */
  private @Nullable Selection choose(Prepared prepared, @Nullable Map<String, String> context,
      Set<QuestionId> recent, long seed, Checklist checks) {
    SelectionPlan plan = prepared.choice.plan();
    String where = prepared.where;
    int[] fitting = prepared.fitting;
    int count = fitting.length;
    List<LeftOut> unfilled = new ArrayList<>(0);
    for (QuestionId id : prepared.requiredMissing) {
      checks.add(Problem.of(Problem.INFEASIBLE, "plan.requiredQuestions", id.value(), where
          + " must ask " + id.value() + " but the bank has no such question"));
    }
    // the forced questions and the candidates, as positions into fitting
    int[] forced = new int[count];
    int forcedCount = 0;
    int[] candidates = new int[count];
    int candidateCount = 0;
    for (int k = 0; k < count; k++) {
      int q = fitting[k];
      if (context != null && placeholders[q] && !filled(questions[q], context)) {
        if (prepared.forced[k]) {
          questions[q].text().fill(context, "questions." + questions[q].id().value() + ".text")
              .getError().forEach(checks::add);
        } else {
          unfilled.add(new LeftOut(questions[q].id(), "no value for "
              + questions[q].text().placeholders() + " in the engagement's context"));
        }
        continue;
      }
      if (prepared.forced[k]) {
        forced[forcedCount++] = q;
      } else {
        candidates[candidateCount++] = q;
      }
    }
    if (!checks.isClean()) {
      return null;
    }
    boolean[] recentFlags = null;
    for (QuestionId id : recent) {
      Integer at = position.get(id);
      if (at != null) {
        if (recentFlags == null) {
          recentFlags = new boolean[questions.length];
        }
        recentFlags[at] = true;
      }
    }
    Limits limits = new Limits(plan, prepared);
    if (!forcedFit(prepared, plan, forced, forcedCount, checks)) {
      return null;
    }
    Search search = new Search(this, limits, forced, forcedCount, candidates, candidateCount,
        recentFlags, seed);
    if (!search.run()) {
      diagnose(prepared, plan, forced, forcedCount, candidates, candidateCount, checks);
      return null;
    }
    Selection selection = new Selection(forcedCount + search.bestCount,
        candidateCount - search.bestCount + unfilled.size());
    explain(search, plan, context, recentFlags, selection);
    selection.leftOut.addAll(unfilled);
    return selection;
  }

  private static boolean filled(Question question, Map<String, String> context) {
    for (String name : question.text().placeholders()) {
      if (context.get(name) == null) {
        return false;
      }
    }
    return true;
  }

  /** Checks that the mandatory questions alone stay within the plan's upper limits. */
  private boolean forcedFit(Prepared prepared, SelectionPlan plan, int[] forced, int forcedCount,
      Checklist checks) {
    String where = prepared.where;
    int total = 0;
    int opens = 0;
    int[] perDimension = new int[dimensions.length];
    for (int f = 0; f < forcedCount; f++) {
      int q = forced[f];
      total += seconds[q];
      opens += open[q] ? 1 : 0;
      perDimension[dimension[q]]++;
    }
    if (forcedCount > plan.maxQuestions() || total > plan.maxSeconds()) {
      checks.add(Problem.of(Problem.INFEASIBLE, "plan", forcedCount + " core questions, "
          + total + " s", where + " has more core questions than its budget of "
          + plan.maxQuestions() + " questions and " + plan.maxSeconds() + " s"));
    }
    // messages are written only for a broken limit: this runs on every selection
    for (int d = 0; d < dimensions.length; d++) {
      int quota = prepared.quota[d];
      if (perDimension[d] > quota) {
        checks.add(Problem.of(Problem.INFEASIBLE, "plan.quotas." + dimensions[d].code(), quota,
            where + " always asks " + perDimension[d] + " core question(s) on "
                + dimensions[d].code() + " but its quota allows " + quota));
      }
    }
    if (opens > plan.maxOpen()) {
      checks.add(Problem.of(Problem.INFEASIBLE, "plan.maxOpen", plan.maxOpen(), where
          + " always asks " + opens + " open core question(s) but allows at most "
          + plan.maxOpen()));
    }
    return checks.isClean();
  }

  /**
   * Names why no questionnaire exists: first the limits no combination could meet even alone
   * (a required dimension no fitting question measures, too few questions or open questions),
   * then each limit whose removal alone would make a questionnaire possible, and otherwise the
   * limits together.
   */
  private void diagnose(Prepared prepared, SelectionPlan plan, int[] forced, int forcedCount,
      int[] candidates, int candidateCount, Checklist checks) {
    String where = prepared.where;
    int total = forcedCount + candidateCount;
    int opens = 0;
    boolean[] measured = new boolean[dimensions.length];
    for (int f = 0; f < forcedCount; f++) {
      opens += open[forced[f]] ? 1 : 0;
      measured[dimension[forced[f]]] = true;
    }
    for (int c = 0; c < candidateCount; c++) {
      opens += open[candidates[c]] ? 1 : 0;
      measured[dimension[candidates[c]]] = true;
    }
    boolean plain = false;
    for (int r = 0; r < prepared.required.length; r++) {
      int d = prepared.required[r];
      if (d < 0 || !measured[d]) {
        plain = true;
        String code = prepared.requiredDimensions.get(r).code();
        checks.add(Problem.of(Problem.INFEASIBLE, "plan.requiredDimensions", code, where
            + " needs a question on " + code + " but no question that fits it measures "
            + code));
      }
    }
    if (total < plan.minQuestions()) {
      plain = true;
      checks.add(Problem.of(Problem.INFEASIBLE, "plan.minQuestions", plan.minQuestions(), where
          + " needs at least " + plan.minQuestions() + " questions but only " + total
          + " fit the stratum"));
    }
    if (opens < plan.minOpen()) {
      plain = true;
      checks.add(Problem.of(Problem.INFEASIBLE, "plan.minOpen", plan.minOpen(), where + " needs "
          + plan.minOpen() + " open question(s) but only " + opens + " fit the stratum"));
    }
    if (plain) {
      return;
    }
    String limits = plan.minQuestions() + "-" + plan.maxQuestions() + " questions, at most "
        + plan.maxSeconds() + " s, " + plan.minOpen() + "-" + plan.maxOpen()
        + " open questions, required dimensions " + codes(plan.requiredDimensions())
        + (plan.quotas().isEmpty() ? "" : " and quotas " + quotas(plan));
    boolean named = false;
    String[] names = {"minQuestions", "maxSeconds", "minOpen", "maxOpen", "quotas"};
    for (int relax = 0; relax < names.length + prepared.required.length; relax++) {
      Limits relaxed = new Limits(plan, prepared);
      String path;
      Object value;
      String dropped;
      if (relax == 0) {
        relaxed.minQuestions = 0;
        path = "plan.minQuestions";
        value = plan.minQuestions();
        dropped = "at least " + plan.minQuestions() + " questions";
      } else if (relax == 1) {
        relaxed.maxSeconds = Integer.MAX_VALUE;
        path = "plan.maxSeconds";
        value = plan.maxSeconds();
        dropped = "at most " + plan.maxSeconds() + " s";
      } else if (relax == 2) {
        relaxed.minOpen = 0;
        path = "plan.minOpen";
        value = plan.minOpen();
        dropped = "at least " + plan.minOpen() + " open question(s)";
      } else if (relax == 3) {
        relaxed.maxOpen = Integer.MAX_VALUE;
        path = "plan.maxOpen";
        value = plan.maxOpen();
        dropped = "at most " + plan.maxOpen() + " open question(s)";
      } else if (relax == 4) {
        if (plan.quotas().isEmpty()) {
          continue;
        }
        relaxed.quota = new int[dimensions.length];
        Arrays.fill(relaxed.quota, Integer.MAX_VALUE);
        path = "plan.quotas";
        value = quotas(plan);
        dropped = "the quotas " + quotas(plan);
      } else {
        int r = relax - names.length;
        int[] fewer = new int[prepared.required.length - 1];
        for (int i = 0, j = 0; i < prepared.required.length; i++) {
          if (i != r) {
            fewer[j++] = prepared.required[i];
          }
        }
        relaxed.required = fewer;
        path = "plan.requiredDimensions";
        value = prepared.requiredDimensions.get(r).code();
        dropped = "the required dimension " + value;
      }
      Search search = new Search(this, relaxed, forced, forcedCount, candidates, candidateCount,
          null, 0L);
      if (search.run()) {
        named = true;
        checks.add(Problem.of(Problem.INFEASIBLE, path, value, where + " has no questionnaire of "
            + total + " fitting questions that meets " + limits + " together; without "
            + dropped + " one would exist"));
      }
    }
    if (!named) {
      checks.add(Problem.of(Problem.INFEASIBLE, "plan", null, where + " has no questionnaire of "
          + total + " fitting questions that meets " + limits + " together, and no single one of"
          + " these limits alone is to blame"));
    }
  }

  private static String codes(List<Dimension> dimensions) {
    StringBuilder out = new StringBuilder("[");
    for (Dimension dimension : dimensions) {
      out.append(out.length() > 1 ? ", " : "").append(dimension.code());
    }
    return out.append(']').toString();
  }

  private static String quotas(SelectionPlan plan) {
    StringBuilder out = new StringBuilder("{");
    plan.quotas().forEach((dimension, quota) ->
        out.append(out.length() > 1 ? ", " : "").append(dimension.code()).append('=').append(quota));
    return out.append('}').toString();
  }

  /** Writes the chosen questions with their reasons, and the left-out ones with theirs. */
  private void explain(Search search, SelectionPlan plan, @Nullable Map<String, String> context,
      boolean @Nullable [] recent, Selection selection) {
    boolean[] chosen = new boolean[questions.length];
    int[] perDimension = new int[dimensions.length];
    int total = 0;
    int opens = 0;
    int size = search.forcedCount + search.bestCount;
    for (int i = 0; i < size; i++) {
      int q = i < search.forcedCount ? search.forced[i] : search.best[i - search.forcedCount];
      chosen[q] = true;
      perDimension[dimension[q]]++;
      total += seconds[q];
      opens += open[q] ? 1 : 0;
    }
    boolean[] requiredDimension = new boolean[dimensions.length];
    for (int d : search.limits.required) {
      if (d >= 0) {
        requiredDimension[d] = true;
      }
    }
    java.util.Set<QuestionId> requiredQuestions = plan.requiredQuestions().isEmpty()
        ? Set.of() : new java.util.HashSet<>(plan.requiredQuestions());
    for (int q = 0; q < questions.length; q++) {
      if (!chosen[q]) {
        continue;
      }
      Question question = questions[q];
      String reason;
      if (question.core()) {
        reason = "core indicator (always asked)";
      } else if (requiredQuestions.contains(question.id())) {
        reason = "required by the plan whenever it fits";
      } else if (requiredDimension[dimension[q]] && perDimension[dimension[q]] == 1) {
        reason = "covers required dimension " + dimensions[dimension[q]].code();
      } else if (open[q] && opens <= plan.minOpen()) {
        reason = "open question, needed for the plan's minimum of " + plan.minOpen();
      } else if (recent != null && recent[q]) {
        reason = "priority " + question.priority() + ", though asked recently: needed for the "
            + "minimum of " + plan.minQuestions() + " questions and no question asked less "
            + "recently fits in its place";
      } else {
        reason = "priority " + question.priority() + " within the budget";
      }
      LocalizedText text = context == null || !placeholders[q] ? question.text().text()
          : question.text().fill(context, "questions." + question.id().value() + ".text").get();
      selection.chosen.add(new SelectedQuestion(question, text, reason));
    }
    long[] keys = new long[REASONS];
    int used = 0;
    String[] reasons = new String[REASONS];
    for (int c = 0; c < search.candidateCount; c++) {
      int q = search.inBankOrder[c];
      if (chosen[q]) {
        continue;
      }
      boolean full = size >= plan.maxQuestions();
      boolean late = total + seconds[q] > plan.maxSeconds();
      boolean openFull = open[q] && opens >= plan.maxOpen();
      boolean quotaFull = perDimension[dimension[q]] >= search.limits.quota[dimension[q]];
      boolean wasRecent = recent != null && recent[q];
      long key = 1L | (full ? 2L : 0L) | (late ? 4L : 0L) | (openFull ? 8L : 0L)
          | (quotaFull ? 16L : 0L) | (wasRecent ? 32L : 0L)
          | ((long) (quotaFull ? dimension[q] : 0) << 6) | ((long) (late ? seconds[q] : 0) << 32);
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - REASON_BITS));
      while (keys[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & (REASONS - 1);
      }
      String reason = reasons[slot];
      if (reason == null) {
        reason = leftOutReason(plan, full, late, openFull, quotaFull, wasRecent, dimension[q],
            total, seconds[q], size, search.limits.quota[dimension[q]]);
        if (used < REASONS / 2) {
          keys[slot] = key;
          reasons[slot] = reason;
          used++;
        }
      }
      selection.leftOut.add(new LeftOut(questions[q].id(), reason));
    }
  }

  private String leftOutReason(SelectionPlan plan, boolean full, boolean late, boolean openFull,
      boolean quotaFull, boolean wasRecent, int d, int total, int needs, int size, int quota) {
    StringBuilder out = new StringBuilder();
    if (full) {
      out.append("the questionnaire already has its maximum of ").append(plan.maxQuestions())
          .append(" questions");
    }
    if (openFull) {
      out.append(out.length() > 0 ? "; " : "").append("the plan allows at most ")
          .append(plan.maxOpen()).append(" open questions");
    }
    if (quotaFull) {
      out.append(out.length() > 0 ? "; " : "").append("quota of ").append(quota).append(" for ")
          .append(dimensions[d].code()).append(" reached");
    }
    if (late) {
      out.append(out.length() > 0 ? "; " : "").append("would exceed ").append(plan.maxSeconds())
          .append(" s (").append(total).append(" s used, it needs ").append(needs).append(" s)");
    }
    if (out.length() == 0) {
      out.append(wasRecent ? "asked recently, and the " + size + " chosen questions meet the plan"
          + " without it" : "adds nothing to the questionnaire's priority or tie weight");
    } else if (wasRecent) {
      out.append(" (and it was asked recently)");
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // the branch and bound

  /** One branch and bound over a stratum's candidates under some limits. */
  private static final class Search {
    final ConstrainedSelector bank;
    final Limits limits;
    final int[] forced;
    final int forcedCount;
    /** Candidate bank positions in bank order. */
    final int[] inBankOrder;
    /** Candidate bank positions, sorted by value, best first. */
    final int[] candidates;
    final int candidateCount;
    /** Per sorted candidate: its value. */
    final long[] value;
    /** From each sorted position on: how many open candidates, their least and all least time. */
    final int[] suffixOpen;
    final int[] suffixMinOpenSeconds;
    final int[] suffixMinSeconds;
    /** Per dimension: the last sorted position of a candidate measuring it, or -1. */
    final int[] lastOfDimension;
    /** Per dimension: the least time of a candidate measuring it. */
    final int[] leastSecondsOfDimension;

    // the state of the current branch
    final int[] perDimension;
    final boolean[] covered;
    int count;
    int seconds;
    int opens;
    int missing;
    long total;
    final int[] path;
    int pathCount;

    // the best questionnaire found
    boolean found;
    long bestValue;
    final int[] best;
    int bestCount;

    // scratch of the bound
    final int[] stamp;
    final int[] scratch;
    final int[] taken;
    int epoch;

    Search(ConstrainedSelector bank, Limits limits, int[] forced, int forcedCount,
        int[] candidates, int candidateCount, boolean @Nullable [] recent, long seed) {
      this.bank = bank;
      this.limits = limits;
      this.forced = forced;
      this.forcedCount = forcedCount;
      this.candidateCount = candidateCount;
      this.inBankOrder = candidates;
      int size = Math.min(limits.maxQuestions, forcedCount + candidateCount);
      int bits = tieBits(size);
      long n = Math.max(1, size);
      long tieScale = n << bits;
      long recentScale = tieScale * (100 * n + 1);
      this.candidates = new int[candidateCount];
      this.value = new long[candidateCount];
      // the values by the candidates' places first; replaced by the values in sorted order below
      long[] values = this.value;
      boolean packed = true;
      for (int c = 0; c < candidateCount; c++) {
        int q = candidates[c];
        long tie = bits == 0 ? 0 : mix(seed, bank.idHash[q]) >>> (64 - bits);
        long v = bank.priority[q] * tieScale + tie - (recent != null && recent[q] ? recentScale : 0);
        values[c] = v;
        packed &= Math.abs(v) < (1L << 46);
      }
      if (packed && candidateCount < (1 << 16)) {
        long[] keyed = new long[candidateCount];
        // best first: by the negated value, the candidate's place in the low 16 bits. A value is
        // its priority's band (recently asked ones below every other) plus a tie smaller than the
        // band, so a counting sort by band and a sort within each band give the full order.
        int bands = 2 * (Question.MAX_PRIORITY + 1);
        int[] at = new int[bands];
        for (int c = 0; c < candidateCount; c++) {
          at[band(bank.priority[candidates[c]], recent != null && recent[candidates[c]])]++;
        }
        for (int b = 1; b < bands; b++) {
          at[b] += at[b - 1];
        }
        // placing from each band's end leaves at[b] at the band's start
        for (int c = candidateCount - 1; c >= 0; c--) {
          int b = band(bank.priority[candidates[c]], recent != null && recent[candidates[c]]);
          keyed[--at[b]] = ((-values[c]) << 16) | c;
        }
        for (int b = 0; b < bands; b++) {
          int end = b + 1 < bands ? at[b + 1] : candidateCount;
          if (end - at[b] > 1) {
            Arrays.sort(keyed, at[b], end);
          }
        }
        for (int c = 0; c < candidateCount; c++) {
          int place = (int) (keyed[c] & 0xFFFF);
          this.candidates[c] = candidates[place];
          this.value[c] = -(keyed[c] >> 16);
        }
      } else {
        long[] byPlace = values.clone();
        Integer[] boxed = new Integer[candidateCount];
        for (int c = 0; c < candidateCount; c++) {
          boxed[c] = c;
        }
        Arrays.sort(boxed, (a, b) -> byPlace[a] != byPlace[b]
            ? Long.compare(byPlace[b], byPlace[a]) : Integer.compare(a, b));
        for (int c = 0; c < candidateCount; c++) {
          this.candidates[c] = candidates[boxed[c]];
          this.value[c] = byPlace[boxed[c]];
        }
      }
      suffixOpen = new int[candidateCount + 1];
      suffixMinOpenSeconds = new int[candidateCount + 1];
      suffixMinSeconds = new int[candidateCount + 1];
      suffixMinOpenSeconds[candidateCount] = Integer.MAX_VALUE;
      suffixMinSeconds[candidateCount] = Integer.MAX_VALUE;
      lastOfDimension = new int[bank.dimensions.length];
      Arrays.fill(lastOfDimension, -1);
      leastSecondsOfDimension = new int[bank.dimensions.length];
      Arrays.fill(leastSecondsOfDimension, Integer.MAX_VALUE);
      for (int c = candidateCount - 1; c >= 0; c--) {
        int q = this.candidates[c];
        boolean isOpen = bank.open[q];
        suffixOpen[c] = suffixOpen[c + 1] + (isOpen ? 1 : 0);
        suffixMinOpenSeconds[c] = isOpen ? Math.min(suffixMinOpenSeconds[c + 1], bank.seconds[q])
            : suffixMinOpenSeconds[c + 1];
        suffixMinSeconds[c] = Math.min(suffixMinSeconds[c + 1], bank.seconds[q]);
        int d = bank.dimension[q];
        if (lastOfDimension[d] < 0) {
          lastOfDimension[d] = c;
        }
        leastSecondsOfDimension[d] = Math.min(leastSecondsOfDimension[d], bank.seconds[q]);
      }
      perDimension = new int[bank.dimensions.length];
      covered = new boolean[bank.dimensions.length];
      path = new int[Math.max(1, Math.min(limits.maxQuestions, candidateCount))];
      best = new int[path.length];
      stamp = new int[Math.max(candidateCount, bank.dimensions.length)];
      scratch = new int[bank.dimensions.length];
      taken = new int[bank.dimensions.length];
    }

    /** The band of a value: higher priority first, recently asked ones after every other. */
    private static int band(int priority, boolean recent) {
      return (recent ? Question.MAX_PRIORITY + 1 : 0) + Question.MAX_PRIORITY - priority;
    }

    /** Searches; true when a questionnaire was found (then {@link #best} holds it). */
    boolean run() {
      for (int d : limits.required) {
        if (d < 0) {
          return false;
        }
      }
      for (int f = 0; f < forcedCount; f++) {
        int q = forced[f];
        count++;
        seconds += bank.seconds[q];
        opens += bank.open[q] ? 1 : 0;
        perDimension[bank.dimension[q]]++;
      }
      // the forced questions fit the count, time, open and quota limits: forcedFit checked them
      // against the plan before any search, and a diagnosis only relaxes those limits
      for (int d : limits.required) {
        if (!covered[d]) {
          covered[d] = true;
          missing += perDimension[d] == 0 ? 1 : 0;
        }
      }
      // covered marks required dimensions; missing counts those without a question yet
      search(0);
      return found;
    }

    private boolean complete() {
      return count >= limits.minQuestions && opens >= limits.minOpen && missing == 0;
    }

    private void search(int from) {
      if (complete() && (!found || total > bestValue)) {
        found = true;
        bestValue = total;
        System.arraycopy(path, 0, best, 0, pathCount);
        bestCount = pathCount;
      }
      for (int i = from; i < candidateCount; i++) {
        if (!promising(i)) {
          return;
        }
        int q = candidates[i];
        int d = bank.dimension[q];
        boolean isOpen = bank.open[q];
        if (seconds + bank.seconds[q] > limits.maxSeconds
            || (isOpen && opens >= limits.maxOpen) || perDimension[d] >= limits.quota[d]) {
          continue;
        }
        boolean covers = covered[d] && perDimension[d] == 0;
        count++;
        seconds += bank.seconds[q];
        opens += isOpen ? 1 : 0;
        perDimension[d]++;
        missing -= covers ? 1 : 0;
        total += value[i];
        path[pathCount++] = q;
        search(i + 1);
        pathCount--;
        total -= value[i];
        missing += covers ? 1 : 0;
        perDimension[d]--;
        opens -= isOpen ? 1 : 0;
        seconds -= bank.seconds[q];
        count--;
      }
    }

    /**
     * Whether some completion from sorted position {@code from} on can still meet the limits and
     * beat the best questionnaire found.
     */
    private boolean promising(int from) {
      int slots = limits.maxQuestions - count;
      int needOpen = Math.max(0, limits.minOpen - opens);
      int needCount = Math.max(0, limits.minQuestions - count);
      int needItems = Math.max(needCount, Math.max(needOpen, missing));
      if (needItems > slots || suffixOpen[from] < needOpen) {
        return false;
      }
      if (needItems > 0) {
        long least = (long) needOpen * suffixMinOpenSeconds[from]
            + (long) (needItems - needOpen) * suffixMinSeconds[from];
        if (seconds + least > limits.maxSeconds) {
          return false;
        }
        if (missing > 0) {
          // one question per uncovered required dimension, then the rest
          long perDimension = (long) (needItems - missing) * suffixMinSeconds[from];
          for (int d : limits.required) {
            if (this.perDimension[d] == 0) {
              perDimension += leastSecondsOfDimension[d];
            }
          }
          if (seconds + perDimension > limits.maxSeconds) {
            return false;
          }
        }
      }
      if (slots == 0) {
        return false;
      }
      int stamped = ++epoch;
      if (stamped == Integer.MAX_VALUE) {
        Arrays.fill(stamp, 0);
        epoch = 1;
        stamped = 1;
      }
      long bound = total;
      int left = missing;
      // the best admissible candidate of every uncovered required dimension
      if (left > 0) {
        for (int d : limits.required) {
          if (perDimension[d] == 0 && lastOfDimension[d] < from) {
            return false;
          }
        }
        for (int i = from; i < candidateCount && left > 0; i++) {
          int q = candidates[i];
          int d = bank.dimension[q];
          if (covered[d] && perDimension[d] == 0 && taken(d) == 0 && admissible(q)) {
            take(d);
            bound += value[i];
            left--;
            stamp[i] = -stamped;
          }
        }
        if (left > 0) {
          return false;
        }
      }
      // then the rest greedily under the count and the quotas, each admissible alone
      int room = slots - missing;
      int least = Math.max(0, needCount - missing);
      int filled = 0;
      for (int i = from; i < candidateCount && filled < room; i++) {
        if (stamp[i] == -stamped) {
          continue;
        }
        long v = value[i];
        if (v < 0 && filled >= least) {
          break;
        }
        int q = candidates[i];
        int d = bank.dimension[q];
        if (admissible(q) && perDimension[d] + taken(d) < limits.quota[d]) {
          take(d);
          bound += v;
          filled++;
        }
      }
      if (filled < least) {
        return false;
      }
      return !found || bound > bestValue;
    }

    private boolean admissible(int q) {
      return seconds + bank.seconds[q] <= limits.maxSeconds
          && (!bank.open[q] || opens < limits.maxOpen);
    }

    private int taken(int d) {
      return scratch[d] == epoch ? taken[d] : 0;
    }

    private void take(int d) {
      if (scratch[d] != epoch) {
        scratch[d] = epoch;
        taken[d] = 0;
      }
      taken[d]++;
    }
  }
}
