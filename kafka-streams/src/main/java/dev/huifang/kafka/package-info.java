/**
 * Huifang's engines inside Apache Kafka Streams: serdes for Huifang's documents on
 * {@link dev.huifang.core.json.HuifangJson}, a dead-letter topic that keeps every record that
 * cannot be read or applied together with its Problems, the case-loop topology
 * ({@link dev.huifang.kafka.CaseTopology}), the scoring topology
 * ({@link dev.huifang.kafka.ScoringTopology}) and exactly-once settings
 * ({@link dev.huifang.kafka.StreamsSettings}).
 *
 * <p>The engines run unchanged: every decision is the library's, made on the record's own time or
 * on stream time, never on the wall clock. See {@code docs/scale-out.md} for topics, stores,
 * partitioning and sizing.
 */
@NullMarked
package dev.huifang.kafka;

import org.jspecify.annotations.NullMarked;
