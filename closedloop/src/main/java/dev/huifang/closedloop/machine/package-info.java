/**
 * A small, fast, typed state-machine kernel: an immutable, validated
 * {@link dev.huifang.closedloop.machine.StateMachineDefinition} over enum states and events,
 * transitions with named guards and actions that return {@link dev.huifang.closedloop.machine.Effect}s
 * as data, and firing that never mutates anything.
 *
 * <p>A definition is compiled into a dense table indexed by the ordinals of its state and event
 * enums, so firing costs an array lookup, the guards of that cell and one {@link
 * dev.huifang.closedloop.machine.Outcome}. Definitions export to Mermaid and Graphviz DOT.
 */
@NullMarked
package dev.huifang.closedloop.machine;

import org.jspecify.annotations.NullMarked;
