import org.jspecify.annotations.NullMarked;

/** Huifang's questionnaire engine; see the package documentation of {@code dev.huifang.questionnaire}. */
@NullMarked
module huifang.questionnaire {
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires transitive huifang.core;

  exports dev.huifang.questionnaire;
  opens dev.huifang.questionnaire to com.fasterxml.jackson.databind;

}
