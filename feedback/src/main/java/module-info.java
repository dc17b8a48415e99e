import org.jspecify.annotations.NullMarked;

/** Huifang's feedback engine; see the package documentation of {@code dev.huifang.feedback}. */
@NullMarked
module huifang.feedback {
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires transitive huifang.core;

  exports dev.huifang.feedback;
  exports dev.huifang.feedback.picture;
  opens dev.huifang.feedback to com.fasterxml.jackson.databind;
}
