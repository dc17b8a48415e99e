/** Runnable scenarios that use Huifang's public API only; they may print. */
@NullMarked
package dev.huifang.examples;

import org.jspecify.annotations.NullMarked;
