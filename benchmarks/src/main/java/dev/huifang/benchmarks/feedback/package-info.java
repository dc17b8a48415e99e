/** Feedback benchmarks: building a sandwich script and a capability report from Findings. */
@NullMarked
package dev.huifang.benchmarks.feedback;

import org.jspecify.annotations.NullMarked;
