import org.jspecify.annotations.NullMarked;

/** Huifang's scoring engine; see the package documentation of {@code dev.huifang.scoring}. */
@NullMarked
module huifang.scoring {
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires transitive huifang.core;

  exports dev.huifang.scoring;

  opens dev.huifang.scoring to com.fasterxml.jackson.databind;


}
