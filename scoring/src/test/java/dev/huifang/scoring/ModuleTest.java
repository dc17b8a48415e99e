package dev.huifang.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** Pins the module's API: only the API package is exported, internals stay hidden. */
class ModuleTest {

  @Test
  void exportsExactlyTheApiPackage() {
    ModuleDescriptor descriptor = Scorer.class.getModule().getDescriptor();
    assertThat(descriptor).as("tests run on the module path").isNotNull();
    assertThat(descriptor.name()).isEqualTo("huifang.scoring");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.huifang.scoring");
    assertThat(descriptor.packages()).contains("dev.huifang.scoring.internal");
  }
}
