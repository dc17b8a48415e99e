package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Dimension;
import dev.huifang.core.Problem;
import dev.huifang.feedback.internal.DefaultTexts;
import io.vavr.collection.Seq;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Learning resources keyed by {@link Dimension}, with one general fallback for dimensions the
 * catalogue does not cover; host apps replace {@link #defaults()} with their own.
 *
 * <p>A dimension without an entry is never silent: {@link #match} returns the fallback and marks
 * the match {@link ResourceMatch#fallback()}, which scripts and reports flag as
 * {@link ScriptFlag#RESOURCE_FALLBACK}. {@link #problems(String)} checks every resource.
 *
 * @param byDimension the resources of each dimension, in order of preference within a kind
 * @param fallback the resource used when a dimension has no entry of any wanted kind
 */
public record ResourceCatalogue(SortedMap<Dimension, List<LearningResource>> byDimension,
    LearningResource fallback) {

  /**
   * Creates a catalogue; the map and lists are copied.
   *
   * @throws NullPointerException if any argument, key or element is null
   */
  public ResourceCatalogue {
    requireNonNull(fallback, "fallback is null");
    TreeMap<Dimension, List<LearningResource>> copy = new TreeMap<>();
    requireNonNull(byDimension, "byDimension is null").forEach((dimension, resources) ->
        copy.put(requireNonNull(dimension, "dimension is null"), List.copyOf(resources)));
    byDimension = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * The default catalogue: for each of the domain's dimensions a 15-minute micro-course, a 1:1
   * mentor session and a workshop invitation; a general 1:1 mentor session as fallback.
   */
  public static ResourceCatalogue defaults() {
    return DefaultTexts.catalogue();
  }

  /** This catalogue with the resources of {@code dimension} replaced; an empty list removes it. */
  public ResourceCatalogue with(Dimension dimension, List<LearningResource> resources) {
    TreeMap<Dimension, List<LearningResource>> copy = new TreeMap<>(byDimension);
    if (resources.isEmpty()) {
      copy.remove(requireNonNull(dimension, "dimension is null"));
    } else {
      copy.put(requireNonNull(dimension, "dimension is null"), resources);
    }
    return new ResourceCatalogue(copy, fallback);
  }

  /**
   * The Problems of this catalogue under {@code path}: those of each resource at
   * {@code byDimension.<code>[i]} and of the fallback; a blank dimension code is
   * {@link Problem#BLANK}.
   */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path);
    byDimension.forEach((dimension, resources) -> {
      String at = "byDimension." + dimension.code();
      checks.id(at, dimension);
      for (int i = 0; i < resources.size(); i++) {
        checks.addAll(Problem.index(at, i), resources.get(i).problems(""));
      }
    });
    return checks.addAll("fallback", fallback.problems("")).problems();
  }

  /**
   * The first resource of {@code dimension} whose kind is the earliest in {@code preference}, or the
   * fallback, marked as such, when the dimension has none of those kinds. The reason names the
   * rule.
   */
  public ResourceMatch match(Dimension dimension, List<ResourceKind> preference) {
    List<LearningResource> resources = byDimension.getOrDefault(dimension, List.of());
    for (ResourceKind kind : preference) {
      for (LearningResource resource : resources) {
        if (resource.kind() == kind) {
          return new ResourceMatch(dimension, resource, false,
              "first " + kind + " of dimension " + dimension + " (preference " + preference + ")");
        }
      }
    }
    return new ResourceMatch(dimension, fallback, true, "catalogue has no " + preference
        + " for dimension " + dimension + ": general fallback used");
  }
}
