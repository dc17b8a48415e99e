package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.huifang.core.Identifier;
import java.util.List;

/**
 * What a piece of feedback is about; an open set that {@link RoutingTable} maps to owners.
 *
 * <p>Huifang ships the categories of its domain; host apps add their own with {@link #of}. In JSON
 * a category is its code, a plain string.
 *
 * @param code the category's code, e.g. {@code worker_demand}
 */
public record Category(@JsonValue String code) implements Identifier, Comparable<Category> {

  /** A worker's demand, such as "training clashes with my main job"; goes to HR. */
  public static final Category WORKER_DEMAND = new Category("worker_demand");
  /** A skill gap; goes to the business unit, which offers micro-courses. */
  public static final Category SKILL_GAP = new Category("skill_gap");
  /** A customer waiting too long for an installation; goes to the supply chain. */
  public static final Category INSTALLATION_WAIT = new Category("installation_wait");
  /** Scheduling trouble; goes to the supply chain and scheduling. */
  public static final Category SCHEDULING = new Category("scheduling");
  /** A client's feedback on an urgent order; goes to customer success. */
  public static final Category URGENT_ORDER_FEEDBACK = new Category("urgent_order_feedback");
  /** Fewer workers arrived than promised (10 promised, 6 arrived); goes to customer success. */
  public static final Category NO_SHOW = new Category("no_show");

  /**
   * Creates a category.
   *
   * @throws NullPointerException if code is null
   */
  public Category {
    requireNonNull(code, "code is null");
  }

  /** The category with this code. */
  @JsonCreator
  public static Category of(String code) {
    return new Category(code);
  }

  /** The categories Huifang ships with, in a fixed order. */
  public static List<Category> builtIns() {
    return List.of(WORKER_DEMAND, SKILL_GAP, INSTALLATION_WAIT, SCHEDULING, URGENT_ORDER_FEEDBACK,
        NO_SHOW);
  }

  @Override
  public String value() {
    return code;
  }

  @Override
  public int compareTo(Category other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
