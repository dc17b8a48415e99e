package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A refused role claim names the roles the actor does hold for the case, as the case and the
 * directory give them: staff see their own standing roles, not an empty list.
 */
class HeldRolesTest {

  private final FeedbackLoop loop = LoopGen.loop();

  private FeedbackCase triaged() {
    return LoopGen.triaged(loop);
  }

  private String refusal(FeedbackCase c, String actor, ActorRole claimed) {
    Validation<Seq<Problem>, CaseStep> step = loop.apply(c, EventHeader.id("x-1").of(CASE)
        .by(actor, claimed).at(T0.plus(Duration.ofHours(2))).acknowledged("ok"));
    assertThat(step.isInvalid()).as("%s as %s", actor, claimed).isTrue();
    Problem p = step.getError().head();
    assertThat(p.code()).isEqualTo(Problem.FORBIDDEN);
    assertThat(p.path()).isEqualTo("actorRole");
    return p.rule();
  }

  @Test
  void theOwnerClaimingAnotherRoleIsToldItHoldsOwner() {
    assertThat(refusal(triaged(), "owner-1", ActorRole.SUPERVISOR)).isEqualTo(
        "actor owner-1 does not hold role SUPERVISOR in case case-1 (holds [OWNER]): roles come "
            + "from the case and the directory, not from the event");
  }

  @Test
  void aCoordinatorAndHuifangAreToldTheirStandingRoles() {
    FeedbackCase c = triaged();
    assertThat(refusal(c, "coord-1", ActorRole.OWNER))
        .startsWith("actor coord-1 does not hold role OWNER in case case-1 (holds [COORDINATOR])");
    assertThat(refusal(c, "huifang", ActorRole.OWNER))
        .startsWith("actor huifang does not hold role OWNER in case case-1 (holds [SYSTEM])");
    assertThat(refusal(c, "sup-1", ActorRole.OWNER))
        .startsWith("actor sup-1 does not hold role OWNER in case case-1 (holds [])");
  }
}
