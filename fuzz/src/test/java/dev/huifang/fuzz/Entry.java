package dev.huifang.fuzz;

import com.fasterxml.jackson.databind.JavaType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry that takes outside data: a JSON document type {@code HuifangJson} reads, with valid
 * seed documents to mutate.
 *
 * @param name the document's name, as in {@code docs/schemas}
 * @param type the type it is read as
 * @param seeds valid documents of that type
 * @param knownDefect why the entry is held out of the default run (a defect recorded in
 *     {@code docs/quality.md}), or null when it runs
 */
record Entry(String name, JavaType type, List<String> seeds, @Nullable String knownDefect) {

  Entry heldBackFor(String defect) {
    return new Entry(name, type, seeds, defect);
  }

  @Override
  public String toString() {
    return name;
  }
}
