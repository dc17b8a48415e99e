/** JMH benchmarks: each engine against a hand-written floor and the peers a user would pick. */
@NullMarked
package dev.huifang.benchmarks;

import org.jspecify.annotations.NullMarked;
