package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

/**
 * Everything a {@link FeedbackLoop} needs to know about a company's loop: routing, time limits,
 * the business calendar they are counted in, and the escalation ladder.
 *
 * @param routing which team owns which category
 * @param sla the time limits per priority and source
 * @param calendar when time limits run
 * @param ladder who late cases go to
 */
public record LoopPolicy(
    RoutingTable routing, SlaPolicy sla, BusinessCalendar calendar, EscalationLadder ladder) {

  /**
   * Creates a policy from parts that are each valid.
   *
   * @throws NullPointerException if a part is null
   */
  public LoopPolicy {
    requireNonNull(routing, "routing is null");
    requireNonNull(sla, "sla is null");
    requireNonNull(calendar, "calendar is null");
    requireNonNull(ladder, "ladder is null");
  }

  /** The domain's defaults: default routes, 48 h / 14 d / 7 d, wall-clock time, default ladder. */
  public static LoopPolicy defaults() {
    return new LoopPolicy(RoutingTable.defaults(), SlaPolicy.defaults(),
        BusinessCalendar.wallClock(), EscalationLadder.defaults());
  }

  /** This policy with another calendar. */
  public LoopPolicy withCalendar(BusinessCalendar other) {
    return new LoopPolicy(routing, sla, other, ladder);
  }

  /** This policy with other time limits. */
  public LoopPolicy withSla(SlaPolicy other) {
    return new LoopPolicy(routing, other, calendar, ladder);
  }

  /** This policy with another routing table. */
  public LoopPolicy withRouting(RoutingTable other) {
    return new LoopPolicy(other, sla, calendar, ladder);
  }
}
