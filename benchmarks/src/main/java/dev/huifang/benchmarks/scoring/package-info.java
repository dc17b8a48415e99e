/** Scoring benchmarks: rescoring a whole workforce against a hand-written array loop. */
@NullMarked
package dev.huifang.benchmarks.scoring;

import org.jspecify.annotations.NullMarked;
