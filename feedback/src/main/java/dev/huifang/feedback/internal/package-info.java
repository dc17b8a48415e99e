/** Selection, filling and rendering behind {@code dev.huifang.feedback}; not exported. */
@NullMarked
package dev.huifang.feedback.internal;

import org.jspecify.annotations.NullMarked;
