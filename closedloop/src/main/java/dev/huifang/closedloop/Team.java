package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.huifang.core.Identifier;

/**
 * A team that owns cases; an open set. In JSON a team is its code, a plain string.
 *
 * @param code the team's code, e.g. {@code hr}
 */
public record Team(@JsonValue String code) implements Identifier, Comparable<Team> {

  /** Human resources: attitude, discipline, worker demands. */
  public static final Team HR = new Team("hr");
  /** The business unit (sales, after-sales centre): skills, micro-courses. */
  public static final Team BUSINESS_UNIT = new Team("business_unit");
  /** Supply chain and scheduling: installation waits, turnout. */
  public static final Team SUPPLY_CHAIN = new Team("supply_chain");
  /** Customer success: every client's feedback within 48 h. */
  public static final Team CUSTOMER_SUCCESS = new Team("customer_success");
  /** Where cases of an unknown category wait for a coordinator. */
  public static final Team TRIAGE_QUEUE = new Team("triage_queue");

  /**
   * Creates a team.
   *
   * @throws NullPointerException if code is null
   */
  public Team {
    requireNonNull(code, "code is null");
  }

  /** The team with this code. */
  @JsonCreator
  public static Team of(String code) {
    return new Team(code);
  }

  @Override
  public String value() {
    return code;
  }

  @Override
  public int compareTo(Team other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
