/** Selection, filling and rendering behind {@code dev.huifang.questionnaire.script}; not exported. */
@NullMarked
package dev.huifang.questionnaire.script.internal;

import org.jspecify.annotations.NullMarked;
