import org.jspecify.annotations.NullMarked;

/**
 * Huifang's closed loops: a typed state-machine kernel ({@code dev.huifang.closedloop.machine})
 * and, on it, feedback cases with owners, time limits, escalation, authorisation and a replayable
 * event log ({@code dev.huifang.closedloop}).
 *
 * <p>Only those two packages are API; {@code dev.huifang.closedloop.internal} is not exported.
 */
@NullMarked
module huifang.closedloop {
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires transitive huifang.core;

  exports dev.huifang.closedloop;
  exports dev.huifang.closedloop.machine;

  opens dev.huifang.closedloop to com.fasterxml.jackson.databind;
  opens dev.huifang.closedloop.machine to com.fasterxml.jackson.databind;
  opens dev.huifang.closedloop.internal to com.fasterxml.jackson.databind;
}
