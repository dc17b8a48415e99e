package dev.huifang.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** Pins the module's API: the feedback and picture packages are exported, its internals are not. */
class ModuleTest {

  @Test
  void exportsExactlyTheApiPackage() {
    ModuleDescriptor descriptor = FeedbackComposer.class.getModule().getDescriptor();
    assertThat(descriptor).as("tests run on the module path").isNotNull();
    assertThat(descriptor.name()).isEqualTo("huifang.feedback");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("dev.huifang.feedback", "dev.huifang.feedback.picture");
    assertThat(descriptor.packages()).contains("dev.huifang.feedback.internal");
  }

  @Test
  void requiresAnnotationModulesStaticallyAndNeverTransitively() {
    ModuleDescriptor descriptor = FeedbackComposer.class.getModule().getDescriptor();
    assertThat(descriptor.requires())
        .filteredOn(r -> r.name().equals("org.jspecify")
            || r.name().equals("org.immutables.value.annotations"))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.modifiers())
            .contains(ModuleDescriptor.Requires.Modifier.STATIC)
            .doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }
}
