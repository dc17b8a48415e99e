/** Privacy benchmarks: redacting personal information in free text against a regex peer. */
@NullMarked
package dev.huifang.benchmarks.privacy;

import org.jspecify.annotations.NullMarked;
