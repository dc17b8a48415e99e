package dev.huifang.closedloop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.privacy.Erasure;
import java.util.List;

/**
 * A case's event log after retention: the erasures that were due, and the log with their free
 * text erased ({@link CaseRetention}). Rule: the erased log holds the same events, in the same
 * order, as the original; it replays to the same states, owners, clocks and transitions.
 *
 * @param erasures what was erased, per event id, and why
 * @param events the erased log
 */
public record ErasedLog(List<Erasure> erasures, List<CaseEvent> events) {

  /** Creates the result; lists are copied. */
  @JsonCreator
  public ErasedLog(@JsonProperty("erasures") List<Erasure> erasures,
      @JsonProperty("events") List<CaseEvent> events) {
    this.erasures = List.copyOf(erasures);
    this.events = List.copyOf(events);
  }
}
