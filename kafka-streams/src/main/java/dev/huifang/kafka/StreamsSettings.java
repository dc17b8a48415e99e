package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams settings Huifang's topologies are meant to run with.
 *
 * <p>Rules: processing is exactly-once (v2), so a case's new state, its deadline index entry, its
 * effects and its dead letters are committed together or not at all; records are processed in
 * timestamp order across a task's partitions (the default task idling, which waits for a
 * partition known to have data); stores keep a standby replica so a failed instance's
 * cases are served again without replaying their whole changelog.
 */
public final class StreamsSettings {

  /** The application id of the case-loop topology, and so its consumer group. */
  public static final String CASES_APPLICATION_ID = "huifang-cases";
  /** The application id of the scoring topology. */
  public static final String SCORING_APPLICATION_ID = "huifang-scoring";

  private StreamsSettings() {}

  /**
   * Settings for one application: exactly-once v2, one standby replica, replication factor 3 for
   * Huifang's changelog and repartition topics.
   *
   * @param applicationId e.g. {@link #CASES_APPLICATION_ID}
   * @param bootstrapServers the brokers, e.g. {@code kafka-1:9092,kafka-2:9092}
   * @throws NullPointerException if an argument is null
   */
  public static Properties exactlyOnce(String applicationId, String bootstrapServers) {
    requireNonNull(applicationId, "applicationId is null");
    requireNonNull(bootstrapServers, "bootstrapServers is null");
    Properties settings = new Properties();
    settings.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    settings.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
    settings.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3);
    return settings;
  }
}
