package dev.huifang.kafka.internal;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the global directory store equal to the compacted directory topic: a record puts the
 * team's raw staff record, a tombstone removes it. Records are read when used, so an unreadable
 * one refuses the events that rely on it (with its Problems) instead of vanishing.
 */
public final class DirectoryProcessor implements Processor<String, byte[], Void, Void> {

  private final String storeName;
  private @Nullable KeyValueStore<String, byte[]> store;

  /** A processor writing to the global store {@code storeName}. */
  public DirectoryProcessor(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    KeyValueStore<String, byte[]> target = store;
    if (target == null || record.key() == null) {
      return;
    }
    if (record.value() == null) {
      target.delete(record.key());
    } else {
      target.put(record.key(), record.value());
    }
  }
}
