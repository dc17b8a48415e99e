package dev.huifang.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.WorkerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A ranking's places: highest total first, then worker id, whichever way the order is computed
 * (packed decimals, the comparator for totals that are not short decimals, the long tie runs).
 */
class PlaceOrderTest {

  /** The definition the fast paths must reproduce: total descending, then worker id. */
  private static int[] reference(double[] values, WorkerId[] ids) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      indices.add(i);
    }
    indices.sort(Comparator.<Integer>comparingDouble(i -> -values[i])
        .thenComparing(i -> ids[i].value()));
    return indices.stream().mapToInt(Integer::intValue).toArray();
  }

  private static WorkerId[] ids(String... ids) {
    return Arrays.stream(ids).map(WorkerId::of).toArray(WorkerId[]::new);
  }

  /** The double nearest {@code whole + units × 10^-scale}. */
  private static double near(int whole, int units, int scale) {
    return new BigDecimal(whole).add(BigDecimal.valueOf(units, scale)).doubleValue();
  }

  @Test
  void totalsWithSevenDecimalsTakeTheComparatorAndStillTieByWorkerId() {
    // 0.1234567 is no decimal of at most 6 places: the comparator orders these
    double[] values = {0.1234567, 0.1234568, 0.1234567, 80.5, 0.1234567};
    WorkerId[] ids = ids("w-c", "w-z", "w-a", "w-m", "w-b");
    assertThat(PlaceOrder.order(values, ids)).containsExactly(3, 1, 2, 4, 0);
  }

  @Test
  void totalsTooLargeToPackTakeTheComparator() {
    // 1e15 units do not fit the packed scale, however few decimals: the comparator orders these
    double[] values = {1e15, 2.5, 1e15, -1e15, 3e15};
    WorkerId[] ids = ids("w-b", "w-x", "w-a", "w-c", "w-d");
    assertThat(PlaceOrder.order(values, ids)).containsExactly(4, 2, 0, 1, 3);
    // every total beyond the bound, none of them a fraction: no long holds them
    assertThat(PlaceOrder.order(new double[] {1e20, 3e20, 2e20, 1e300},
        ids("w-a", "w-b", "w-c", "w-d"))).containsExactly(3, 1, 2, 0);
    // one unit below the bound still packs, and gives the same order
    double[] below = {999_999_999_999_999.0, 2, 999_999_999_999_999.0, -999_999_999_999_999.0};
    assertThat(PlaceOrder.order(below, ids("w-b", "w-x", "w-a", "w-c")))
        .containsExactly(2, 0, 1, 3);
  }

  @Test
  void eachScaleUpToSixDecimalsTellsTotalsApart() {
    // totals one unit of the last decimal apart at every scale from 0 to 6, ids against the order
    for (int scale = 0; scale <= 6; scale++) {
      double[] values = {50, near(50, 1, scale), near(50, -1, scale), near(50, 2, scale)};
      WorkerId[] ids = ids("w-a", "w-b", "w-c", "w-d");
      assertThat(PlaceOrder.order(values, ids)).as("scale %s", scale)
          .containsExactly(3, 1, 0, 2);
    }
    // a scale once needed stays needed: 0.25 needs 2 decimals, the whole numbers after it too
    double[] mixed = {0.25, 3, 0.5, 0.2, 3};
    assertThat(PlaceOrder.order(mixed, ids("w-e", "w-d", "w-c", "w-b", "w-a")))
        .containsExactly(4, 1, 2, 0, 3);
  }

  @Test
  void aTieOfFortyWorkersInShuffledIdOrderIsPutInIdOrder() {
    int n = 43;
    double[] values = new double[n];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(String.format("w%02d", i));
    }
    Collections.shuffle(names, new java.util.Random(19));
    WorkerId[] ids = names.stream().map(WorkerId::of).toArray(WorkerId[]::new);
    Arrays.fill(values, 72.25);
    // one worker above and two below the tie of forty
    values[5] = 90;
    values[17] = 10.5;
    values[30] = 10.5;
    int[] order = PlaceOrder.order(values, ids);
    assertThat(order).containsExactly(reference(values, ids));
    assertThat(order[0]).isEqualTo(5);
    List<String> tie = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      tie.add(ids[order[i]].value());
    }
    assertThat(tie).isSorted().hasSize(40);
    // exactly 32 and 33 tied: the two ways of sorting a run agree
    for (int size : new int[] {32, 33}) {
      double[] run = new double[size + 1];
      Arrays.fill(run, 40.0);
      run[size] = 41.0;
      WorkerId[] runIds = Arrays.copyOfRange(ids, 0, size + 1);
      assertThat(PlaceOrder.order(run, runIds)).as("run of %s", size)
          .containsExactly(reference(run, runIds));
    }
  }

  @Test
  void aLargeCohortWithTotalsFarApartStillSortsRight() {
    // 5,000 workers need 13 bits of index; totals 1.2e15 apart need more bits than are left, so
    // the packed keys cannot hold them and the comparator decides
    int n = 5000;
    SplittableRandom random = new SplittableRandom(7);
    double[] values = new double[n];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values[i] = (random.nextInt(3) - 1) * 6e14 + random.nextInt(4);
      names.add("w" + random.nextInt(100_000));
    }
    WorkerId[] ids = names.stream().map(WorkerId::of).toArray(WorkerId[]::new);
    assertThat(PlaceOrder.order(values, ids)).containsExactly(reference(values, ids));
    // the same with totals that fit: 1,000 workers, 10 bits of index
    double[] near = Arrays.copyOf(values, 1000);
    WorkerId[] nearIds = Arrays.copyOf(ids, 1000);
    assertThat(PlaceOrder.order(near, nearIds)).containsExactly(reference(near, nearIds));
  }

  @Test
  void workersAlreadyInIdOrderKeepThatOrderWithinTies() {
    double[] values = {5, 7, 5, 7, 5};
    assertThat(PlaceOrder.order(values, ids("a", "b", "c", "d", "e")))
        .containsExactly(1, 3, 0, 2, 4);
    // one pair out of id order at the end is enough to need the tie pass
    assertThat(PlaceOrder.order(values, ids("a", "b", "c", "d", "0")))
        .containsExactly(1, 3, 4, 0, 2);
    // a single worker, and two
    assertThat(PlaceOrder.order(new double[] {3}, ids("a"))).containsExactly(0);
    assertThat(PlaceOrder.order(new double[] {3, 3}, ids("b", "a"))).containsExactly(1, 0);
  }

  @Test
  void randomCohortsMatchTheDefinition() {
    SplittableRandom random = new SplittableRandom(42);
    double[] palette = {0, 12.5, 12.5, 60, 99.75, -3, 0.123456, 0.1234567, 1e16};
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(80);
      int kinds = 1 + random.nextInt(palette.length);
      double[] values = new double[n];
      WorkerId[] ids = new WorkerId[n];
      for (int i = 0; i < n; i++) {
        values[i] = palette[random.nextInt(kinds)];
        ids[i] = WorkerId.of("w" + random.nextInt(1000));
      }
      assertThat(PlaceOrder.order(values, ids)).as("round %s", round)
          .containsExactly(reference(values, ids));
    }
  }
}
