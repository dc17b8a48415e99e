/** Adapters that configure each peer library to the benchmark's six-state case loop. */
@NullMarked
package dev.huifang.benchmarks.closedloop.peer;

import org.jspecify.annotations.NullMarked;
