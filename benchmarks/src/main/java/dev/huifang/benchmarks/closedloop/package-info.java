/**
 * State-machine benchmarks: the same six-state case loop fired through Huifang's kernel, a
 * hand-written switch (the floor), Spring Statemachine and squirrel-foundation.
 */
@NullMarked
package dev.huifang.benchmarks.closedloop;

import org.jspecify.annotations.NullMarked;
