package dev.huifang.closedloop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.machine.StateMachineDefinition;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** Pins the module's API: only these packages are exported, internals stay hidden. */
class ModuleTest {

  @Test
  void exportsExactlyTheApiPackages() {
    ModuleDescriptor descriptor = StateMachineDefinition.class.getModule().getDescriptor();
    assertThat(descriptor).as("tests run on the module path").isNotNull();
    assertThat(descriptor.name()).isEqualTo("huifang.closedloop");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("dev.huifang.closedloop", "dev.huifang.closedloop.machine");
    assertThat(descriptor.packages()).contains("dev.huifang.closedloop.internal");
  }
}
