/**
 * JSON for every Huifang model: {@link dev.huifang.core.json.HuifangJson} gives host apps a
 * configured Jackson mapper and reads untrusted JSON into models, turning every failure into
 * {@link dev.huifang.core.Problem}s with the JSON path, never a raw Jackson exception.
 */
@NullMarked
package dev.huifang.core.json;

import org.jspecify.annotations.NullMarked;
