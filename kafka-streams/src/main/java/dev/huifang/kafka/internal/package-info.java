/**
 * The processors behind Huifang's Kafka Streams topologies: the case processor with its deadline
 * index, the directory check, the cohort processor. Not API: may change without notice.
 */
@NullMarked
package dev.huifang.kafka.internal;

import org.jspecify.annotations.NullMarked;
