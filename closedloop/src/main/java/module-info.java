import org.jspecify.annotations.NullMarked;

/** Huifang's closedloop engine; see the package documentation of {@code dev.huifang.closedloop}. */
@NullMarked
module huifang.closedloop {
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires transitive huifang.core;


}
