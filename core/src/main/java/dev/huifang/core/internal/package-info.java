/** Implementation details of the core module; not exported, may change at any time. */
@NullMarked
@HuifangStyle
package dev.huifang.core.internal;

import dev.huifang.core.HuifangStyle;
import org.jspecify.annotations.NullMarked;
