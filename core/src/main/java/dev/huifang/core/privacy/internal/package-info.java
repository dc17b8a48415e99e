/**
 * The hand-written single-pass scanner behind {@link dev.huifang.core.privacy.Redactor}; not
 * exported, may change without notice.
 */
@NullMarked
package dev.huifang.core.privacy.internal;

import org.jspecify.annotations.NullMarked;
