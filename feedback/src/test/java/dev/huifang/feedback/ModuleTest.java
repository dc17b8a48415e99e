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
  void requiresImmutablesStaticallyAndNeverTransitivelyAndJSpecifyAsARealDependency() {
    ModuleDescriptor descriptor = FeedbackComposer.class.getModule().getDescriptor();
    // Consumers never receive Immutables' annotation jar: re-exporting it breaks their build.
    assertThat(descriptor.requires())
        .filteredOn(r -> r.name().equals("org.immutables.value.annotations"))
        .singleElement()
        .satisfies(r -> assertThat(r.modifiers())
            .contains(ModuleDescriptor.Requires.Modifier.STATIC)
            .doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    // JSpecify is a real (compile) dependency, required transitively and not statically, so its
    // nullness annotations reach consumers' tools and the module resolves at run time.
    assertThat(descriptor.requires())
        .filteredOn(r -> r.name().equals("org.jspecify"))
        .singleElement()
        .satisfies(r -> assertThat(r.modifiers())
            .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)
            .doesNotContain(ModuleDescriptor.Requires.Modifier.STATIC));
  }
}
