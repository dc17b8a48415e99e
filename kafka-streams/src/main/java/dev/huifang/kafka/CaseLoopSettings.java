package dev.huifang.kafka;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;

/**
 * How the case topology runs: how much stream time passes between checks of the time limits, where
 * its stores keep their data, and how long it keeps a closed case.
 *
 * <p>Rules: {@code tick} and {@code keepClosed} are positive ({@link Problem#RANGE}). A finished
 * case leaves the case store (a tombstone on its changelog) and the deadline index as soon as
 * stream time is past its reopen window: for a declined or merged case, the loop policy's
 * {@link dev.huifang.closedloop.LoopLimits#contestWindow() contest window} after the decision
 * (the library refuses to reopen it later); for a closed case, the policy's
 * {@link dev.huifang.closedloop.LoopLimits#reopenWindow() reopen window} after its closure, or
 * {@code keepClosed} when that is longer (a host that wants closed cases at hand for longer).
 *
 * @param tick the stream time between checks of the time limits; default {@link #DEFAULT_TICK}
 * @param stores where the case and deadline stores keep their data; default RocksDB
 * @param keepClosed how long at least a closed case stays in the store after its closure (never
 *     shorter than the policy's reopen window); default {@link #DEFAULT_KEEP_CLOSED}
 */
public record CaseLoopSettings(Duration tick, CaseTopology.StoreKind stores,
    Duration keepClosed) {

  /** One minute of stream time between checks of the time limits. */
  public static final Duration DEFAULT_TICK = Duration.ofMinutes(1);
  /** A closed case is kept, and can be reopened, for 30 days after its closure. */
  public static final Duration DEFAULT_KEEP_CLOSED = Duration.ofDays(30);

  /**
   * Creates the settings.
   *
   * @throws dev.huifang.core.InvalidModelException if a rule is broken
   */
  @JsonCreator
  public CaseLoopSettings(
      @JsonProperty("tick") Duration tick,
      @JsonProperty("stores") CaseTopology.StoreKind stores,
      @JsonProperty("keepClosed") Duration keepClosed) {
    Checklist.root().positive("tick", tick).present("stores", stores)
        .positive("keepClosed", keepClosed).throwIfAny("CaseLoopSettings");
    this.tick = tick;
    this.stores = stores;
    this.keepClosed = keepClosed;
  }

  /** A tick of one minute, RocksDB stores, closed cases kept 30 days. */
  public static CaseLoopSettings defaults() {
    return new CaseLoopSettings(DEFAULT_TICK, CaseTopology.StoreKind.ROCKSDB,
        DEFAULT_KEEP_CLOSED);
  }

  /** The settings, or every Problem of their rules. */
  public static Validation<Seq<Problem>, CaseLoopSettings> validate(Duration tick,
      CaseTopology.StoreKind stores, Duration keepClosed) {
    return Validated.of(() -> new CaseLoopSettings(tick, stores, keepClosed));
  }

  /** These settings with another tick. */
  public CaseLoopSettings withTick(Duration other) {
    return new CaseLoopSettings(other, stores, keepClosed);
  }

  /** These settings with other stores. */
  public CaseLoopSettings withStores(CaseTopology.StoreKind other) {
    return new CaseLoopSettings(tick, other, keepClosed);
  }

  /** These settings with another retention of closed cases. */
  public CaseLoopSettings withKeepClosed(Duration other) {
    return new CaseLoopSettings(tick, stores, other);
  }
}
