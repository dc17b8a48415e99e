package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link FeedbackLoop} needs to know about a company's loop: routing, time limits,
 * the business calendar they are counted in, the escalation ladder, and the bounds on time and
 * on contesting a decision.
 *
 * @param routing which team owns which category
 * @param sla the time limits per priority and source
 * @param calendar when time limits run
 * @param ladder who late cases go to
 * @param limits accepted event times, the longest gap between events, the contest window
 */
public record LoopPolicy(RoutingTable routing, SlaPolicy sla, BusinessCalendar calendar,
    EscalationLadder ladder, LoopLimits limits) {

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
    requireNonNull(limits, "limits is null");
  }

  /**
   * A policy with {@link LoopLimits#defaults()}.
   *
   * @throws NullPointerException if a part is null
   */
  public LoopPolicy(RoutingTable routing, SlaPolicy sla, BusinessCalendar calendar,
      EscalationLadder ladder) {
    this(routing, sla, calendar, ladder, LoopLimits.defaults());
  }

  /** Reads a policy from JSON; a policy written before limits existed gets the default limits. */
  @JsonCreator
  static LoopPolicy fromJson(
      @JsonProperty("routing") RoutingTable routing,
      @JsonProperty("sla") SlaPolicy sla,
      @JsonProperty("calendar") BusinessCalendar calendar,
      @JsonProperty("ladder") EscalationLadder ladder,
      @JsonProperty("limits") @Nullable LoopLimits limits) {
    return new LoopPolicy(routing, sla, calendar, ladder,
        limits == null ? LoopLimits.defaults() : limits);
  }

  /** The domain's defaults: default routes, 48 h / 14 d / 7 d, wall-clock time, default ladder. */
  public static LoopPolicy defaults() {
    return new LoopPolicy(RoutingTable.defaults(), SlaPolicy.defaults(),
        BusinessCalendar.wallClock(), EscalationLadder.defaults());
  }

  /** This policy with another calendar. */
  public LoopPolicy withCalendar(BusinessCalendar other) {
    return new LoopPolicy(routing, sla, other, ladder, limits);
  }

  /** This policy with other time limits. */
  public LoopPolicy withSla(SlaPolicy other) {
    return new LoopPolicy(routing, other, calendar, ladder, limits);
  }

  /** This policy with another routing table. */
  public LoopPolicy withRouting(RoutingTable other) {
    return new LoopPolicy(other, sla, calendar, ladder, limits);
  }

  /** This policy with other limits. */
  public LoopPolicy withLimits(LoopLimits other) {
    return new LoopPolicy(routing, sla, calendar, ladder, other);
  }
}
