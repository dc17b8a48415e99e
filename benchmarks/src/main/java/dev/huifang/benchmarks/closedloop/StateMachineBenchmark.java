package dev.huifang.benchmarks.closedloop;

import dev.huifang.benchmarks.closedloop.peer.HuifangLoop;
import dev.huifang.benchmarks.closedloop.peer.LoopEvent;
import dev.huifang.benchmarks.closedloop.peer.LoopMachine;
import dev.huifang.benchmarks.closedloop.peer.LoopState;
import dev.huifang.benchmarks.closedloop.peer.SpringLoop;
import dev.huifang.benchmarks.closedloop.peer.SquirrelLoop;
import dev.huifang.benchmarks.closedloop.peer.SwitchLoop;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one transition of the six-state case loop (one guarded), per implementation: Huifang's
 * kernel through its public {@code fire} (the outcome with reason and effects) and through
 * {@code target} ({@code huifang_target}: the next state alone, what the switch computes). The
 * hand-written switch is the floor; Spring Statemachine and squirrel-foundation are the peers.
 *
 * <p>Run: {@code mvn -q -B -Pbench -DskipTests -Dbench.include=StateMachineBenchmark package};
 * the table shows allocation per transition.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StateMachineBenchmark {

  @Param({"huifang", "huifang_target", "switch", "spring", "squirrel"})
  public String implementation;

  private LoopMachine machine;
  private int step;

  @Setup
  public void setUp() {
    machine = create(implementation);
    machine.fire(LoopEvent.TRIAGE, true);
    Checks.sameWalk(create(implementation), new SwitchLoop());
  }

  static LoopMachine create(String implementation) {
    switch (implementation) {
      case "huifang":
        return new HuifangLoop();
      case "huifang_target":
        return new HuifangLoop(true);
      case "switch":
        return new SwitchLoop();
      case "spring":
        return new SpringLoop();
      case "squirrel":
        return new SquirrelLoop();
      default:
        throw new IllegalArgumentException("unknown implementation " + implementation);
    }
  }

  /** Fires the next event of the cycle; the guard on RESOLVE passes (the actor is the owner). */
  @Benchmark
  public LoopState fire() {
    LoopEvent event = LoopEvent.CYCLE[step];
    step = step == LoopEvent.CYCLE.length - 1 ? 0 : step + 1;
    return machine.fire(event, true);
  }

  /** Verifies, once and outside measurement, that an implementation walks like the floor. */
  static final class Checks {
    private Checks() {}

    static void sameWalk(LoopMachine candidate, LoopMachine floor) {
      LoopEvent[] walk = {LoopEvent.TRIAGE, LoopEvent.ACKNOWLEDGE, LoopEvent.START,
          LoopEvent.RESOLVE, LoopEvent.RESOLVE, LoopEvent.CONFIRM, LoopEvent.START, LoopEvent.REOPEN};
      boolean[] owner = {true, true, true, false, true, true, true, true};
      for (int i = 0; i < walk.length; i++) {
        LoopState expected = floor.fire(walk[i], owner[i]);
        LoopState actual = candidate.fire(walk[i], owner[i]);
        if (expected != actual) {
          throw new IllegalStateException(candidate.getClass().getSimpleName() + " reached " + actual
              + " after " + walk[i] + " (step " + i + "), the floor reached " + expected);
        }
      }
    }
  }
}
