package dev.huifang.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of Huifang's outputs mask personal information before they leave the library: the rule
 * of purpose limitation, per output.
 *
 * <p>{@link #defaults()} redacts every output: privacy by default, a host app opts out per output
 * when the reader is entitled to the values (a supervisor reading a script to the worker it is
 * about, a JSON export into the host's own system of record). Loop analytics (heat maps,
 * repeat-complaint fingerprints) read {@link RedactedText#keyedText()}, so the same phone number
 * in two cases still matches; see {@link #textFor(Output, String, Redactor)}. How each engine
 * applies the policy is in {@code docs/privacy.md}.
 *
 * @param redacted the outputs that mask personal information; the others pass text as it is
 */
public record DisclosurePolicy(Set<Output> redacted) {

  /** An output of Huifang that can carry free text to a reader or another system. */
  public enum Output {
    /** Sandwich-feedback scripts read to or sent to a worker. */
    FEEDBACK_SCRIPT,
    /** Capability diagnosis reports. */
    CAPABILITY_REPORT,
    /** Closed-loop analytics: heat maps, repeat-complaint fingerprints, loop reports. */
    LOOP_ANALYTICS,
    /** Questionnaires exported as SurveyJS JSON (texts and prefilled answers). */
    SURVEYJS_EXPORT,
    /** Models written as JSON for other systems through {@code HuifangJson.export}. */
    JSON_EXPORT
  }

  private static final DisclosurePolicy DEFAULTS = new DisclosurePolicy(
      EnumSet.allOf(Output.class));

  /**
   * Creates a policy; the set is copied and kept in the order of {@link Output}.
   *
   * @throws NullPointerException if the set or an element is null
   */
  @JsonCreator
  public DisclosurePolicy(@JsonProperty("redacted") Set<Output> redacted) {
    this.redacted = copy(requireNonNull(redacted, "redacted is null"));
  }

  /** Every output redacts. */
  public static DisclosurePolicy defaults() {
    return DEFAULTS;
  }

  /** Only {@code outputs} redact. */
  public static DisclosurePolicy redacting(Output... outputs) {
    return new DisclosurePolicy(Set.of(outputs));
  }

  /** True when {@code output} masks personal information. */
  public boolean redacts(Output output) {
    return redacted.contains(requireNonNull(output, "output is null"));
  }

  /** This policy with {@code output} redacting or not. */
  public DisclosurePolicy with(Output output, boolean redact) {
    EnumSet<Output> next = EnumSet.noneOf(Output.class);
    next.addAll(redacted);
    if (redact) {
      next.add(output);
    } else {
      next.remove(output);
    }
    return new DisclosurePolicy(next);
  }

  /**
   * {@code text} as {@code output} may show it: redacted by {@code redactor} when the output
   * redacts, otherwise {@link RedactedText#clean(String) unchanged}.
   */
  public RedactedText apply(Output output, String text, Redactor redactor) {
    requireNonNull(text, "text is null");
    return redacts(output) ? redactor.redact(text) : RedactedText.clean(text);
  }

  /**
   * The string {@code output} works with: for {@link Output#LOOP_ANALYTICS} the keyed text (tokens
   * in place of values, when the Redactor has a {@link FingerprintKey}), for every other output the
   * readable masked text; the text unchanged when the output does not redact.
   */
  public String textFor(Output output, String text, Redactor redactor) {
    RedactedText result = apply(output, text, redactor);
    return output == Output.LOOP_ANALYTICS ? result.keyedText() : result.text();
  }

  private static Set<Output> copy(Collection<Output> outputs) {
    EnumSet<Output> copy = EnumSet.noneOf(Output.class);
    for (Output output : outputs) {
      copy.add(requireNonNull(output, "output is null"));
    }
    return Collections.unmodifiableSet(copy);
  }
}
