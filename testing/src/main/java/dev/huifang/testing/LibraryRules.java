package dev.huifang.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The architecture rules of Huifang's library modules, as ArchUnit rules that fail when broken.
 *
 * <p>Library code is pure: it never touches files ({@code java.io} file classes,
 * {@code java.nio.file}), the network ({@code java.net}), standard streams, the system clock
 * ({@code now()}, {@code currentTimeMillis}, {@code nanoTime}), unseeded randomness
 * ({@code new Random()}, {@code Math.random()}, {@code ThreadLocalRandom}) or threads. Time, seeds
 * and data come in as arguments. And the module graph holds: {@code core} depends on no other
 * Huifang module; each engine ({@link #ENGINES}: scoring, questionnaire, feedback, closedloop)
 * depends on {@code core} only, so engines never import each other.
 */
public final class LibraryRules {

  /** The root package of all Huifang code. */
  public static final String HUIFANG = "dev.huifang";

  /** The root packages of Huifang's four engines; each may depend on {@code core} only. */
  public static final List<String> ENGINES = List.of(HUIFANG + ".scoring",
      HUIFANG + ".questionnaire", HUIFANG + ".feedback", HUIFANG + ".closedloop");

  private LibraryRules() {}

  /** No file system access: {@code java.io} file classes and {@code java.nio.file}. */
  public static final ArchRule NO_FILES = noClasses()
      .should().dependOnClassesThat().belongToAnyOf(File.class, FileInputStream.class,
          FileOutputStream.class, FileReader.class, FileWriter.class, RandomAccessFile.class,
          FileDescriptor.class)
      .orShould().dependOnClassesThat().resideInAPackage("java.nio.file..")
      .because("library code takes data as arguments and never reads or writes files");

  /** No network. */
  public static final ArchRule NO_NETWORK = noClasses()
      .should().dependOnClassesThat().resideInAPackage("java.net..")
      .because("library code never opens sockets or URLs");

  /** No {@code System.out}, {@code System.err} or {@code System.in}. */
  public static final ArchRule NO_STANDARD_STREAMS = noClasses()
      .should().accessField(System.class, "out")
      .orShould().accessField(System.class, "err")
      .orShould().accessField(System.class, "in")
      .because("library code returns results; only examples and benchmarks print");

  /** No reading of the system clock. */
  public static final ArchRule NO_SYSTEM_CLOCK = noClasses()
      .should().callMethodWhere(readsTheClock())
      .because("time is always passed in, so results are the same on every run");

  /** No unseeded randomness. */
  public static final ArchRule NO_UNSEEDED_RANDOMNESS = noClasses()
      .should().callConstructor(Random.class)
      .orShould().callMethod(Math.class, "random")
      .orShould().dependOnClassesThat().belongToAnyOf(ThreadLocalRandom.class,
          java.security.SecureRandom.class)
      .because("randomness comes from a caller's seed, so the same seed gives the same output");

  /** No threads, executors or timers. */
  public static final ArchRule NO_THREADS = noClasses()
      .should().dependOnClassesThat().areAssignableTo(Thread.class)
      .orShould().dependOnClassesThat().belongToAnyOf(Executors.class, ForkJoinPool.class,
          Timer.class)
      .orShould().callMethod(CompletableFuture.class, "supplyAsync", java.util.function.Supplier.class)
      .orShould().callMethod(CompletableFuture.class, "runAsync", Runnable.class)
      .because("library code is synchronous; host apps choose their own concurrency");

  /** Every purity rule. */
  public static List<ArchRule> purity() {
    return List.of(NO_FILES, NO_NETWORK, NO_STANDARD_STREAMS, NO_SYSTEM_CLOCK,
        NO_UNSEEDED_RANDOMNESS, NO_THREADS);
  }

  /**
   * The module graph rule for the module whose packages start with {@code modulePackage} (e.g.
   * {@code dev.huifang.scoring}): among Huifang packages it may depend only on itself and, unless it
   * is core, on {@code dev.huifang.core}.
   */
  public static ArchRule moduleGraph(String modulePackage) {
    String core = HUIFANG + ".core";
    DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> allowed =
        modulePackage.equals(core)
            ? resideInAPackage(core + "..")
            : resideInAnyPackage(modulePackage + "..", core + "..");
    return noClasses().that().resideInAPackage(modulePackage + "..")
        .should().dependOnClassesThat(resideInAPackage(HUIFANG + "..").and(not(allowed)))
        .because(modulePackage.equals(core)
            ? "core depends on no other Huifang module"
            : "engines depend on core only, never on each other");
  }

  /** The main (non-test) classes compiled next to {@code anchor}, e.g. a module's target/classes. */
  public static JavaClasses mainClassesOf(Class<?> anchor) {
    URL location = anchor.getProtectionDomain().getCodeSource().getLocation();
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importLocations(Set.of(Location.of(location)));
  }

  /**
   * Checks every rule (purity and the module graph of {@code modulePackage}) against the main
   * classes next to {@code anchor}.
   *
   * @throws AssertionError listing every violation
   */
  public static void check(Class<?> anchor, String modulePackage) {
    JavaClasses classes = mainClassesOf(anchor);
    if (classes.isEmpty()) {
      throw new AssertionError("no classes found next to " + anchor);
    }
    List<String> failures = new ArrayList<>();
    List<ArchRule> rules = new ArrayList<>(purity());
    rules.add(moduleGraph(modulePackage));
    for (ArchRule rule : rules) {
      EvaluationResult result = rule.evaluate(classes);
      if (result.hasViolation()) {
        failures.add(result.getFailureReport().toString());
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(String.join("\n", failures));
    }
  }

  private static DescribedPredicate<JavaCall<?>> readsTheClock() {
    return new DescribedPredicate<>("read the system clock") {
      @Override
      public boolean test(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return (owner.startsWith("java.time.") && name.equals("now"))
            || (owner.equals("java.time.Clock") && name.startsWith("system"))
            || (owner.equals("java.lang.System")
                && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
      }
    };
  }
}
