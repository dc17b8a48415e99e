package dev.huifang.scoring;

import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;

/**
 * Points added to or taken from the weighted total: complaints cost points, a complaint recovered
 * (the customer turned satisfied) costs only a declared fraction, and referrals earn capped bonus
 * points. The adjusted total stays within [0, 100].
 *
 * @param complaintPenalty points each complaint costs, {@code >= 0}
 * @param recoveredFraction the fraction of the penalty a recovered complaint still costs, in [0, 1]
 * @param referralBonus points each referral or piece of good word of mouth earns, {@code >= 0}
 * @param referralCap the most bonus points referrals can earn, {@code >= 0}
 */
public record Adjustments(
    double complaintPenalty, double recoveredFraction, double referralBonus, double referralCap) {

  /** Default complaint penalty: 5 points. */
  public static final double DEFAULT_COMPLAINT_PENALTY = 5.0;
  /** Default fraction a recovered complaint still costs: half. */
  public static final double DEFAULT_RECOVERED_FRACTION = 0.5;
  /** Default referral bonus: 2 points each. */
  public static final double DEFAULT_REFERRAL_BONUS = 2.0;
  /** Default referral cap: 6 points. */
  public static final double DEFAULT_REFERRAL_CAP = 6.0;

  /**
   * The most points a penalty, bonus or cap can be: 100, the whole of a score; larger numbers would
   * only make totals overflow (a penalty of 1e308 times two complaints is minus infinity).
   */
  public static final double MAX_POINTS = 100.0;

  /** No adjustment at all. */
  public static final Adjustments NONE = new Adjustments(0, 0, 0, 0);

  /** The defaults: 5 points a complaint, half for a recovered one, 2 per referral up to 6. */
  public static Adjustments defaults() {
    return new Adjustments(DEFAULT_COMPLAINT_PENALTY, DEFAULT_RECOVERED_FRACTION,
        DEFAULT_REFERRAL_BONUS, DEFAULT_REFERRAL_CAP);
  }

  /** The Problems of these adjustments under {@code path}. */
  public Seq<Problem> problems(String path) {
    return Checklist.at(path)
        .within("complaintPenalty", complaintPenalty, 0, MAX_POINTS)
        .within("recoveredFraction", recoveredFraction, 0, 1)
        .within("referralBonus", referralBonus, 0, MAX_POINTS)
        .within("referralCap", referralCap, 0, MAX_POINTS)
        .problems();
  }
}
