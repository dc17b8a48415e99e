import org.jspecify.annotations.NullMarked;

/**
 * Huifang's shared vocabulary: engagements, roles, measurements, localized text, findings and the
 * {@link dev.huifang.core.Problem} type that every engine reports bad input with.
 *
 * <p>Only {@code dev.huifang.core}, {@code dev.huifang.core.json} and
 * {@code dev.huifang.core.privacy} are API; everything under
 * {@code .internal} may change without notice and is not exported.
 */
@NullMarked
module huifang.core {
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires transitive io.vavr;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports dev.huifang.core;
  exports dev.huifang.core.json;
  exports dev.huifang.core.privacy;

  opens dev.huifang.core to com.fasterxml.jackson.databind;
  opens dev.huifang.core.privacy to com.fasterxml.jackson.databind;
}
