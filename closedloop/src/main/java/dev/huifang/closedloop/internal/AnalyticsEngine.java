package dev.huifang.closedloop.internal;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.AnalyticsPolicy;
import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.ChannelTally;
import dev.huifang.closedloop.ClockReading;
import dev.huifang.closedloop.ClockStatus;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.LoopAnalytics;
import dev.huifang.closedloop.LoopPolicy;
import dev.huifang.closedloop.LoopReport;
import dev.huifang.closedloop.Rate;
import dev.huifang.closedloop.RepeatComplaint;
import dev.huifang.closedloop.SelfCheck;
import dev.huifang.closedloop.SlaClock;
import dev.huifang.closedloop.Team;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Checklist;
import dev.huifang.core.Period;
import dev.huifang.core.Problem;
import dev.huifang.core.privacy.DisclosurePolicy;
import dev.huifang.core.privacy.FingerprintKey;
import dev.huifang.core.privacy.RedactionPolicy;
import dev.huifang.core.privacy.Redactor;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Counts the loop's figures; every figure keeps its counts and definition. */
public final class AnalyticsEngine implements LoopAnalytics {

  /** The key of analytics with default privacy: written here, so public and not a secret. */
  public static final FingerprintKey BUILT_IN_KEY = FingerprintKey.of(
      "huifang closed-loop analytics, built-in key".getBytes(StandardCharsets.UTF_8)).get();

  private final LoopPolicy loop;
  private final AnalyticsPolicy policy;
  private final DisclosurePolicy disclosure;
  private final Redactor redactor;
  private final FingerprintKey key;

  /** Analytics with these policies, masking and keying free text as {@code disclosure} says. */
  public AnalyticsEngine(LoopPolicy loop, AnalyticsPolicy policy, DisclosurePolicy disclosure,
      RedactionPolicy redaction, FingerprintKey key) {
    this.loop = requireNonNull(loop, "loop is null");
    this.policy = requireNonNull(policy, "policy is null");
    this.disclosure = requireNonNull(disclosure, "disclosure is null");
    this.key = requireNonNull(key, "key is null");
    this.redactor = Redactor.of(requireNonNull(redaction, "redaction is null"), key);
  }

  @Override
  public Validation<Seq<Problem>, LoopReport> report(List<FeedbackCase> cases, Instant now) {
    Checklist checks = Checklist.root();
    checkCases(cases, now, checks);
    return checks.toValidation(() -> compute(cases, now));
  }

  @Override
  public Validation<Seq<Problem>, SelfCheck> selfCheck(Period quarter, List<FeedbackCase> cases,
      List<ChannelTally> tallies, long questionsAsked, long questionsNeverAnswered, Instant now) {
    Checklist checks = Checklist.root().addAll("quarter", quarter.problems(""));
    checkCases(cases, now, checks);
    Map<Channel, Integer> seen = new HashMap<>();
    for (int i = 0; i < tallies.size(); i++) {
      ChannelTally t = tallies.get(i);
      String at = Problem.index("tallies", i);
      checks.atLeast(Problem.join(at, "invited"), t.invited(), 0)
          .atLeast(Problem.join(at, "answered"), t.answered(), 0)
          .require(t.answered() <= t.invited(), Problem.RANGE, Problem.join(at, "answered"),
              t.answered(), "must be <= invited (" + t.invited() + ")");
      Integer first = seen.putIfAbsent(t.channel(), i);
      checks.require(first == null, Problem.DUPLICATE, Problem.join(at, "channel"),
          t.channel().name(), "must be unique, already tallied at tallies[" + first + "]");
    }
    checks.atLeast("questionsAsked", questionsAsked, 0)
        .atLeast("questionsNeverAnswered", questionsNeverAnswered, 0)
        .require(questionsNeverAnswered <= questionsAsked, Problem.RANGE,
            "questionsNeverAnswered", questionsNeverAnswered,
            "must be <= questionsAsked (" + questionsAsked + ")");
    return checks.toValidation(() ->
        check(quarter, cases, tallies, questionsAsked, questionsNeverAnswered, now));
  }

  private static void checkCases(List<FeedbackCase> cases, Instant now, Checklist checks) {
    Map<CaseId, Integer> ids = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      FeedbackCase c = cases.get(i);
      String at = Problem.index("cases", i);
      Integer first = ids.putIfAbsent(c.id(), i);
      checks.require(first == null, Problem.DUPLICATE, Problem.join(at, "id"), c.id().value(),
          "must be unique, already given at cases[" + first + "]");
      checks.require(!c.lastEventAt().isAfter(now), Problem.ORDER, Problem.join(at, "lastEventAt"),
          c.lastEventAt(), "must not be after now (" + now + ")");
    }
  }

  private LoopReport compute(List<FeedbackCase> input, Instant now) {
    List<FeedbackCase> cases = sorted(input);
    long onTime = 0;
    long decided = 0;
    List<Duration> resolutions = new ArrayList<>();
    long reopened = 0;
    long everResolved = 0;
    long closed = 0;
    TreeMap<Category, SortedMap<Team, Integer>> heat = new TreeMap<>();
    for (FeedbackCase c : cases) {
      ClockReading first = Clocks.read(c, loop, now).get(0);
      if (first.status() == ClockStatus.MET) {
        onTime++;
        decided++;
      } else if (first.status() == ClockStatus.MET_LATE || first.status() == ClockStatus.BREACHED) {
        decided++;
      }
      Instant resolved = c.firstResolvedAt();
      if (resolved != null) {
        everResolved++;
        resolutions.add(loop.calendar().elapsed(c.submittedAt(), resolved));
        if (c.reopenCount() > 0) {
          reopened++;
        }
      }
      if (c.state() == CaseState.CLOSED) {
        closed++;
      }
      heat.computeIfAbsent(c.category(), k -> new TreeMap<>())
          .merge(c.routing().team(), 1, Integer::sum);
    }
    List<RepeatComplaint> repeats = repeats(cases);
    Rate repeatRate = Rate.of(repeats.size(), cases.size());
    boolean targetMet = repeatRate.valueOrZero() <= policy.repeatTarget();
    resolutions.sort(Comparator.naturalOrder());
    Duration mean = mean(resolutions);
    Duration p90 = nearestRank90(resolutions);
    List<String> notes = List.of(
        "first response on time: " + onTime + " of " + decided + " decided cases (answered, or "
            + "past the deadline unanswered); cases still within their limit are not counted",
        "time to resolution: submission to first resolution in business time of the calendar, "
            + "waiting periods included, over " + resolutions.size() + " resolved cases",
        "p90 by nearest rank: the value at position ceil(0.9 n) of the n times sorted ascending",
        "reopen rate: cases reopened at least once out of cases resolved at least once",
        "closure rate: cases in state CLOSED out of all cases",
        "repeat complaint: same category + subject + place (trimmed, lower case"
            + (disclosure.redacts(DisclosurePolicy.Output.LOOP_ANALYTICS)
                ? ", personal information replaced by keyed tokens" : "")
            + ", compared as a keyed fingerprint) within "
            + policy.repeatWindow() + " of an earlier case; " + repeats.size() + " of "
            + cases.size() + " against a target of " + policy.repeatTarget());
    return new LoopReport(now, cases.size(), Rate.of(onTime, decided), mean, p90,
        Rate.of(reopened, everResolved), Rate.of(closed, cases.size()), repeatRate, targetMet,
        repeats, heat, notes);
  }

  private SelfCheck check(Period quarter, List<FeedbackCase> cases, List<ChannelTally> tallies,
      long asked, long neverAnswered, Instant now) {
    TreeMap<Channel, Rate> rates = new TreeMap<>();
    for (ChannelTally t : tallies) {
      rates.put(t.channel(), Rate.of(t.answered(), t.invited()));
    }
    Channel lowest = null;
    Channel highest = null;
    double lowestValue = 0.0;
    double highestValue = 0.0;
    for (Map.Entry<Channel, Rate> e : rates.entrySet()) {
      if (e.getValue().ratio() == null) {
        continue;
      }
      double v = e.getValue().valueOrZero();
      if (lowest == null || v < lowestValue) {
        lowest = e.getKey();
        lowestValue = v;
      }
      if (highest == null || v > highestValue) {
        highest = e.getKey();
        highestValue = v;
      }
    }
    double spread = lowest == null || highest == null ? 0.0 : highestValue - lowestValue;
    boolean balanced = spread <= policy.maxImbalance();
    long met = 0;
    long decided = 0;
    for (FeedbackCase c : sorted(cases)) {
      if (!quarter.contains(c.submittedAt())) {
        continue;
      }
      for (ClockReading r : Clocks.read(c, loop, now)) {
        if (r.clock() == SlaClock.CONFIRMATION) {
          continue;
        }
        if (r.status() == ClockStatus.MET) {
          met++;
          decided++;
        } else if (r.status() == ClockStatus.MET_LATE || r.status() == ClockStatus.BREACHED) {
          decided++;
        }
      }
    }
    Rate never = Rate.of(neverAnswered, asked);
    Rate compliance = Rate.of(met, decided);
    List<String> findings = new ArrayList<>();
    if (!balanced) {
      findings.add("channel response rates are unbalanced: " + highest + " "
          + rates.get(highest) + " vs " + lowest + " " + rates.get(lowest) + ", a spread of "
          + String.format(Locale.ROOT, "%.2f", spread) + " above " + policy.maxImbalance());
    }
    if (neverAnswered > 0) {
      findings.add(neverAnswered + " of " + asked + " questions were never answered: check "
          + "that they still fit the business");
    }
    if (met < decided) {
      findings.add((decided - met) + " of " + decided + " decided time limits were missed");
    }
    return new SelfCheck(quarter, rates, spread, balanced, lowest, highest, never, compliance,
        findings);
  }

  private List<RepeatComplaint> repeats(List<FeedbackCase> cases) {
    Map<String, FeedbackCase> lastByPrint = new HashMap<>();
    List<RepeatComplaint> out = new ArrayList<>();
    for (FeedbackCase c : cases) {
      String print = fingerprint(c);
      FeedbackCase earlier = lastByPrint.get(print);
      if (earlier != null) {
        Duration gap = Duration.between(earlier.submittedAt(), c.submittedAt());
        if (gap.compareTo(policy.repeatWindow()) <= 0) {
          out.add(new RepeatComplaint(c.id(), earlier.id(), print, gap));
        }
      }
      lastByPrint.put(print, c);
    }
    return out;
  }

  /**
   * The repeat-complaint fingerprint: the keyed fingerprint of category, subject and place, the
   * texts as loop analytics may see them (personal information replaced by keyed tokens, so the
   * same phone number written two ways matches), trimmed and lower case.
   */
  String fingerprint(FeedbackCase c) {
    return key.fingerprint(List.of(c.category().code(),
        disclosure.textFor(DisclosurePolicy.Output.LOOP_ANALYTICS, c.subject(), redactor),
        disclosure.textFor(DisclosurePolicy.Output.LOOP_ANALYTICS, c.place(), redactor)));
  }

  private static List<FeedbackCase> sorted(List<FeedbackCase> cases) {
    List<FeedbackCase> out = new ArrayList<>(cases);
    out.sort(Comparator.comparing(FeedbackCase::submittedAt).thenComparing(FeedbackCase::id));
    return out;
  }

  private static @Nullable Duration mean(List<Duration> values) {
    if (values.isEmpty()) {
      return null;
    }
    Duration total = Duration.ZERO;
    for (Duration d : values) {
      total = total.plus(d);
    }
    return total.dividedBy(values.size());
  }

  /**
   * The 90th percentile of ascending values by nearest rank: position ceil(9 n / 10), 1-based,
   * in integer arithmetic so no rounding of 0.9 n can shift the rank.
   */
  static @Nullable Duration nearestRank90(List<Duration> ascending) {
    if (ascending.isEmpty()) {
      return null;
    }
    int rank = (9 * ascending.size() + 9) / 10;
    return ascending.get(rank - 1);
  }
}
