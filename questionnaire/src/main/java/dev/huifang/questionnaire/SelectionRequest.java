package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Engagement;
import dev.huifang.core.Perspective;
import dev.huifang.core.QuestionId;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a selection needs: the engagement followed up, who answers, the questions this worker
 * answered in recent follow-ups (to rotate away from), and the seed that breaks ties.
 *
 * @param engagement the engagement
 * @param perspective who answers
 * @param recentlyAsked questions asked in this worker's recent follow-ups
 * @param seed the tie-breaking seed; the same seed gives the same questionnaire
 */
public record SelectionRequest(Engagement engagement, Perspective perspective,
    SortedSet<QuestionId> recentlyAsked, long seed) {

  /**
   * Creates a request; the history is copied.
   *
   * @throws NullPointerException if a reference is null
   */
  public SelectionRequest {
    requireNonNull(engagement, "engagement is null");
    requireNonNull(perspective, "perspective is null");
    recentlyAsked = Collections.unmodifiableSortedSet(new TreeSet<>(recentlyAsked));
  }

  /** A request without history. */
  public static SelectionRequest of(Engagement engagement, Perspective perspective, long seed) {
    return new SelectionRequest(engagement, perspective, new TreeSet<>(), seed);
  }

  /** This request with {@code asked} as the recent history. */
  public SelectionRequest withRecentlyAsked(Set<QuestionId> asked) {
    return new SelectionRequest(engagement, perspective, new TreeSet<>(asked), seed);
  }
}
