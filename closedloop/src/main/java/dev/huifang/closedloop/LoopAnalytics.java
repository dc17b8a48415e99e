package dev.huifang.closedloop;

import dev.huifang.closedloop.internal.AnalyticsEngine;
import dev.huifang.core.Period;
import dev.huifang.core.Problem;
import dev.huifang.core.privacy.DisclosurePolicy;
import dev.huifang.core.privacy.FingerprintKey;
import dev.huifang.core.privacy.RedactionPolicy;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;

/**
 * Loop analytics over a set of cases: on-time first response, time to resolution, reopen,
 * closure and repeat-complaint rates, a category × team heat map, and the quarterly self-check
 * of the feedback system.
 *
 * <p>Every figure comes with its counts ({@link Rate}) and its definition ({@link
 * LoopReport#notes()}). Results are deterministic: cases are ordered by submission time, then id.
 *
 * <p>Privacy rule: analytics never group on raw free text. A case's subject and place pass
 * through {@link DisclosurePolicy#textFor} for {@link DisclosurePolicy.Output#LOOP_ANALYTICS}
 * (personal information replaced by keyed tokens, so the same mobile number written
 * {@code 138 1234 5678} or {@code +86-138-1234-5678} matches), and the repeat-complaint
 * fingerprint is a keyed fingerprint ({@link FingerprintKey#fingerprint}): no report carries a
 * subject, a place or a personal value.
 */
public interface LoopAnalytics {

  /**
   * Analytics that read time limits with {@code loop} and count with {@code policy}, with
   * default privacy: every output redacted, the default redaction policy, and a key built into
   * Huifang. The built-in key is public, so its tokens only hide values from a casual reader;
   * pass the host's own secret key to {@link #of(LoopPolicy, AnalyticsPolicy, DisclosurePolicy,
   * RedactionPolicy, FingerprintKey)} in production.
   *
   * @throws NullPointerException if an argument is null
   */
  static LoopAnalytics of(LoopPolicy loop, AnalyticsPolicy policy) {
    return of(loop, policy, DisclosurePolicy.defaults(), RedactionPolicy.defaults(),
        AnalyticsEngine.BUILT_IN_KEY);
  }

  /**
   * Analytics that read time limits with {@code loop}, count with {@code policy}, and see free
   * text as {@code disclosure} lets loop analytics see it: masked by {@code redaction} and keyed
   * by {@code key}. The fingerprint of a repeat complaint is keyed by {@code key} in any case.
   *
   * @throws NullPointerException if an argument is null
   */
  static LoopAnalytics of(LoopPolicy loop, AnalyticsPolicy policy, DisclosurePolicy disclosure,
      RedactionPolicy redaction, FingerprintKey key) {
    return new AnalyticsEngine(loop, policy, disclosure, redaction, key);
  }

  /** Analytics with the default loop and analytics policies. */
  static LoopAnalytics ofDefaults() {
    return of(LoopPolicy.defaults(), AnalyticsPolicy.defaults());
  }

  /**
   * The loop report at {@code now}.
   *
   * @return the report, or every Problem: {@link Problem#DUPLICATE} at {@code cases[i].id} for a
   *     case given twice, {@link Problem#ORDER} at {@code cases[i].lastEventAt} for a case whose
   *     last event is after {@code now}
   */
  Validation<Seq<Problem>, LoopReport> report(List<FeedbackCase> cases, Instant now);

  /**
   * The quarterly self-check at {@code now}.
   *
   * @param quarter the period; cases submitted in it count for time-limit compliance
   * @param cases the cases
   * @param tallies invited and answered per channel, one tally per channel
   * @param questionsAsked how many questions the feedback system asked
   * @param questionsNeverAnswered how many of them nobody answered
   * @return the self-check, or every Problem: the quarter's own ({@link Problem#ORDER}),
   *     {@link Problem#RANGE} for a negative count or one above its whole
   *     ({@code tallies[i].answered}, {@code questionsNeverAnswered}), {@link Problem#DUPLICATE}
   *     at {@code tallies[i].channel}, and the Problems of {@link #report}
   */
  Validation<Seq<Problem>, SelfCheck> selfCheck(Period quarter, List<FeedbackCase> cases,
      List<ChannelTally> tallies, long questionsAsked, long questionsNeverAnswered, Instant now);
}
