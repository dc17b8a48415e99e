package dev.huifang.scoring.internal;

import dev.huifang.core.WorkerId;
import java.util.Arrays;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * The order of a ranking's places: totals highest first, then worker ids, computed on primitive
 * arrays. Totals that are decimals of at most {@value #MAX_SCALE} places (every rounded total is)
 * become integers packed with their index into one {@code long} each and sorted as primitives;
 * runs of equal totals are then put in worker-id order. Anything else takes a comparator.
 */
public final class PlaceOrder {

  private static final int MAX_SCALE = 6;
  private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
  private static final double MAX_UNITS = 1e15;

  private PlaceOrder() {}

  /**
   * The indices of {@code values} by value, highest first, then by worker id.
   *
   * @param values finite values, no {@code -0.0}
   * @param ids the worker of each value
   */
  public static int[] order(double[] values, WorkerId[] ids) {
    int n = values.length;
    int scale = decimalScale(values);
    int @Nullable [] order = scale < 0 ? null : packed(values, POWERS[scale]);
    if (order == null) {
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, Comparator.<Integer>comparingDouble(i -> -values[i])
          .thenComparing(i -> ids[i].value()));
      order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = boxed[i];
      }
      return order;
    }
    // equal totals are adjacent, in index order: put each run in worker-id order. When the
    // workers came in worker-id order (a cohort read from a store sorted by id), index order is
    // already id order within every run: one sequential pass over the ids saves the comparisons,
    // whose reads of ids at scattered places are most of a ranking's time
    if (ascending(ids)) {
      return order;
    }
    for (int start = 0; start < n; ) {
      int end = start + 1;
      while (end < n && values[order[end]] == values[order[start]]) {
        end++;
      }
      if (end - start > 1) {
        byId(order, start, end, ids);
      }
      start = end;
    }
    return order;
  }

  /** True when the ids never decrease from one index to the next. */
  private static boolean ascending(WorkerId[] ids) {
    for (int i = 1; i < ids.length; i++) {
      if (ids[i - 1].value().compareTo(ids[i].value()) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The smallest scale at which every value is the double nearest a decimal, or -1. */
  private static int decimalScale(double[] values) {
    int scale = 0;
    for (double value : values) {
      while (scale <= MAX_SCALE) {
        double units = value * POWERS[scale];
        double whole = Math.rint(units);
        if (Math.abs(whole) < MAX_UNITS && whole / POWERS[scale] == value) {
          break;
        }
        scale++;
      }
      if (scale > MAX_SCALE) {
        return -1;
      }
    }
    return scale;
  }

  /** Sorts by packed (units from the top, index); null when they do not fit in a long. */
  private static int @Nullable [] packed(double[] values, double power) {
    int n = values.length;
    long[] units = new long[n];
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      units[i] = (long) Math.rint(values[i] * power);
      max = Math.max(max, units[i]);
      min = Math.min(min, units[i]);
    }
    int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
    long range = max - min;
    if (range < 0 || 64 - Long.numberOfLeadingZeros(range) > 62 - indexBits) {
      return null;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((max - units[i]) << indexBits) | i;
    }
    Arrays.sort(keys);
    long mask = (1L << indexBits) - 1;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) (keys[i] & mask);
    }
    return order;
  }

  /** Orders {@code order[start, end)} by worker id: insertion sort, the runs are short. */
  private static void byId(int[] order, int start, int end, WorkerId[] ids) {
    if (end - start > 32) {
      Integer[] run = new Integer[end - start];
      for (int i = start; i < end; i++) {
        run[i - start] = order[i];
      }
      Arrays.sort(run, Comparator.comparing(i -> ids[i].value()));
      for (int i = start; i < end; i++) {
        order[i] = run[i - start];
      }
      return;
    }
    for (int i = start + 1; i < end; i++) {
      int current = order[i];
      String id = ids[current].value();
      int j = i - 1;
      while (j >= start && ids[order[j]].value().compareTo(id) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = current;
    }
  }
}
