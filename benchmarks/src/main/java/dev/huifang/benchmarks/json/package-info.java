/** JSON benchmarks: Huifang's models through its Jackson setup against plain Jackson records. */
@NullMarked
package dev.huifang.benchmarks.json;

import org.jspecify.annotations.NullMarked;
