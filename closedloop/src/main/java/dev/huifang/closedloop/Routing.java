package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How a case was routed, and why: the result of {@link RoutingTable#route(Category)}.
 *
 * @param category the category routed
 * @param team the owning team, or the triage queue when the category is unknown
 * @param resources what the team offers
 * @param matched false when the category is not in the table and the case waits in triage
 * @param reason the rule applied, in words
 */
public record Routing(
    Category category, Team team, List<String> resources, boolean matched, String reason) {

  /**
   * Creates a routing.
   *
   * @throws NullPointerException if any argument is null
   */
  public Routing {
    requireNonNull(category, "category is null");
    requireNonNull(team, "team is null");
    resources = List.copyOf(resources);
    requireNonNull(reason, "reason is null");
  }
}
