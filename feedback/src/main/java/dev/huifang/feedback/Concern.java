package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;
import dev.huifang.core.Perspective;
import java.util.List;
import java.util.TreeSet;

/**
 * The middle part of a sandwich script: one concrete problem with its impact, phrased as a
 * situation and a behaviour, never as an accusation.
 *
 * @param text what the supervisor says
 * @param stretch true when no weakness or risk existed and this is a stretch goal built on the
 *     weakest strength (flagged {@link ScriptFlag#STRETCH_CONCERN})
 * @param citation the Finding and evidence the problem rests on
 * @param perspectives who saw weaknesses or risks in this dimension, sorted ({@code SYSTEM} for a
 *     measured metric); one person alone is flagged {@link ScriptFlag#SINGLE_PERSPECTIVE}, since a
 *     fault must not be pinned on a worker from one perspective alone; empty for a stretch goal
 * @param reason why this content was chosen: the rule, the magnitude and the tie-break
 */
public record Concern(LocalizedText text, boolean stretch, Citation citation,
    List<Perspective> perspectives, String reason) {

  /**
   * Creates the concern.
   *
   * @throws NullPointerException if any argument is null
   */
  public Concern {
    requireNonNull(text, "text is null");
    requireNonNull(citation, "citation is null");
    requireNonNull(reason, "reason is null");
    perspectives = List.copyOf(new TreeSet<>(requireNonNull(perspectives, "perspectives is null")));
  }

  /**
   * True when the problem rests on one person's perspective alone (a measured metric is not a
   * person's view) and should be confirmed first.
   */
  public boolean singlePerspective() {
    return !stretch && perspectives.size() == 1 && perspectives.get(0) != Perspective.SYSTEM;
  }
}
