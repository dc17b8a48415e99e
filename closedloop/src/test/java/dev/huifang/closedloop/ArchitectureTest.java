package dev.huifang.closedloop;

import dev.huifang.closedloop.machine.StateMachineDefinition;
import dev.huifang.testing.LibraryRules;
import org.junit.jupiter.api.Test;

/** The module is pure (no clock, I/O, threads, unseeded randomness) and depends on core only. */
class ArchitectureTest {

  @Test
  void followsTheLibraryRules() {
    LibraryRules.check(StateMachineDefinition.class, "dev.huifang.closedloop");
  }
}
