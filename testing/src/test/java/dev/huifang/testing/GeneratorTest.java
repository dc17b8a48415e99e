package dev.huifang.testing;

import static dev.huifang.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The framework-neutral generator core: determinism, bounds, and its adapters. */
class GeneratorTest {

  static final Generator<List<Integer>> LISTS =
      Generator.listOf(Generator.ints(-5, 5), 1, 8);

  @Test
  void theSameSeedGivesTheSameValues() {
    assertThat(LISTS.list(42L, 50)).isEqualTo(LISTS.list(42L, 50));
    assertThat(LISTS.stream(42L, 50).parallel().collect(Collectors.toList()))
        .isEqualTo(LISTS.list(42L, 50));
    assertThat(LISTS.sample(7L)).isEqualTo(LISTS.list(7L, 3).get(0));
  }

  @Test
  void differentSeedsGiveDifferentValues() {
    assertThat(LISTS.list(42L, 50)).isNotEqualTo(LISTS.list(43L, 50));
    assertThat(Generator.longs().list(1L, 20)).doesNotHaveDuplicates();
  }

  @Test
  void listsKeepTheirBoundsAndShrinkWithTheSize() {
    SplittableRandom random = new SplittableRandom(1L);
    for (int size = 0; size < 40; size++) {
      List<Integer> list = LISTS.next(random, size);
      assertThat(list).hasSizeBetween(1, Math.max(1, Math.min(8, size)));
      assertThat(list).allSatisfy(x -> assertThat(x).isBetween(-5, 5));
    }
  }

  @Test
  void combinatorsComposeDeterministically() {
    Generator<String> words = Generator.oneOf(Generator.constant("a"),
        Generator.pick(List.of("b", "c")), Generator.ints(0, 9).map(String::valueOf));
    Generator<String> pairs = words.flatMap(w -> Generator.booleans().map(b -> w + b));
    assertThat(pairs.list(9L, 30)).isEqualTo(pairs.list(9L, 30))
        .allSatisfy(p -> assertThat(p).matches("[abc0-9](true|false)"));
    assertThat(Generator.doubles(0, 1).list(3L, 100)).allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
  }

  @Test
  void badBoundsAreProgrammerErrors() {
    assertThatThrownBy(() -> Generator.ints(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generator.listOf(Generator.ints(0, 1), 3, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generator.pick(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quickTheoriesRunsAGeneratorReproducibly() {
    qt().forAll(LISTS.toGen()).check(list -> !list.isEmpty() && list.size() <= 8);
    List<List<Integer>> first = new java.util.ArrayList<>();
    List<List<Integer>> second = new java.util.ArrayList<>();
    qt(20).forAll(LISTS.toGen()).checkAssert(first::add);
    qt(20).forAll(LISTS.toGen()).checkAssert(second::add);
    assertThat(first).isEqualTo(second);
  }

  static Stream<List<Integer>> lists() {
    return LISTS.stream(Theories.DEFAULT_SEED, 10);
  }

  @ParameterizedTest
  @MethodSource("lists")
  void feedsAMethodSource(List<Integer> list) {
    assertThat(list).hasSizeBetween(1, 8);
  }
}
