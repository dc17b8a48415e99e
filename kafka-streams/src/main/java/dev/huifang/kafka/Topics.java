package dev.huifang.kafka;

import static java.util.Objects.requireNonNull;

/**
 * The names of the topics Huifang's topologies read and write.
 *
 * <p>Rules the host keeps when creating them: {@code caseEvents} and {@code caseTicks} have the
 * same number of partitions (they feed one processor, keyed by case id); {@code directory} is
 * compacted; the output topics may have any number of partitions. See {@code docs/scale-out.md}.
 *
 * @param caseEvents case events keyed by case id (input)
 * @param caseTicks records whose only use is to move stream time on quiet partitions (input)
 * @param directory each team's staff keyed by team code, compacted (input, read into a global
 *     store)
 * @param caseEffects what the loop asks the host to do, keyed by case id (output)
 * @param workerMetrics month-to-date figures keyed by worker id (input)
 * @param scorecards monthly scorecards keyed by worker id (output)
 * @param rankings monthly cohort rankings keyed by team (output)
 * @param deadLetters records that could not be read or applied, keyed as they came (output)
 */
public record Topics(
    String caseEvents,
    String caseTicks,
    String directory,
    String caseEffects,
    String workerMetrics,
    String scorecards,
    String rankings,
    String deadLetters) {

  /**
   * Creates the names.
   *
   * @throws NullPointerException if a name is null
   */
  public Topics {
    requireNonNull(caseEvents, "caseEvents is null");
    requireNonNull(caseTicks, "caseTicks is null");
    requireNonNull(directory, "directory is null");
    requireNonNull(caseEffects, "caseEffects is null");
    requireNonNull(workerMetrics, "workerMetrics is null");
    requireNonNull(scorecards, "scorecards is null");
    requireNonNull(rankings, "rankings is null");
    requireNonNull(deadLetters, "deadLetters is null");
  }

  /** The default names, each starting with {@code huifang.}. */
  public static Topics defaults() {
    return prefixed("huifang.");
  }

  /** The default names behind another prefix, e.g. {@code acme.huifang.}. */
  public static Topics prefixed(String prefix) {
    requireNonNull(prefix, "prefix is null");
    return new Topics(prefix + "case-events", prefix + "case-ticks", prefix + "directory",
        prefix + "case-effects", prefix + "worker-metrics", prefix + "scorecards",
        prefix + "rankings", prefix + "dead-letters");
  }
}
