package dev.huifang.testing;

import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The JSON contract of every Huifang model: writing and reading back gives an equal value, and
 * writing that value again gives the same bytes.
 */
public final class JsonRoundTrip {

  private JsonRoundTrip() {}

  /**
   * Checks the contract for {@code value}, read back as {@code type}.
   *
   * @throws AssertionError naming the JSON and the difference when the contract is broken
   */
  public static <T> void check(T value, Class<? super T> type) {
    String json = HuifangJson.write(value);
    Validation<Seq<Problem>, ? super T> read = HuifangJson.read(json, type);
    if (read.isInvalid()) {
      throw new AssertionError("cannot read back " + json + ": " + read.getError().mkString("; "));
    }
    if (!value.equals(read.get())) {
      throw new AssertionError("read back differs:\n  wrote " + value + "\n  read  " + read.get()
          + "\n  json  " + json);
    }
    String again = HuifangJson.write(read.get());
    if (!json.equals(again)) {
      throw new AssertionError("written twice, different bytes:\n  " + json + "\n  " + again);
    }
  }
}
