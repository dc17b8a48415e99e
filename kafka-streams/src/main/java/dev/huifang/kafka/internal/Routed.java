package dev.huifang.kafka.internal;

/**
 * A record on its way to one of several output topics, already written as bytes.
 *
 * @param topic the topic it goes to
 * @param value its value
 */
public record Routed(String topic, byte[] value) {}
