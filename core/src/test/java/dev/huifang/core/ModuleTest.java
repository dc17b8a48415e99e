package dev.huifang.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** Pins the module's API: only these packages are exported, internals stay hidden. */
class ModuleTest {

  @Test
  void exportsExactlyTheApiPackages() {
    ModuleDescriptor descriptor = Problem.class.getModule().getDescriptor();
    assertThat(descriptor).as("tests run on the module path").isNotNull();
    assertThat(descriptor.name()).isEqualTo("huifang.core");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("dev.huifang.core", "dev.huifang.core.json", "dev.huifang.core.privacy");
    assertThat(descriptor.packages()).contains("dev.huifang.core.internal");
  }
}
