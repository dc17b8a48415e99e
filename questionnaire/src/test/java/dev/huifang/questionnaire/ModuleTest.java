package dev.huifang.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** Pins the module's API: the engine package is exported, internals are not. */
class ModuleTest {

  @Test
  void exportsExactlyTheApiPackages() {
    ModuleDescriptor descriptor = QuestionSelector.class.getModule().getDescriptor();
    assertThat(descriptor).as("tests run on the module path").isNotNull();
    assertThat(descriptor.name()).isEqualTo("huifang.questionnaire");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("dev.huifang.questionnaire");
    assertThat(descriptor.packages()).contains("dev.huifang.questionnaire.internal");
  }
}
