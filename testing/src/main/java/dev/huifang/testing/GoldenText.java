package dev.huifang.testing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for texts people read (scripts, reports, printed scenarios): a text must equal,
 * character for character, the file committed under a directory, so any change of wording shows
 * up as a diff in review.
 *
 * <p>The rule: a golden file changes only on purpose. Run the suite with
 * {@code -Dhuifang.golden.write=true} to write the current texts, read the diff and commit it; a
 * missing file fails like a different one. Test code only: this reads and writes files.
 */
public final class GoldenText {

  /** The system property that makes {@link #check} write the files instead of comparing. */
  public static final String WRITE_PROPERTY = "huifang.golden.write";

  private final Path directory;
  private final boolean write;

  private GoldenText(Path directory, boolean write) {
    this.directory = directory;
    this.write = write;
  }

  /** Golden files under {@code directory}; writing when {@value #WRITE_PROPERTY} is true. */
  public static GoldenText under(Path directory) {
    return new GoldenText(requireNonNull(directory, "directory is null"),
        Boolean.getBoolean(WRITE_PROPERTY));
  }

  /**
   * Checks that {@code actual} equals the golden file {@code name} (after writing it, in write
   * mode).
   *
   * @throws AssertionError naming the file and the first line that differs
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public void check(String name, String actual) {
    requireNonNull(name, "name is null");
    requireNonNull(actual, "actual is null");
    Path file = directory.resolve(name);
    try {
      if (write) {
        Files.createDirectories(directory);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      if (!Files.exists(file)) {
        throw new AssertionError("missing golden file " + file + " (write it with -D"
            + WRITE_PROPERTY + "=true, read it, commit it)");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        throw new AssertionError(file + " differs " + firstDifference(expected, actual));
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "(no line)";
      String g = i < got.length ? got[i] : "(no line)";
      if (!w.equals(g)) {
        return "at line " + (i + 1) + ":\n  golden: " + w + "\n  actual: " + g;
      }
    }
    return "in line endings";
  }
}
