package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.util.List;

/**
 * Where cases of one category go: the owning team, the resources it brings (a micro-course, a
 * flexible training slot) and why, for the submitter to read.
 *
 * @param team the owning team
 * @param resources what the team offers, e.g. {@code micro_course}; may be empty
 * @param note why this team, in zh-CN and en
 */
public record Route(Team team, List<String> resources, LocalizedText note) {

  /**
   * Creates a route.
   *
   * @throws NullPointerException if any argument or resource is null
   */
  public Route {
    requireNonNull(team, "team is null");
    resources = List.copyOf(resources);
    requireNonNull(note, "note is null");
  }

  /** The Problems of this route under {@code path}: a blank team or resource, a missing text. */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path).id("team", team);
    for (int i = 0; i < resources.size(); i++) {
      checks.notBlank(Problem.index("resources", i), resources.get(i));
    }
    return checks.addAll("note", note.problems("")).problems();
  }
}
