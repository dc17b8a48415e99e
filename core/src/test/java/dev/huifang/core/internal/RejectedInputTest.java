package dev.huifang.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.huifang.core.Problem;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A refused value keeps its code, its rule and what was found, and words them as a Problem. */
class RejectedInputTest {

  @Test
  void aRefusalSaysWhatWasFoundOnlyWhenSomethingWas() throws IOException {
    try (JsonParser parser = new JsonFactory().createParser("1")) {
      RejectedInput found = new RejectedInput(parser, Problem.RANGE, "must be >= 2", "1");
      assertThat(found.code()).isEqualTo("range");
      assertThat(found.rule()).isEqualTo("must be >= 2");
      assertThat(found.found()).isEqualTo("1");
      assertThat(found.getOriginalMessage()).isEqualTo("must be >= 2, was 1");

      RejectedInput missing = new RejectedInput(parser, Problem.REQUIRED, "is required", null);
      assertThat(missing.code()).isEqualTo("required");
      assertThat(missing.found()).isNull();
      assertThat(missing.getOriginalMessage()).isEqualTo("is required");
    }
  }
}
