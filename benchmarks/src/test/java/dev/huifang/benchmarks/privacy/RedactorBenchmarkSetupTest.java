package dev.huifang.benchmarks.privacy;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every redaction variant masks the same pieces of the benchmark text, as JMH's set-up checks. */
class RedactorBenchmarkSetupTest {

  @ParameterizedTest
  @ValueSource(strings = {"huifang", "huifang_keyed", "huifang_names", "regex"})
  void everyVariantMasksTheSamePieces(String implementation) {
    RedactorBenchmark benchmark = new RedactorBenchmark();
    benchmark.implementation = implementation;
    assertThatCode(benchmark::setUp).doesNotThrowAnyException();
  }
}
