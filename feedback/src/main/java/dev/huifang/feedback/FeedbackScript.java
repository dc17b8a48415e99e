package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.LocalizedText;
import dev.huifang.core.WorkerId;
import dev.huifang.feedback.internal.Rendering;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A sandwich-feedback script for one worker: praise, one or two problems, encouragement, in this
 * order, with optional opening and closing lines.
 *
 * <p>The order is enforced by the type: the only way to build one in code is the staged
 * {@link #builder(WorkerId, Audience)} (opening → praise → problems → encouragement → closing →
 * build), and the record holds exactly one praise, one or two concerns and one encouragement.
 * Renderings ({@link #toText(String)}, {@link #toMarkdown(String)}) follow the same order.
 *
 * @param workerId the worker spoken to
 * @param audience the tone used
 * @param opening the opening line, if any
 * @param praise the praise
 * @param concerns one or two problems, the largest impact first
 * @param encouragement the encouragement
 * @param closing the closing line, if any
 * @param withheld concerns not stated as the worker's problem, each with its reason: those to
 *     verify (with the open question to ask at the next follow-up) and those with a system cause
 *     (with the closed-loop case category they become); never among {@code concerns}
 */
// jspecify is a compile-only annotation dependency; readers need not require it.
public record FeedbackScript(WorkerId workerId, Audience audience, @Nullable LocalizedText opening,
    Praise praise, List<Concern> concerns, Encouragement encouragement,
    @Nullable LocalizedText closing, List<AttributedConcern> withheld) {

  /** The most problems a script raises: more turns feedback into a list of faults. */
  public static final int MAX_CONCERNS = 2;

  /**
   * Creates a script.
   *
   * @throws NullPointerException if a required part is null
   * @throws IllegalArgumentException if there are no concerns or more than {@value #MAX_CONCERNS},
   *     or a withheld concern is attributed to the worker
   */
  public FeedbackScript {
    requireNonNull(workerId, "workerId is null");
    requireNonNull(audience, "audience is null");
    requireNonNull(praise, "praise is null");
    requireNonNull(encouragement, "encouragement is null");
    concerns = List.copyOf(requireNonNull(concerns, "concerns is null"));
    withheld = List.copyOf(requireNonNull(withheld, "withheld is null"));
    if (withheld.stream().anyMatch(c -> c.attribution() == Attribution.WORKER)) {
      throw new IllegalArgumentException("withheld: must not hold a concern attributed to the worker");
    }
    if (concerns.isEmpty() || concerns.size() > MAX_CONCERNS) {
      throw new IllegalArgumentException("concerns: must hold 1 to " + MAX_CONCERNS
          + ", was " + concerns.size());
    }
  }

  /** The first stage of the staged builder. */
  public static OpeningStage builder(WorkerId workerId, Audience audience) {
    return new Stages(workerId, audience);
  }

  /** This script with these withheld concerns (to verify, or with a system cause). */
  public FeedbackScript withWithheld(List<AttributedConcern> withheld) {
    return new FeedbackScript(workerId, audience, opening, praise, concerns, encouragement, closing,
        withheld);
  }

  /**
   * The fallbacks and cautions of this script, sorted: weak praise, stretch concern, a problem seen
   * from a single perspective, resource fallback, concerns kept to verify.
   */
  public List<ScriptFlag> flags() {
    TreeSet<ScriptFlag> flags = new TreeSet<>();
    if (praise.weak()) {
      flags.add(ScriptFlag.WEAK_PRAISE);
    }
    if (concerns.stream().anyMatch(Concern::stretch)) {
      flags.add(ScriptFlag.STRETCH_CONCERN);
    }
    if (concerns.stream().anyMatch(Concern::singlePerspective)) {
      flags.add(ScriptFlag.SINGLE_PERSPECTIVE);
    }
    if (encouragement.resourceFallback()) {
      flags.add(ScriptFlag.RESOURCE_FALLBACK);
    }
    if (withheld.stream().anyMatch(c -> c.attribution() == Attribution.TO_VERIFY)) {
      flags.add(ScriptFlag.TO_VERIFY);
    }
    return List.copyOf(flags);
  }

  /** Every spoken line in order: opening, praise, concerns, encouragement, closing. */
  public List<LocalizedText> lines() {
    List<LocalizedText> lines = new ArrayList<>();
    if (opening != null) {
      lines.add(opening);
    }
    lines.add(praise.text());
    concerns.forEach(concern -> lines.add(concern.text()));
    lines.add(encouragement.text());
    if (closing != null) {
      lines.add(closing);
    }
    return List.copyOf(lines);
  }

  /** The script as plain text in {@code locale} (e.g. {@code zh-CN}, {@code en}), one part a line. */
  public String toText(String locale) {
    return Rendering.text(this, locale);
  }

  /** The script as Markdown in {@code locale}, with part headings and cited evidence sources. */
  public String toMarkdown(String locale) {
    return Rendering.markdown(this, locale);
  }

  /** Optional opening, then the praise. */
  public interface OpeningStage extends PraiseStage {
    /** Sets the opening line. */
    PraiseStage opening(LocalizedText opening);
  }

  /** The praise comes first. */
  public interface PraiseStage {
    /** Sets the praise. */
    ConcernStage praise(Praise praise);
  }

  /** Then one or two problems. */
  public interface ConcernStage {
    /** One problem. */
    EncouragementStage concern(Concern concern);

    /** Two problems, the larger impact first. */
    EncouragementStage concerns(Concern first, Concern second);
  }

  /** Then the encouragement. */
  public interface EncouragementStage {
    /** Sets the encouragement. */
    ClosingStage encouragement(Encouragement encouragement);
  }

  /** Optional closing, then build. */
  public interface ClosingStage {
    /** Sets the closing line. */
    ClosingStage closing(LocalizedText closing);

    /** The script. */
    FeedbackScript build();
  }

  private static final class Stages
      implements OpeningStage, ConcernStage, EncouragementStage, ClosingStage {
    private final WorkerId workerId;
    private final Audience audience;
    private @Nullable LocalizedText opening;
    private @Nullable Praise praise;
    private final List<Concern> concerns = new ArrayList<>();
    private @Nullable Encouragement encouragement;
    private @Nullable LocalizedText closing;

    Stages(WorkerId workerId, Audience audience) {
      this.workerId = requireNonNull(workerId, "workerId is null");
      this.audience = requireNonNull(audience, "audience is null");
    }

    @Override
    public PraiseStage opening(LocalizedText opening) {
      this.opening = requireNonNull(opening, "opening is null");
      return this;
    }

    @Override
    public ConcernStage praise(Praise praise) {
      this.praise = requireNonNull(praise, "praise is null");
      return this;
    }

    @Override
    public EncouragementStage concern(Concern concern) {
      concerns.add(requireNonNull(concern, "concern is null"));
      return this;
    }

    @Override
    public EncouragementStage concerns(Concern first, Concern second) {
      concerns.add(requireNonNull(first, "first is null"));
      concerns.add(requireNonNull(second, "second is null"));
      return this;
    }

    @Override
    public ClosingStage encouragement(Encouragement encouragement) {
      this.encouragement = requireNonNull(encouragement, "encouragement is null");
      return this;
    }

    @Override
    public ClosingStage closing(LocalizedText closing) {
      this.closing = requireNonNull(closing, "closing is null");
      return this;
    }

    @Override
    public FeedbackScript build() {
      return new FeedbackScript(workerId, audience, opening, requireNonNull(praise),
          concerns, requireNonNull(encouragement), closing, List.of());
    }
  }
}
