package dev.huifang.closedloop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.Checklist;
import dev.huifang.core.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * A share with the counts behind it, so every figure of a report can be checked: {@code count}
 * out of {@code of}.
 *
 * @param count how many qualified
 * @param of how many were considered
 * @param ratio {@code count / of}, or {@code null} when nothing was considered
 */
public record Rate(long count, long of, @Nullable Ratio ratio) {

  /**
   * Creates a rate; the ratio is computed from the counts.
   *
   * @throws dev.huifang.core.InvalidModelException if a count is negative or count exceeds of
   */
  @JsonCreator
  public Rate(@JsonProperty("count") long count, @JsonProperty("of") long of,
      @JsonProperty("ratio") @Nullable Ratio ratio) {
    Checklist.root().atLeast("count", count, 0).atLeast("of", of, 0)
        .atMost("count", count, Math.max(of, 0)).throwIfAny("Rate");
    this.count = count;
    this.of = of;
    this.ratio = of == 0 ? null : Ratio.of(count, of);
  }

  /** {@code count} out of {@code of}. */
  public static Rate of(long count, long of) {
    return new Rate(count, of, null);
  }

  /** The ratio, or 0 when nothing was considered. */
  public double valueOrZero() {
    Ratio r = ratio;
    return r == null ? 0.0 : r.value();
  }

  @Override
  public String toString() {
    return count + "/" + of;
  }
}
