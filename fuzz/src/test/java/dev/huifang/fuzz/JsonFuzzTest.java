package dev.huifang.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huifang.core.Limits;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded fuzzing of every JSON document type Huifang reads.
 *
 * <p>For each {@link Entry}, {@code huifang.fuzz.inputs} inputs (1,000 by default, 10,000 with
 * {@code -Pfuzz-long}) are made from its seeds by {@link Mutator} with a
 * {@link SplittableRandom} seeded from {@code huifang.fuzz.seed} and the entry's name, so every
 * run sees the same inputs. The only acceptable outcomes of {@link HuifangJson#read} are a value or
 * Problems, within {@link #TIME_BOUND_NANOS} per input (a bound for hangs, not a speed goal);
 * Problems must be in Huifang's words (no Java or Jackson names) and within
 * {@link Limits#MAX_PROBLEM_MESSAGE_LENGTH}; an accepted document must round-trip unchanged:
 * written, it reads back as an equal value and writes the same text again. Every distinct kind of
 * failure is reported with a count and its first input.
 */
class JsonFuzzTest {

  static final int INPUTS = Integer.getInteger("huifang.fuzz.inputs", 1000);
  static final long SEED = Long.getLong("huifang.fuzz.seed", 20261126L);
  static final boolean ALL = Boolean.getBoolean("huifang.fuzz.all");
  /** Two seconds: a generous bound that only a hang or a quadratic blow-up exceeds. */
  static final long TIME_BOUND_NANOS = 2_000_000_000L;
  static final Pattern LEAK = Pattern.compile(
      "java\\.|javax\\.|com\\.fasterxml|dev\\.huifang|Exception|Error\\b|Feature|Immutable|\\$Json"
          + "|Cannot invoke|Cannot construct|Cannot deserialize|DeserializationConfig");
  static final ObjectMapper MAPPER = HuifangJson.newMapper();

  @TestFactory
  Stream<DynamicTest> everyInputGivesAValueOrProblems() {
    return Entries.all().stream().map(entry -> DynamicTest.dynamicTest(entry.name(), () -> {
      Assumptions.assumeTrue(ALL || entry.knownDefect() == null,
          () -> entry.name() + " is held back: " + entry.knownDefect());
      Map<String, Finding> findings = fuzz(entry, INPUTS);
      assertThat(findings).as("%s: %s", entry.name(), report(findings)).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everySeedIsValidAndRoundTrips() {
    return Entries.all().stream().map(entry -> DynamicTest.dynamicTest(entry.name(), () -> {
      for (String seed : entry.seeds()) {
        Validation<Seq<Problem>, Object> read = HuifangJson.read(seed, entry.type());
        assertThat(read.isValid()).as("%s seed: %s", entry.name(), read).isTrue();
        assertThat(roundTripFailure(entry.type(), read.get())).isNull();
      }
    }));
  }

  /** Feeds {@code inputs} mutated inputs to one entry; the distinct failures, by kind. */
  static Map<String, Finding> fuzz(Entry entry, int inputs) throws Exception {
    SplittableRandom random = new SplittableRandom(SEED ^ entry.name().hashCode());
    Mutator mutator = new Mutator(random);
    List<JsonNode> seeds = new ArrayList<>();
    for (String seed : entry.seeds()) {
      seeds.add(Mutator.TREES.readTree(seed));
    }
    Map<String, Finding> findings = new TreeMap<>();
    int accepted = 0;
    long slowest = 0;
    long started = System.nanoTime();
    for (int i = 0; i < inputs; i++) {
      String input = mutator.mutate(seeds.get(random.nextInt(seeds.size())));
      long start = System.nanoTime();
      String failure = check(entry.type(), input);
      slowest = Math.max(slowest, System.nanoTime() - start);
      if (failure == null && HuifangJson.read(input, entry.type()).isValid()) {
        accepted++;
      }
      if (failure != null) {
        findings.computeIfAbsent(failure, k -> new Finding(input)).count++;
      }
    }
    System.out.printf("fuzz %-22s %6d inputs, %5d accepted, %5d refused with Problems,"
            + " %3d kinds of failure, slowest %5d ms, all %6d ms%n", entry.name(), inputs,
        accepted, inputs - accepted - findings.values().stream().mapToInt(f -> f.count).sum(),
        findings.size(), slowest / 1_000_000, (System.nanoTime() - started) / 1_000_000);
    return findings;
  }

  /** What is wrong with the outcome of reading {@code input}, or null when nothing is. */
  static String check(JavaType type, String input) {
    long start = System.nanoTime();
    Validation<Seq<Problem>, Object> read;
    try {
      read = HuifangJson.read(input, type);
    } catch (Throwable thrown) { // the point of the fuzzer: any throwable is a finding
      return "throws " + thrown.getClass().getName() + " at " + where(thrown);
    }
    long elapsed = System.nanoTime() - start;
    if (elapsed > TIME_BOUND_NANOS) {
      return "takes " + elapsed / 1_000_000 + " ms (more than 2 s), input of " + input.length()
          + " characters";
    }
    if (read.isInvalid()) {
      if (read.getError().isEmpty()) {
        return "invalid without a Problem";
      }
      for (Problem problem : read.getError()) {
        String message = problem.message();
        if (LEAK.matcher(message).find()) {
          return "leaks Java or Jackson: " + shape(message);
        }
        if (message.length() > Limits.MAX_PROBLEM_MESSAGE_LENGTH) {
          return "message longer than " + Limits.MAX_PROBLEM_MESSAGE_LENGTH + ": "
              + shape(message);
        }
      }
      return null;
    }
    try {
      return roundTripFailure(type, read.get());
    } catch (Throwable thrown) { // writing an accepted value must never fail
      return "round trip throws " + thrown.getClass().getName() + " at " + where(thrown);
    }
  }

  /** Why {@code value} does not round-trip unchanged, or null when it does. */
  static String roundTripFailure(JavaType type, Object value) throws Exception {
    String written = MAPPER.writerFor(type).writeValueAsString(value);
    Validation<Seq<Problem>, Object> again = HuifangJson.read(written, type);
    if (again.isInvalid()) {
      return "accepted, but its own output is refused: " + shape(again.getError().head()
          .message());
    }
    if (!again.get().equals(value)) {
      return "accepted, but reads back as a different value";
    }
    if (!MAPPER.writerFor(type).writeValueAsString(again.get()).equals(written)) {
      return "accepted, but writes different text the second time";
    }
    return null;
  }

  /** A message with its values blanked out, so that one defect is one kind. */
  private static String shape(String message) {
    String shape = message.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"…\"")
        .replaceAll("\\[\\d+\\]", "[i]").replaceAll("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?", "N");
    return shape.length() > 160 ? shape.substring(0, 160) + "…" : shape;
  }

  /** The first Huifang frame of a throwable, or its first frame. */
  private static String where(Throwable thrown) {
    StackTraceElement[] frames = thrown.getStackTrace();
    for (StackTraceElement frame : frames) {
      if (frame.getClassName().startsWith("dev.huifang")) {
        return frame.getClassName() + "." + frame.getMethodName();
      }
    }
    return frames.length == 0 ? "?" : frames[0].getClassName() + "." + frames[0].getMethodName();
  }

  private static String report(Map<String, Finding> findings) {
    StringBuilder out = new StringBuilder();
    findings.forEach((kind, finding) -> out.append("\n  ").append(finding.count).append(" × ")
        .append(kind).append("\n      first input: ").append(finding.firstInput.length() > 300
            ? finding.firstInput.substring(0, 300) + "… (" + finding.firstInput.length()
                + " characters)"
            : finding.firstInput));
    return out.toString();
  }

  /** One kind of failure: how often it happened and the first input that showed it. */
  static final class Finding {
    final String firstInput;
    int count;

    Finding(String firstInput) {
      this.firstInput = firstInput;
    }
  }
}
