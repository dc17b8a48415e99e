package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.WorkerId;
import dev.huifang.feedback.internal.Rendering;
import java.util.List;
import java.util.TreeSet;

/**
 * A capability diagnosis report (能力诊断报告): a worker's strengths and development areas by
 * dimension, each with its evidence, matched learning resources and a suggested focus for the next
 * follow-up.
 *
 * <p>Rules: a development area is a concern attributed to the worker ({@link Attribution#WORKER}):
 * corroborated by a measured metric or enough perspectives; a concern seen from too few
 * perspectives is listed under {@link #toVerify()} and one with a system cause under
 * {@link #systemCauses()}, never as a development area. Strengths and development areas are ranked
 * by magnitude (largest first, then dimension code); development areas get a micro-course (and a 1:1 mentor when strong enough), strong
 * strengths a workshop invitation; a dimension missing from the catalogue gets the flagged
 * fallback.
 *
 * @param workerId the worker
 * @param strengths strengths by dimension, strongest first
 * @param developmentAreas corroborated weaknesses and risks by dimension, largest first
 * @param toVerify concerns seen from too few perspectives, with the open question to ask at the
 *     next follow-up and the reason, largest first
 * @param systemCauses concerns whose evidence names a system cause, each with the closed-loop case
 *     category it becomes and the reason, largest first
 * @param resources matched resources: development areas first, then workshop invitations
 * @param nextFocus the suggested focus of the next follow-up
 */
public record CapabilityReport(WorkerId workerId, List<DimensionAssessment> strengths,
    List<DimensionAssessment> developmentAreas, List<AttributedConcern> toVerify,
    List<AttributedConcern> systemCauses, List<ResourceMatch> resources,
    FollowUpFocus nextFocus) {

  /**
   * Creates a report.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if it has no strength, development area, concern to verify
   *     or system cause, or an attributed concern is listed under the wrong attribution
   */
  public CapabilityReport {
    requireNonNull(workerId, "workerId is null");
    requireNonNull(nextFocus, "nextFocus is null");
    strengths = List.copyOf(requireNonNull(strengths, "strengths is null"));
    developmentAreas = List.copyOf(requireNonNull(developmentAreas, "developmentAreas is null"));
    toVerify = List.copyOf(requireNonNull(toVerify, "toVerify is null"));
    systemCauses = List.copyOf(requireNonNull(systemCauses, "systemCauses is null"));
    resources = List.copyOf(requireNonNull(resources, "resources is null"));
    if (strengths.isEmpty() && developmentAreas.isEmpty() && toVerify.isEmpty()
        && systemCauses.isEmpty()) {
      throw new IllegalArgumentException(
          "strengths, developmentAreas, toVerify, systemCauses: must not all be empty");
    }
    if (toVerify.stream().anyMatch(c -> c.attribution() != Attribution.TO_VERIFY)
        || systemCauses.stream().anyMatch(c -> c.attribution() != Attribution.SYSTEM)) {
      throw new IllegalArgumentException(
          "toVerify, systemCauses: must hold only concerns of their attribution");
    }
  }

  /** The fallbacks the report took: {@link ScriptFlag#RESOURCE_FALLBACK} when any match did. */
  public List<ScriptFlag> flags() {
    TreeSet<ScriptFlag> flags = new TreeSet<>();
    if (resources.stream().anyMatch(ResourceMatch::fallback)) {
      flags.add(ScriptFlag.RESOURCE_FALLBACK);
    }
    return List.copyOf(flags);
  }

  /** The report as plain text in {@code locale}. */
  public String toText(String locale) {
    return Rendering.text(this, locale);
  }

  /** The report as Markdown in {@code locale}. */
  public String toMarkdown(String locale) {
    return Rendering.markdown(this, locale);
  }
}
