package dev.huifang.feedback;

import dev.huifang.core.Finding;
import dev.huifang.core.Problem;
import dev.huifang.core.WorkerId;
import dev.huifang.core.privacy.DisclosurePolicy;
import dev.huifang.core.privacy.DisclosurePolicy.Output;
import dev.huifang.core.privacy.Redactor;
import dev.huifang.feedback.internal.DefaultFeedbackComposer;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Turns a worker's {@link Finding}s into a sandwich-feedback script and a capability diagnosis
 * report.
 *
 * <p>Selection rules, each stated in the result's {@code reason}:
 * <ul>
 *   <li>praise: the STRENGTH with the largest magnitude; ties go to more evidence, then the earlier
 *       Finding; without any STRENGTH, a flagged acknowledgement of effort (weak praise);
 *   <li>attribution: the WEAKNESS and RISK Findings, grouped by dimension, are attributed by the
 *       {@link AttributionPolicy} ({@link #attribute}): to the system when their evidence names a
 *       system cause, to the worker when a measured metric or enough perspectives corroborate them,
 *       otherwise "to verify"; only concerns attributed to the worker are ever stated as problems;
 *   <li>praise: a strength with a concrete behaviour in someone's own words first, then a measured
 *       result, then a rating, then the worker's own view; within each, the largest magnitude;
 *   <li>problems: up to {@link ScriptPolicy#maxConcerns()} concerns attributed to the worker, of
 *       distinct dimensions, largest magnitude first; ties go to RISK, then more evidence, then the
 *       earlier Finding; without any, a flagged stretch goal on the weakest strength; concerns to
 *       verify are kept on the script as open questions ({@link FeedbackScript#withheld()});
 *   <li>encouragement: the next step of the first problem's dimension and a resource of that
 *       dimension (first-timers: mentor first; others: micro-course first), or the flagged fallback.
 * </ul>
 * Every praise and problem cites the first evidence of its Finding. Every generated phrase passes
 * the {@link PhraseLint}. Same input, same output.
 */
public interface FeedbackComposer {

  /**
   * A composer with these texts, resources, lint and policy; they are checked on every call so
   * that their Problems come back with the input's.
   */
  static FeedbackComposer of(ScriptTemplates templates, ResourceCatalogue resources,
      PhraseLint lint, ScriptPolicy policy) {
    return of(templates, resources, lint, policy, AttributionPolicy.defaults());
  }

  /**
   * A composer with these texts, resources, lint, policy and attribution policy; it masks personal
   * information in scripts and reports ({@link DisclosurePolicy#defaults()},
   * {@link Redactor#defaults()}).
   */
  static FeedbackComposer of(ScriptTemplates templates, ResourceCatalogue resources,
      PhraseLint lint, ScriptPolicy policy, AttributionPolicy attribution) {
    return of(templates, resources, lint, policy, attribution, DisclosurePolicy.defaults(),
        Redactor.defaults());
  }

  /**
   * A composer with these texts, resources, lint, policy and attribution policy, that masks
   * personal information in the Findings' free text (summaries and evidence statements, the words
   * of workers, customers and managers) with {@code redactor} in each output {@code disclosure}
   * redacts: {@link Output#FEEDBACK_SCRIPT} for {@link #script}, {@link Output#CAPABILITY_REPORT}
   * for {@link #report}, and either for {@link #attribute}. A host opts out per output, e.g.
   * {@code DisclosurePolicy.defaults().with(Output.FEEDBACK_SCRIPT, false)} when a supervisor reads
   * the script to the worker it is about; a host's {@code Redactor} adds known names and patterns.
   */
  static FeedbackComposer of(ScriptTemplates templates, ResourceCatalogue resources,
      PhraseLint lint, ScriptPolicy policy, AttributionPolicy attribution,
      DisclosurePolicy disclosure, Redactor redactor) {
    return new DefaultFeedbackComposer(templates, resources, lint, policy, attribution, disclosure,
        redactor);
  }

  /**
   * A composer with Huifang's default texts, resources, lint and policy; it masks personal
   * information in scripts and reports.
   */
  static FeedbackComposer ofDefaults() {
    return of(ScriptTemplates.defaults(), ResourceCatalogue.defaults(), PhraseLint.defaults(),
        ScriptPolicy.defaults());
  }

  /**
   * A composer with Huifang's default texts, resources, lint and policy, disclosing personal
   * information as {@code disclosure} says, masked by {@code redactor}.
   */
  static FeedbackComposer ofDefaults(DisclosurePolicy disclosure, Redactor redactor) {
    return of(ScriptTemplates.defaults(), ResourceCatalogue.defaults(), PhraseLint.defaults(),
        ScriptPolicy.defaults(), AttributionPolicy.defaults(), disclosure, redactor);
  }

  /**
   * The sandwich script for {@code worker}.
   *
   * @return the script, or every Problem: {@link Problem#REQUIRED} at {@code findings} when there
   *     are none; {@link Problem#INCONSISTENT} at {@code findings[i].workerId} for a Finding about
   *     another worker; the Problems of the templates ({@code templates...}, e.g. an
   *     {@link Problem#UNKNOWN} placeholder), resources ({@code resources...}) and lint rules
   *     ({@code lint...}); a {@link Problem#FORBIDDEN} for a host template or a generated phrase
   *     that fails the lint
   */
  Validation<Seq<Problem>, FeedbackScript> script(WorkerId worker, Audience audience,
      List<Finding> findings);

  /**
   * The attribution step on its own: every concern (the weaknesses and risks of one dimension) of
   * {@code worker}, largest first, each attributed to the worker, the system or "to verify" with
   * its reason and the perspectives behind it.
   *
   * @return the concerns (empty when there are none), or the same input Problems as
   *     {@link #script}
   */
  Validation<Seq<Problem>, List<AttributedConcern>> attribute(WorkerId worker,
      List<Finding> findings);

  /**
   * The capability diagnosis report for {@code worker}.
   *
   * @return the report, or the same input Problems as {@link #script}
   */
  Validation<Seq<Problem>, CapabilityReport> report(WorkerId worker, List<Finding> findings);
}
