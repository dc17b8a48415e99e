package dev.huifang.questionnaire;

import dev.huifang.core.Experience;
import dev.huifang.core.Perspective;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which strata something fits: a set per dimension of the stratum, an empty set meaning any. A
 * question fits the strata it is written for; a policy rule applies to the strata it names.
 *
 * @param roles the roles, or empty for any
 * @param stages the task stages, or empty for any
 * @param experiences first-time, repeat, or empty for any
 * @param perspectives who answers, or empty for any
 * @param urgencies the urgencies, or empty for any
 */
public record Fit(SortedSet<Role> roles, Set<TaskStage> stages, Set<Experience> experiences,
    Set<Perspective> perspectives, Set<Urgency> urgencies) {

  /** Fits every stratum. */
  public static final Fit ANY = new Fit(new TreeSet<>(), Set.of(), Set.of(), Set.of(), Set.of());

  /**
   * Creates a fit; the sets are copied (enum sets sorted by declaration order).
   *
   * @throws NullPointerException if a set or an element is null
   */
  public Fit {
    roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles));
    stages = sorted(stages);
    experiences = sorted(experiences);
    perspectives = sorted(perspectives);
    urgencies = sorted(urgencies);
  }

  private static <E extends Enum<E>> Set<E> sorted(Set<E> values) {
    return Collections.unmodifiableSet(new java.util.TreeSet<>(values));
  }

  /** A fit of these roles and any other dimension. */
  public static Fit roles(Role... roles) {
    return ANY.withRoles(roles);
  }

  /** A fit of these perspectives and any other dimension. */
  public static Fit perspectives(Perspective... perspectives) {
    return ANY.withPerspectives(perspectives);
  }

  /** This fit narrowed to these roles. */
  public Fit withRoles(Role... values) {
    return new Fit(new TreeSet<>(Set.of(values)), stages, experiences, perspectives, urgencies);
  }

  /** This fit narrowed to these stages. */
  public Fit withStages(TaskStage... values) {
    return new Fit(roles, Set.of(values), experiences, perspectives, urgencies);
  }

  /** This fit narrowed to these experiences. */
  public Fit withExperiences(Experience... values) {
    return new Fit(roles, stages, Set.of(values), perspectives, urgencies);
  }

  /** This fit narrowed to these perspectives. */
  public Fit withPerspectives(Perspective... values) {
    return new Fit(roles, stages, experiences, Set.of(values), urgencies);
  }

  /** This fit narrowed to these urgencies. */
  public Fit withUrgencies(Urgency... values) {
    return new Fit(roles, stages, experiences, perspectives, Set.of(values));
  }

  /** True when the stratum is in every named set. */
  public boolean matches(Stratum stratum) {
    return (roles.isEmpty() || roles.contains(stratum.role()))
        && (stages.isEmpty() || stages.contains(stratum.stage()))
        && (experiences.isEmpty() || experiences.contains(stratum.experience()))
        && (perspectives.isEmpty() || perspectives.contains(stratum.perspective()))
        && (urgencies.isEmpty() || urgencies.contains(stratum.urgency()));
  }

  /** How many dimensions the fit names: the precedence of policy rules (more specific wins). */
  public int specificity() {
    int count = 0;
    for (Set<?> set : java.util.List.of(roles, stages, experiences, perspectives, urgencies)) {
      count += set.isEmpty() ? 0 : 1;
    }
    return count;
  }
}
