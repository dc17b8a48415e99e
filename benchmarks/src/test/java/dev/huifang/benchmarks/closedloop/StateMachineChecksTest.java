package dev.huifang.benchmarks.closedloop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.benchmarks.closedloop.peer.LoopEvent;
import dev.huifang.benchmarks.closedloop.peer.LoopMachine;
import dev.huifang.benchmarks.closedloop.peer.LoopState;
import dev.huifang.benchmarks.closedloop.peer.SwitchLoop;
import org.junit.jupiter.api.Test;

/** The walk check refuses a fast machine that reaches a wrong state. */
class StateMachineChecksTest {

  /** The switch, except that a resolve by someone other than the owner goes through anyway. */
  static final class UnguardedLoop implements LoopMachine {
    private final SwitchLoop inner = new SwitchLoop();

    @Override
    public LoopState fire(LoopEvent event, boolean actorIsOwner) {
      return inner.fire(event, true);
    }

    @Override
    public LoopState state() {
      return inner.state();
    }
  }

  @Test
  void aMachineThatIgnoresTheGuardIsRefused() {
    assertThatThrownBy(() -> StateMachineBenchmark.Checks.sameWalk(new UnguardedLoop(),
        new SwitchLoop()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("UnguardedLoop reached RESOLVED after RESOLVE (step 3)");
  }
}
