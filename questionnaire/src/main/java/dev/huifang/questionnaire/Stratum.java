package dev.huifang.questionnaire;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Engagement;
import dev.huifang.core.Experience;
import dev.huifang.core.Perspective;
import dev.huifang.core.Role;
import dev.huifang.core.TaskStage;
import dev.huifang.core.Urgency;

/**
 * The layer a follow-up falls in: the worker's role, the task stage, first-time or repeat, who
 * answers, and how urgent the order was. Questions fit strata; policies map strata to plans.
 *
 * @param role the worker's role
 * @param stage the task stage
 * @param experience first-time or repeat
 * @param perspective who answers
 * @param urgency how urgent the order was
 */
public record Stratum(Role role, TaskStage stage, Experience experience, Perspective perspective,
    Urgency urgency) {

  /**
   * Creates a stratum.
   *
   * @throws NullPointerException if an argument is null
   */
  public Stratum {
    requireNonNull(role, "role is null");
    requireNonNull(stage, "stage is null");
    requireNonNull(experience, "experience is null");
    requireNonNull(perspective, "perspective is null");
    requireNonNull(urgency, "urgency is null");
  }

  /** The stratum of a follow-up of {@code engagement} answered from {@code perspective}. */
  public static Stratum of(Engagement engagement, Perspective perspective) {
    return new Stratum(engagement.role(), engagement.stage(), engagement.experience(), perspective,
        engagement.urgency());
  }

  /** The stratum as {@code role/stage/experience/perspective/urgency}, for messages. */
  public String describe() {
    return role.code() + "/" + stage.name().toLowerCase(java.util.Locale.ROOT) + "/"
        + experience.name().toLowerCase(java.util.Locale.ROOT) + "/"
        + perspective.name().toLowerCase(java.util.Locale.ROOT) + "/"
        + urgency.name().toLowerCase(java.util.Locale.ROOT);
  }
}
