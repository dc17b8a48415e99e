package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Routing as data: which team owns each category of feedback.
 *
 * <p>The rule it enforces: a category that is not in the table goes to the {@link #triageQueue()},
 * explicitly and with a reason ({@link Routing#matched()} is false), never to a silent default.
 * {@link #defaults()} holds the domain's routes: worker demands to HR, skill gaps to the business
 * unit with micro-courses, installation waits and scheduling to the supply chain, urgent-order and
 * no-show feedback to customer success.
 *
 * @param routes the route of each category, sorted by category
 * @param triageQueue where unknown categories wait for a coordinator
 */
public record RoutingTable(SortedMap<Category, Route> routes, Team triageQueue) {

  /**
   * Creates a table; use {@link #validate} for untrusted input.
   *
   * @throws NullPointerException if an argument, a category or a route is null
   */
  public RoutingTable {
    routes = Collections.unmodifiableSortedMap(new TreeMap<>(routes));
    requireNonNull(triageQueue, "triageQueue is null");
  }

  /** The domain's routes and {@link Team#TRIAGE_QUEUE}. */
  public static RoutingTable defaults() {
    TreeMap<Category, Route> routes = new TreeMap<>();
    routes.put(Category.WORKER_DEMAND, new Route(Team.HR, List.of("flexible_training"),
        LocalizedText.of("员工诉求由人力资源部跟进，例如与代理机构协调弹性培训时间。",
            "Worker demands go to HR, which can arrange flexible training with the agency.")));
    routes.put(Category.SKILL_GAP, new Route(Team.BUSINESS_UNIT, List.of("micro_course", "mentor"),
        LocalizedText.of("技能短板由业务部门负责，提供微课和一对一导师。",
            "Skill gaps go to the business unit, which offers micro-courses and a mentor.")));
    routes.put(Category.INSTALLATION_WAIT, new Route(Team.SUPPLY_CHAIN, List.of(),
        LocalizedText.of("安装等待过长由供应链与排期部门处理。",
            "Long installation waits go to supply chain and scheduling.")));
    routes.put(Category.SCHEDULING, new Route(Team.SUPPLY_CHAIN, List.of(),
        LocalizedText.of("排期问题由供应链与排期部门处理。",
            "Scheduling problems go to supply chain and scheduling.")));
    routes.put(Category.URGENT_ORDER_FEEDBACK, new Route(Team.CUSTOMER_SUCCESS, List.of(),
        LocalizedText.of("客户对急单的反馈由客户成功部在 48 小时内回应。",
            "Client feedback on urgent orders goes to customer success, who answer within 48 h.")));
    routes.put(Category.NO_SHOW, new Route(Team.CUSTOMER_SUCCESS, List.of(),
        LocalizedText.of("到岗不足的投诉由客户成功部发起 48 小时复盘。",
            "No-show complaints go to customer success, who start a 48 h review.")));
    return new RoutingTable(routes, Team.TRIAGE_QUEUE);
  }

  /**
   * The table, or every Problem: a blank category ({@code routes}), a route's own Problems under
   * {@code routes.<category>}, a blank triage queue, or a route to the triage queue itself
   * ({@link Problem#INCONSISTENT}: a known category must have a real owner).
   */
  public static Validation<Seq<Problem>, RoutingTable> validate(
      SortedMap<Category, Route> routes, Team triageQueue) {
    Checklist checks = Checklist.root().id("triageQueue", triageQueue);
    routes.forEach((category, route) -> {
      String at = Problem.join("routes", category.code());
      checks.id("routes", category);
      checks.addAll(at, route.problems(""));
      checks.require(!route.team().equals(triageQueue), Problem.INCONSISTENT,
          Problem.join(at, "team"), route.team().code(),
          "must be an owning team, not the triage queue");
    });
    return checks.toValidation(() -> new RoutingTable(routes, triageQueue));
  }

  /**
   * Routes a category: its team when it is in the table, otherwise the triage queue, with the
   * reason either way.
   */
  public Routing route(Category category) {
    Route route = routes.get(category);
    if (route == null) {
      return new Routing(category, triageQueue, List.of(), false, "category " + category
          + " is not in the routing table " + routes.keySet() + ": waits in " + triageQueue
          + " for a coordinator");
    }
    return new Routing(category, route.team(), route.resources(), true,
        "category " + category + " is routed to " + route.team());
  }

  /**
   * The route of a category that must be known, as when a coordinator triages a case.
   *
   * @return the route, or {@link Problem#UNKNOWN} at {@code path} naming the known categories
   */
  public Either<Problem, Route> require(String path, Category category) {
    Route route = routes.get(category);
    return route != null
        ? Either.right(route)
        : Either.left(Problem.of(Problem.UNKNOWN, path, category.code(),
            "must be a category of the routing table " + routes.keySet()));
  }

  /** This table with {@code category} routed by {@code route}. */
  public RoutingTable with(Category category, Route route) {
    TreeMap<Category, Route> copy = new TreeMap<>(routes);
    copy.put(category, route);
    return new RoutingTable(copy, triageQueue);
  }
}
